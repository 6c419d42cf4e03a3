"""Chinese national outcomes named by their sides' abbreviations (scrapers/extract/national_sides_zh.py): "中X双方发表
《…联合声明》" (China and X), "X方表示，将力争…" (X's pledge), and 联合 read as "joint", never the town Lianhe."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities
from scrapers.extract.national_sides_zh import side_country, side_pair, side_subject


def mentions(text: str) -> list[Mention]:
    return extract_mentions(Article(url="https://zh.example/n", source="zh", title=None,
                                    published_on=date(2023, 5, 10), language="zh", text=text,
                                    fetched_at=datetime(2024, 1, 1)))


def pledges(text: str) -> set[tuple]:
    return {(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in mentions(text) if m.record_type == "commitment"}


def parties(text: str) -> list[list[str]]:
    return [sorted(m.fields["parties"]) for m in mentions(text) if m.record_type == "agreement"]


def test_a_side_opening_its_clause_owns_the_pledges_after_it():
    assert pledges("联合公报指出，中方力争2030年前碳达峰、2060年前实现碳中和。") == {
        ("China", "emissions_peak", 2030), ("China", "carbon_neutrality", 2060)}
    assert pledges("智方表示，将力争2050年前实现碳中和。") == {("Chile", "carbon_neutrality", 2050)}


def test_a_side_after_a_verb_of_saying_and_its_comma():
    assert pledges("会谈中，越方重申，力争2050年实现净零排放。") == {("Vietnam", "carbon_neutrality", 2050)}


def test_sides_that_name_no_country_give_no_actor():
    assert side_subject("双方表示，将力争2050年前实现碳中和。", 10, []) == []
    assert side_subject("各方承诺，力争2050年前实现碳中和。", 9, []) == []
    assert not any(a in ("Lianhe", "双", "各") for a, *_ in pledges("双方表示，将力争2050年前实现碳中和。"))


def test_a_shared_abbreviation_is_the_country_named_nearby_else_no_one():
    assert side_country("新", ["新西兰"]) == "New Zealand"
    assert side_country("新", ["新加坡"]) == "Singapore"
    assert side_country("新", []) is None


def test_a_pair_abbreviation_before_the_verb_names_both_countries():
    got = parties("中墨双方19日在北京发表《中华人民共和国和墨西哥合众国关于应对气候变化合作的联合声明》。")
    assert got == [["China", "Mexico"]]
    got = parties("中智两国当天在圣地亚哥共同发布《中智关于绿色低碳发展合作的联合声明》。")
    assert got and got[0] == ["Chile", "China"]


def test_a_pair_of_a_shared_abbreviation_reads_the_country_named_in_full():
    s = "中新双方在惠灵顿发表《中华人民共和国和新西兰关于气候变化的联合声明》。"
    assert side_pair("中新双方", find_entities(s)) == ["China", "New Zealand"]
    assert side_pair("中新双方", []) is None


def test_lianhe_is_the_word_joint_not_a_town():
    for s in ("联合声明指出，双方将加强气候合作。", "两国联合发布了低碳城市名单。"):
        assert not any(e.name == "Lianhe" for e in find_entities(s))
