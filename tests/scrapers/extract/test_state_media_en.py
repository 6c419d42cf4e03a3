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
