"""Chinese reports of Korean and European partners (issue 17, the hundred-eleventh web): a Korean city named with its
rank (釜山广域市, korean_city_ranks_zh), a company's short name said with 公司 (alias_contractions_zh), a seminar the
visit went on to after its signings (topic._over_before) and, in one sentence, the cities' memorandum beside one
their universities signed before the mayors (warehouse.resolve_agreements). Texts of our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities
from scrapers.extract.korean_city_ranks_zh import rank_only
from story_records import records
from warehouse.resolve_agreements import cluster_agreements


@pytest.mark.parametrize("text,want", [
    ("3月5日，青岛市人民政府、釜山广域市与三星集团签署氢能合作备忘录。", {"Qingdao", "Busan", "Samsung Group"}),
    ("3月5日，天津市、仁川广域市与韩国LG新能源公司签署储能合作备忘录。", {"Tianjin", "Incheon", "LG Energy Solution"}),
])
def test_a_korean_city_by_its_rank_is_the_city(text, want):
    assert [set(r["parties"]) for r in records(text, "agreement", date(2024, 3, 8))] == [want]


def test_a_rank_alone_and_not_a_body():
    assert rank_only("广域市") and rank_only("特别市政府") and rank_only("特别自治道")
    assert not rank_only("") and not rank_only("港湾公社") and not rank_only("市")


@pytest.mark.parametrize("text,want", [
    ("苏州市与日本丰田汽车公司签署协议。", "Toyota Motor Corporation"),
    ("苏州市与德国西门子能源公司签署协议。", "Siemens Energy"),
    ("苏州市与韩国LG新能源公司签署协议。", "LG Energy Solution"),
])
def test_a_company_short_name_with_gongsi(text, want):
    assert want in {e.name for e in find_entities(text)}


def test_a_seminar_after_every_signing_is_no_gathering_of_theirs():
    text = ("6月3日，济南市市长与来访的芬兰坦佩雷市市长签署两市绿色发展合作备忘录。"
            "6月4日上午，第二届城市低碳发展研讨会在山东大学开幕，济南市副市长致辞。")
    assert records(text, "event", date(2024, 6, 5)) == []
    assert len(records(text, "agreement", date(2024, 6, 5))) == 1


def test_a_seminar_where_the_signing_was_made_stays():
    text = ("6月4日上午，第二届城市低碳发展研讨会在济南开幕。"
            "研讨会上，济南市与芬兰坦佩雷市签署两市绿色发展合作备忘录。")
    assert len(records(text, "event", date(2024, 6, 5))) == 1


def _cluster(text: str) -> list:
    art = Article("http://127.0.0.1/jn/a.html", "t", None, date(2024, 6, 5), "zh", text, datetime(2024, 6, 5))
    ms = [m for m in extract_mentions(art) if m.record_type == "agreement"]
    return [sorted({p for m in g for p in m.fields["parties"]}) for g in cluster_agreements(ms)]


def test_a_witnessed_signing_in_the_same_sentence_stays_its_own():
    groups = _cluster("6月3日，济南市市长与坦佩雷市市长签署两市合作备忘录，并共同见证济南大学与坦佩雷大学签署合作备忘录。")
    assert len(groups) == 2 and ["Jinan", "Tampere"] in groups
