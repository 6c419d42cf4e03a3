"""The reading of lists and tables of signings that English and Chinese share (scrapers/extract/listing.py): header
columns, rule rows, and the walk that opens, keeps and closes a listing (pure functions)."""
from __future__ import annotations

import re
from dataclasses import replace

from scrapers.extract.listing import ListGrammar, Listing, find_columns, follow

PATTERNS = {"parties": re.compile(r"part", re.I), "instrument": re.compile(r"agreement|title", re.I)}


def test_a_header_names_each_required_column_in_a_cell_of_its_own():
    assert find_columns(["Date", "Parties", "Agreement"], PATTERNS, {"parties", "instrument"}, skip_taken=True) == \
        {"parties": 1, "instrument": 2}
    assert find_columns(["Date", "Parties"], PATTERNS, {"parties", "instrument"}, skip_taken=True) is None


def test_a_cell_two_columns_claim_goes_to_the_first_or_refuses_the_header():
    cells = ["Party agreement", "Title"]
    # skipping taken cells, the instrument takes the next cell that names it
    assert find_columns(cells, PATTERNS, {"parties", "instrument"}, skip_taken=True) == {"parties": 0, "instrument": 1}
    # without, both claim the first cell: no table
    assert find_columns(cells, PATTERNS, {"parties", "instrument"}, skip_taken=False) is None


GRAMMAR = ListGrammar(
    intro=re.compile(r"were signed:$"),
    when=lambda sentence, previous: "on Monday" if "Monday" in sentence + previous else None,
    columns=lambda cells: find_columns(cells, PATTERNS, {"parties", "instrument"}, skip_taken=True),
    row=lambda listing, cells: f"{cells[listing.columns['parties']]} signed {cells[listing.columns['instrument']]}.",
    item=lambda listing, sentence: f"They signed {sentence} {listing.when}." if sentence.startswith("a ") else None)


def test_an_opening_carries_its_day_into_the_items_and_rows_below_it():
    listing, told = follow(GRAMMAR, None, "These agreements were signed:", "They met on Monday.")
    assert listing == Listing("on Monday") and told is None
    assert follow(GRAMMAR, listing, "a memorandum between A and B") == (listing, "They signed a memorandum between A "
                                                                                  "and B on Monday.")
    listing, _ = follow(GRAMMAR, listing, "| Parties | Agreement |")
    assert listing.columns == {"parties": 0, "instrument": 1}
    assert follow(GRAMMAR, listing, "| --- | :--: |") == (listing, None)  # the rule under the header keeps it
    assert follow(GRAMMAR, listing, "| A and B | an MOU |") == (listing, "A and B signed an MOU.")
    assert follow(GRAMMAR, listing, "The ceremony ended.") == (None, None)  # anything else closes it


def test_no_opening_no_listing():
    assert follow(GRAMMAR, None, "a memorandum between A and B") == (None, None)
    assert follow(GRAMMAR, None, "| Parties | Agreement |") == (None, None)


def test_a_row_that_names_no_columns_ends_a_table_before_its_header():
    listing = Listing(None)
    assert follow(GRAMMAR, listing, "| Year | Sum |") == (None, None)
    blank_rows_are_rules = replace(GRAMMAR, blank_rule=True)
    assert follow(GRAMMAR, listing, "|  |  |") == (None, None)
    assert follow(blank_rows_are_rules, listing, "|  |  |") == (listing, None)
