"""English agreement clauses told with coordination and nominalisations (round 17b, after the fifty-eighth web):
"A and B each signed agreements with C", "X signed three agreements: with A on ..., with B on ..., and with C on ...",
"the signature of the accord by A and B", "The pact, inked by A and B, ...", "Duke's agreement with B, signed Monday",
a definite instrument whose signers are new, and the city of the gathering a signing is told at. Sentences written for
the test, with what each rule leaves alone (hopes, talks, an expected signing, a letter urging)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.clause_readers_en import each_groups, listed_counterparts, signature_verb


def agreements(text: str, day: date = date(2024, 12, 1)) -> list[tuple[str, list[str], date | None, str | None]]:
    art = Article("http://127.0.0.1/p", "test", None, day, "en", text, datetime(2024, 12, 1))
    return sorted((m.fields["agreement_type"], sorted(m.fields["parties"]), m.fields["signed_on"], m.fields["city"])
                  for m in extract_mentions(art) if m.record_type == "agreement")


# --- "A and B each signed ... with C": one agreement per subject ------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Tucson and Reno each signed water-reuse agreements with Baoding in Baoding on June 3, 2024.",
     [("agreement", ["Baoding", "Reno"], date(2024, 6, 3), "Baoding"),
      ("agreement", ["Baoding", "Tucson"], date(2024, 6, 3), "Baoding")]),
    ("Rice University and Purdue University each signed memorandums of understanding with Shandong University on "
     "May 14, 2024.",
     [("mou", ["Purdue University", "Shandong University"], date(2024, 5, 14), None),
      ("mou", ["Rice University", "Shandong University"], date(2024, 5, 14), None)]),
])
def test_each_signed_is_one_agreement_per_subject(text, want):
    assert agreements(text) == want


def test_each_groups_wants_two_subjects_and_a_counterpart():
    assert each_groups(["Tucson", "Reno", "Baoding"], ["Baoding"]) == [["Tucson", "Baoding"], ["Reno", "Baoding"]]
    assert each_groups(["Tucson", "Baoding"], ["Baoding"]) == []
    assert each_groups(["Tucson", "Reno"], []) == []


# --- "signed three agreements: with A on ..., with B on ..., and with C on ..." ---------------------------------
@pytest.mark.parametrize("text,want", [
    ("In Wuhan on March 4, 2024, Purdue University signed three agreements: with Wuhan University on battery "
     "recycling, with Huazhong University of Science and Technology on smart grids, and with Hubei University on "
     "lake restoration.",
     [("agreement", ["Purdue University", "Wuhan University"], date(2024, 3, 4), "Wuhan"),
      ("agreement", ["Hubei University", "Purdue University"], date(2024, 3, 4), "Wuhan"),
      ("agreement", ["Huazhong University of Science and Technology", "Purdue University"], date(2024, 3, 4),
       "Wuhan")]),
    ("Tucson signed two memorandums on June 3, 2024: with Baoding on solar street lights, and with Handan on "
     "flood warning.",
     [("mou", ["Baoding", "Tucson"], date(2024, 6, 3), None), ("mou", ["Handan", "Tucson"], date(2024, 6, 3), None)]),
])
def test_counterparts_listed_after_a_colon_each_sign_their_own(text, want):
    assert sorted(agreements(text)) == sorted(want)


def test_listed_counterparts_needs_a_colon_and_with():
    s = "Tucson signed two memorandums: with Baoding on lights, and with Handan on floods."
    assert [s[i:i + 7] for i in listed_counterparts(s, s.index("memorandums"))] == ["Baoding", "Handan "]
    assert listed_counterparts("Tucson signed two memorandums with Baoding and Handan.", 0) == []


# --- "the signature of the accord by A and B" --------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("After the signature of the accord by Reno and Handan in Reno on August 2, 2024, the two cities will swap "
     "engineers.", [("agreement", ["Handan", "Reno"], date(2024, 8, 2), "Reno")]),
    ("The signature of a memorandum of understanding between Rice University and Hubei University on May 6, 2024, "
     "opened the lab.", [("mou", ["Hubei University", "Rice University"], date(2024, 5, 6), None)]),
])
def test_a_signature_by_or_between_is_a_signing(text, want):
    assert agreements(text) == want


def test_a_signature_without_an_instrument_is_no_verb():
    assert signature_verb("Reno's signature programme with Handan grew.") == []
    assert agreements("The mayors collected a signature from Reno and Handan for the petition on May 2, 2024.") == []


# --- "The pact, inked by A and B, ..." after another instrument; "Duke's agreement with B, signed Monday" ----------
def test_a_definite_pact_with_new_signers_is_a_new_instrument():
    text = ("Tucson, Reno and Baoding put their signatures to a joint statement on heat in Tucson on June 3, 2024. "
            "The pact, inked by Reno and Handan in Tucson on June 3, 2024, sets up a shared heat register.")
    assert agreements(text) == [("agreement", ["Handan", "Reno"], date(2024, 6, 3), "Tucson"),
                                ("joint_statement", ["Baoding", "Reno", "Tucson"], date(2024, 6, 3), "Tucson")]


def test_a_definite_memorandum_restating_the_one_just_told_stays_one():
    text = ("Tucson and Baoding signed a memorandum on heat on June 3, 2024. "
            "The memorandum, inked by Tucson and Baoding in Baoding, runs for five years.")
    assert agreements(text) == [("mou", ["Baoding", "Tucson"], date(2024, 6, 3), "Baoding")]


def test_a_short_names_possessive_is_its_owner():
    text = ("Rice University opened a hydrogen lab on Monday. Rice's agreement with Shandong University, signed "
            "Tuesday in Houston, commits the two to shared fellowships.")
    assert agreements(text, date(2024, 7, 11)) == [
        ("agreement", ["Rice University", "Shandong University"], date(2024, 7, 9), "Houston")]


# --- a signing told at a gathering takes the city the gathering was held in --------------------------------------
def test_a_signing_on_the_gatherings_first_day_is_where_it_opened():
    text = ("The coalition's annual summit opened in Reno on April 8, 2024, with 40 delegations. "
            "On the first day Tucson signed a water agreement with Baoding.")
    assert agreements(text) == [("agreement", ["Baoding", "Tucson"], date(2024, 4, 8), "Reno")]


# --- what none of these rules makes a signing ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tucson and Reno each hope to sign agreements with Baoding next year.",
    "Purdue University plans to sign three agreements: with Wuhan University, with Hubei University and with Hunan "
    "University.",
    "The signature of the accord by Reno and Handan is expected next spring.",
    "Talks on an MOU with Handan continue, Reno said.",
    "Mayors of Tucson and Reno signed a letter urging Congress to fund adaptation.",
])
def test_hopes_plans_and_letters_are_no_signing(text):
    assert agreements(text) == []


def test_officials_of_the_parties_signing_the_agreement_just_reported_tell_no_new_one():
    # "the agreement" after an MOU is that MOU; the chair of a party's agency signs for the party (the merge of round
    # 17b had made it a new agreement of Jiangsu and the agency, losing California)
    from scrapers.extract.clause_readers_en import another_instrument
    last = {"parties": ["California", "Jiangsu Province"], "agreement_type": "mou"}
    assert not another_instrument("agreement", ["Jiangsu Province", "California Energy Commission"], last)
    assert another_instrument("agreement", ["Oregon", "Fujian Province"], last)
