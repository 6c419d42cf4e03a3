"""Resolution rules added since e05c6e6: agreements under differently named sides of the same places merge
(jurisdiction folding) and keep one name per side; a month-only mention far from every dated edition of an event is
another edition. Fresh mentions throughout."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions
from scrapers.extract.events import name_key
from pactwatch.jurisdictions import jurisdiction
from warehouse.resolve import resolve

SZ_DRC = "Shenzhen Municipal Development and Reform Commission"
CARB = "California Air Resources Board"


def agreement(url: str, parties: list[str], signed_on: date | None = None, kind: str = "mou") -> Mention:
    return Mention("agreement", url, f"{' and '.join(parties)} signed an {kind}.", {
        "agreement_type": kind, "title": None, "signed_on": signed_on,
        "signed_on_precision": "day" if signed_on else None, "city": None, "country": None, "parties": parties,
        "topics": []}, {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": []})


def event(url: str, name: str, start_on: date | None = None, month: str | None = None, city: str | None = None,
          page: date | None = None) -> Mention:
    return Mention("event", url, f"{name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": None},
        {"page_date": page.isoformat() if page else None, "language": "en", "key": name_key(name), "aliases": [name],
         "month": month})


def read(url: str, text: str, page: date, language: str = "en") -> list[Mention]:
    return extract_mentions(Article(url=url, source="fresh", title=None, published_on=page, language=language,
                                    text=text, fetched_at=datetime(2024, 1, 1)))


def agreements(ms: list[Mention]):
    return [r for r in resolve(ms, {}) if r.record_type == "agreement"]


def events(ms: list[Mention]):
    return [r for r in resolve(ms, {}) if r.record_type == "event"]


# --- jurisdiction() ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, place", [
    (SZ_DRC, "Shenzhen"),  # opens with the place
    (CARB, "California"),
    ("Port of Oakland", "Oakland"),  # ends on "of <place>"
    ("City of Oakland", "Oakland"),
    ("Oakland", "Oakland"),
])
def test_jurisdiction_is_the_place_a_name_stands_for(name, place):
    assert jurisdiction(name) == place


@pytest.mark.parametrize("name", ["China", "Energy Foundation China", "Rocky Mountain Institute"])
def test_jurisdiction_of_a_country_or_a_placeless_org_is_the_name(name):
    assert jurisdiction(name) == name


# --- folding --------------------------------------------------------------------------------------------------------

def test_agreement_under_agencies_and_under_places_of_both_sides_merges():
    ms = [agreement("https://a.example/1", [SZ_DRC, CARB], date(2017, 6, 6)),
          agreement("https://b.example/2", ["Shenzhen", "California"], date(2017, 6, 7))]
    [r] = agreements(ms)
    # the names of one side never stand together in a sentence: one party per side, the fuller name kept
    assert r.fields["parties"] == [SZ_DRC, CARB]
    assert r.fields["signed_on"] == date(2017, 6, 6)
    assert r.source_urls == ["https://a.example/1", "https://b.example/2"]


def test_zh_agency_names_and_en_place_names_of_one_agreement_merge():
    zh = read("https://zh.example/1", "深圳市发展和改革委员会与加州空气资源委员会于2017年6月6日签署了合作备忘录。",
              date(2017, 6, 9), "zh")
    en = read("https://en.example/2", "Shenzhen and California signed a memorandum of understanding on June 6, 2017.",
              date(2017, 6, 9))
    assert [m.fields["parties"] for m in zh + en if m.record_type == "agreement"] == [
        [SZ_DRC, CARB], ["Shenzhen", "California"]]
    [r] = agreements(zh + en)
    assert sorted(r.fields["parties"]) == sorted([SZ_DRC, CARB])
    assert r.fields["signed_on"] == date(2017, 6, 6)


def test_a_different_place_on_one_side_does_not_fold():
    ms = [agreement("https://a.example/1", [SZ_DRC, CARB], date(2017, 6, 6)),
          agreement("https://b.example/2", ["Shenzhen", "Oregon"], date(2017, 6, 7))]
    assert sorted(sorted(r.fields["parties"]) for r in agreements(ms)) == [
        sorted([SZ_DRC, CARB]), ["Oregon", "Shenzhen"]]


def test_same_places_a_year_apart_do_not_fold():
    ms = [agreement("https://a.example/1", [SZ_DRC, CARB], date(2017, 6, 6)),
          agreement("https://b.example/2", ["Shenzhen", "California"], date(2018, 6, 7))]
    assert len(agreements(ms)) == 2


def test_same_places_under_disagreeing_types_do_not_fold():
    ms = [agreement("https://a.example/1", [SZ_DRC, CARB], date(2017, 6, 6), kind="joint_statement"),
          agreement("https://b.example/2", ["Shenzhen", "California"], date(2017, 6, 7), kind="mou")]
    assert len(agreements(ms)) == 2


def test_a_single_place_does_not_fold_two_agreements():
    # both sides in Shenzhen: one folded place is no pair of sides
    ms = [agreement("https://a.example/1", [SZ_DRC, "Port of Shenzhen"], date(2017, 6, 6)),
          agreement("https://b.example/2", ["Shenzhen Energy Research Institute", "Shenzhen"], date(2017, 6, 6))]
    assert len(agreements(ms)) == 2


def test_names_of_one_place_that_stand_together_are_both_kept():
    # the port and the city sign side by side in one sentence: two parties, not two names of one
    ms = [agreement("https://a.example/1", ["Port of Oakland", "Oakland", "Qingdao"], date(2017, 6, 6)),
          agreement("https://b.example/2", ["Oakland", "Qingdao"], date(2017, 6, 7))]
    [r] = agreements(ms)
    assert sorted(r.fields["parties"]) == ["Oakland", "Port of Oakland", "Qingdao"]


# --- month-only editions ---------------------------------------------------------------------------------------------

SUMMIT = "Pacific Green Ports Summit"


def test_month_only_mention_far_from_the_dated_edition_is_another_edition():
    ms = [event("https://a.example/1", SUMMIT, date(2018, 5, 8), city="Tianjin", page=date(2018, 5, 12)),
          event("https://b.example/2", SUMMIT, month="2015-09-01", city="Los Angeles", page=date(2018, 5, 12))]
    evs = events(ms)
    assert sorted((r.fields["start_on"] or date.min, r.fields["city"]) for r in evs) == \
        [(date.min, "Los Angeles"), (date(2018, 5, 8), "Tianjin")]


def test_month_only_mention_near_the_dated_edition_is_that_edition():
    ms = [event("https://a.example/1", SUMMIT, date(2018, 5, 8), city="Tianjin", page=date(2018, 5, 12)),
          event("https://b.example/2", SUMMIT, month="2018-05-01", city="Tianjin", page=date(2018, 5, 12))]
    [r] = events(ms)
    assert (r.fields["start_on"], r.fields["city"]) == (date(2018, 5, 8), "Tianjin")
    assert len(r.mention_keys) == 2


def test_month_only_mentions_of_one_earlier_month_make_one_edition():
    ms = [event("https://a.example/1", SUMMIT, date(2018, 5, 8), city="Tianjin"),
          event("https://b.example/2", SUMMIT, month="2015-09-01", city="Los Angeles"),
          event("https://c.example/3", SUMMIT, month="2015-09-01", city="Los Angeles")]
    assert sorted(len(r.mention_keys) for r in events(ms)) == [1, 2]


def test_month_only_mentions_of_two_far_months_and_places_are_two_editions():
    ms = [event("https://a.example/1", SUMMIT, month="2015-09-01", city="Los Angeles"),
          event("https://b.example/2", SUMMIT, month="2017-06-01", city="Tianjin")]
    assert sorted(r.fields["city"] for r in events(ms)) == ["Los Angeles", "Tianjin"]


def test_month_only_mentions_of_two_far_months_in_one_city_are_two_editions():
    ms = [event("https://a.example/1", SUMMIT, month="2015-09-01", city="Los Angeles"),
          event("https://b.example/2", SUMMIT, month="2016-06-01", city="Los Angeles")]
    assert len(events(ms)) == 2


def test_placeless_month_only_earlier_edition_stays_apart():
    a = read("https://zh.example/1", "第三届中美绿色港口合作峰会于2018年5月8日在天津举行。", date(2018, 5, 12), "zh")
    b = read("https://zh.example/2", "首届中美绿色港口合作峰会于2018年3月举办。", date(2018, 5, 12), "zh")
    assert [m.hints["month"] for m in b] == ["2018-03-01"]
    evs = events(a + b)
    assert sorted(len(r.mention_keys) for r in evs) == [1, 1]


# --- several instruments told on one page ---------------------------------------------------------------------------

def _on_page(parties: list[str], quote: str, day: date, kind: str = "mou", further: bool = False) -> Mention:
    m = agreement("https://a.example/visit", parties, day, kind)
    m.quote = quote
    if further:
        m.hints["further"] = True  # the reader's hint: "also signed" (scrapers/extract/further.py)
    return m


def test_two_bodies_pairs_of_one_page_are_two_agreements():
    # the items of a visit's list of signings: different bodies of the same two places, one day
    ms = [_on_page(["Oregon Department of Energy", "Fujian Provincial Department of Ecology and Environment"],
                   "an MOU between the Oregon Department of Energy and the Fujian Provincial Department of ...",
                   date(2018, 5, 7)),
          _on_page(["Port of Portland", "Fujian Provincial Port Authority"],
                   "an MOU between the Port of Portland and the Fujian Provincial Port Authority", date(2018, 5, 7))]
    assert len(agreements(ms)) == 2


def test_a_further_instrument_of_one_page_stays_apart_from_the_places_one():
    ms = [_on_page(["Oregon", "Fujian Province"], "Oregon and Fujian Province signed an MOU on clean energy.",
                   date(2018, 5, 7)),
          _on_page(["Oregon Department of Energy", "Fujian Provincial Department of Ecology and Environment"],
                   "The two sides also signed a letter of intent between the Oregon Department of Energy and ...",
                   date(2018, 5, 7), further=True)]
    assert len(agreements(ms)) == 2


def test_a_page_restating_its_agreement_by_places_is_one_agreement():
    ms = [_on_page(["Oregon", "Fujian Province"], "Oregon and Fujian sign clean-energy MOU", date(2018, 5, 7)),
          _on_page(["Oregon Department of Energy", "Fujian Provincial Department of Ecology and Environment"],
                   "The MOU was signed by the Oregon Department of Energy and the Fujian Provincial Department ...",
                   date(2018, 5, 7))]
    assert len(agreements(ms)) == 1
