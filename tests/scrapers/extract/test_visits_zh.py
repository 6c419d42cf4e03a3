"""Visits of foreign governors and mayors (scrapers/extract/visits_zh.py, officials_zh.py): the visitor named once
with his place and a foreign name ("美国X州州长A·B") and later by his surname as the one who signs stands for his
place; a US state no table knows stays in Chinese; 先后与 gives one agreement per counterpart; a courtesy call, a
signing still to come and the bare surname of a visitor no place was given for give none."""
from __future__ import annotations

from datetime import date

from story_records import records

from scrapers.extract.visits_zh import introduced_states, visitors
from scrapers.extract.entities import find_entities


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(r["parties"]) for r in records(text, "agreement", date(2025, 5, 20)))


def test_a_governor_signs_for_his_state_with_a_city():
    # a provincial portal
    assert _parties("5月12日至14日，美国俄克拉何马州州长托马斯·维克利一行访问湖南省。13日，维克利还与株洲市签署了"
                    "新能源汽车产业合作备忘录。") == [["Oklahoma", "Zhuzhou"]]  # (places.yaml states_zh names it)
    # a known state, the surname after a 副州长
    assert _parties("美国密歇根州副州长凯瑟琳·莫兰率团访问安徽。访问期间，莫兰与芜湖市签署了清洁能源合作意向书。") == \
        [["Michigan", "Wuhu"]]


def test_a_mayor_signs_one_by_one_with_each_city():
    assert _parties("美国匹兹堡市市长约翰·费尔顿率团来访。访问期间，费尔顿先后与洛阳市、开封市签署氢能合作备忘录。") == \
        [["Kaifeng", "Pittsburgh"], ["Luoyang", "Pittsburgh"]]
    assert _parties("美国华盛顿州州长玛丽·斯托克顿一行访问浙江。斯托克顿先后与宁波市、温州市签署了绿色港口合作谅解备忘录。") == \
        [["Ningbo", "Washington"], ["Washington", "Wenzhou"]]


def test_courtesy_calls_and_signings_to_come_give_none():
    assert _parties("美国俄克拉何马州州长托马斯·维克利一行访问湖南省。双方就清洁能源合作进行了会谈，表示将适时签署合作"
                    "备忘录。") == []
    assert _parties("省长会见了美国密歇根州副州长凯瑟琳·莫兰一行。莫兰一行还出席了在合肥举行的新能源汽车产业论坛。") == []


def test_a_visitor_with_no_place_stands_for_nothing():
    assert visitors("代表团团长约翰·费尔顿一行访问洛阳。", find_entities("代表团团长约翰·费尔顿一行访问洛阳。")) == {}
    assert _parties("美国匹兹堡市代表团团长约翰·费尔顿一行来访。费尔顿先后与洛阳市、开封市签署氢能合作备忘录。") == []


def test_an_unknown_state_after_its_country_is_kept_in_chinese():
    # (a spelling no table holds: 俄克拉何马州 is in places.yaml states_zh now)
    assert introduced_states("美国新罕布夏州州长托马斯·维克利一行") == {"新罕布夏州": "新罕布夏州"}
    assert introduced_states("美国各州州长与会。美国密歇根州代表团来访。") == {}
