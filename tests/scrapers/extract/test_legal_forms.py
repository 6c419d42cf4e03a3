"""One list of companies' legal forms (pactwatch/legal_forms.py) read by the extractor and by resolution: a form that
says "company" ends a company's name in a sentence, the same form is one name with or without its comma when two
reports are compared; a form that is also a state's abbreviation ("Reno, NV") makes no company."""
from __future__ import annotations

import pytest

from pactwatch.legal_forms import ABBREVIATED_FORMS, COMPANY_FORMS, LEGAL_FORMS
from scrapers.extract.entities import find_entities
from warehouse.party_names import name_key


def orgs(sentence: str) -> list[str]:
    return [e.surface.strip(" ,") for e in find_entities(sentence) if e.kind == "org"]


def test_the_uses_are_drawn_from_one_list():
    assert set(COMPANY_FORMS) <= set(LEGAL_FORMS) and set(ABBREVIATED_FORMS) <= set(LEGAL_FORMS)
    assert "NV" not in COMPANY_FORMS and "Co" in ABBREVIATED_FORMS and "LLC" not in ABBREVIATED_FORMS


@pytest.mark.parametrize("sentence,name", [
    ("Brightwater Turbines, GmbH will supply the blades.", "Brightwater Turbines, GmbH"),
    ("The fund was advised by Halden Partners, LLP last year.", "Halden Partners, LLP"),
])
def test_a_form_that_says_company_ends_a_company_name(sentence, name):
    assert name in orgs(sentence)
    assert name_key(name) == name_key(name.replace(",", ""))


@pytest.mark.parametrize("sentence", [
    "The delegation flew from Reno, NV to Beijing.",
    "Officials met in Adelaide, SA on Monday.",
])
def test_a_state_abbreviation_after_a_comma_makes_no_company(sentence):
    assert orgs(sentence) == []
