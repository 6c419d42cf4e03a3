"""Expos and forums with long signing lists (the hundredth web's classes), on texts of our own: list items told as
whole clauses under "The agreements signed include:" (signing_tables), "; and" opening a series' last clause
(coordinated_en), instruments of health care and language teaching in the same lists (fields_en, off_topic_zh), a
hospital named after its province (orgs), "此次签约的项目主要有：一是…" (signing_tables, listed_zh), a gathering held
with its signings counted on site (signers_zh), a venue 交流中心 (venues), "at the forum" beside an expo (story_close),
a forum named after the fair it was held at (zh_gathering_names)."""
from __future__ import annotations

from datetime import date

from scrapers.extract.entities import find_entities
from scrapers.extract.zh_gathering_names import own_gathering_after_fair
from story_records import records


def ags(text: str, day: date) -> list[tuple]:
    return sorted((sorted(a["parties"]), a["signed_on"], a["city"]) for a in records(text, "agreement", day))


def test_clause_items_under_an_opening_take_its_day():
    text = ("LUSAKA, Oct. 4 -- Nine deals were signed at the Zambezi Power Expo on Wednesday. The agreements signed "
            "include:\n- Copperbelt Energy Corporation and the Malawi Electricity Agency signed a memorandum of "
            "understanding on solar parks;\n- Lusaka Water Company and the Zambia Tourism Board signed an agreement "
            "on a visitor centre;\n- Kafue Power Company and the Botswana Power Corporation signed a framework "
            "agreement on grid links.")
    got = ags(text, date(2024, 10, 4))
    assert (sorted(["Copperbelt Energy Corporation", "Malawi Electricity Agency"]), date(2024, 10, 2), "Lusaka") in got
    assert (sorted(["Botswana Power Corporation", "Kafue Power Company"]), date(2024, 10, 2), "Lusaka") in got
    # an item with a day of its own keeps it; a sentence that signs nothing closes the list
    text2 = ("Deals signed at the Nile Energy Fair included:\n• Aswan Solar Company and the Sudan Grid Agency signed "
             "an agreement on solar power on Monday;\nThe fair then closed.")
    assert [a[1] for a in ags(text2, date(2024, 10, 10))] == [date(2024, 10, 7)]


def test_and_after_a_semicolon_opens_the_last_clause():
    text = ("Alpha Grid Company and the Beta Power Agency signed an agreement on solar power; Gamma Wind Corporation "
            "and the Delta Energy Board signed a memorandum on wind farms; and Epsilon Hydro Company and the Zeta "
            "Water Authority signed a cooperation agreement on hydropower.")
    assert len(ags(text, date(2024, 5, 2))) == 3
    # "and the X" inside a list of parties opens no clause
    one = "Alpha Grid Company signed an agreement on solar power with the Beta Power Agency; and the Delta Board."
    assert len(ags(one, date(2024, 5, 2))) == 1


def test_instruments_of_health_care_and_language_teaching_are_no_records():
    assert ags("Saint Luke's Hospital and the Lagos Medical Board signed a memorandum of understanding on telemedicine "
               "and nursing training.", date(2024, 5, 2)) == []
    assert ags("Kano Health Agency and the Abuja Energy Commission signed an agreement on solar power for rural "
               "clinics.", date(2024, 5, 2)) != []  # a word of the tracker's beside it: kept
    assert ags("5月2日，宁夏医科大学与阿曼卫生部签署医疗合作协议。", date(2024, 5, 3)) == []
    assert ags("5月2日，北方民族大学与约旦某大学签署阿拉伯语教学合作协议。", date(2024, 5, 3)) == []
    assert ags("5月2日，宁夏大学与约旦大学签署新能源人才培养合作协议。", date(2024, 5, 3)) != []  # 新能源: kept


def test_a_hospital_named_after_its_province_is_itself():
    names = [(e.name, e.kind) for e in find_entities("Sichuan Provincial People's Hospital signed a deal.")]
    assert names == [("Sichuan Provincial People's Hospital", "org")]


