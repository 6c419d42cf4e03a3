"""A governor's or mayor's trip told over many sentences (scrapers/extract/trip_principal.py): the principal, named
first with the place they govern and told most often, signs for that place when later told by surname, by title or by
a leading pronoun; a counterpart named once, an unsettled principal and sentences that sign nothing are left alone."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.trip_principal import principal_stand_ins, trip_principals


def signings(*paras: str, day: date = date(2025, 3, 12)) -> list[tuple[list[str], str | None]]:
    """(parties, city) of each agreement read from the paragraphs."""
    ms = extract_mentions(Article(url="https://en.example/t", source="en", title=None, published_on=day,
                                  language="en", text="\n\n".join(paras), fetched_at=datetime(2026, 1, 1)))
    return [(m.fields["parties"], m.fields["city"]) for m in ms if m.record_type == "agreement"]


KY = "Governor Ines Haldane of Kentucky arrived in Wuhan on Monday for a week-long clean energy mission to China."
OMAHA = "Omaha Mayor Victor Brandt arrived in Hefei on Sunday at the start of a three-day clean energy visit."


def test_the_principals_surname_signs_for_the_place_they_govern():
    assert signings(KY, "On Tuesday, Haldane and Hubei Party Secretary Gao Renshu signed a memorandum of "
                        "understanding on battery recycling in Wuhan.",
                    "Haldane said the state would welcome Hubei companies.") == \
        [(["Kentucky", "Hubei Province"], "Wuhan")]
    assert signings(OMAHA, "On Monday, Brandt and Hefei Mayor Xu Jiaming signed a memorandum of understanding on "
                           "electric buses.", "Brandt's office said the visit was paid for by the city.") == \
        [(["Omaha", "Hefei"], None)]


def test_the_governor_and_the_mayor_as_a_subject_are_the_principal():
    assert signings(KY, "Haldane toured a solar plant on Monday.",
                    "During the visit, the governor signed two climate agreements, including with the Ministry of "
                    "Commerce and the National Energy Administration.") == \
        [(["Kentucky", "Ministry of Commerce"], None), (["Kentucky", "National Energy Administration"], None)]
    assert signings(OMAHA, "Brandt toured a bus plant on Monday.",
                    "On Tuesday, in Wuhu, the mayor signed a green freight agreement with the Wuhu municipal "
                    "government.") == [(["Omaha", "Wuhu"], "Wuhu")]


def test_a_leading_pronoun_after_a_sentence_the_principal_leads():
    assert [p for p, _ in signings(KY, "Haldane signed a memorandum on clean energy with Hubei province on Tuesday.",
                                   "She also signed agreements with Anhui province and the city of Hefei.")] == \
        [["Kentucky", "Hubei Province"], ["Kentucky", "Anhui Province"], ["Kentucky", "Hefei"]]
    assert [p for p, _ in signings(OMAHA, "Brandt met business leaders in Hefei on Monday.",
                                   "He also signed agreements with Wuhu and Anqing on electric buses.")] == \
        [["Omaha", "Wuhu"], ["Omaha", "Anqing"]]


def test_a_pronoun_after_a_sentence_someone_else_leads_is_no_one():
    trip = trip_principals(KY + " Haldane toured a plant.")
    assert principal_stand_ins("She also signed agreements with Anhui province.", trip,
                               "The province's party chief welcomed the delegation.") == \
        "She also signed agreements with Anhui province."
    assert principal_stand_ins("She also signed agreements with Anhui province.", trip,
                               "Haldane visited a battery plant.") == \
        "Kentucky also signed agreements with Anhui province."


def test_a_governor_named_without_a_state_in_a_states_own_release():
    assert signings("Governor Ines Haldane returned from China on Friday after a five-day clean energy mission.",
                    "During the trip, the governor signed climate agreements with Hubei Province and Anhui Province.",
                    "Kentucky aims to cut emissions, Haldane said, and Kentucky companies will follow.") == \
        [(["Kentucky", "Hubei Province"], None), (["Kentucky", "Anhui Province"], None)]
    # two states named: whose governor she is, the text does not say
    assert trip_principals("Governor Ines Haldane met Ohio and Kentucky leaders. Haldane spoke. Kentucky and Ohio "
                           "agreed.").by_title == {}


def test_a_counterpart_or_an_unsettled_principal_stands_for_no_one():
    trip = trip_principals(OMAHA + " Brandt and Hefei Mayor Xu Jiaming met. Brandt spoke.")
    assert trip.by_title == {"mayor": ("Omaha", "Brandt")}  # the counterpart, named once, is not the principal
    assert "Xu" not in trip.surnames
    # two governors told as often: "the governor" settles on neither
    assert trip_principals("Kentucky Governor Ines Haldane and Hubei Governor Gao Renshu met. Haldane spoke. Gao "
                           "spoke.").by_title == {}
    assert trip_principals("Governor Ines Haldane of Kentucky met Governor Ray Lusk of Ohio. Lusk spoke. Haldane "
                           "spoke.").by_title == {}


def test_sentences_that_sign_nothing_are_left_alone():
    assert signings(KY, "On Wednesday, Haldane met Hubei's governor to discuss battery investment, but no agreement "
                        "was signed.", "The governor will sign a memorandum with Anhui province next year.") == []
    signed = extract_mentions(Article(
        url="https://en.example/t", source="en", title=None, published_on=date(2025, 3, 12), language="en",
        fetched_at=datetime(2026, 1, 1), text=f"{OMAHA}\n\nBrandt said the two cities would sign a sister-city "
        "agreement next year.\n\nOmaha signed its first memorandum with a Chinese city, Anqing, in 2009 under a "
        "previous mayor."))
    # the memorandum of years ago is told with its year, never as this trip's signing
    assert [(m.fields["parties"], m.fields["signed_on"]) for m in signed if m.record_type == "agreement"] == \
        [(["Omaha", "Anqing"], None)]


def test_an_also_signed_of_a_trip_naming_another_city_keeps_no_earlier_city():
    assert signings(KY, "On Tuesday, Haldane and Hubei Party Secretary Gao Renshu signed a memorandum on clean "
                        "energy in Wuhan.",
                    "The governor also signed agreements with Anhui Province and the Hefei municipal government "
                    "on clean energy.") == \
        [(["Kentucky", "Hubei Province"], "Wuhan"), (["Kentucky", "Anhui Province"], None),
         (["Kentucky", "Hefei"], None)]
    assert signings(OMAHA, "On Monday, Brandt signed a memorandum on electric buses with Hefei in Hefei.",
                    "Brandt also signed an agreement on clean freight with the city of Wuhu.") == \
        [(["Omaha", "Hefei"], "Hefei"), (["Omaha", "Wuhu"], None)]


def test_a_trip_signing_with_the_datelines_city_as_a_party_is_signed_there():
    assert signings("HEFEI, China, March 12 (Wire) - " + OMAHA,
                    "On Monday, Brandt and Hefei Mayor Xu Jiaming signed a memorandum of understanding on electric "
                    "buses.") == [(["Omaha", "Hefei"], "Hefei")]
    assert signings("WUHAN, China, March 12 (Wire) - " + KY,
                    "On Tuesday, Haldane and Wuhan Mayor Gao Renshu signed a memorandum of understanding on battery "
                    "recycling.") == [(["Kentucky", "Wuhan"], "Wuhan")]
    # filed from elsewhere: the text does not say where
    assert signings("BEIJING, March 12 (Wire) - " + OMAHA,
                    "On Monday, Brandt and Hefei Mayor Xu Jiaming signed a memorandum of understanding on electric "
                    "buses.") == [(["Omaha", "Hefei"], None)]
