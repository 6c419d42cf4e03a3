"""Releases of Australian states, Canadian provinces and German Länder: their short forms (NSW, Qld, B.C., "the
Commonwealth"), ministers' titles that are no bodies, targets a law sets or an obligation states ("enshrines in law",
"is to become"), cuts listed after one with its base year, and Germany's associations of local government
(region_short_forms_en, office_titles_en, statutory_targets_en, municipal_associations_en). Texts are our own, not
the eighty-fourth web's."""
from __future__ import annotations

from datetime import date

from story_records import records

from scrapers.extract.municipal_associations_en import municipal_associations
from scrapers.extract.office_titles_en import is_office
from scrapers.extract.portfolios_en import in_portfolio_list
from scrapers.extract.region_short_forms_en import region_short_forms
from scrapers.extract.statutory_targets_en import law_subject, obligation_as_cut, statutory_target

DAY = date(2024, 3, 14)


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"])
                  for r in records(text, "commitment", DAY))


# --- short forms -------------------------------------------------------------------------------------------------
def test_a_states_abbreviation_and_its_government_are_the_state():
    names = region_short_forms("The Qld Government and the NSW Government's agency met. B.C. joined later.")
    assert names["Qld Government"] == "Queensland" and names["NSW Government's"] == "New South Wales"
    assert names["B.C."] == "British Columbia"


def test_the_commonwealth_is_australia_only_in_an_australian_story():
    assert region_short_forms("Queensland and the Commonwealth will share the cost.")["Commonwealth"] == "Australia"
    assert "Commonwealth" not in region_short_forms("Leaders of the Commonwealth met in London on Monday.")
    assert not any("Commonwealth" in k for k in region_short_forms(
        "Victoria hosted the Commonwealth Games; the Commonwealth of Massachusetts sent a team."))
    assert "WA" not in region_short_forms("WA and SA ports signed nothing.")  # words and other codes: left alone


def test_a_state_and_the_commonwealth_sign_as_two_parties():
    text = ("The Qld Government and the Commonwealth on Thursday signed a bilateral energy and emissions agreement in "
            "Brisbane worth $1.2 billion.")
    assert _parties(text) == [["Queensland", "Australia"]]
    assert _parties("Ministers of the Commonwealth signed a declaration on ocean plastics in London.") == []


# --- ministers' titles -------------------------------------------------------------------------------------------
def test_a_ministers_title_is_no_body():
    assert is_office("Minister for Energy") and is_office("Minister of Transport and Infrastructure Jan Holt")
    assert is_office("Prime Minister Anthony Albanese")
    assert not is_office("Ministry of Energy") and not is_office("Ministerial Council")
    text = "Minister for Energy and Climate Sam Wren said Queensland aims to reach net zero emissions by 2050."
    assert _pledges(text) == [("Queensland", "carbon_neutrality", 2050, None, None)]
    assert not any("Minister" in r["actor"] for r in records(
        "Minister for Energy and Resources Ada Lin said the plan would cut emissions by 40 per cent by 2030.",
        "commitment", DAY))


def test_a_portfolio_list_holds_no_parties():
    s = "Minister of Economy, Transport and Tourism Lena Roth and the Mayor of Lyon signed a charter."
    assert in_portfolio_list(s, s.index("Transport"), "Transport")
    assert not in_portfolio_list("Shell, Transport and BP signed.", 7, "Transport")
    text = ("Minister of Science, Research and Arts Petra Olsen and Ontario's Minister of Energy Tom Reid signed a "
            "memorandum of understanding in Toronto on Monday.")
    assert not any("Research" in p or "Arts" in p for ps in _parties(text) for p in ps)