def test_a_numbered_yi_shi_list_is_dated_and_placed_by_the_gathering_before_it():
    text = ("10月15日，第五届中国—中亚合作论坛能源专场活动在西安国际交流中心举行，现场集中签约项目8个。"
            "此次签约的项目主要有：一是陕西延长石油（集团）有限责任公司与哈萨克斯坦能源部签署天然气合作协议；"
            "二是西安隆基绿能科技股份有限公司与乌兹别克斯坦能源部签署光伏电站合作谅解备忘录。")
    got = ags(text, date(2024, 10, 16))
    assert len(got) == 2 and all(d == date(2024, 10, 15) and c in ("Xi'an", "Xi’an") for _, d, c in got)
    # "一是" opens no item without an opening sentence that says something was signed
    plan = "会议提出三项任务：一是推进光伏项目建设；二是与有关企业签署合作协议。"
    assert ags(plan, date(2024, 10, 16)) == []


def test_at_the_forum_links_a_signing_to_the_forum_not_the_expo():
    text = ("The 6th Baltic Trade Expo opened in Riga on Monday. On Tuesday the Riga Clean Air Forum was held at the "
            "expo. At the forum, the Riga Energy Agency and the Tallinn Heat Company signed a memorandum of "
            "understanding on district heating. The Baltic Trade Expo drew 40,000 visitors to the Baltic Trade Expo "
            "halls.")
    from pactwatch.models import Article
    from datetime import datetime
    from scrapers.extract import extract_mentions
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 5, 9), "en", text, datetime(2024, 5, 9))
    ms = [m for m in extract_mentions(art) if m.record_type == "agreement"]
    assert ms
    keys = ms[0].hints["event_keys"] or [k for k, _ in ms[0].hints["article_event_keys"]]
    assert keys and all("forum" in k for k in keys)


def test_a_forum_named_after_its_fair_is_the_forum():
    assert own_gathering_after_fair("第三届中国—东北亚博览会绿色能源合作论坛") == "绿色能源合作论坛"
    assert own_gathering_after_fair("中国国际进口博览会") == "中国国际进口博览会"  # a fair alone
    assert own_gathering_after_fair("博鳌亚洲论坛年会") == "博鳌亚洲论坛年会"  # a forum's meeting stays one name
    assert own_gathering_after_fair("广州交易会推介会") == "广州交易会推介会"  # too short for a name of its own


def test_a_headline_cuts_china_and_its_partner_to_one_character_each():
    from scrapers.extract.event_rules import zh_headline_name
    assert zh_headline_name("中非经贸博览会", "第三届中国—非洲经贸博览会")
    assert zh_headline_name("中阿博览会", "中国—阿拉伯国家博览会")
    assert not zh_headline_name("中阿博览会", "中国—东盟博览会")  # another partner
    assert not zh_headline_name("中阿合作", "中国—阿拉伯国家合作")  # no gathering's head word
    text = ("中俄博览会能源合作签约\n7月8日，第九届中国—俄罗斯博览会能源合作签约活动在哈尔滨国际会展中心举行。"
            "会上，黑龙江省能源投资集团有限公司与俄罗斯电网公司签署跨境输电合作协议。")
    from datetime import datetime
    from pactwatch.models import Article
    from scrapers.extract import extract_mentions
    art = Article("http://127.0.0.1/a", "test", "中俄博览会能源合作签约", date(2024, 7, 9), "zh", text,
                  datetime(2024, 7, 9))
    evs = [m.fields for m in extract_mentions(art) if m.record_type == "event"]
    assert len({e["name"] for e in evs}) == 1 and "Harbin" in {e["city"] for e in evs}  # one expo, placed


def test_a_head_word_names_a_gathering_rendered_in_english_too():
    from scrapers.extract.story_close import _headed
    assert _headed("中阿绿色低碳发展论坛", "论坛") and _headed("Pacific Clean Power Forum", "论坛")
    assert _headed("C40 City Mayors Summit", "峰会") and _headed("Andes Energy Forum on Solar Power", "forum")
    assert not _headed("China-Arab States Expo", "forum") and not _headed("第七届中国—阿拉伯国家博览会", "论坛")
