"""A person told by surname alone is no party (scrapers/extract/person_surnames_en.py); a governor named with his
state's name before the title "Gov." stands for it (officials_en, trip_principal)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from scrapers.extract.person_surnames_en import person_surnames, surnames_as_officials

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2026, 10, 28))]


@pytest.mark.parametrize("text", [
    "Gov. Gavin Newsom arrived in Beijing on Monday.\nNewsom signed a memorandum with Jiangsu Province on clean energy "
    "on Tuesday.",
    "Mayor Karen Bass led a delegation to Guangzhou.\nBass signed a letter of intent with Guangzhou on electric buses "
    "on Tuesday.",
])
def test_a_surname_whose_place_the_text_does_not_give_is_no_party(text):
    assert all(not any(p in ("Newsom", "Bass") for p in ps) for ps in parties(text))


@pytest.mark.parametrize("text, expected", [
    ("California Gov. Gavin Newsom arrived in Beijing on Monday.\nNewsom signed a memorandum with Jiangsu Province on "
     "clean energy on Tuesday.", [["California", "Jiangsu Province"]]),
    ("Michigan Gov. Gretchen Whitmer arrived in Shanghai on Monday.\nWhitmer signed a memorandum with Zhejiang Province "
     "on electric vehicles on Tuesday.", [["Michigan", "Zhejiang Province"]]),
])
def test_a_surname_of_a_governor_named_with_his_state_is_the_state(text, expected):
    assert parties(text) == expected


def test_a_company_named_alone_still_signs():
    text = ("CEO Doug McMillon of Walmart spoke on Monday.\nWalmart signed a power purchase agreement with Shanghai "
            "Electric on Monday for 200 megawatts of wind power.")
    assert parties(text) == [["Walmart", "Shanghai Electric"]]


def test_person_surnames_and_their_rewriting():
    text = "Premier Li Qiang met Gov. Gavin Newsom and Mayor Karen Bass in Beijing (a city, never a surname: Mayor Jo Boston)."
    assert person_surnames(text) == {"Qiang", "Newsom", "Bass"}
    assert surnames_as_officials("Newsom and Bass signed it; Gavin Newsom's aide did not.", {"Newsom", "Bass"}) == \
        "the official and the official signed it; Gavin Newsom's aide did not."
    assert surnames_as_officials("Newsom met Bass.", {"Newsom"}) == "Newsom met Bass."  # no signing: left alone


@pytest.mark.parametrize("text, expected", [
    ("The MOU on clean energy was signed by Tianjin Vice Mayor Li Wenhai and Connecticut Lieutenant Governor Susan "
     "Bysiewicz on Monday.", [["Tianjin", "Connecticut"]]),
    ("Vermont Lieutenant Governor David Zuckerman and Hubei Vice Governor Zhao Haishan signed a memorandum on clean "
     "energy on Monday.", [["Vermont", "Hubei Province"]]),
])
def test_a_place_before_a_lieutenant_governor_is_the_officials_place(text, expected):
    assert parties(text) == expected
