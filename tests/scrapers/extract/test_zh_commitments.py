"""Chinese pledges: target years (never a base year), continued sentences, 各方承诺, capacity shares."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions


def pledges(text: str) -> set[tuple]:
    ms: list[Mention] = extract_mentions(Article(url="https://zh.example/p", source="zh", title=None,
                                                 published_on=date(2022, 8, 1), language="zh", text=text,
                                                 fetched_at=datetime(2024, 1, 1)))
    return {(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["share_pct"])
            for m in ms if m.record_type == "commitment"}


def test_a_base_year_is_never_the_target_year():
    got = pledges("四川省提出，到2025年，单位生产总值能源消耗比2020年下降13%，非化石能源消费比重力争达到40%。")
    assert ("Sichuan Province", "renewable_share", 2025, 40.0) in got
    assert not any(y == 2020 for _, _, y, _ in got)


def test_a_sentence_opening_on_its_target_year_goes_on_with_the_last_actor():
    got = pledges("湖北省人民政府印发方案提出，到2025年非化石能源消费比重达到20%。\n"
                  "到2030年，非化石能源消费比重力争达到25%，确保2030年前实现碳达峰。")
    assert ("Hubei Province", "renewable_share", 2030, 25.0) in got
    assert ("Hubei Province", "emissions_peak", 2030, None) in got


def test_neutrality_far_after_its_year_in_the_same_sentence():
    got = pledges("浙江省提出更长远的目标：到2060年，非化石能源消费比重达到80%以上，碳中和目标顺利实现。")
    assert ("Zhejiang Province", "carbon_neutrality", 2060, None) in got
    assert not any(a != "Zhejiang Province" for a, *_ in got)  # 碳中和 holds no town's name


def test_the_peak_phrase_that_carries_the_year_counts():
    got = pledges("中国华能集团有限公司表示，正在制定碳达峰行动方案，将采取措施降低排放，努力于2025年实现碳排放达峰。")
    assert got == {("China Huaneng Group", "emissions_peak", 2025, None)}


def test_non_fossil_capacity_share():
    got = pledges("国家电力投资集团有限公司提出，到2025年清洁能源装机超过60%。")
    assert got == {("State Power Investment Corporation", "renewable_share", 2025, 60.0)}


def test_all_parties_pledge():
    got = pledges("2022年7月5日，成都市与西雅图市签署了低碳城市合作备忘录。各方承诺力争于2028年前实现碳达峰。")
    assert {("Chengdu", "emissions_peak", 2028, None), ("Seattle", "emissions_peak", 2028, None)} <= got
