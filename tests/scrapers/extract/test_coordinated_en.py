"""Coordinated signing clauses ("A and B signed X, while C and D signed Y"): a company's legal form with its comma
("Co., Ltd.") inside the second clause's subject does not end that clause (texts of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.coordinated_en import signing_clauses
from story_records import records


@pytest.mark.parametrize("text, want", [
    ("Petronas and Acme Solar Ltd. signed a framework agreement on Monday, while the Sarawak Energy Agency and "
     "Zhejiang Wind Power Co., Ltd. signed an agreement on a wind farm.",
     [["Acme Solar Ltd.", "Petronas"], ["Sarawak Energy Agency", "Zhejiang Wind Power Co., Ltd."]]),
    ("KazMunayGas and Bolt Hydrogen Inc. signed a memorandum, and the Kazakhstan Grid Operating Company and Jiangsu "
     "Solar Co., Ltd. signed an agreement on a solar park.",
     [["Bolt Hydrogen Inc.", "KazMunayGas"], ["Jiangsu Solar Co., Ltd.", "Kazakhstan Grid Operating Company"]]),
])
def test_each_clause_is_its_own_signing(text, want):
    assert sorted(sorted(r["parties"]) for r in records(text, "agreement")) == want


def test_a_list_of_parties_is_no_second_clause():
    assert signing_clauses("Petronas signed agreements with Acme Solar Co., Ltd., Bolt Wind and Jiangsu Solar.") == []
