"""Context rules for events (short and place-named forms, headlines, the place after in/at, the date after the name,
month-only mentions of an earlier edition, an agreement's city from the event its sentence names, unknown Chinese
"event" phrases), each on a fresh sentence; the rest of the context rules are in test_context_rules.py."""
from __future__ import annotations

from datetime import date

import pytest

from tests.scrapers.extract.test_context_rules import of, read
from warehouse.resolve import resolve


# --- events: short and place-named forms, headlines, place after in/at, date after the name -------------------------

PORTS_SUMMIT_ZH = "U.S.-China Green Port Cooperation Summit"


def test_zh_place_named_and_short_forms_are_the_full_summit():
    ms = read("2018年5月8日，首届中美绿色港口合作峰会在天津举行。\n天津峰会期间，双方港口分享了经验。\n中美港口峰会吸引了两百名代表。",
              date(2018, 5, 12), "zh")
    evs = of(ms, "event")
    assert len(evs) == 3
    assert {m.fields["name"] for m in evs} == {PORTS_SUMMIT_ZH}
    assert len({m.hints["key"] for m in evs}) == 1


def test_zh_summit_of_a_different_subject_stays_apart():
    ms = read("2018年5月8日，首届中美绿色港口合作峰会在天津举行。\n中美城市峰会吸引了两百名代表。", date(2018, 5, 12), "zh")
    assert {m.fields["name"] for m in of(ms, "event")} == {PORTS_SUMMIT_ZH, "U.S.-China City Summit"}


def test_what_the_headline_names_the_event_without_what_the():
    ms = read("The summit opened in Long Beach on Tuesday.", date(2018, 9, 20),
              title="What the Pacific Coast Green Ports Summit means for shipping")
    assert [m.fields["name"] for m in of(ms, "event")] == ["Pacific Coast Green Ports Summit"]


def test_event_place_follows_in():
    # (a story with no record keeps only a gathering it reports as held: "The forum closed ...")
    ms = read("The Urban Climate Resilience Forum in Portland drew delegates. The forum closed on Friday.",
              date(2018, 4, 20))
    [ev] = of(ms, "event")
    assert (ev.fields["city"], ev.fields["country"]) == ("Portland", "US")


def test_a_place_after_the_event_without_in_or_at_is_not_where():
    ms = read("Delegates at the Urban Climate Resilience Forum praised Portland for its work on flood defences. The "
              "forum closed on Friday.", date(2018, 4, 20))
    [ev] = of(ms, "event")
    assert ev.fields["city"] is None


def test_event_date_following_its_name_without_held():
    ms = read("Mayors from Asia travelled to the Urban Climate Resilience Forum in Seattle on 3–5 April 2018 to share "
              "lessons.", date(2018, 4, 20))
    [ev] = of(ms, "event")
    assert (ev.fields["start_on"], ev.fields["end_on"], ev.fields["city"]) == \
        (date(2018, 4, 3), date(2018, 4, 5), "Seattle")


def test_a_date_far_from_the_event_name_without_held_is_not_its_date():
    ms = read("The Urban Climate Resilience Forum drew mayors from across Asia and the Pacific region, and a follow-up "
              "report appeared on 5 April 2018. The forum closed on Friday.", date(2018, 4, 20))
    [ev] = of(ms, "event")
    assert ev.fields["start_on"] is None


# --- month-only mentions of an earlier edition ---------------------------------------------------------------------

def test_month_only_edition_carries_its_month_hint():
    ms = read("首届中美绿色港口合作峰会于2018年3月在洛杉矶举办。", date(2018, 5, 12), "zh")
    [ev] = of(ms, "event")
    assert ev.fields["start_on"] is None
    assert (ev.hints["month"], ev.fields["city"]) == ("2018-03-01", "Los Angeles")


def test_an_edition_years_before_the_story_is_history_not_an_event_it_reports():
    ms = read("首届中美绿色港口合作峰会于2015年9月在洛杉矶举办。", date(2018, 5, 12), "zh")
    assert of(ms, "event") == []


def test_month_only_earlier_edition_in_another_story_stays_apart():
    a = read("第三届中美绿色港口合作峰会于2018年5月8日在天津举行。", date(2018, 5, 12), "zh")
    b = read("首届中美绿色港口合作峰会于2015年9月在洛杉矶举办。", date(2018, 5, 12), "zh")
    evs = of(resolve(a + b, {}), "event")
    # the 2015 edition is recalled, not reported: no row, and no evidence for the 2018 edition either
    assert [(r.fields["start_on"], r.fields["city"], len(r.evidence)) for r in evs] == \
        [(date(2018, 5, 8), "Tianjin", 1)]


def test_month_only_earlier_edition_in_the_same_story_stays_apart():
    ms = read("2018年5月8日，第三届中美绿色港口合作峰会在天津举行。\n首届中美绿色港口合作峰会于2015年9月在洛杉矶举办。",
              date(2018, 5, 12), "zh")
    evs = of(resolve(ms, {}), "event")
    assert [(r.fields["start_on"], len(r.evidence)) for r in evs] == [(date(2018, 5, 8), 1)]


# --- agreement city from the event its sentence names ---------------------------------------------------------------

def test_agreement_at_a_named_event_is_placed_where_the_event_was_held():
    ms = read("The Pacific Green Ports Summit was held in Tianjin on May 8, 2018.\n"
              "At the Pacific Green Ports Summit, Qingdao and Oakland signed a memorandum of understanding on shore "
              "power.", date(2018, 5, 12))
    [ag] = of(resolve(ms, {}), "agreement")
    assert (ag.fields["city"], ag.fields["country"], ag.fields["event_name"]) == \
        ("Tianjin", "CN", "Pacific Green Ports Summit")


def test_zh_agreement_at_a_named_event_is_placed_where_the_event_was_held():
    ms = read("2018年5月8日，中美绿色港口合作峰会在天津举行。\n在中美绿色港口合作峰会上，青岛市与奥克兰市签署了岸电合作备忘录。",
              date(2018, 5, 12), "zh")
    [ag] = of(resolve(ms, {}), "agreement")
    assert (ag.fields["city"], ag.fields["signed_on"]) == ("Tianjin", date(2018, 5, 8))


def test_agreement_whose_sentence_names_no_event_is_not_placed_at_it():
    ms = read("The Pacific Green Ports Summit was held in Tianjin on May 8, 2018.\n"
              "Separately, Qingdao and Oakland signed a memorandum of understanding on shore power.", date(2018, 5, 12))
    [ag] = of(resolve(ms, {}), "agreement")
    assert ag.fields["city"] is None


# --- mostly-unknown zh "event" phrases are dropped -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["两天会议期间，双方交流了低碳城市建设经验。", "在为期三天的会议期间，双方交流了经验。"])
def test_zh_generic_meeting_phrase_is_not_an_event(sentence):
    assert of(read(sentence, date(2018, 5, 12), "zh"), "event") == []


def test_zh_named_meeting_before_qijian_is_still_an_event():
    ms = read("中美绿色港口合作会议期间，双方交流了经验。", date(2018, 5, 12), "zh")
    assert [m.fields["name"] for m in of(ms, "event")] == ["U.S.-China Green Port Cooperation Meeting"]
