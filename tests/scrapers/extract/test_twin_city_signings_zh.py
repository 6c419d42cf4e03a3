"""A twin-city agreement as Chinese city portals tell it (the eighty-eighth web's class): a delegation attends the
signing ceremony (出席…签字仪式) on a day at the partner's city hall, then the two mayors "分别代表两市签署" the
agreement whose formal title names the two cities after their country and province
(《中华人民共和国A省B市与C国D市建立友好城市关系协议书》). The parties are the title's cities (instrument_titles_zh), the
day and place the ceremony's (signers_zh.SESSION_HELD, venues: a city's 市政厅). Texts are our own."""
from __future__ import annotations

from datetime import date

from story_records import records


def signed(text: str, day: date = date(2025, 6, 12)) -> list[tuple]:
    return [(r["agreement_type"], sorted(r["parties"]), str(r["signed_on"]), r["city"])
            for r in records(text, "agreement", day)]


def test_mayors_sign_for_the_cities_the_formal_title_names():
    text = ("当地时间6月10日，正在意大利访问的温州市代表团在普拉托市政厅出席两市缔结友好城市关系签字仪式。"
            "市长陈明与普拉托市市长马可·罗西分别代表两市签署《中华人民共和国浙江省温州市与意大利共和国普拉托市建立"
            "友好城市关系协议书》。根据协议书，两市将在环保、教育等领域开展交流合作。")
    assert signed(text) == [("agreement", ["Prato", "Wenzhou"], "2025-06-10", "Prato")]


def test_a_ceremony_in_the_home_city_and_a_title_without_country():
    text = ("6月11日，温州市与普拉托市友好城市关系签字仪式在温州举行。两市市长分别代表两市签署《温州市与普拉托市建立"
            "友好城市关系协议书》。")
    assert signed(text) == [("agreement", ["Prato", "Wenzhou"], "2025-06-11", "Wenzhou")]


def test_a_title_whose_city_the_tables_do_not_know_names_no_party():
    # 圣塔芭芭拉市 cannot be read whole: neither it nor the state qualifying it is a party
    text = ("6月10日，市长张伟与代表团团长签署《中华人民共和国山东省烟台市与美国加利福尼亚州圣塔芭芭拉市缔结友好城市"
            "关系协议书》。")
    assert all("California" not in r[1] for r in signed(text))


def test_attending_a_ceremony_signs_nothing_by_itself():
    text = "6月10日，市领导在普拉托市政厅出席两市友好交流签字仪式，并参观了当地纺织企业。"
    assert signed(text) == []
