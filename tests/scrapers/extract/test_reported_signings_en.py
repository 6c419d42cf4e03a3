"""Subnational partnerships told the way city and state newsrooms write their English releases (issue 17, the
hundred-eleventh web): a signing told as reported speech ("X announced on the 26th that it signed ... on the 25th",
reported_signings_en), "the city" of a later signing beside its own counterparts (place_anaphora_en), a German Land's
"Minister-President" signing for the Land (clauses_en.bare_officials), a fair named "<City> Messe" (events) and a
"greenhouse gas neutral" goal (pledge_forms_read_en). Texts of our own, not the web's."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.reported_signings_en import reporting_day_blanked
from story_records import records


def _sides(text: str, day: date) -> list[tuple]:
    return [(tuple(r["parties"]), r["signed_on"]) for r in records(text, "agreement", day)]


# --- reported speech: the reporter signs, on the day its own clause gives ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Busan Metropolitan City announced on the 14th that it signed a sister city agreement with Wuxi in Wuxi on the "
     "12th.", [(("Busan", "Wuxi"), date(2024, 3, 12))]),
    ("Gwangju said on Thursday that it had signed a memorandum of understanding with Leipzig on Tuesday.",
     [(("Gwangju", "Leipzig"), date(2024, 3, 12))]),
])
def test_a_reporter_signs_what_it_announces(text, want):
    assert _sides(text, date(2024, 3, 14)) == want


def test_a_reporting_day_alone_stays_the_sentences_day():
    # no day of its own after "that": the sentence's one day is kept (as before)
    s = "Busan said on Tuesday that it signed a memorandum with Qingdao."
    assert reporting_day_blanked(s) == s
    assert "on the 26th" not in reporting_day_blanked("Ulsan announced on the 26th that it signed a pact on the 25th.")


def test_a_pronoun_of_no_reporting_clause_names_no_one():
    assert records("It signed a memorandum of understanding with Wuxi on the 12th.", "agreement",
                   date(2024, 3, 14)) == []


# --- "the city": the one signing city of the story that is not the sentence's own counterpart -----------------------
def test_the_city_is_the_signer_not_its_counterpart():
    text = ("Daegu Metropolitan City signed a sister city agreement with Wuxi at Wuxi City Hall on the 12th. "
            "On the same day, the city signed a business agreement on hydrogen buses with the Wuxi Municipal People's "
            "Government and Samsung Group.")
    got = _sides(text, date(2024, 3, 14))
    assert (("Daegu", "Wuxi", "Samsung Group"), date(2024, 3, 12)) in got


def test_the_city_of_two_cities_none_of_them_here_is_no_one():
    text = ("Daegu and Wuxi signed a sister city agreement on the 12th. "
            "The city signed a business agreement on hydrogen buses with Samsung Group.")
    assert all("Samsung Group" not in p or len(p) == 1 for p, _ in _sides(text, date(2024, 3, 14)))


# --- a German Land's head signs for the Land; a fair named by its city; "greenhouse gas neutral" -------------------
@pytest.mark.parametrize("text", [
    "Minister-President Markus Holm and the Vice Governor of Sichuan Province signed a joint declaration on Monday in "
    "Hesse's capital. Hesse and Sichuan want to work together on hydrogen.",
    "Hesse and Sichuan want to work together on hydrogen. Minister President Markus Holm and the Vice Governor of "
    "Sichuan Province signed a joint declaration on Monday.",
])
def test_a_minister_president_signs_for_the_land(text):
    assert {p for p, _ in _sides(text, date(2024, 3, 14))} == {("Hesse", "Sichuan Province")}


def test_a_fair_named_by_its_city_is_a_gathering_the_company_is_not():
    names = {r["name"] for r in records("Bavaria and Shandong signed a memorandum on Tuesday at the Munich Messe.",
                                        "event", date(2024, 3, 14))}
    assert names == {"Munich Messe"}
    assert records("Messe Frankfurt and Shenzhen signed a memorandum on Tuesday.", "event", date(2024, 3, 14)) == []


@pytest.mark.parametrize("text,want", [
    ("The state commits itself to becoming greenhouse gas neutral by 2045.", {2045}),
    ("Under the new law, Hesse aims to be GHG-neutral by 2045.", {2045}),
    ("Greenhouse gas emissions in Hesse fell by 3 percent in 2023.", set()),
])
def test_greenhouse_gas_neutral_is_neutrality(text, want):
    got = records("Hesse adopted its climate law. " + text, "commitment", date(2024, 3, 14))
    assert {r["target_year"] for r in got if r["commitment_type"] == "carbon_neutrality"} == want


def test_a_same_day_signing_is_another_instrument():
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions
    from warehouse.resolve_agreements import cluster_agreements

    text = ("Daegu Metropolitan City signed a sister city agreement with Wuxi at Wuxi City Hall on the 12th. "
            "On the same day, the city signed a business agreement on hydrogen buses with the Wuxi Municipal People's "
            "Government and Samsung Group.")
    art = Article("http://127.0.0.1/dg/a", "t", None, date(2024, 3, 14), "en", text, datetime(2024, 3, 14))
    ms = [m for m in extract_mentions(art) if m.record_type == "agreement"]
    assert sorted(len({p for m in g for p in m.fields["parties"]}) for g in cluster_agreements(ms)) == [2, 3]
