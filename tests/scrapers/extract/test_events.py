"""Events named in one sentence: canonical name, date and place when the sentence says it was held."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events, known_event, name_key
from scrapers.extract.held_elsewhere import held_date


def events(sentence: str, ctx: DateContext):
    return find_events(sentence, find_entities(sentence), ctx)


def only(sentence: str, ctx: DateContext):
    evs = events(sentence, ctx)
    assert len(evs) == 1, evs
    return evs[0]


PAGE_2016 = DateContext(date(2016, 6, 15))


@pytest.mark.parametrize("a,b", [
    ("The U.S.-China Climate Leaders Summit", "US–China Climate Leaders Summit"),
    ("first U.S.-China Climate Leaders Summit", "US China climate leaders summit"),
    ("“U.S.-China Climate Leaders Summit”", "U. S.-China Climate Leaders Summit"),
])
def test_name_key_folds_spelling(a, b):
    assert name_key(a) == name_key(b) == "us china climate leaders summit"


@pytest.mark.parametrize("alias", ["COP 21", "21st Conference of the Parties", "Paris Climate Conference",
                                   "巴黎气候大会"])
def test_known_event_aliases(alias):
    ev = known_event(alias)
    assert ev["name"] == "COP21"
    assert (ev["start_on"], ev["end_on"], ev["city"], ev["country"]) == (
        date(2015, 11, 30), date(2015, 12, 12), "Paris", "FR")


def test_cop_by_ordinal_phrase_gets_known_dates():
    ev = only("ICLEI and the Foundation signed a Memorandum of Understanding (MOU) at the 21st annual meeting of "
              "Conference of Parties (COP) in Paris.", DateContext(date(2015, 12, 8)))
    assert (ev.name, ev.key, ev.start_on, ev.end_on, ev.city, ev.country) == (
        "COP21", "cop21", date(2015, 11, 30), date(2015, 12, 12), "Paris", "FR")


def test_unknown_cop_is_named_but_undated():
    ev = only("Leaders met at COP 13 in Bali.", DateContext(date(2007, 12, 20)))
    assert (ev.name, ev.start_on) == ("COP13", None)  # COP22, once unknown here, is in the curated list now


def test_zh_allusion_to_landmark_event():
    ev = only("这些举措都为在12月的巴黎气候大会上达成共识做了很好的铺垫。", DateContext(date(2021, 4, 8), 2015))
    assert (ev.name, ev.city, ev.start_on) == ("COP21", "Paris", date(2015, 11, 30))


# --- the Los Angeles summit, in Chinese, on a 2021 repost ------------------------------------------------------

ZH_HELD = "当地时间9月16日,“中美气候领导峰会”在美国加利福尼亚州洛杉矶举行。"


def test_zh_summit_name_date_and_place_with_text_year():
    ev = only(ZH_HELD, DateContext(date(2021, 4, 8), 2015))
    assert ev.name == "U.S.-China Climate Leaders Summit"
    assert ev.key == "us china climate leaders summit"
    assert (ev.start_on, ev.city, ev.country) == (date(2015, 9, 16), "Los Angeles", "US")
    assert ev.aliases == ("中美气候领导峰会",)


def test_zh_summit_without_year_anchor_stays_undated():
    ev = only(ZH_HELD, DateContext(date(2021, 4, 8)))
    assert ev.start_on is None
    assert ev.city == "Los Angeles"


def test_zh_leading_place_is_not_part_of_the_name():
    ev = only("获取更多关于洛杉矶中美气候领导峰会的信息,请关注网站。", DateContext(date(2021, 4, 8)))
    assert ev.key == "us china climate leaders summit"


def test_zh_new_summit_held_in_beijing():
    ev = only("2016年6月7日,中美低碳城市峰会在北京举行。", PAGE_2016)
    assert (ev.name, ev.start_on, ev.city, ev.country) == (
        "U.S.-China Low-Carbon City Summit", date(2016, 6, 7), "Beijing", "CN")


# --- English events --------------------------------------------------------------------------------------------

def test_en_event_held_with_day_range_and_city():
    ev = only("The Pacific Coast Collaborative Forum was held in Seattle on June 7-8, 2016.", PAGE_2016)
    assert (ev.name, ev.start_on, ev.end_on, ev.city, ev.country) == (
        "Pacific Coast Collaborative Forum", date(2016, 6, 7), date(2016, 6, 8), "Seattle", "US")


def test_future_event_is_not_dated_as_held():
    ev = only("The Pacific Coast Collaborative Forum will be held in Seattle on June 30, 2016.", PAGE_2016)
    assert ev.start_on is None and ev.end_on is None
    assert ev.city == "Seattle"


def test_en_event_name_from_caption_with_place_after():
    ev = only("The four parties shake hands at the US-China Climate Leaders Summit in Los Angeles, CA.",
              DateContext(date(2015, 9, 22)))
    assert (ev.name, ev.city, ev.country) == ("US-China Climate Leaders Summit", "Los Angeles", "US")


def test_quoted_project_name_with_meeting_head():
    s = ("“City Emission Reduction Cooperation Project” Summary and Achievement Sharing Meeting was successfully "
         "held in Beijing")
    ev = only(s, DateContext(date(2020, 11, 25)))
    assert ev.name == "City Emission Reduction Cooperation Project Summary and Achievement Sharing Meeting"
    assert (ev.city, ev.country) == ("Beijing", "CN")


def test_held_date_found_in_another_sentence():
    sentences = ["The meeting was a success.",
                 "On November 17, 2020, a summary meeting of the project was successfully held in Beijing."]
    assert held_date(sentences, DateContext(date(2020, 11, 25)), "Meeting") == date(2020, 11, 17)
    assert held_date(sentences, DateContext(date(2020, 11, 25)), "Forum") is None


@pytest.mark.parametrize("sentence", ["The summit was a success.", "峰会取得了圆满成功。",
                                      "Mayors praised the meeting."])
def test_bare_head_word_is_not_an_event(sentence):
    assert events(sentence, PAGE_2016) == []


def test_name_with_slash_kept_whole():
    ev = only("The second U.S.-China Climate-Smart/Low-Carbon Cities Summit was held in Beijing on June 7-8, 2016.",
              PAGE_2016)
    assert ev.name == "U.S.-China Climate-Smart/Low-Carbon Cities Summit"