# --- targets a law sets ------------------------------------------------------------------------------------------
def test_a_law_that_enshrines_targets_pledges_for_the_storys_state():
    assert statutory_target("The bill writes into law a 45 per cent cut by 2030.")
    assert law_subject("The Climate Change and Emissions Reduction (Targets) Act 2024, passed on Tuesday, sets ...")
    text = ("South Australia's Parliament sat late on Tuesday. The Climate Change and Greenhouse Emissions Reduction "
            "Act 2024 enshrines in law a 60 per cent reduction in net emissions below 2005 levels by 2030, a 75 per "
            "cent reduction by 2035 and net zero by 2050.")
    assert _pledges(text) == [("South Australia", "carbon_neutrality", 2050, None, None),
                              ("South Australia", "emissions_reduction", 2030, 2005, 60.0),
                              ("South Australia", "emissions_reduction", 2035, 2005, 75.0)]


def test_an_obligation_with_is_to_is_a_pledge():
    assert obligation_as_cut("emissions are to fall by 55 per cent") == "emissions are to cut  by 55 per cent"
    assert obligation_as_cut("emissions fell by 55 per cent") == "emissions fell by 55 per cent"
    text = ("The parliament of Bavaria adopted its climate law on Thursday. Under the law, the state is to become "
            "climate-neutral by 2040, and its emissions are to fall by 65 per cent compared with 1990 levels by 2030.")
    assert ("Bavaria", "carbon_neutrality", 2040, None, None) in _pledges(text)
    assert ("Bavaria", "emissions_reduction", 2030, 1990, 65.0) in _pledges(text)


def test_no_pledge_from_a_result_a_meeting_or_a_cut_with_no_base():
    assert not statutory_target("The summit is to be held in Hamburg in 2030.")
    assert _pledges("Emissions in Hesse fell by 30 per cent between 1990 and 2022.") == []
    assert _pledges("Saxony's emissions were 40 per cent lower in 2021 than in 1990.") == []
    # a further cut only takes a base year a cut before it gave
    assert all(p[3] is None for p in _pledges("Tasmania will reach net zero by 2030, with a 70 per cent cut by 2035."))


# --- associations of local government ----------------------------------------------------------------------------
def test_german_associations_of_local_government_are_bodies_of_their_own():
    names = municipal_associations("the Städtetag Hessen, the Landkreistag Saarland and the Deutscher Städtetag")
    assert set(names) == {"Städtetag Hessen", "Landkreistag Saarland", "Deutscher Städtetag"}
    assert municipal_associations("The Bundestag and the Landtag voted on Friday.") == {}
    text = ("Hesse's Minister of the Environment, the Städtetag Hessen and the Hessischer Landkreistag signed the "
            "renewed climate alliance in Wiesbaden on Monday.")
    assert any({"Städtetag Hessen"} <= set(ps) for ps in _parties(text))


# --- a Land's own minister ---------------------------------------------------------------------------------------
def test_a_minister_of_no_named_government_signs_for_the_storys_region():
    text = ("Hesse and the Canadian province of Manitoba plan closer ties on wind power. Minister for Economy, Energy "
            "and Transport Kai Brenner and Manitoba's Minister of Environment Ruth Dale signed a declaration of "
            "intent in Winnipeg on Wednesday.")
    assert _parties(text) == [["Hesse", "Manitoba"]]
    assert records(text, "agreement", DAY)[0]["agreement_type"] == "mou"  # a declaration of intent: an MOU's kind


def test_no_region_for_a_minister_beside_bodies_or_a_national_minister():
    # a body beside the minister: no guess of whose minister it is
    text = ("Saxony and Quebec discussed hydrogen. Minister of Energy Ute Kral and the Hydrogen Council of Canada "
            "signed a memorandum of understanding in Dresden on Monday.")
    assert not any("Saxony" in ps for ps in _parties(text))
    # a story naming no first-level region: the minister stands for no one
    text = "Minister of Ecology and Environment Li Wen and Ontario's Minister of Energy Tom Reid signed an MOU."
    assert _parties(text) == []
    # a joint declaration that is no declaration of intent stays a joint statement
    assert records("Wales and Brittany signed a joint declaration in Cardiff on Friday.", "agreement",
                   DAY)[0]["agreement_type"] == "joint_statement"
