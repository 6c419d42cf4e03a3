"""Reading a record in the light of the story around it: which day, which event, whose name."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from warehouse.resolve import resolve


def records(text: str, page_date: date, kind: str, language: str = "en") -> list:
    a = Article(url="https://example.org/story", source="t", title=text.splitlines()[0], published_on=page_date,
                language=language, text=text, fetched_at=datetime(2019, 9, 30))
    return [r for r in resolve(extract_mentions(a), {}) if r.record_type == kind]


STORY = ("Dialogue ends in Denver\n"
         "The first Pacific Subnational Climate Dialogue was held in Denver on September 23 and 24.\n"
         "On the second day, Colorado Governor Maria Delgado and Jiangsu Vice Governor Ma Qiuhong signed a "
         "memorandum of understanding on clean energy.\n"
         "At the closing session the same afternoon, Colorado, Michigan and Hainan issued a joint statement on "
         "local climate action.\n"
         "Delegates then attended the Rocky Mountain Clean Energy Forum in Boulder.")


def test_the_second_day_and_the_same_afternoon_take_their_dates_from_the_dialogue():
    ags = {r.fields["agreement_type"]: r for r in records(STORY, date(2019, 9, 26), "agreement")}
    assert ags["mou"].fields["signed_on"] == date(2019, 9, 24)
    assert ags["joint_statement"].fields["signed_on"] == date(2019, 9, 24)


def test_a_surname_after_a_title_is_not_a_place():
    [mou] = [r for r in records(STORY, date(2019, 9, 26), "agreement") if r.fields["agreement_type"] == "mou"]
    assert mou.fields["parties"] == ["Colorado", "Jiangsu Province"]


def test_an_event_named_only_after_the_signing_is_not_where_it_was_signed():
    ags = records(STORY, date(2019, 9, 26), "agreement")
    assert {r.fields["event_name"] for r in ags} == {"Pacific Subnational Climate Dialogue"}
