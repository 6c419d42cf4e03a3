"""A gathering's days told as spans (scrapers/extract/day_spans.py, the ordinal day ranges of dates.py): across two
months in English and Chinese, ordinal ranges, weekday spans and "the N-day meeting that ended on <weekday>", counted
back from the page's date; never a span still to come. Each rule on two sentences of our own."""
from datetime import date

from scrapers.extract.dates import DateContext
from scrapers.extract.day_spans import span_end, weekday_span
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events


def days(sentence: str, day: date) -> list[tuple]:
    return [(e.start_on, e.end_on) for e in find_events(sentence, find_entities(sentence), DateContext(day))]


def test_a_span_across_two_months_gives_the_last_day():
    assert days("The Nordic-China Wind Cities Forum was held in Aarhus from 29 September to 1 October.",
                date(2025, 10, 3)) == [(date(2025, 9, 29), date(2025, 10, 1))]
    assert days("The Gulf Coast Resilience Summit ran in Houston Jan 30 - Feb 1, 2024.",
                date(2024, 2, 3)) == [(date(2024, 1, 30), date(2024, 2, 1))]
    assert days("4月29日至5月1日，中葡城市绿色交通论坛在澳门举行。", date(2025, 5, 3)) == [(date(2025, 4, 29), date(2025, 5, 1))]
    assert span_end("from 30 December to 2 January", date(2024, 12, 30)) == date(2025, 1, 2)  # across the year


def test_a_range_of_ordinal_days_dates_a_gathering():
    assert days("The Alpine Towns Heat Pump Forum took place in Innsbruck 14th-16th May.",
                date(2025, 5, 20)) == [(date(2025, 5, 14), date(2025, 5, 16))]
    assert days("The Baltic Ports Symposium was held in Gdansk on 2nd to 3rd April 2025.",
                date(2025, 4, 9)) == [(date(2025, 4, 2), date(2025, 4, 3))]


def test_a_span_of_weekdays_counts_back_from_the_page():
    # a Friday page: the Tuesday to Thursday just past
    assert weekday_span("Mayors met in Tucson Tuesday through Thursday for the Desert Cities Water Summit.",
                        date(2025, 3, 14)) == (date(2025, 3, 11), date(2025, 3, 13))
    # a Monday page: last week's Wednesday to Friday
    assert days("The Great Lakes Clean Ports Conference ran Wednesday to Friday in Duluth.",
                date(2025, 3, 17)) == [(date(2025, 3, 12), date(2025, 3, 14))]


def test_an_n_day_meeting_that_ended_on_a_weekday_began_n_minus_one_days_before():
    assert weekday_span("the three-day meeting that ended on Saturday in Hanoi", date(2025, 3, 17)) == \
        (date(2025, 3, 13), date(2025, 3, 15))
    assert days("Officials wrapped up the Mekong Cities Energy Roundtable in Vientiane, a two-day meeting that "
                "concluded Wednesday.", date(2025, 3, 20)) == [(date(2025, 3, 18), date(2025, 3, 19))]


def test_days_still_to_come_or_no_span_are_not_read():
    assert weekday_span("Delegates will meet Tuesday through Thursday in Boise.", date(2025, 3, 14)) == (None, None)
    assert weekday_span("The forum opened on Tuesday and Thursday saw the signing.", date(2025, 3, 14)) == (None, None)
    assert span_end("from 30 November to 2 December", date(2025, 11, 29)) is None  # not the span's first day
