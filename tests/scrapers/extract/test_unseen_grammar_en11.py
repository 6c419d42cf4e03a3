"""English names, round 11 (probes after the thirty-first web): "and" joining two fields inside one body's name
("Energy Research and Development Authority"), a special-purpose district as a public body ("Regional Transportation
District", "Municipal Utility District"), a place's body named by its role ("Xiamen's housing commission": the
commission signs, the city is no second party), a person after a body's name and his title ("... Energy Office
Director Will Toor and ..."), a statement or declaration of intent as an instrument, and "Under the agreement signed
on Friday, A and B will ...". Sentences written for the test, with what each rule leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), "en", text, datetime(2023, 10, 27))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("The New York State Energy Research and Development Authority signed a memorandum of understanding with the "
     "Jiangsu Provincial Department of Ecology and Environment on clean energy.",
     [["New York State Energy Research and Development Authority",
       "Jiangsu Provincial Department of Ecology and Environment"]]),
    ("The Hubei Energy Science and Technology Institute signed a memorandum with the Energy Foundation on clean energy.",
     [["Hubei Energy Science and Technology Institute", "Energy Foundation China"]]),
    # two bodies: the left ends in a head of its own
    ("The Jiangsu Energy Research Institute and Development Bank of Jiangsu signed a memorandum on clean energy.",
     [["Jiangsu Energy Research Institute", "Development Bank of Jiangsu"]]),
])
def test_and_joining_two_fields_inside_one_name(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    ("The Sacramento Municipal Utility District signed an MOU with Shenzhen on clean energy.",
     [["Sacramento Municipal Utility District", "Shenzhen"]]),
    ("Denver's Regional Transportation District signed an agreement with BYD on electric buses.",
     [["Denver Regional Transportation District", "BYD"]]),
])
def test_a_special_purpose_district_is_a_body(text, want):
    assert parties(text) == want


def test_a_places_body_named_by_its_role_signs_alone():
    assert parties("Xiamen's housing commission signed a memorandum with the U.S. Green Building Council on green "
                   "buildings.") == [["Xiamen's housing commission", "U.S. Green Building Council"]]



def _parties_sorted(text: str) -> list[list[str]]:
    return [sorted(p) for p in parties(text)]


@pytest.mark.parametrize("text,want", [
    ("The Colorado Energy Office and the Shanxi Energy Bureau inked a memorandum on clean energy; it was signed by "
     "Colorado Energy Office Director Will Toor and Shanxi Energy Bureau Director Wang Qiliang.",
     [["Colorado Energy Office", "Shanxi Energy Bureau"]]),
    ("Oregon Department of Energy Director Janine Benner and Fujian Energy Bureau Director Lin Bin signed a memorandum "
     "on offshore wind.", [["Fujian Energy Bureau", "Oregon Department of Energy"]]),
])
def test_a_person_after_a_bodys_name_and_title_is_no_party(text, want):
    assert _parties_sorted(text) == want


@pytest.mark.parametrize("text,want", [
    ("The Port of Seattle and the Port of Shanghai signed a statement of intent on Monday on a green shipping "
     "corridor.", [["Port of Seattle", "Port of Shanghai"]]),
    ("Hawaii and Hainan signed a declaration of intent on clean energy.", [["Hainan Province", "Hawaii"]]),
])
def test_a_statement_or_declaration_of_intent_is_an_instrument(text, want):
    assert _parties_sorted(text) == want


@pytest.mark.parametrize("text,want", [
    ("Under the agreement signed on Friday, Oregon and Fujian will cooperate on offshore wind.",
     [["Fujian Province", "Oregon"]]),
    ("Under the memorandum inked Tuesday, Michigan and Sichuan will share clean-energy research.",
     [["Michigan", "Sichuan Province"]]),
])
def test_under_the_agreement_signed_on_a_day_the_main_subject_signed(text, want):
    assert _parties_sorted(text) == want
