"""Events on unseen webs (issue 17): which gatherings a story reports as held, when they began and where, and which it
only names. Each rule on two sentences of our own (scrapers/extract/event_rules.py, events.py, topic.py)."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events


def events(text: str, day: date, lang: str = "en") -> list[tuple]:
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=day, language=lang, text=text,
                  fetched_at=datetime(2024, 1, 1))
    return [(m.fields["name"], m.fields["start_on"], m.fields["city"]) for m in extract_mentions(art)
            if m.record_type == "event"]


def found(sentence: str, day: date) -> list:
    return find_events(sentence, find_entities(sentence), DateContext(day))


def test_un_climate_conference_by_its_chinese_edition_is_that_cop_listed_or_not():
    a = found("第24届联合国气候变化大会期间，甲省与乙市签署了低碳发展合作备忘录。", date(2018, 12, 10))
    b = found("《联合国气候变化框架公约》第二十五次缔约方大会在马德里开幕。", date(2019, 12, 3))
    assert [e.name for e in a] == ["COP24"] and [e.name for e in b] == ["COP25"]
    assert b[0].city == "Madrid"
    en = found("Two provinces signed a memorandum on the sidelines of COP24 in Katowice.", date(2018, 12, 10))
    assert en[0].key == a[0].key  # one key in both languages: the warehouse groups them as one event


def test_cop_by_number_the_list_lacks_is_dated_by_the_conference_opening_later_in_the_story():
    text = ("On the sidelines of COP14, Jiangsu and the Welsh Government signed a memorandum on Monday on clean energy. "
            "The conference opened on December 1 in Poznań.")
    assert events(text, date(2008, 12, 10))[0][:2] == ("COP14", date(2008, 12, 1))
    text = ("During COP13, Shenzhen and Lisbon signed a memorandum on clean energy and electric buses. The conference "
            "opened on December 3 and ran for two weeks.")
    assert events(text, date(2007, 12, 14))[0][:2] == ("COP13", date(2007, 12, 3))
    zh = found("第十四届联合国气候变化大会期间，甲省与乙市签署了低碳发展合作备忘录。", date(2008, 12, 10))
    assert [e.name for e in zh] == ["COP14"]


def test_un_climate_conference_named_by_its_host_city_is_that_cop():
    a = found("On the sidelines of the UN climate conference in Dubai on Saturday, two provinces signed a memorandum.",
              date(2023, 12, 5))
    b = found("At the United Nations climate talks in Madrid, Hainan and a Danish region signed a memorandum.",
              date(2019, 12, 12))
    assert [(e.name, e.start_on, e.city) for e in a] == [("COP28", date(2023, 11, 30), "Dubai")]
    assert [(e.name, e.start_on, e.city) for e in b] == [("COP25", date(2019, 12, 2), "Madrid")]


def test_place_in_an_apposition_after_the_name():
    a = found("On the sidelines of the World Urban Forum, the UN-Habitat gathering in Katowice, two mayors signed a "
              "memorandum.", date(2022, 6, 28))
    b = found("During the Asia Clean Energy Forum, a regional gathering held in Manila, two utilities signed a "
              "memorandum.", date(2019, 6, 20))
    c = found("Tianjin and Houston signed a clean energy memorandum on Monday at the China-U.S. Clean Energy Forum, "
              "which runs through Wednesday in Beijing.", date(2019, 5, 9))
    assert c[0].city == "Beijing" and c[0].start_on is None  # signed on Monday there; its first day is untold
    assert a[0].city == "Katowice" and a[0].country == "PL"
    assert b[0].city == "Manila" and b[0].country == "PH"


def test_opened_on_a_bare_weekday_dates_the_first_day():
    a = found("The Pacific Northwest Economic Forum opened Tuesday in Portland with governors from both countries.",
              date(2019, 7, 25))
    b = found("The Yangtze River Delta Green Forum was held on Monday in Suzhou.", date(2021, 6, 9))
    assert a[0].start_on == date(2019, 7, 23)
    assert b[0].start_on == date(2021, 6, 7)


def test_an_edition_dated_only_by_an_earlier_year_is_recalled_not_reported():
    text = ("The second Great Lakes Mayors Summit opened Monday in Toronto. On the sidelines of the summit, Toronto and "
            "Cleveland signed a memorandum on clean water. The first Great Lakes Mayors Summit was held in Chicago in "
            "2014.")
    rows = events(text, date(2016, 5, 11))
    assert all(city != "Chicago" for _, _, city in rows) and rows and rows[0][2] == "Toronto"
    zh = found("首届长江经济带城市低碳论坛于2016年在武汉举办。", date(2019, 4, 2))
    assert zh and zh[0].recalled


def test_a_summit_to_come_a_past_edition_and_a_sports_conference_are_no_event():
    # a summit a city will host, one a plan was first discussed at in an earlier year, a sports conference
    assert events("The mayor told a press conference that the city will host the Pacific Rim Climate Summit next year. "
                  "The plan was first discussed at the Mountain West Climate Conference in Boise in 2019.",
                  date(2024, 5, 15)) == []
    assert events("The Rose Bowl, home of Pac-12 Conference football, installed solar panels on its roof.",
                  date(2024, 5, 15)) == []
    # one held, with no agreement: a gathering the story reports (the seeds' summary meeting)
    held = events("The Low-Carbon Cities Exchange Meeting on climate cooperation was held in Chengdu on November 3.",
                  date(2020, 11, 5))
    assert held and held[0][2] == "Chengdu"


def test_bodies_and_assemblies_named_like_gatherings_are_no_event():
    assert events("The U.S. Conference of Mayors will discuss climate resilience at its meeting.",
                  date(2024, 5, 15)) == []
    assert events("The California State Assembly held a session on the climate budget.", date(2024, 5, 15)) == []
    assert events("习近平在第七十五届联合国大会一般性辩论上发表讲话，宣布中国力争2060年前实现碳中和。",
                  date(2020, 9, 23), lang="zh") == []


def test_the_forum_opened_later_in_the_story_dates_and_places_the_named_one():
    en = events("Chengdu and Hamburg signed a memorandum of understanding on low-carbon cities at the EU-China Urban "
                "Sustainability Forum. The two-day forum opened Monday in Brussels.", date(2019, 5, 9))
    zh = events("成都市与德国汉堡市在中欧城市可持续发展论坛上签署了低碳城市合作谅解备忘录。论坛6日在布鲁塞尔开幕。",
                date(2019, 5, 9), lang="zh")
    assert en[0][1:] == (date(2019, 5, 6), "Brussels")
    assert zh[0][1:] == (date(2019, 5, 6), "Brussels")


def test_a_day_of_the_month_alone_after_the_name_is_its_day():
    a = found("第四届中美省州长论坛26日在美国肯塔基州举行。", date(2017, 5, 28))
    b = found("第二届东北亚清洁能源合作论坛当地时间4日在首尔开幕。", date(2019, 12, 5))
    assert a[0].start_on == date(2017, 5, 26)
    assert (b[0].start_on, b[0].city) == (date(2019, 12, 4), "Seoul")


def test_held_in_a_city_by_its_one_character_name():
    a = found("第二届中欧城市可持续发展论坛5月6日至7日在京举行。", date(2019, 5, 9))
    b = found("2018长三角绿色发展论坛11月3日在沪召开。", date(2018, 11, 5))
    assert (a[0].city, a[0].country, a[0].start_on) == ("Beijing", "CN", date(2019, 5, 6))
    assert (b[0].city, b[0].country) == ("Shanghai", "CN")


def test_a_latin_word_inside_a_chinese_name_stands_apart_in_its_key():
    from scrapers.extract.events import name_key

    assert name_key("2018年ICLEI世界大会").split() == ["2018年", "iclei", "世界大会"]
    assert "citycop" in name_key("2025 CityCOP高雄城市气候峰会论坛").split()


def test_a_trade_fair_a_webinar_and_a_peoples_congress_with_nothing_signed_are_no_event():
    assert events("第七届中国国际进口博览会5日在上海开幕，新能源汽车展区吸引了大量观众。", date(2024, 11, 6), lang="zh") == []
    assert events("The Guangzhou Auto Show opened on Friday with dozens of new electric vehicles.",
                  date(2024, 11, 16)) == []
    assert events("市生态环境局6日举办碳市场建设网络研讨会。", date(2024, 11, 6), lang="zh") == []
    assert events("The Guangdong Provincial People's Congress opened its annual session on Monday to discuss the "
                  "energy plan.", date(2024, 1, 24)) == []
    # a fair where something was signed is where it was signed
    signed = events("第七届中国国际进口博览会期间，上海市与特斯拉签署了新能源合作备忘录。", date(2024, 11, 8), lang="zh")
    assert [name for name, _, _ in signed] == ["China International Import Expo"]


def test_the_next_or_last_edition_does_not_place_the_one_the_story_reports():
    text = ("The Pacific Northwest Clean Energy Forum opened Tuesday in Portland. On the sidelines of the forum, Oregon "
            "and Sichuan signed a memorandum on clean energy. The next Pacific Northwest Clean Energy Forum will be "
            "held in Vancouver in 2020. Last year's Pacific Northwest Clean Energy Forum was held in Seattle.")
    assert {(d, city) for _, d, city in events(text, date(2019, 7, 25))} == {(date(2019, 7, 23), "Portland")}
    zh = ("第三届中美清洁能源论坛23日在波特兰开幕。论坛期间，俄勒冈州与四川省签署清洁能源合作备忘录。"
          "下一届中美清洁能源论坛将于明年在温哥华举行。")
    assert {(d, city) for _, d, city in events(zh, date(2019, 7, 26), lang="zh")} == {(date(2019, 7, 23), "Portland")}


def test_a_closing_day_is_the_last_day_not_the_first():
    zh = found("为期两天的第二届中欧城市可持续发展论坛8日在京闭幕。", date(2019, 5, 9))
    en = found("The three-day EU-China Urban Sustainability Forum closed in Brussels on Wednesday.", date(2019, 5, 9))
    assert (zh[0].start_on, zh[0].end_on, zh[0].city) == (date(2019, 5, 7), date(2019, 5, 8), "Beijing")
    assert (en[0].start_on, en[0].end_on, en[0].city) == (date(2019, 5, 6), date(2019, 5, 8), "Brussels")
    # how long it lasted untold: the first day is unknown, not the last
    assert found("第二届中欧城市可持续发展论坛8日在京闭幕。", date(2019, 5, 9))[0].start_on is None
    assert found("The EU-China Urban Sustainability Forum closed in Brussels on May 8.", date(2019, 5, 9))[0].start_on \
        is None


def test_a_story_with_no_record_keeps_only_a_gathering_it_reports_as_held():
    # a meeting of two officials, the forum only the place of a press conference: no event
    assert events("Tianjin Mayor Zhang Gong met Houston Mayor Sylvester Turner in Beijing on Tuesday; the two discussed "
                  "clean energy cooperation. The pair later attended a press conference at the China-U.S. Clean Energy "
                  "Forum.", date(2019, 5, 9)) == []
    assert events("市长会见了美国休斯敦市代表团，双方就清洁能源合作进行了会谈。代表团还参加了中美清洁能源论坛的新闻发布会。",
                  date(2019, 5, 9), lang="zh") == []
    # reported as held, in its own sentence or in a later one about the forum
    assert events("The China-U.S. Clean Energy Forum drew 300 delegates. The forum closed in Beijing on Wednesday.",
                  date(2019, 5, 9))[0][2] == "Beijing"


def test_an_opening_ceremony_is_no_holding_verb():
    # 开幕式上 is where the signing was, not a sentence saying the forum was held where its signatories are
    rows = events("在第二届中美清洁能源论坛开幕式上，天津市与休斯敦市签署了清洁能源合作备忘录。论坛于7日至8日在北京举行。",
                  date(2019, 5, 9), lang="zh")
    assert rows[0][1:] == (date(2019, 5, 7), "Beijing")
    rows = events("在第三届长三角绿色发展论坛闭幕式上，上海市与杭州市签署了生态环境合作协议。", date(2019, 5, 9), lang="zh")
    assert rows and rows[0][2] is None


def test_a_year_before_a_chinese_name_rendered_whole_gives_the_english_name():
    a = found("在北京举行的2019中美清洁能源论坛上，天津市与休斯敦市签署了清洁能源合作备忘录。", date(2019, 5, 9))
    b = found("2018年中欧城市可持续发展论坛在布鲁塞尔举行。", date(2018, 6, 9))
    assert a[0].name == "U.S.-China Clean Energy Forum" and a[0].aliases == ("2019中美清洁能源论坛",)
    assert b[0].name == "China-EU City Sustainable Development Forum"


def test_a_listed_conference_that_opens_after_the_page_is_not_its_news():
    assert events("Hainan and Wales signed a memorandum on clean energy on Monday. Officials said the deal would be "
                  "showcased at COP28 in Dubai in December.", date(2023, 6, 7)) == []
    assert events("The UN Climate Change Conference COP29 will be held in Baku, Azerbaijan, from 11 to 22 November "
                  "2024.", date(2024, 8, 15)) == []


def test_a_listed_recurring_gathering_named_with_its_head_in_lower_case():
    a = found("On the sidelines of the G20 summit in Osaka on Friday, Japan and China signed a memorandum on clean "
              "energy.", date(2019, 6, 30))
    b = found("Tianjin and Dalian signed a hydrogen memorandum at the Summer Davos forum in Dalian on Tuesday.",
              date(2019, 7, 3))
    assert [(e.name, e.city) for e in a] == [("G20 Leaders' Summit", "Osaka")]
    assert [(e.name, e.city) for e in b] == [("Annual Meeting of the New Champions", "Dalian")]


def test_an_earlier_edition_beside_the_reported_one_neither_places_nor_dates_it():
    en = events("The second U.S.-China Governors Forum opened Tuesday in Seattle. On the sidelines of the forum, "
                "Washington State and Sichuan Province signed a memorandum of understanding on clean energy "
                "cooperation. The first U.S.-China Governors Forum was held in Salt Lake City.", date(2016, 9, 23))
    zh = events("第二届中美省州长论坛20日在西雅图举行。论坛期间，四川省与美国华盛顿州签署清洁能源合作谅解备忘录。"
                "首届中美省州长论坛在美国盐湖城举办。", date(2016, 9, 23), lang="zh")
    assert {r[1:] for r in en} == {(date(2016, 9, 20), "Seattle")}
    assert {r[1:] for r in zh} == {(date(2016, 9, 20), "Seattle")}
    # an edition told as last year's
    assert found("A Pacific Clean Energy Forum was held in Portland last year.", date(2019, 5, 9))[0].recalled
    assert found("中美清洁能源论坛去年在波特兰举行。", date(2019, 5, 9))[0].recalled


def test_a_gathering_whose_story_says_nothing_came_of_it_is_no_event():
    assert events("The Pacific Clean Energy Forum was held in Portland on Tuesday. The visit produced no agreements.",
                  date(2019, 5, 9)) == []
    assert events("The Pacific Clean Energy Forum opened in Portland on Tuesday. No partnerships or pledges have been "
                  "announced so far.", date(2019, 5, 9)) == []
    assert events("第二屆兩岸低碳城市論壇8日在台北舉行。論壇並未簽署任何合作文件。", date(2019, 5, 9), lang="zh") == []


def test_a_day_of_the_month_after_local_time_dates_the_signing():
    from scrapers.extract.day_references import relative_day

    assert relative_day("当地时间15日，在马拉喀什举行的大会期间，两省州签署合作备忘录。", date(2016, 11, 16)) == date(2016, 11, 15)
    assert relative_day("当地时间30日，两市在巴黎签署合作协议。", date(2019, 12, 2)) == date(2019, 11, 30)
