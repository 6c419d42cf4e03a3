"""English agreements told in long narrative news (round 12, the thirty-seventh web's classes), each rule on two
sentences written for it (none copied from a test web): a signing told by a signer inside a quotation, China's
environmental NGOs by name, a prohibition on signing, an instrument whose counterpart clause says it covers
students only, and a partnership agreement renewed or extended."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str, page: date) -> list[tuple]:
    ms = extract_mentions(Article(url="https://fresh.example/long", source="fresh", title=None, published_on=page,
                                  language="en", text=text, fetched_at=datetime(2025, 1, 1)))
    return [(tuple(m.fields["parties"]), m.fields["signed_on"]) for m in ms if m.record_type == "agreement"]


# --- '"Today we signed ...," Governor X of Y said on ...': the speaker's body signs, on the attribution's day -------
def test_quoted_we_signed_the_governors_state_signs_on_the_attributions_day():
    text = ("\"This morning we signed a memorandum of understanding with Yunnan Province that opens our labs to "
            "theirs,\" Governor Ann Blake of Oregon said on Tuesday.")
    assert agreements(text, date(2024, 4, 18)) == [(("Oregon", "Yunnan Province"), date(2024, 4, 16))]


def test_quoted_we_have_signed_said_the_president_of_a_university():
    text = ("\"We have signed an agreement with Tsinghua University on battery recycling,\" said Maria Lopez, "
            "president of Purdue University, at a campus forum on March 3.")
    assert agreements(text, date(2024, 3, 20)) == [(("Purdue University", "Tsinghua University"), date(2024, 3, 3))]


def test_quoted_hope_to_sign_gives_nothing_and_a_past_signing_is_not_dated_by_the_speech():
    assert agreements("\"We hope to sign an agreement with Yunnan Province next year,\" Governor Ann Blake of Oregon "
                      "said.", date(2024, 4, 18)) == []
    assert agreements("\"We signed an agreement with Yunnan Province in 2019,\" Governor Ann Blake of Oregon said on "
                      "Tuesday.", date(2024, 4, 18)) == [(("Oregon", "Yunnan Province"), date(2019, 1, 1))]  # its year


# --- China's environmental NGOs by the English names they give themselves (organisations.yaml) --------------------
def test_friends_of_nature_and_the_global_environmental_institute_sign():
    text = ("Friends of Nature and the Global Environmental Institute signed a memorandum on community climate "
            "adaptation in Chengdu on May 6.")
    assert agreements(text, date(2022, 5, 9)) == [(("Friends of Nature", "Global Environmental Institute"),
                                                   date(2022, 5, 6))]


def test_greenovation_hub_renews_its_memorandum_for_another_three_years():
    text = ("Greenovation Hub and the Institute of Public and Environmental Affairs renewed their memorandum of "
            "understanding on supply-chain emissions data for another three years on Friday.")
    assert agreements(text, date(2023, 11, 15)) == [(("Greenovation Hub", "Institute of Public and Environmental "
                                                      "Affairs"), date(2023, 11, 10))]


# --- kept from signing: a ban or a warning is no signing ------------------------------------------------------------
def test_an_ordinance_barring_departments_from_signing_agreements_is_none():
    text = ("The ordinance bars city departments in Tacoma from signing agreements with the Yunnan Provincial "
            "Government or any other foreign government.")
    assert agreements(text, date(2024, 2, 1)) == []


def test_lawmakers_warning_against_signing_is_none():
    text = ("Lawmakers warned Purdue University against signing a research agreement with Tsinghua University on "
            "battery materials.")
    assert agreements(text, date(2024, 2, 1)) == []


# --- "an agreement with X that covers students only": another field's instrument -----------------------------------
def test_a_memorandum_that_covers_graduate_student_exchanges_is_none():
    text = "Clemson University signed a memorandum with Zhejiang University that covers graduate student exchanges."
    assert agreements(text, date(2024, 2, 1)) == []


def test_an_agreement_covering_scholarships_is_none_but_climate_research_beside_students_is_kept():
    assert agreements("Purdue University signed an agreement with Tsinghua University covering scholarships for "
                      "engineering students.", date(2024, 2, 1)) == []
    kept = agreements("Clemson University signed a memorandum with Zhejiang University that covers student exchanges "
                      "and solar energy research.", date(2024, 2, 1))
    assert [p for p, _ in kept] == [("Clemson University", "Zhejiang University")]


def test_quoted_we_signed_the_place_it_was_said_in_is_not_the_speakers_body():
    text = ("\"Today we signed a memorandum of understanding with Yunnan Province,\" said Governor Ann Blake of Oregon "
            "in Kunming on Tuesday.")
    assert agreements(text, date(2024, 4, 18)) == [(("Oregon", "Yunnan Province"), date(2024, 4, 16))]
    text = ("\"We have signed an agreement with Tsinghua University on battery recycling,\" Maria Lopez, who spoke in "
            "Beijing, Purdue University's vice president for research, said on Monday.")
    assert [p for p, _ in agreements(text, date(2024, 3, 20))] == [("Purdue University", "Tsinghua University")]


# --- "renewed their partnership agreement": an agreement's verbs hold for a partnership agreement ------------------
def test_a_partnership_agreement_renewed_or_extended_is_a_signing():
    assert agreements("Greenovation Hub and the Global Environmental Institute renewed their partnership agreement "
                      "on Monday.", date(2023, 6, 8)) == [(("Greenovation Hub", "Global Environmental Institute"),
                                                           date(2023, 6, 5))]
    assert [p for p, _ in agreements("Purdue University and Tsinghua University extended their partnership agreement "
                                     "for another four years.", date(2023, 6, 8))] == [
        ("Purdue University", "Tsinghua University")]


def test_a_partnership_renewed_without_an_instrument_is_none():
    assert agreements("Purdue University and Tsinghua University renewed their partnership during a campus visit.",
                      date(2023, 6, 8)) == []


# --- a known name before the sentence's full stop ("... by Oregon and Friends of Nature.") -------------------------
def test_a_known_name_at_the_end_of_the_sentence_is_read_without_its_full_stop():
    assert agreements("A memorandum on wetland carbon was signed on Monday by Oregon and Friends of Nature.",
                      date(2024, 3, 27)) == [(("Oregon", "Friends of Nature"), date(2024, 3, 25))]
    assert [p for p, _ in agreements("A renewed memorandum of understanding was signed in Chengdu by the Global "
                                     "Environmental Institute and Greenovation Hub.", date(2024, 3, 27))] == [
        ("Global Environmental Institute", "Greenovation Hub")]
