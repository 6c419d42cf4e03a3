""""the state" (city, province) as the subject of a signing is the one place of its kind the sentence named before it
(scrapers/extract/place_anaphora_en.py); a headline's "X to sign" is a future, no record
(scrapers/extract/future_signings_en.py). Texts of our own."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.future_signings_en import headline_future


def agreements(text: str, day: date) -> list[dict]:
    ms = extract_mentions(Article("http://127.0.0.1/a", "t", None, day, "en", text, datetime(2026, 1, 1)))
    return [m.fields for m in ms if m.record_type == "agreement"]


def test_the_state_that_signs_is_the_state_the_sentence_named():
    got = agreements("Wyoming legislators want a second trade mission, months after the state signed a memorandum of "
                     "understanding with the Nanning Municipal People's Government last October.", date(2026, 1, 20))
    assert [(set(a["parties"]), a["signed_on"], a["signed_on_precision"]) for a in got] == [
        ({"Wyoming", "Nanning"}, date(2025, 10, 1), "month")]


def test_the_city_that_signs_is_the_city_the_sentence_named():
    got = agreements("Tulsa council members praised the plan, a year after the city signed an agreement on electric "
                     "buses with the Liuzhou Municipal People's Government.", date(2026, 1, 20))
    assert [set(a["parties"]) for a in got] == [{"Tulsa", "Liuzhou"}]


def test_two_places_of_the_kind_name_no_one():
    got = agreements("Officials in Tulsa and Oklahoma City said the city signed an agreement on wind power with "
                     "Liuzhou.", date(2026, 1, 20))
    assert all("Tulsa" not in a["parties"] and "Oklahoma City" not in a["parties"] for a in got)


def test_a_headline_to_sign_is_a_future():
    assert agreements("Tulsa to sign sister-city pact with China's Liuzhou in March", date(2026, 1, 20)) == []
    assert agreements("Wyoming, Nanning to ink coal conversion deal", date(2026, 1, 20)) == []
    assert headline_future("Tulsa to ") and not headline_future("Governor Stitt flew to Beijing to ")


# --- "the province" of a later sentence: the one the story told signing (StorySigners) -------------------------------
def _parties(text: str) -> list[set]:
    return [set(a["parties"]) for a in agreements(text, date(2025, 5, 20))]


@pytest.mark.parametrize("text, later", [
    ("At a ceremony in Wuhan on Monday, Hubei signed a friendship agreement with the Kenyan city of Mombasa. The "
     "province also signed a memorandum of understanding on solar power with Nairobi.", "Nairobi"),
    ("Colorado signed a memorandum on electric vehicles with Shaanxi Province in Denver on Friday. Officials praised "
     "the deal. The state later signed an agreement on carbon capture with Jilin Province.", "Jilin Province"),
])
def test_the_place_of_a_later_sentence_is_the_one_the_story_told_signing(text, later):
    assert any(p in ({"Hubei Province", later}, {"Colorado", later}) for p in _parties(text))


@pytest.mark.parametrize("text", [
    # two provinces named before: which one "the province" is cannot be told
    "Hunan and Jiangxi signed a memorandum on river protection with the Kenyan city of Mombasa on Monday. The province "
    "also signed a memorandum on solar power with Nairobi.",
    # no province told signing (a city signed): "the province" names no one
    "Wuhan signed a friendship agreement with the Kenyan city of Mombasa on Monday. The province also signed a "
    "memorandum on solar power with Nairobi.",
])
def test_no_one_place_of_the_kind_told_signing_names_no_one(text):
    assert not any("Nairobi" in p for p in _parties(text))


# --- "the two sides" further back than the sentences just before: the story's one signing pair -----------------------
def test_the_two_sides_are_the_one_pair_the_story_told_signing():
    got = _parties("Denver and Kunming signed a memorandum of understanding on clean transport on Monday. The "
                   "memorandum covers electric buses. Denver's mayor said the deal would help. Kunming officials "
                   "toured a bus depot. The two sides also signed a letter of intent on water reuse on Tuesday.")
    assert got == [{"Denver", "Kunming"}, {"Denver", "Kunming"}]


def test_the_two_sides_of_a_story_of_three_signers_are_no_one():
    got = _parties("Denver, Kunming and Lima signed a memorandum of understanding on clean transport on Monday. The "
                   "memorandum covers electric buses. Denver's mayor said the deal would help. Kunming officials "
                   "toured a bus depot. The two sides also signed a letter of intent on water reuse on Tuesday.")
    assert got == [{"Denver", "Kunming", "Lima"}]
