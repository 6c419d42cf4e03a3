"""A gathering a story tells only as taken part in (attended, addressed, "took part in", 出席…并致辞) is no event and no
default gathering of the story's untied signings and pledges; one a signing or pledge is tied to stays
(scrapers/extract/attended_gatherings.py). Texts of our own, two phrasings each, English and Chinese."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.attended_gatherings import tied_at
from pactwatch.models import Mention


def read(text: str, day: date, lang: str = "en") -> list[Mention]:
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=day, language=lang, text=text,
                  fetched_at=datetime(2024, 1, 1))
    return extract_mentions(art)


def events(ms: list[Mention]) -> list[str]:
    return [m.fields["name"] for m in ms if m.record_type == "event"]


def records(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.record_type != "event"]


# --- taken part in only: no event, and the story's other records are tied to no gathering ---------------------------
def test_a_dialogue_taken_part_in_beside_signings_of_the_trip_is_no_event():
    ms = read("SALEM - Governor Tina Kotek returned from Japan after a week of meetings on clean energy.\n"
              "During the trip, Oregon signed a memorandum of understanding on offshore wind with Hokkaido Prefecture.\n"
              "In Tokyo, the Governor also took part in the Pacific Clean Energy Dialogue with officials of several "
              "prefectures.\nOregon has committed to reach net-zero emissions by 2050.", date(2024, 5, 20))
    assert events(ms) == []
    assert records(ms) and all(not m.hints.get("article_event_keys") and not m.hints.get("event_keys")
                               for m in records(ms))


def test_a_summit_attended_and_addressed_beside_an_untied_signing_is_no_event():
    ms = read("Lisbon and Porto have signed a memorandum of understanding on electric buses and clean transport.\n"
              "Earlier in the week, Mayor Carlos Moedas attended the Iberian Clean Mobility Summit in Madrid and "
              "addressed its closing session.\nLisbon aims to cut its greenhouse gas emissions by 70 percent from "
              "2005 levels by 2030.", date(2024, 6, 14))
    assert events(ms) == []
    assert any(m.record_type == "agreement" for m in ms)


def test_a_forum_attended_in_chinese_beside_a_signing_told_alone_is_no_event():
    ms = read("5月20日，浙江省与美国加利福尼亚州在杭州签署清洁能源合作谅解备忘录。\n"
              "当天下午，加州代表团一行还出席了在杭州举行的2024长三角绿色低碳发展论坛，并在开幕式上致辞。",
              date(2024, 5, 21), "zh")
    assert events(ms) == []
    assert any(m.record_type == "agreement" for m in ms)


def test_a_forum_spoken_at_in_chinese_with_no_record_is_no_event():
    ms = read("9月12日，美国华盛顿州副州长一行还出席了在青岛举行的2024东亚海洋低碳城市论坛，并在开幕式上致辞。\n"
              "双方表示将尽快签署友好省州合作备忘录。", date(2024, 9, 13), "zh")
    assert events(ms) == []
    ms = read("9月12日，美国华盛顿州副州长在青岛举行的2024东亚海洋低碳城市论坛开幕式上致辞，介绍华盛顿州的清洁能源政策。",
              date(2024, 9, 13), "zh")
    assert events(ms) == []


# --- tied: the gathering stays ------------------------------------------------------------------------------------
def test_a_signing_on_the_sidelines_of_the_forum_told_in_the_next_sentence_keeps_the_forum():
    ms = read("The Governor attended the Pacific Clean Energy Forum in Tokyo on Monday.\n"
              "On the sidelines of the forum, Oregon and Hokkaido Prefecture signed a memorandum of understanding on "
              "offshore wind.", date(2024, 5, 21))
    assert events(ms) == ["Pacific Clean Energy Forum"]
    ag = [m for m in ms if m.record_type == "agreement"]
    assert ag and ag[0].hints["article_event_keys"]


def test_a_signing_during_the_forum_in_chinese_keeps_the_forum():
    ms = read("王省长出席了2024长三角绿色低碳发展论坛。\n"
              "论坛期间，浙江省与美国加利福尼亚州签署了清洁能源合作谅解备忘录。", date(2024, 5, 21), "zh")
    assert len(events(ms)) == 1


def test_a_forum_that_adopted_a_declaration_stays():
    ms = read("Mayors of thirty cities took part in the Baltic Climate Mayors Forum in Riga on Tuesday.\n"
              "The forum adopted a declaration committing the cities to cut emissions by 55 percent by 2030.\n"
              "Riga and Tallinn also signed a memorandum of understanding on clean district heating.",
              date(2024, 4, 10))
    assert events(ms) == ["Baltic Climate Mayors Forum"]


def test_a_signing_in_the_sentence_that_names_the_gathering_keeps_it():
    ms = read("Forty mayors took part in the Andean Clean Air Summit in Quito, where Lima and Bogota signed a "
              "memorandum of understanding on electric buses.", date(2024, 3, 8))
    assert events(ms) == ["Andean Clean Air Summit"]


def test_a_conference_attended_and_told_as_held_in_a_sentence_of_its_own_keeps_the_pledge_tied():
    ms = read("环境局局长今日在阿塞拜疆巴库出席第二十九届联合国气候变化大会（COP29）。\n"
              "大会于11月11日至22日在巴库举行。\n"
              "他表示，特区政府致力在2050年前实现碳中和。", date(2024, 11, 14), "zh")
    assert set(events(ms)) == {"COP29"}


def test_tied_at_reads_the_head_word_of_the_gathering():
    forum = Mention("event", "u", "q", {"name": "Pacific Clean Energy Forum"}, {"key": "k", "aliases": []})
    zh = Mention("event", "u", "q", {"name": "2024长三角绿色低碳发展论坛"}, {"key": "k2", "aliases": []})
    assert tied_at("At the close of the forum, the two states signed a memorandum.", forum)
    assert tied_at("During this year's forum, A and B signed an agreement.", forum)
    assert not tied_at("During the trip, A and B signed an agreement.", forum)
    assert not tied_at("At the summit, A and B signed an agreement.", forum)
    assert tied_at("論壇期間，雙方簽署了合作備忘錄。", zh) and not tied_at("访问期间，双方签署了合作备忘录。", zh)


def test_a_signing_on_a_day_of_the_gathering_in_its_city_keeps_it():
    ms = read("The Governor attended the Pacific Clean Energy Forum in Tokyo on May 20.\n"
              "On May 20, Oregon and Hokkaido Prefecture signed a memorandum of understanding on offshore wind in "
              "Tokyo.", date(2024, 5, 22))
    assert events(ms) == ["Pacific Clean Energy Forum"]
    ms = read("The Governor attended the Pacific Clean Energy Forum in Tokyo on May 20.\n"
              "On May 21, Oregon and Hokkaido Prefecture signed a memorandum of understanding on offshore wind in "
              "Sapporo.", date(2024, 5, 22))
    assert events(ms) == []


def test_a_name_with_its_head_word_inside_is_read_alike():
    ms = read("Lisbon and Porto have signed a memorandum of understanding on electric buses and clean transport.\n"
              "Mayor Carlos Moedas also spoke at the Iberian Summit on Clean Mobility in Madrid.", date(2024, 6, 14))
    assert events(ms) == []
    ms = read("Mayor Carlos Moedas spoke at the Iberian Summit on Clean Mobility in Madrid.\n"
              "At the summit, Lisbon and Porto signed a memorandum of understanding on electric buses.",
              date(2024, 6, 14))
    assert events(ms) == ["Iberian Summit on Clean Mobility"]
