"""English events: an event held on one day of another's range starts that day; a recalled edition is no event of
the story; the place it was held is the place the sentence says, not another place it names."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events

PAGE = DateContext(date(2024, 6, 20))


def events(sentence: str, ctx: DateContext = PAGE):
    return {e.name: e for e in find_events(sentence, find_entities(sentence), ctx)}


@pytest.mark.parametrize("sentence, day", [
    ("The signing took place at the Baltic Ports High-Level Forum, which the city co-organised on the second day of "
     "the Riga Green Week (10–14 June).", date(2024, 6, 11)),
    ("The accord was sealed at the Harbour Mayors Roundtable, held on the final day of the Nordic Climate Summit "
     "(10–14 June).", date(2024, 6, 14)),
])
def test_an_event_on_the_nth_day_of_another_starts_that_day(sentence, day):
    evs = events(sentence)
    inner = next(e for name, e in evs.items() if "Forum" in name or "Roundtable" in name)
    assert inner.start_on == day


@pytest.mark.parametrize("sentence", [
    "The deals build on last November's Baltic Green Economy Forum at the same venue.",
    "The deals build on November's Baltic Green Economy Forum at the same venue.",  # November after a June page
])
def test_a_recalled_edition_named_by_its_month_is_no_event(sentence):
    assert not any("Baltic Green Economy Forum" in n for n in events(sentence))


@pytest.mark.parametrize("sentence", [
    "Art schools and a Latvian garden signed deals on Thursday at the 2024 Baltic Green Development Forum, held in "
    "the free port.",
    "A Latvian garden, a Riga tourism company and two schools signed deals at the Baltic Green Development Forum, "
    "held on the coast.",
])
def test_a_place_elsewhere_in_the_sentence_is_not_where_it_was_held(sentence):
    ev = next(e for n, e in events(sentence).items() if "Baltic Green Development Forum" in n)
    assert ev.city is None and ev.country is None


@pytest.mark.parametrize("text", [
    "At the same ceremony Energy Nordic signed an agreement with the Baltic Mayors' Forum on offshore wind.",
    "Energy Nordic and the Baltic Mayors' Forum signed a memorandum of understanding on offshore wind on Monday.",
])
def test_a_party_of_a_signing_is_no_event(text):
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions

    ms = extract_mentions(Article("http://127.0.0.1/e", "t", None, date(2024, 6, 20), "en", text,
                                  datetime(2024, 6, 21)))
    agreements = [m.fields["parties"] for m in ms if m.record_type == "agreement"]
    assert agreements == [["Energy Nordic", "Baltic Mayors' Forum"]]
    assert not [m for m in ms if m.record_type == "event"]


@pytest.mark.parametrize("text, city", [
    ("RIGA — City leaders signed the Baltic Climate Charter on Tuesday at the first Baltic Climate Summit, which runs "
     "until Thursday.", "Riga"),
    ("OSLO, June 18 (Nordwire) - Ports and schools signed a series of deals on Tuesday at the 2024 Nordic Green Ports "
     "Forum, held at the harbour.", "Oslo"),
])
def test_the_storys_event_without_a_place_is_held_where_the_news_is_filed(text, city):
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions

    ms = extract_mentions(Article("http://127.0.0.1/d", "t", None, date(2024, 6, 20), "en", text,
                                  datetime(2024, 6, 21)))
    assert [m.fields["city"] for m in ms if m.record_type == "event"] == [city]


def test_an_event_name_keeps_its_for_tail_and_its_place():
    evs = events("Ministers met at the third Baltic Ports Forum for Regional Cooperation in Riga on Tuesday.")
    ev = evs["Baltic Ports Forum for Regional Cooperation"]
    assert ev.city == "Riga"
