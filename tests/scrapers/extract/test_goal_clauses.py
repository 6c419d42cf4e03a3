"""Peak and neutrality named together as a field of work, then one of them given a year in a clause of its own
(scrapers/extract/goal_clauses.py): the year is that goal's only. Texts are our own."""
from __future__ import annotations

from scrapers.extract.figures_zh import zh_pledges
from scrapers.extract.pledge_forms_read_en import en_pledges


def zh(s: str) -> list[tuple]:
    return sorted((k, f.get("target_year")) for _, k, f in zh_pledges(s))


def en(s: str) -> list[tuple]:
    return sorted((k, f.get("target_year")) for _, k, f in en_pledges(s))


def test_a_chinese_work_field_then_one_goals_year():
    assert zh("市长表示，该市正全面推进碳达峰碳中和各项工作，力争2029年前实现碳达峰。") == [("emissions_peak", 2029)]
    assert zh("该省统筹推进碳达峰碳中和，确保2058年前实现碳中和。") == [("carbon_neutrality", 2058)]


def test_chinese_goals_each_with_its_year_stay():
    assert zh("该区力争2027年前实现碳达峰，2055年实现碳中和。") == [("carbon_neutrality", 2055), ("emissions_peak", 2027)]
    assert zh("全县碳达峰碳中和工作取得进展，力争2029年前碳达峰、2059年前碳中和。") == \
        [("carbon_neutrality", 2059), ("emissions_peak", 2029)]


def test_an_english_work_field_then_one_goals_year():
    assert en("The governor said the province is making efforts to peak carbon emissions and achieve carbon "
              "neutrality, and strives to reach its carbon peak before 2029.") == [("emissions_peak", 2029)]
    assert en("The county is working to peak emissions and reach carbon neutrality, and aims to be carbon neutral "
              "by 2058.") == [("carbon_neutrality", 2058)]


def test_english_goals_each_with_its_year_or_one_shared_year_stay():
    assert en("The city will peak emissions before 2028, and reach carbon neutrality by 2057.") == \
        [("carbon_neutrality", 2057), ("emissions_peak", 2028)]
    assert en("The town aims to peak emissions and achieve carbon neutrality by 2045.") == \
        [("carbon_neutrality", 2045), ("emissions_peak", 2045)]
