"""Interviews, Q&A transcripts and quoted speech (scrapers/extract/spoken_for.py): an answer's first person is the
interviewee's place the intro names, a question pledges nothing, a hope told in someone's words is no pledge. Each rule
on two texts of its own, English and Chinese (none from the test webs)."""
from __future__ import annotations

from datetime import date

from scrapers.extract.spoken_for import Speech, asked, hoped, page_speaker
from story_records import records

EN_QA = "\n\n".join([
    "Fresno Mayor Carla Ruiz spoke to us after her visit to Zhaoqing. The interview has been condensed.",
    "Q: What came out of the visit?",
    "A: On March 4, our city and Zhaoqing signed a memorandum of understanding on solar farms and water reuse.",
    "Q: Will Fresno commit to net zero by 2035?",
    "A: Not yet. We need a full inventory first.",
    "Q: And the near-term goal?",
    "A: We will cut municipal emissions 40 percent below 2015 levels by 2030."])
EN_BRIEFING = "\n\n".join([
    "Tacoma city spokeswoman Amy Lund briefed reporters on Tuesday about the port partnership. Excerpts follow.",
    "Reporter: Is there a signed agreement?",
    "Lund: Yes. On May 20, Tacoma and Jiangmen signed a partnership agreement on shore power.",
    "Reporter: Jiangmen says it will be carbon neutral by 2045. Will Tacoma match that?",
    "Lund: We hope to get there sooner, maybe by 2040."])
ZH_INTERVIEW = "\n\n".join([
    "本报记者日前专访了湛江市市长陈志远，请他谈谈湛江与美国城市的合作。",
    "问：湛江与美国丹佛市的合作有哪些进展？",
    "答：今年4月16日，我们与丹佛市签署了清洁能源合作谅解备忘录。",
    "问：湛江会承诺2035年前实现碳中和吗？",
    "答：现在下结论还太早。",
    "问：湛江的近期目标是什么？",
    "答：我市将力争在2027年前实现碳达峰。"])
ZH_BRIEFING = "\n\n".join([
    "近日，韶关市发展改革局局长黄国栋就韶关与美国塔科马市合作有关问题回答了记者提问。",
    "问：双方签署了什么文件？",
    "答：5月9日，我市与美国华盛顿州塔科马市签署了绿色交通合作协议。",
    "问：塔科马的目标是什么？",
    "答：塔科马希望在2040年前实现碳中和，我们会加强交流。"])


def test_an_answers_we_and_our_city_are_the_interviewees_place_en():
    ags = records(EN_QA, "agreement", date(2025, 3, 20))
    assert [(sorted(a["parties"]), a["signed_on"]) for a in ags] == [(["Fresno", "Zhaoqing"], date(2025, 3, 4))]
    cms = records(EN_QA, "commitment", date(2025, 3, 20))
    assert [(c["actor"], c["target_year"], c["base_year"], c["reduction_pct_min"]) for c in cms] == \
        [("Fresno", 2030, 2015, 40.0)]  # not the declined net zero by 2035


def test_a_spokespersons_named_answers_are_his_citys_en():
    ags = records(EN_BRIEFING, "agreement", date(2025, 5, 22))
    assert [(sorted(a["parties"]), a["signed_on"]) for a in ags] == [(["Jiangmen", "Tacoma"], date(2025, 5, 20))]
    # the question's claim about Jiangmen and the spokeswoman's hope are no pledges
    assert records(EN_BRIEFING, "commitment", date(2025, 5, 22)) == []


def test_an_answers_women_and_wo_shi_are_the_interviewees_place_zh():
    ags = records(ZH_INTERVIEW, "agreement", date(2025, 5, 6))
    assert [(sorted(a["parties"]), a["signed_on"]) for a in ags] == [(["Denver", "Zhanjiang"], date(2025, 4, 16))]
    cms = records(ZH_INTERVIEW, "commitment", date(2025, 5, 6))
    assert [(c["actor"], c["commitment_type"], c["target_year"]) for c in cms] == [("Zhanjiang", "emissions_peak", 2027)]


