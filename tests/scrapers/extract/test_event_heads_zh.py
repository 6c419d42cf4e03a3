"""Chinese gatherings named with 座谈会 and 交流会 (events.ZH_HEADS), and a name opening with 上游/上海 kept whole (the
上 of 上届 ends a clause's prefix; the 上 of 上游 does not). Two sentences of our own each."""
from datetime import date

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events
from scrapers.extract.zh_gathering_names import strip_zh_prefix


def found(sentence: str, day: date) -> list[tuple]:
    return [(e.name, e.start_on, e.city) for e in find_events(sentence, find_entities(sentence), DateContext(day))]


def test_a_symposium_and_an_exchange_meeting_are_gatherings():
    assert found("3月5日，中德城市低碳发展座谈会在京举行。", date(2025, 3, 20)) == \
        [("中德城市低碳发展座谈会", date(2025, 3, 5), "Beijing")]
    assert found("9月12日，中法城市绿色建筑交流会在汉召开。", date(2025, 9, 15)) == \
        [("中法城市绿色建筑交流会", date(2025, 9, 12), "Wuhan")]


def test_a_bare_symposium_of_generic_words_is_no_gathering():
    assert found("会后召开了座谈会。", date(2025, 3, 20)) == []
    assert found("双方举行工作交流会。", date(2025, 3, 20)) == []


def test_upstream_and_shanghai_stay_in_a_name():
    assert strip_zh_prefix("长江上游城市水生态保护论坛") == "长江上游城市水生态保护论坛"
    assert strip_zh_prefix("在上海合作组织城市论坛") == "上海合作组织城市论坛"
