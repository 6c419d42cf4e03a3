"""Pairs of places that signed at once, listed before one verb (scrapers/extract/sister_pairs_en.py): one agreement
per pair, never one agreement of them all. A list that is not wholly pairs is read as before. Texts of our own."""
from __future__ import annotations

import pytest

from story_records import records


def parties(text: str) -> list[list[str]]:
    return sorted(r["parties"] for r in records(text, "agreement"))


@pytest.mark.parametrize("text,want", [
    ("SEOUL, Oct 24 (Wire) -- Busan and Qingdao, and Incheon and Dalian inked agreements to become sister cities on "
     "Tuesday.", [["Busan", "Qingdao"], ["Incheon", "Dalian"]]),
    ("OSAKA, Oct 24 -- Osaka and Shanghai, as well as Kobe and Tianjin signed memorandums on hydrogen cooperation on "
     "Tuesday.", [["Kobe", "Tianjin"], ["Osaka", "Shanghai"]]),
])
def test_each_listed_pair_is_its_own_agreement(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    # a list of signatories of one instrument, not pairs
    ("BERLIN, Oct 24 -- Hamburg, Bremen and Kiel signed a joint declaration with Qingdao on Tuesday.",
     [["Hamburg", "Bremen", "Kiel", "Qingdao"]]),
    # two clauses, each with its own verb: read clause by clause as before
    ("PARIS, Oct 24 -- Lyon and Guangzhou signed an agreement on Tuesday, and Bordeaux and Wuhan signed a memorandum.",
     [["Bordeaux", "Wuhan"], ["Lyon", "Guangzhou"]]),
])
def test_a_list_that_is_not_wholly_pairs_is_read_as_before(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    # sides named by their kind word with a locator, a country's possessive, a description with the demonym
    ("HANOI, March 3 (Wire) -- Among them, Soc Son District of Vietnam's Hanoi and Gyeongju in South Korea's North "
     "Gyeongsang Province, Khentii Province in eastern Mongolia and Honghe in China's Yunnan Province, as well as "
     "Kasi District of Laos and the Japanese city of Tsuruga signed agreements to become sister cities on Tuesday.",
     [["Kasi District", "Tsuruga"], ["Khentii Province", "Honghe"], ["Soc Son District", "Gyeongju"]]),
    ("ULAANBAATAR, June 5 -- Of these, Mongolia's Khovd Province and Hami in northwest China's Xinjiang, Hoa Vang "
     "District of Da Nang and the Chilean city of Chillan, and Laos' Xaysomboun District and Pu'er inked sister-city "
     "agreements on Monday.",
     [["Hoa Vang District", "Chillan"], ["Khovd Province", "Hami"], ["Xaysomboun District", "Pu'er"]]),
])
def test_pairs_of_units_named_by_their_kind(text, want):
    assert parties(text) == want


def test_a_pair_with_a_side_not_read_whole_is_left_out():
    # "the delegation of X": a side that is no actor as written yields nothing, not a half
    assert parties("HANOI, March 3 -- Among them, the delegation of Soc Son District and Gyeongju, as well as Kasi "
                   "District of Laos and the Japanese city of Tsuruga signed agreements to become sister cities on "
                   "Tuesday.") == [["Kasi District", "Tsuruga"]]


def test_units_named_beside_no_signing_are_no_agreement():
    assert parties("ULAANBAATAR, June 5 -- Khentii Province and Khovd Province officials, as well as Hoa Vang District "
                   "of Da Nang and Kasi District of Laos attended the forum on Monday.") == []


@pytest.mark.parametrize("text,want", [
    # "Among them" after the sentence that counted the signings and dated them: that day
    ("SEOUL, Oct 24 (Wire) -- Cities from six countries inked eight agreements on Monday at the forum in Seoul. "
     "Among them, Busan and Qingdao, and Incheon and Dalian inked agreements to become sister cities.",
     {"2023-10-23"}),
    ("OSAKA, Oct 24 -- Local governments signed a dozen memoranda on Tuesday. Of these, Osaka and Shanghai, as well as "
     "Kobe and Tianjin signed memorandums on hydrogen cooperation.", {"2023-10-24"}),
    # a sentence before that counts no signings dates nothing
    ("OSAKA, Oct 24 -- Mayors of twelve cities met on Monday. Of these, Osaka and Shanghai, as well as Kobe and Tianjin "
     "signed memorandums on hydrogen cooperation.", {None}),
])
def test_pairs_among_counted_signings_take_their_day(text, want):
    got = {str(r["signed_on"]) if r["signed_on"] else None for r in records(text, "agreement")}
    assert got == want