def test_a_bureau_heads_answers_are_his_citys_and_a_hope_is_no_pledge_zh():
    ags = records(ZH_BRIEFING, "agreement", date(2025, 5, 12))
    assert [(sorted(a["parties"]), a["signed_on"]) for a in ags] == [(["Shaoguan", "Tacoma"], date(2025, 5, 9))]
    assert records(ZH_BRIEFING, "commitment", date(2025, 5, 12)) == []


def test_the_speaker_is_read_from_the_intro_only():
    assert page_speaker(EN_QA).place == "Fresno"
    assert page_speaker(EN_BRIEFING).labels >= {"Lund", "A"}
    assert page_speaker(ZH_INTERVIEW).place == "湛江市"
    assert page_speaker(ZH_BRIEFING).place == "韶关市"
    # no labelled exchange, or an intro naming nobody's place: no speaker, and "we" stays "we"
    assert page_speaker("Mayor Carla Ruiz of Fresno said the city will act.\n\nWe will see.") is None
    assert page_speaker("We asked readers.\n\nQ: Why?\n\nA: Because we signed it.").place is None
    speech = Speech(None)
    assert speech.read("A: We will cut emissions 40 percent by 2030.", 3) == \
        ("A: We will cut emissions 40 percent by 2030.", True)


def test_a_page_naming_two_places_speakers_fixes_no_speaker():
    text = "\n\n".join(["Fresno Mayor Carla Ruiz and Tacoma Mayor Ben Holt spoke with us.", "Q: What now?",
                        "A: Our city will be carbon neutral by 2040."])
    assert page_speaker(text).place is None
    assert records(text, "commitment", date(2025, 5, 6)) == []


def test_a_question_pledges_nothing():
    assert asked("Will Fresno commit to net zero by 2035?")
    assert asked("问：湛江会承诺2035年前实现碳中和吗？")
    assert not asked("Fresno will reach net zero by 2035.")
    assert records("Will the county commit to carbon neutrality by 2045? Officials would not say.", "commitment") == []
    assert records("问：江门会不会在2030年前实现碳达峰？", "commitment") == []


def test_a_hope_in_someones_words_is_no_pledge():
    assert hoped("“江门希望在2040年前实现碳中和，”他说。") and hoped("'Tacoma hopes to be carbon neutral by 2040,' she said.")
    assert not hoped("'Tacoma will be carbon neutral by 2040,' she said.")
    assert records("'Zhaoqing hopes to reach carbon neutrality by 2055,' Ruiz added.", "commitment") == []
    assert records("“丹佛希望在2040年前实现碳中和，我们愿意学习，”陈志远说。", "commitment") == []
    # a pledge told in the speaker's own words stays one
    assert [c["target_year"] for c in records("Tacoma Mayor Ben Holt spoke on Monday. 'Our city will be carbon neutral "
                                               "by 2040,' he told reporters.", "commitment")] == [2040]


def test_a_chinese_quotes_women_is_the_attributed_officials_place():
    ags = records("“我们今天上午与美国科罗拉多州丹佛市签署了清洁能源合作协议，”江门市市长吴明华在签约仪式后说。",
                  "agreement", date(2025, 9, 2))
    assert [(sorted(a["parties"]), a["signed_on"]) for a in ags] == [(["Denver", "Jiangmen"], date(2025, 9, 2))]
    cms = records("“我市将力争在2029年前实现碳达峰，”韶关市副市长刘晓东表示。", "commitment", date(2025, 9, 2))
    assert [(c["actor"], c["target_year"]) for c in cms] == [("Shaoguan", 2029)]
    # an attribution naming no place ("他说") leaves the quote's 我们 to the other rules
    assert records("“我们将力争在2029年前实现碳达峰，”他说。", "commitment", date(2025, 9, 2)) == []


def test_a_reporters_byline_is_no_exchange():
    text = "\n\n".join(["湛江讯 5月6日，湛江市召开新闻发布会。", "记者：陈明 通讯员：李华",
                        "湛江市将力争在2027年前实现碳达峰。"])
    assert page_speaker(text) is None
    assert [c["target_year"] for c in records(text, "commitment", date(2025, 5, 6))] == [2027]
