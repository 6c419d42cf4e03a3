"""English signings told without naming the parties again ("the two sides signed a separate agreement ...") and a
signing told in a "since" clause (scrapers/extract/two_sides_en.py, the hook in scrapers/extract/__init__.py and
roles.EN_CLAUSE_START). Texts of our own, two sites' styles each."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.two_sides_en import separate, two_sides


def agreements(text: str, day: date) -> list[dict]:
    ms = extract_mentions(Article("http://127.0.0.1/a", "t", None, day, "en", text, datetime(2026, 1, 1)))
    return [{**m.fields, "further": bool(m.hints.get("further"))} for m in ms if m.record_type == "agreement"]


def test_the_two_sides_sign_a_separate_agreement_the_same_day():
    text = ("NANNING, China - The Nanning Municipal People's Government and the State of Wyoming signed a memorandum "
            "of understanding on wind power on Thursday. The same day, the two sides signed a separate cooperation "
            "agreement on grassland restoration.")
    got = agreements(text, date(2025, 10, 10))
    assert [(a["agreement_type"], a["parties"], a["signed_on"], a["further"]) for a in got] == [
        ("mou", ["Nanning", "Wyoming"], date(2025, 10, 9), False),
        ("agreement", ["Nanning", "Wyoming"], date(2025, 10, 9), True)]


def test_both_sides_also_inked_another_memorandum():
    text = ("The City of Tulsa and the Liuzhou Municipal People's Government signed a sister-city agreement on "
            "March 3, 2025 in Liuzhou. Both sides also inked another memorandum on electric buses.")
    got = agreements(text, date(2025, 3, 5))
    assert len(got) == 2 and got[1]["parties"] == got[0]["parties"] and got[1]["agreement_type"] == "mou"
    assert got[1]["further"]


def test_the_two_sides_need_a_pair_before_and_a_signing_verb():
    assert two_sides("The two sides signed a memorandum.", ["Tulsa", "Liuzhou"]) == ["Tulsa", "Liuzhou"]
    assert two_sides("The two sides signed a memorandum.", ["Tulsa", "Liuzhou", "Nanning"]) is None
    assert two_sides("The two sides discussed a memorandum.", ["Tulsa", "Liuzhou"]) is None
    assert separate("They signed a separate agreement on water.") and not separate("A separate report said so.")


def test_a_party_of_the_main_clause_is_no_signer_of_a_since_clause():
    for text, want in [("Tulsa's interest in Chinese partners has grown since Nanning, a city in Guangxi, signed a "
                        "memorandum of understanding on wind power with the State of Wyoming.", {"Nanning", "Wyoming"}),
                       ("Oklahoma City has looked east since the Liuzhou Municipal People's Government signed an "
                        "agreement on electric buses with the City of Tulsa.", {"Liuzhou", "Tulsa"})]:
        got = agreements(text, date(2025, 12, 1))
        assert [set(a["parties"]) for a in got] == [want]


def test_the_documents_were_signed_in_a_city_places_each_signing_before():
    for text, city in [
        ("The City of Tulsa and the Liuzhou Municipal People's Government signed a memorandum on electric buses on "
         "Friday. The two sides also signed an agreement on river cleanup. Both documents were signed in Liuzhou, "
         "a city in Guangxi.", "Liuzhou"),
        ("NANNING, China - The Nanning Municipal People's Government and the State of Wyoming signed an agreement on "
         "coal-to-gas conversion on Monday. The agreements were signed in Cheyenne during a trade visit.", "Cheyenne")]:
        got = agreements(text, date(2025, 6, 10))
        assert got and all(a["city"] == city for a in got)


def test_a_separate_ceremony_is_the_day_of_the_signing_told_before():
    """"In a separate ceremony, ..." after "X today signed ...": that signing's day, not a later day the text named
    between ("runs through Aug. 9"). Two styles; a negative: no signing told before, no day."""
    from scrapers.extract.two_sides_en import separate_ceremony

    text = ("HELENA - Governor Pryce of Montana today signed a memorandum of understanding with the Province of Alberta on carbon "
            "capture. The mission runs through Aug. 9. In a separate ceremony, the Montana Department of Environmental "
            "Quality and Alberta Energy signed a letter of intent on methane monitoring.")
    days = {tuple(sorted(a["parties"])): a["signed_on"] for a in agreements(text, date(2022, 8, 2))}
    assert date(2022, 8, 2) in days.values() and set(days.values()) == {date(2022, 8, 2)}
    text = ("Idaho and Saskatchewan signed a memorandum on small reactors on Tuesday, the state said. At another "
            "ceremony, Idaho National Laboratory and the Saskatchewan Research Council signed a research agreement.")
    assert {a["signed_on"] for a in agreements(text, date(2022, 9, 8))} == {date(2022, 9, 6)}
    assert separate_ceremony("In a separate ceremony, A and B signed a pact.")
    assert not separate_ceremony("A separate ceremony is planned for next year.")


def test_the_memorandums_exchanged_in_a_city_place_every_signing_told_before():
    text = ("KUALA LUMPUR, March 4 (Wire) - Petronas signed separate memorandums of understanding with Acme Solar Ltd. "
            "and Bolt Wind Ltd. on Monday. The memorandums were exchanged in Kuala Lumpur in the presence of the minister.")
    assert [a["city"] for a in agreements(text, date(2024, 3, 4))] == ["Kuala Lumpur", "Kuala Lumpur"]
    text = ("Petronas signed separate memorandums of understanding with Acme Solar Ltd. and Bolt Wind Ltd. on Monday. The "
            "memorandums were exchanged for review by the regulator.")
    assert [a["city"] for a in agreements(text, date(2024, 3, 4))] == [None, None]
