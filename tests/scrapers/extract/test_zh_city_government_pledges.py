"""A pledge whose sentence opens on 市府/市政府 (the city government of the story's city) and states a cut with no
base year ("朝2030年减碳30%", "碳排放量下降25%"). Sentences of our own, two phrasings."""
from scrapers.extract.commitments import find_commitments
from scrapers.extract.entities import find_entities
from scrapers.extract.text import simplified


def pledges(s: str, city: str) -> set[tuple]:
    s = simplified(s)
    return {(c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min)
            for c in find_commitments(s, find_entities(s), [], {"city": city})}


def test_city_government_cut_without_base_year_taiwan_style():
    assert pledges("市府去年公布自治條例，朝2030年減碳25%、2050年淨零排放的目標邁進。", "Taichung") == {
        ("Taichung", "emissions_reduction", 2030, None, 25.0), ("Taichung", "carbon_neutrality", 2050, None, None)}


def test_city_government_cut_without_base_year_mainland_style():
    assert pledges("市政府提出，到2030年碳排放量下降20%，2060年前实现碳中和。", "Tianjin") == {
        ("Tianjin", "emissions_reduction", 2030, None, 20.0), ("Tianjin", "carbon_neutrality", 2060, None, None)}
