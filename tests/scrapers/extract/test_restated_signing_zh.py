"""A Chinese sentence restating the signing just reported (scrapers/extract/__init__.py, dates.restated_day): "该备忘录
于10月24日在南京签署。" gives that agreement its day and city, as "The MOU was signed on October 24 in Nanjing." does in
English; a sentence giving two days lends none."""
from __future__ import annotations

from datetime import date

import pytest
from story_records import records


def _agreements(text: str, title: str | None = None) -> list[tuple]:
    return [(r["parties"], r["signed_on"], r["city"]) for r in records(text, "agreement", title=title)]


@pytest.mark.parametrize("text", [
    # a provincial portal: the signing, then the sentence that dates it
    "江苏省与美国加州签署气候合作谅解备忘录。该备忘录于10月24日在南京签署。",
    # an energy portal: the bare instrument word opens the restatement
    "江苏省与美国加州签署气候合作谅解备忘录，双方将在海上风电等领域开展合作。备忘录于10月24日在南京签署。",
])
def test_a_restatement_dates_and_places_the_signing_just_reported(text):
    assert _agreements(text) == [(["Jiangsu Province", "California"], date(2023, 10, 24), "Nanjing")]


def test_the_headline_signing_is_dated_by_the_body():
    assert _agreements("双方将在新能源汽车和碳市场等领域开展合作。该备忘录于10月24日在南京签署。",
                       "江苏省与美国加州签署气候合作谅解备忘录") == \
        [(["Jiangsu Province", "California"], date(2023, 10, 24), "Nanjing")]


def test_two_days_lend_none():
    got = _agreements("江苏省与美国加州签署气候合作谅解备忘录。该备忘录于10月23日至24日在南京谈判并签署。")
    assert [d for _, d, _ in got] == [None]
