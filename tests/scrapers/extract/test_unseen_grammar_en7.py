"""English grammar first met on the nineteenth test web (tests/nineteenthweb.py: subnational climate cooperation),
each rule shown on two sentences written for this test (not the web's), with negatives beside: an instrument the
parties "agreed to cooperate under" ("a new memorandum"), "It was signed in ... on ..." restating it, "put its
signature to", "Its signatories were ...", a coalition joined by signing its MOU ("joined the Under2 Coalition" + "...
signed the Under2 Memorandum of Understanding"), a lone signer of a body's own instrument ("the Under2 MOU"), a fronted
"At the ... in Madrid on Tuesday," before the subject, a coalition's word inside a longer name; and found by probing
the brief's phrasings beyond the web: European regions, Japan's prefectures and Korea's provinces known by name, and
"last Thursday" where it names one day.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions

DAY = date(2019, 5, 9)  # a Thursday: "on Tuesday" is May 7


def agreements(text: str, day: date = DAY) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [(f["agreement_type"], f["parties"], f["signed_on"], f["city"])
            for f in (m.fields for m in extract_mentions(art) if m.record_type == "agreement")]


# --- "agreed to cooperate under a new memorandum" + "It was signed in ... on ..." ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Busan and Tianjin have agreed to cooperate under a new memorandum of understanding on green ports.\n\n"
     "It was signed in Tianjin on May 7 by the two cities' port commissioners.",
     [("mou", ["Busan", "Tianjin"], date(2019, 5, 7), "Tianjin")]),
    ("Perth and Nanjing agreed to work together under a new agreement on urban heat.\n\n"
     "It was signed on Tuesday in Nanjing.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), "Nanjing")]),
])
def test_an_instrument_agreed_under_is_concluded_and_it_was_signed_restates_it(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text", [
    "Busan and Tianjin agreed to cooperate under an agreement they will sign next month.",
    "Perth and Nanjing have agreed to work together under a new agreement to be signed in June.",
    "Busan and Tianjin will cooperate under a new memorandum of understanding.",
])
def test_an_instrument_still_to_come_is_no_agreement(text):
    assert agreements(text) == []


# --- "put its signature to" ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Perth and Nanjing put their signatures to a sister-city agreement on Tuesday.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), None)]),
    ("Busan put its signature to a memorandum of understanding with Jinan on Tuesday.",
     [("mou", ["Busan", "Jinan"], date(2019, 5, 7), None)]),
])
def test_put_its_signature_to_concludes(text, expected):
    assert agreements(text) == expected


def test_a_signature_yet_to_be_put_is_no_agreement():
    assert agreements("Busan will put its signature to a memorandum of understanding with Jinan next month.") == []


# --- "Its signatories were ..." after an agentless signing ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("A memorandum of understanding on electric buses was signed on Tuesday in Chengdu.\n\n"
     "Its signatories were the City of Perth, ICLEI and the Chengdu Municipal People's Government.",
     [("mou", ["Perth", "ICLEI – Local Governments for Sustainability", "Chengdu"], date(2019, 5, 7), "Chengdu")]),
    ("An agreement on coastal wetlands was signed on Tuesday in Busan.\n\n"
     "Its first signatories were Busan and Jinan.",
     [("agreement", ["Busan", "Jinan"], date(2019, 5, 7), "Busan")]),
])
def test_its_signatories_were_lists_the_parties(text, expected):
    assert agreements(text) == expected


def test_signatories_told_of_otherwise_list_nobody():
    assert agreements("A memorandum of understanding on electric buses was signed on Tuesday in Chengdu.\n\n"
                      "Its signatories will meet again in Perth next year.") == []


# --- a coalition joined by signing its instrument -----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Jiangxi Province joined the Under2 Coalition on Tuesday.\n\n"
     "The province's governor signed the Under2 Memorandum of Understanding in Nanchang.",
     [("partnership", ["Jiangxi Province", "Under2 Coalition"], date(2019, 5, 7), "Nanchang")]),
    ("Hainan joined the Powering Past Coal Alliance on Tuesday.\n\n"
     "Its governor signed the Powering Past Coal Alliance declaration in Haikou.",
     [("partnership", ["Hainan Province", "Powering Past Coal Alliance"], date(2019, 5, 7), "Haikou")]),
])
def test_joining_a_coalition_by_signing_its_instrument(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text", [
    "Jiangxi Province joined the Under2 Coalition in 2015.",  # membership told alone: no instrument signed
    "Hainan joined the Powering Past Coal Alliance on Tuesday, bringing its members to 60.",
    "Six cities joined the Under2 Coalition on Tuesday.\n\nThe coalition now has 270 members.",
])
def test_joining_alone_is_no_agreement(text):
    assert agreements(text) == []


# --- a lone signer of a body's own instrument -----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yunnan Province signed the Under2 MOU on Tuesday.",
     [("mou", ["Yunnan Province", "Under2 Coalition"], date(2019, 5, 7), None)]),
    ("On Tuesday, Hainan Province put its signature to the Under2 Memorandum of Understanding.",
     [("mou", ["Hainan Province", "Under2 Coalition"], date(2019, 5, 7), None)]),
])
def test_a_lone_signer_signs_a_bodys_instrument_with_that_body(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    # two signers: the body the instrument is named after is no party added
    ("Sichuan and Jiangsu signed the Under2 MOU on Tuesday.",
     [("mou", ["Sichuan Province", "Jiangsu Province"], date(2019, 5, 7), None)]),
    ("Chengdu signed the Paris Agreement pledge on Tuesday.", []),  # a place names it: no body
])
def test_no_owner_where_two_sign_or_a_place_names_it(text, expected):
    assert agreements(text) == expected


# --- a fronted place and time; a coalition's word inside a longer name ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("At the Under2 Coalition General Assembly in Madrid on Tuesday, Busan signed a memorandum of understanding with "
     "Jinan.", [("mou", ["Busan", "Jinan"], date(2019, 5, 7), "Madrid")]),
    ("During the C40 Mayors Summit in Copenhagen on Tuesday, Perth signed an agreement with Nanjing.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), "Copenhagen")]),
])
def test_a_fronted_place_and_time_is_no_party(text, expected):
    assert agreements(text) == expected


# --- regions of unitary European states with governments of their own (regions_en.EUROPEAN_EN) ---------------------
def _records(text: str, day: date = DAY) -> list:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return extract_mentions(art)


@pytest.mark.parametrize("text,expected", [
    ("Lombardy signed a memorandum of understanding with Sichuan on Tuesday.",
     [("mou", ["Lombardy", "Sichuan Province"], date(2019, 5, 7), None)]),
    ("The Government of Navarre signed an agreement with Anhui Province on Tuesday.",
     [("agreement", ["Navarre", "Anhui Province"], date(2019, 5, 7), None)]),
    ("Valencia signed an agreement with Hefei on Tuesday.",  # a city the gazetteer knows stays that city
     [("agreement", ["Valencia", "Hefei"], date(2019, 5, 7), None)]),
])
def test_a_european_region_signs_in_its_own_name(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,actor", [
    ("Wallonia has set a target of generating 40 percent of its electricity from renewable sources by 2030.",
     "Wallonia"),
    ("The Basque Government has set a target of generating 40 percent of its electricity from renewable sources by "
     "2030.", "Basque Country"),
])
def test_a_european_region_pledges_in_its_own_name(text, actor):
    got = [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
           for m in _records(text) if m.record_type == "commitment"]
    assert got == [(actor, "renewable_share", 2030)]


# --- "last <weekday>" where it is unambiguous (days_en) -----------------------------------------------------------
@pytest.mark.parametrize("text,day,expected", [
    # a Monday page's "last Thursday": four days back
    ("Busan and Tianjin last Thursday signed a memorandum of understanding on green shipping.", date(2019, 5, 13),
     [("mou", ["Busan", "Tianjin"], date(2019, 5, 9), None)]),
    # a Thursday page's "Last Thursday": the week before
    ("Last Thursday, Perth and Nanjing signed a memorandum of understanding on water.", DAY,
     [("mou", ["Perth", "Nanjing"], date(2019, 5, 2), None)]),
    # a Thursday page's "last Monday": this Monday or the one before? no day
    ("Last Monday, Perth and Nanjing signed a memorandum of understanding on water.", DAY,
     [("mou", ["Perth", "Nanjing"], None, None)]),
])
def test_last_weekday_counts_back_where_unambiguous(text, day, expected):
    assert agreements(text, day) == expected


# --- Japan's prefectures and South Korea's provinces (regions_en) ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kanagawa and Liaoning signed a memorandum of understanding on environmental cooperation on Tuesday.",
     [("mou", ["Kanagawa Prefecture", "Liaoning Province"], date(2019, 5, 7), None)]),
    ("The governor of Gyeonggi Province and the governor of Hebei Province signed a memorandum of understanding on "
     "Tuesday.", [("mou", ["Gyeonggi Province", "Hebei Province"], date(2019, 5, 7), None)]),
    ("Nagano signed an agreement with Hebei on Tuesday.",  # the city the gazetteer knows keeps its name
     [("agreement", ["Nagano", "Hebei Province"], date(2019, 5, 7), None)]),
])
def test_prefectures_and_korean_provinces_sign_in_their_own_name(text, expected):
    assert agreements(text) == expected


# --- "was inked by", "became a signatory to"; a body's instrument signed in a past year ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("The agreement was inked by Perth and Nanjing on Tuesday.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), None)]),
    ("A memorandum of understanding on green ports was sealed by Busan and Tianjin on Tuesday.",
     [("mou", ["Busan", "Tianjin"], date(2019, 5, 7), None)]),
    ("Jiangxi Province became a signatory to the Under2 MOU on Tuesday.",
     [("mou", ["Jiangxi Province", "Under2 Coalition"], date(2019, 5, 7), None)]),
    ("Busan became a signatory of a memorandum of understanding with Tianjin on Tuesday.",
     [("mou", ["Busan", "Tianjin"], date(2019, 5, 7), None)]),
])
def test_passive_inked_and_becoming_a_signatory(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text", [
    "Wales signed the Under2 MOU in 2015.",  # background: the body is no party added to a past signing
    "Jiangxi Province will become a signatory to the Under2 MOU next month.",
])
def test_a_bodys_instrument_signed_long_ago_or_not_yet_adds_no_party(text):
    assert agreements(text) == []


# --- signers in ", which A and B signed,"; "extended their agreement"; a signing only offered or promised -----------
@pytest.mark.parametrize("text,expected", [
    ("The memorandum, which Busan and Tianjin signed on Tuesday, covers green shipping.",
     [("mou", ["Busan", "Tianjin"], date(2019, 5, 7), None)]),
    ("The agreement, which Perth and Nanjing inked on Tuesday, runs for five years.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), None)]),
    ("Kitakyushu and Haiphong extended their green growth agreement on Tuesday for another five years.",
     [("agreement", ["Kitakyushu", "Haiphong"], date(2019, 5, 7), None)]),
    ("Perth and Nanjing extended its memorandum of understanding on urban heat on Tuesday.",
     [("mou", ["Perth", "Nanjing"], date(2019, 5, 7), None)]),
])
def test_relative_clause_signers_and_an_extended_agreement(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text", [
    "The memorandum, which was signed in 2009, covers green shipping.",
    "Busan extended the deadline for the agreement with Tianjin on Tuesday.",
    "Perth and Nanjing extended an invitation to sign an agreement next year.",
    "Busan and Tianjin are ready to sign a memorandum of understanding on green shipping.",
    "Perth and Nanjing promised to sign an agreement on urban heat.",
])
def test_no_signers_or_a_signing_only_offered_is_no_agreement(text):
    assert agreements(text) == []


# --- "The signing ceremony took place in ... on ..." (signings_en.signing_held) ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Busan and Tianjin signed a memorandum of understanding on green shipping.\n\n"
     "The signing took place in Busan on Tuesday.", [("mou", ["Busan", "Tianjin"], date(2019, 5, 7), "Busan")]),
    ("Perth and Nanjing signed an agreement on urban heat.\n\n"
     "The signing ceremony was held in Nanjing on Tuesday.",
     [("agreement", ["Perth", "Nanjing"], date(2019, 5, 7), "Nanjing")]),
    # no signing reported before it: a ceremony alone is no agreement
    ("The signing ceremony was held in Nanjing on Tuesday.\n\nPerth and Nanjing discussed urban heat.", []),
])
def test_the_signing_held_gives_the_day_and_place_of_the_signing_just_told(text, expected):
    assert agreements(text) == expected
