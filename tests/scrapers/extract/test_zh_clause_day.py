"""A Chinese sentence whose earlier clause dates something else (talks, a visit) and whose signing clause gives its
own day: the signing's day is its clause's (issue 17, the fourteenth web's "15日至16日…会谈，双方17日发表《…》")."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from scrapers.extract import extract_mentions
from pactwatch.models import Article


def _agreements(text: str, published: date):
    art = Article("http://127.0.0.1/a", "test", None, published, "zh", text, datetime(2024, 5, 18))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, published, expected", [
    ("美国气候特使与中国气候特使15日至16日在上海会谈，双方17日发表《中美应对气候危机联合声明》。", date(2021, 4, 18),
     date(2021, 4, 17)),
    ("两省州领导人8日在南京举行会谈，江苏省与美国加利福尼亚州10日签署《低碳合作谅解备忘录》。", date(2019, 5, 11),
     date(2019, 5, 10)),
    # the signing clause gives no day: the sentence's own date stands
    ("12月19日，在深圳，深圳市与洛杉矶市签署《低碳城市合作谅解备忘录》。", date(2019, 12, 20), date(2019, 12, 19)),
])
def test_signing_clause_day_wins(text, published, expected):
    found = _agreements(text, published)
    assert found and found[0]["signed_on"] == expected, found
