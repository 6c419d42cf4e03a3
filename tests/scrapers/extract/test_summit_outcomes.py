"""Summits and ministerials reported with their outcomes (the 110th web's classes), each on texts of our own: names
whose head word comes first ("the Summit of the Americas") or that go on with their body ("the Annual Meeting of the
Asian Development Bank"), an edition's year after the name, the weekday of "the opening of", "in the <adj> city of",
datelines in accented capitals, names that only qualify a programme ("the EU emissions trading system"), the
apposition and the count that close a list of signatories, and country names over towns abroad that share them."""
from __future__ import annotations

from datetime import date

from pactwatch.gazetteer import gazetteer
from tests.scrapers.extract.test_context_rules import of, read
from warehouse.resolve import resolve


def events(text: str, page: date, language: str = "en") -> list[dict]:
    return [m.fields for m in of(read(text, page, language), "event")]


def test_head_first_names_with_an_article():
    evs = events("Chile and Peru signed a memorandum of understanding on Friday at the Summit of the Americas in Lima.",
                 date(2018, 4, 14))
    assert [(e["name"], e["city"]) for e in evs] == [("Summit of the Americas", "Lima")]
    evs = events("Ghana and Togo launched a partnership on the sidelines of the Forum for a Green Coastal Economy in "
                 "Accra on Tuesday.", date(2024, 3, 6))
    assert [e["name"] for e in evs] == ["Forum for a Green Coastal Economy"]


def test_the_conference_of_the_parties_is_no_head_first_name():
    evs = events("Chile and Peru signed a memorandum of understanding at the Conference of the Parties in Bonn.",
                 date(2017, 11, 14))
    assert all(e["name"] != "Conference of the Parties" for e in evs)


def test_a_two_word_name_goes_on_with_its_body():
    evs = events("Ministers met in Incheon on Thursday for the Annual Meeting of the Asian Development Bank, where "
                 "Mongolia and Korea signed a memorandum of understanding.", date(2023, 5, 5))
    assert [(e["name"], e["start_on"], e["city"]) for e in evs] == [
        ("Annual Meeting of the Asian Development Bank", date(2023, 5, 4), "Incheon")]


def test_an_editions_year_after_the_name_and_its_closing_day():
    text = ("The Baltic Cities Congress 2019 closed on Thursday after three days in Turku.\n"
            "Host city Turku restated its goal of becoming carbon neutral by 2029.")
    [ev] = events(text, date(2019, 9, 13))
    assert (ev["start_on"], ev["end_on"]) == (date(2019, 9, 10), date(2019, 9, 12))
    text = "The Baltic Cities Congress 2019-2020 programme was agreed.\nTurku aims to be carbon neutral by 2029."
    assert all(e.get("start_on") is None for e in events(text, date(2019, 9, 13)))


def test_the_weekday_of_the_opening():
    text = ("Qatar will aim to generate 30 per cent of its power from solar by 2030, the emir said on Tuesday at the "
            "opening session of the Gulf Energy Forum in Doha.")
    [ev] = events(text, date(2024, 2, 8))
    assert (ev["start_on"], ev["city"]) == (date(2024, 2, 6), "Doha")
    text = ("Qatar will aim to generate 30 per cent of its power from solar by 2030, the emir said on Tuesday at the "
            "Gulf Energy Forum in Doha.")
    assert [e.get("start_on") for e in events(text, date(2024, 2, 8))] == [None]  # the day of the remark only


def test_in_the_adjective_city_of():
    evs = events("Kenya and Ghana signed a memorandum of understanding on Monday at the Africa Energy Forum in the "
                 "port city of Mombasa.", date(2023, 6, 20))
    assert [e["city"] for e in evs] == ["Mombasa"]


def test_datelines_in_accented_capitals():
    text = ("BOGOTÁ, Colombia – The Andean Mayors Forum closed on Friday after two days.\n"
            "Host city Bogotá restated its goal of becoming carbon neutral by 2050.")
    [ev] = events(text, date(2022, 3, 12))
    assert ev["city"] == "Bogotá"


def test_a_name_that_only_qualifies_a_programme_pledges_nothing():
    ms = read("Lund, one of the cities chosen for the EU mission for climate-neutral cities, aims to be climate "
              "neutral by 2030.", date(2022, 5, 2))
    assert [m.fields["actor"] for m in of(ms, "commitment")] == ["Lund"]
    ms = read("Emissions from sectors covered by the EU emissions trading system will be cut by 62 percent below 2005 "
              "levels by 2030.", date(2023, 4, 20))
    assert of(ms, "commitment") == []
    ms = read("The EU will cut net emissions by 55 percent below 1990 levels by 2030.", date(2021, 4, 22))
    assert [m.fields["actor"] for m in of(ms, "commitment")] == ["European Union"]  # the EU as subject


def test_an_apposition_after_a_list_of_signatories_is_no_party():
    ms = read("The Lima Declaration was signed by Chile, Peru, Ecuador and Colombia, the four members of the Pacific "
              "Alliance, on Monday.", date(2019, 7, 9))
    [ag] = of(ms, "agreement")
    assert ag.fields["parties"] == ["Chile", "Peru", "Ecuador", "Colombia"]
    ms = read("Kenya and Uganda, the two founding members of the Lake Basin Commission, signed a memorandum of "
              "understanding on Monday.", date(2019, 7, 9))
    assert of(ms, "agreement")[0].fields["parties"] == ["Kenya", "Uganda"]


