"""Chinese state media in English (scrapers/extract/state_media_en.py): a province after "North China's", a company's
"(Group) Co., Ltd." name, and a plan's figures told as what "will reach" or "will drop". Sentences of our own, two
per rule, and the negatives each rule must leave alone."""
from scrapers.extract.commitments import find_commitments
from scrapers.extract.entities import find_entities


def pledges(sentence: str, recent: dict | None = None) -> list[tuple]:
    return [(c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min, c.share_pct)
            for c in find_commitments(sentence, find_entities(sentence), [], recent)]


def test_compass_word_before_a_country_possessive_leaves_the_province_the_actor():
    got = pledges("South China's Guangxi Zhuang Autonomous Region will strive to peak carbon emissions before 2030.")
    assert [g[1:3] for g in got] == [("emissions_peak", 2030)] and "Guangxi" in got[0][0]
    got = pledges("East China's Anhui Province will strive to peak carbon emissions before 2030 and achieve carbon "
                  "neutrality before 2060, the provincial government said.")
    assert {g[:3] for g in got} == {("Anhui Province", "emissions_peak", 2030),
                                   ("Anhui Province", "carbon_neutrality", 2060)}


def test_a_compass_region_itself_is_still_no_actor():
    assert all(g[0] != "China" for g in pledges("North China will see its emissions peak before 2030, experts said."))


def test_group_in_brackets_stays_inside_a_company_name():
    names = [e.name for e in find_entities("Sichuan Changhong Electric (Group) Co., Ltd. signed the deal.")]
    assert names == ["Sichuan Changhong Electric (Group) Co., Ltd."]
    got = pledges("Hunan Valin Steel (Group) Co., Ltd. has pledged to peak carbon emissions before 2027.")
    assert [g[:3] for g in got] == [("Hunan Valin Steel (Group) Co., Ltd.", "emissions_peak", 2027)]


def test_a_share_that_will_reach_a_figure_is_a_renewable_share():
    got = pledges("By 2025, the share of non-fossil energy in the province's total energy consumption will reach 18 "
                  "percent.", {"province": "Anhui Province"})
    assert got == [("Anhui Province", "renewable_share", 2025, None, None, 18.0)]
    got = pledges("Non-fossil energy will account for about 30 percent of the province's total energy consumption by "
                  "2030, the plan says.", {"province": "Guizhou Province"})
    assert got == [("Guizhou Province", "renewable_share", 2030, None, None, 30.0)]


def test_emissions_per_unit_of_gdp_that_will_drop_is_an_emissions_reduction():
    got = pledges("By 2025, carbon dioxide emissions per unit of GDP in the province will drop by 18 percent from "
                  "the 2020 level.", {"province": "Anhui Province"})
    assert [g[1:5] for g in got] == [("emissions_reduction", 2025, 2020, 18.0)]
    got = pledges("Hubei's CO2 emissions per unit of regional GDP will fall by 19.5 percent from the 2020 level by 2025.")
    assert [g[1:5] for g in got] == [("emissions_reduction", 2025, 2020, 19.5)]


def test_results_and_energy_intensity_are_not_plan_figures():
    assert pledges("In 2023, the share of non-fossil energy in the province's energy consumption reached 15 percent.",
                   {"province": "Anhui Province"}) == []
    got = pledges("By 2025, energy consumption per unit of GDP will drop by 14 percent from the 2020 level.",
                  {"province": "Anhui Province"})
    assert all(g[1] != "emissions_reduction" for g in got)


# --- signings: a long topic before "with", a signing during the forum the story opens with, "also signed" ---------
from datetime import date, datetime  # noqa: E402

from pactwatch.models import Article  # noqa: E402
from scrapers.extract import extract_mentions  # noqa: E402


def signings(text: str, page: str) -> list[dict]:
    art = Article(url="https://wire.example/a", source="wire", title=None, published_on=date.fromisoformat(page),
                  language="en", text=text, fetched_at=datetime(2024, 1, 1))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_long_topic_between_the_memorandum_and_with_keeps_the_counterpart():
    got = signings("On June 3, Hunan Valin Steel inked a memorandum of understanding on hydrogen metallurgy, scrap "
                   "recycling and carbon accounting (CA) with Purdue University in Changsha.", "2024-06-04")
    assert [(g["parties"], g["agreement_type"], g["signed_on"]) for g in got] == [
        (["Hunan Valin Steel", "Purdue University"], "mou", date(2024, 6, 3))]
    got = signings("The People's Government of Anhui Province on Monday signed a memorandum of understanding on "
                   "cooperation in new energy vehicles, battery recycling and green hydrogen with the State of "
                   "Michigan.", "2024-04-16")
    assert [(g["parties"], g["signed_on"]) for g in got] == [(["Anhui Province", "Michigan"], date(2024, 4, 15))]


def test_a_clause_between_the_memorandum_and_with_is_no_topic():
    got = signings("On June 3, Hunan Valin Steel signed a memorandum of understanding on scrap recycling, which was "
                   "drafted together with Purdue University last year.", "2024-06-04")
    assert all("Purdue University" not in g["parties"] for g in got)


def test_a_signing_during_the_forum_on_its_opening_day_and_one_also_signed():
    text = ("HEFEI, April 16 (Wire) -- The 2nd China-US Battery Recycling Forum opened on Tuesday in Hefei, capital "
            "of east China's Anhui Province.\n\nThe two-day forum, co-hosted by the People's Government of Anhui "
            "Province and Tsinghua University, focuses on battery reuse and material recovery.\n\nDuring the forum, the Anhui Provincial Department of Commerce signed "
            "a cooperation agreement with Michigan State University on battery recycling.\n\nThe Hefei Municipal "
            "Bureau of Commerce and the Michigan Economic Development Corporation also signed a memorandum of "
            "understanding on electric vehicle supply chains.")
    got = signings(text, "2024-04-16")
    assert [(g["signed_on"], g["city"]) for g in got] == [(date(2024, 4, 16), "Hefei")] * 2
    text = ("JINAN, Nov. 5 (Wire) -- The 4th China-US Clean Coal Forum opened on Tuesday in Jinan.\n\nMore than 300 guests "
            "from the two countries attended the three-day event, which focuses on coal gasification.\n\nAt the forum, "
            "Shandong Energy Group signed a cooperation agreement with West Virginia University on coal gasification.")
    assert [(g["signed_on"], g["city"]) for g in signings(text, "2024-11-05")] == [(date(2024, 11, 5), "Jinan")]

