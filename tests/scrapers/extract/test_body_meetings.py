"""Meetings of standing bodies read as gatherings (scrapers/extract/body_meetings.py): only where the text says the
meeting was held and something was signed at it; the day and city it was held on and in, a Chinese name the
renderer cannot read kept as written. Sentences written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.body_meetings import held_body_meetings, meeting_key, signed_at
from story_records import records


def events(text: str, day: date = date(2024, 6, 12)) -> list[tuple]:
    return [(r["name"], r["start_on"], r["city"]) for r in records(text, "event", day)]


@pytest.mark.parametrize("text,name,day,city", [
    # English, "held the <Body> meeting in <city>", the signing told in the next sentence about the meeting
    ("The Secretary for Transport and the Mayor of Guangzhou held the Guangzhou-Hong Kong Joint Committee on "
     "Clean Transport meeting in Guangzhou today (June 12). After the meeting, the two officials witnessed the "
     "signing of a memorandum of understanding on electric buses by the Transport Bureau and the Guangzhou "
     "Municipal Transportation Bureau.",
     "Guangzhou-Hong Kong Joint Committee on Clean Transport meeting", date(2024, 6, 12), "Guangzhou"),
    # English, "the third meeting of the <Body> was held in <city> on <day>, where ... signed"
    ("The third meeting of the Sino-French Joint Working Group on Climate Change was held in Wuhan on June 10, "
     "where the Ministry of Ecology and Environment and the French Ministry of Ecological Transition signed a "
     "memorandum of understanding on carbon markets.",
     "Sino-French Joint Working Group on Climate Change meeting", date(2024, 6, 10), "Wuhan"),
])
def test_english_meeting_of_a_body_where_something_was_signed(text, name, day, city):
    assert (name, day, city) in events(text)


@pytest.mark.parametrize("text,name,day,city", [
    # the meeting named after 召开, the signing in the same sentence (并见证…签署)
    ("6月11日，广州市副市长与澳门特别行政区政府运输工务司司长在澳门共同召开穗澳低碳合作专班2024年第二次会议，"
     "并见证广州市生态环境局与澳门环境保护局签署《穗澳低碳交通合作协议》。",
     "穗澳低碳合作专班2024年第二次会议", date(2024, 6, 11), "Macau"),
    # the meeting named before 在…召开, the signing told by the next sentence on it (会上，…签署)
    ("6月10日，2024苏浙绿色低碳协作推进会在杭州召开。会上，苏州市生态环境局与杭州市生态环境局签署《生态环境共保联治合作协议》。",
     "2024苏浙绿色低碳协作推进会", date(2024, 6, 10), "Hangzhou"),
    # the same meeting as a negative below, now with a signing at it
    ("6月10日，莞惠生态环境共保共治协调会议在惠州召开。会上，东莞市生态环境局与惠州市生态环境局签署《跨界河流共治协议》。",
     "莞惠生态环境共保共治协调会议", date(2024, 6, 10), "Huizhou"),
])
def test_chinese_meeting_kept_as_written_where_something_was_signed(text, name, day, city):
    assert (name, day, city) in events(text)


@pytest.mark.parametrize("text", [
    # a routine meeting: held, nothing signed
    "The Shenzhen-Hong Kong Joint Working Group on Waste Management meeting was held in Shenzhen on June 10. "
    "The two sides reviewed progress on landfill management and cross-boundary waste transfer.",
    # planned, not held
    "The two governments will hold the Macao-Zhuhai Joint Committee on Environment meeting in Zhuhai next month, "
    "where a memorandum on air quality is expected to be signed.",
    "6月10日，深圳市生态环境局召开2024年第一次工作会议，部署全年污染防治工作。会上，局长作了讲话。",
    "6月10日，市政府在深圳召开生态环境保护座谈会，听取企业意见。会上，双方签署了合作意向。",
    "6月10日，莞惠生态环境共保共治协调会议在惠州召开，两市通报了跨界河流治理进展。",
    "双方商定，深港环保合作专班下一次会议将在深圳召开，届时签署新的合作协议。",
])
def test_no_event_where_nothing_was_signed_or_the_meeting_is_to_come(text):
    assert not [e for e in events(text) if "会议" in e[0] or "meeting" in e[0].lower() or "座谈" in e[0]]


def test_a_name_already_read_is_not_read_twice():
    text = ("2024年6月10日，第三届中欧绿色低碳合作论坛在北京举行，会上，北京市与巴黎市签署《气候行动合作谅解备忘录》。")
    found = held_body_meetings(text)
    assert not found or all("论坛" not in name for _, _, name, _ in found)


def test_signed_at_reads_the_sentence_after_the_name_or_the_next_one():
    s = "在广州举行穗港环保合作专班会议。"
    end = s.index("会议") + 2
    assert signed_at(s, end, "会后，双方签署《合作协议》。")
    assert not signed_at(s, end, "会议讨论了堆填区管理等事宜。")
    assert signed_at("They held the X Joint Committee meeting, where A and B signed a pact.", 30, "")
    assert not signed_at("They held the X Joint Committee meeting in Macao.", 30, "Officials discussed waste.")


def test_meeting_key_is_the_city_and_day():
    assert meeting_key("Hong Kong", date(2024, 2, 27)) == meeting_key("Hong Kong", date(2024, 2, 27))
    assert meeting_key("Hong Kong", date(2024, 2, 27)) != meeting_key("Shenzhen", date(2024, 2, 27))