def test_the_count_closing_a_chinese_list_of_signatories():
    ms = read("6日，智利、秘鲁、厄瓜多尔和哥伦比亚四个成员国签署《利马宣言》。", date(2019, 7, 8), "zh")
    assert of(ms, "agreement")[0].fields["parties"] == ["Chile", "Peru", "Ecuador", "Colombia"]
    ms = read("6日，肯尼亚、乌干达和坦桑尼亚三国共同签署谅解备忘录。", date(2019, 7, 8), "zh")
    assert of(ms, "agreement")[0].fields["parties"] == ["Kenya", "Uganda", "Tanzania"]
    ms = read("中美两国签署联合声明。", date(2019, 7, 8), "zh")
    assert sorted(of(ms, "agreement")[0].fields["parties"]) == ["China", "United States"]


def test_a_country_over_a_town_abroad_of_its_name():
    gaz = gazetteer()
    assert gaz.place("Colombia").kind == "country" and gaz.place("Costa Rica").country == "CR"
    assert gaz.find_zh("哥伦比亚").name == "Colombia"
    assert gaz.place("Jamaica").kind == "city"  # as often something else (places.yaml): not made the country
    assert gaz.place("Luxembourg").country == "LU"  # the city of the country itself stays
    ms = read("The Quito Declaration was signed by Colombia, Peru and Ecuador on Monday.", date(2019, 7, 9))
    [rec] = [r for r in resolve(ms, {}) if r.record_type == "agreement"]
    assert rec.fields["parties"] == ["Colombia", "Peru", "Ecuador"]  # Colombia no town in Cuba where they signed


def test_a_second_reported_clause_without_an_actor_is_the_first_ones():
    ms = read("The minister told the forum that Norway would be climate neutral by 2030 and that emissions from "
              "transport would be cut by 55 percent below 1990 levels by 2030.", date(2022, 5, 13))
    assert {(m.fields["actor"], m.fields["commitment_type"]) for m in of(ms, "commitment")} == {
        ("Norway", "carbon_neutrality"), ("Norway", "emissions_reduction")}
    ms = read("The minister told the forum that Norway would be climate neutral by 2030 and that Denmark would cut "
              "emissions by 70 percent below 1990 levels by 2030.", date(2022, 5, 13))
    assert {(m.fields["actor"], m.fields["commitment_type"]) for m in of(ms, "commitment")} == {
        ("Norway", "carbon_neutrality"), ("Denmark", "emissions_reduction")}  # the second clause's own subject


def test_an_unrendered_chinese_name_told_as_held_is_kept_as_written():
    evs = events("5月20日至21日，安第斯共同体环境部长峰会在秘鲁首都利马举行。会议期间，智利与秘鲁签署谅解备忘录。",
                 date(2019, 5, 22), "zh")
    assert [(e["name"], e["start_on"], e["city"]) for e in evs] == [("安第斯共同体环境部长峰会", date(2019, 5, 20), "Lima")]
    # a length or count before the head word is no name; nor an unknown phrase not told as held there
    assert events("为期两天的会议在北京举行。中美双方签署协议。", date(2019, 5, 22), "zh") == []
    assert events("双方同意共同筹备安第斯共同体环境部长峰会，智利与秘鲁签署谅解备忘录。", date(2019, 5, 22), "zh") == []


def _pages(*pages) -> list:
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions
    return [m for url, text, day, lang in pages for m in extract_mentions(Article(
        url=url, source="s", title=None, published_on=day, language=lang, text=text, fetched_at=datetime(2024, 1, 1)))]


def test_one_summit_named_in_english_undated_and_in_chinese_dated():
    en = ("https://en.example/1", "Chile and Peru signed a memorandum of understanding on the sidelines of the Summit "
          "of the Andes in the Peruvian city of Cusco.", date(2019, 5, 22), "en")
    zh = ("https://zh.example/1", "5月20日至21日，安第斯山区国家峰会在秘鲁城市库斯科举行。会议期间，智利与秘鲁签署谅解备忘录。",
          date(2019, 5, 22), "zh")
    evs = [r.fields for r in resolve(_pages(en, zh), {}) if r.record_type == "event"]
    assert [(e["name"], e["start_on"]) for e in evs] == [("Summit of the Andes", date(2019, 5, 20))]
    other = ("https://zh.example/2", "5月20日至21日，安第斯山区国家峰会在秘鲁首都利马举行。会议期间，智利与秘鲁签署谅解备忘录。",
             date(2019, 5, 22), "zh")
    assert len([r for r in resolve(_pages(en, other), {}) if r.record_type == "event"]) == 2  # another city


def test_a_standing_bodys_meeting_told_as_held_is_no_kept_name():
    assert events("6月3日，滇桂环境共保联席会议在南宁召开，两省区通报了跨界河流治理进展。", date(2024, 6, 4), "zh") == []
