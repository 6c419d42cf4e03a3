"""A headline's present tense "ink" ("Oulu, Tartu ink MOU on clean heating"), as "sign" is read
(agreement_words.INK): the verb right before the instrument it signs, whether or not the story under it retells the
signing (a photo story). Not "ink" the noun. Texts are our own."""
from __future__ import annotations

from datetime import date

from story_records import records

from scrapers.extract.agreements import may_report_en


def signed(title: str, body: str) -> list[tuple]:
    return [(r["agreement_type"], sorted(r["parties"])) for r in records(body, "agreement", date(2025, 5, 15), title)]


def test_a_headline_that_inks_an_instrument_is_read():
    assert signed("Oulu, Tartu ink MOU on clean heating",
                  "The mayors of the two cities after the ceremony on Wednesday. [Photo by Li Wei]") == \
        [("mou", ["Oulu", "Tartu"])]
    assert may_report_en("Espoo and Aarhus ink a cooperation agreement on district cooling")


def test_ink_the_noun_or_without_an_instrument_signs_nothing():
    assert not may_report_en("Tattoo ink sales soar after trade pact")
    assert signed("Oulu artists ink murals for climate week",
                  "Local artists painted twelve murals about the climate in Oulu. [Photo by Li Wei]") == []


def test_a_headline_naming_the_countries_of_the_body_s_ministries_restates_their_signing():
    body = ("China's Ministry of Ecology and Environment and Laos' Ministry of Natural Resources and Environment "
            "signed a memorandum of understanding on Tuesday on a low-carbon demonstration zone.")
    got = signed("China, Laos ink MOU on low-carbon demonstration zone", body)
    assert len(got) == 1 and "China" not in got[0][1]  # one row: the ministries', not a second one of the countries
