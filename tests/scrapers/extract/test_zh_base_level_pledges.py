"""Chinese pledge grammar of Hong Kong and Taiwan plans: a cut "从2005年(的)水平" (减半 = 50%, a range with a % after
each figure), a renewable share raised to a range, a per-person cap (人均…降至…公吨), and "政府计划…" standing for the
government of the story's place. Sentences of our own, two phrasings each."""
from scrapers.extract.commitments import find_commitments
from scrapers.extract.entities import find_entities
from scrapers.extract.text import simplified


def pledges(s: str, recent: dict | None = None) -> set[tuple]:
    s = simplified(s)
    return {(c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min, c.reduction_pct_max,
             c.per_capita_t, c.share_pct) for c in find_commitments(s, find_entities(s), [], recent or {})}


def test_halving_from_a_base_level():
    assert ("Macau", "emissions_reduction", 2040, 2010, 50.0, 50.0, None, None) in pledges(
        "規劃訂下目標，在2040年前把澳門的碳排放量從2010年的水平減半。")
    assert ("Taipei", "emissions_reduction", 2030, 2005, 50.0, 50.0, None, None) in pledges(
        "台北市承诺到2030年将碳排放从2005年水平减半。")


def test_range_with_a_sign_after_each_figure_and_a_per_person_cap():
    got = pledges("澳門的目標是在2030年把總碳排放量從2010年水平減少20%至30%，人均碳排放量降至2.5至3公噸。")
    assert ("Macau", "emissions_reduction", 2030, 2010, 20.0, 30.0, None, None) in got
    assert ("Macau", "per_capita_limit", 2030, None, None, None, 3.0, None) in got
    got = pledges("台北市力争到2035年把碳排放量比2005年减少30%到40%，人均碳排放控制在4吨。")
    assert ("Taipei", "emissions_reduction", 2035, 2005, 30.0, 40.0, None, None) in got
    assert ("Taipei", "per_capita_limit", 2035, None, None, None, 4.0, None) in got


def test_the_government_stands_for_the_story_place():
    assert pledges("在能源方面，政府計劃在2035年前把可再生能源在發電組合中的比例提升至10%至12%。",
                   {"city": "Macau"}) == {("Macau", "renewable_share", 2035, None, None, None, None, 12.0)}
    assert pledges("政府提出，到2030年可再生能源占比达到20%。", {"city": "Taipei"}) == {
        ("Taipei", "renewable_share", 2030, None, None, None, None, 20.0)}
