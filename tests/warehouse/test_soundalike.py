"""A foreign company a Chinese report spells by sound (霍尼韦尔, 维斯塔斯) matches its Latin name (Honeywell, Vestas)
only as a join key of two reports of one agreement where everything else agrees: another side matches otherwise,
the same instrument, the same day or event. Company pairs of our own (general knowledge), not from any web."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.crosslang import spelled
from warehouse.resolve import resolve
from warehouse.soundalike import latin_skeletons, own_name, pinyin_skeleton, sounds_alike


def test_own_name_drops_descriptive_words_and_a_place_before_it():
    assert own_name("霍尼韦尔") == ("霍尼韦尔", ())
    assert own_name("美国霍尼韦尔公司") == ("霍尼韦尔", ("公司",))
    assert own_name("维斯塔斯风力技术有限公司")[0] == "维斯塔斯"
    assert own_name("国家电网")[0] == ""  # all of it common words: no name by sound


def test_skeletons_keep_the_consonants_transliteration_keeps():
    assert pinyin_skeleton("霍尼韦尔") == "HNWL" and "HNWL" in latin_skeletons("Honeywell")
    assert pinyin_skeleton("维斯塔斯") == "WSDS" and "WSDS" in latin_skeletons("Vestas")
    assert pinyin_skeleton("施耐德") in latin_skeletons("Schneider")  # the final r Chinese writes no syllable for


def test_sound_alike_names_and_names_that_only_look_close():
    assert sounds_alike("霍尼韦尔公司", "Honeywell International")
    assert sounds_alike("维斯塔斯风力技术有限公司", "Vestas Wind Systems")
    assert not sounds_alike("霍尼韦尔公司", "Honda")
    assert not sounds_alike("维斯塔斯风力技术有限公司", "Vattenfall")
    assert not sounds_alike("格罗布能源公司", "Energy Group")  # kind words are never compared by sound


def test_a_pinyin_name_is_spelled_when_its_descriptive_words_are_glossed_too():
    assert spelled("宝钢国际公司", "Baogang International Co.")
    assert not spelled("宝钢国际公司", "Baogang Steel")  # 国际 / International is not there


def signing(url: str, parties: list[str], kind: str = "agreement", day: date = date(2024, 6, 3)) -> Mention:
    zh = any("\u4e00" <= c <= "\u9fff" for p in parties for c in p)
    return Mention("agreement", url, "signed.", {
        "agreement_type": kind, "title": None, "signed_on": day, "signed_on_precision": "day",
        "city": None, "country": None, "parties": parties, "topics": []},
        {"page_date": "2024-06-04", "language": "zh" if zh else "en", "event_keys": [], "article_event_keys": []})


def rows(ms):
    return sorted(sorted(r.fields["parties"]) for r in resolve(ms, {}) if r.record_type == "agreement")


def test_a_side_spelled_by_sound_joins_when_the_other_side_matches():
    ms = [signing("http://zh/1", ["天津港集团", "霍尼韦尔公司"]),
          signing("http://en/1", ["Tianjin Port Group", "Honeywell International"])]
    assert rows(ms) == [["Honeywell International", "Tianjin Port Group"]]
    ms = [signing("http://zh/2", ["宁波市能源局", "维斯塔斯风力技术有限公司"], "mou", date(2023, 3, 1)),
          signing("http://en/2", ["Ningbo Energy Bureau", "Vestas Wind Systems"], "mou", date(2023, 3, 1))]
    assert rows(ms) == [["Ningbo Energy Bureau", "Vestas Wind Systems"]]


def test_another_company_the_same_day_stays_apart():
    ms = [signing("http://zh/3", ["天津港集团", "霍尼韦尔公司"]),
          signing("http://en/3", ["Tianjin Port Group", "Honda Motor"])]
    assert len(rows(ms)) == 2
    ms = [signing("http://zh/4", ["宁波市能源局", "维斯塔斯风力技术有限公司"], "mou"),
          signing("http://en/4", ["Ningbo Energy Bureau", "Vattenfall"], "mou")]
    assert len(rows(ms)) == 2


def test_sound_is_never_the_only_key():
    # the other side does not match: no join however alike the sounds
    ms = [signing("http://zh/5", ["天津港集团", "霍尼韦尔公司"]),
          signing("http://en/5", ["Qingdao Port Group", "Honeywell International"])]
    assert len(rows(ms)) == 2
    # two sides by sound alone
    ms = [signing("http://zh/6", ["维斯塔斯风力技术有限公司", "霍尼韦尔公司"]),
          signing("http://en/6", ["Vestas Wind Systems", "Honeywell International"])]
    assert len(rows(ms)) == 2
    # another instrument (an MOU and an agreement of the same day)
    ms = [signing("http://zh/7", ["天津港集团", "霍尼韦尔公司"], "mou"),
          signing("http://en/7", ["Tianjin Port Group", "Honeywell International"], "agreement")]
    assert len(rows(ms)) == 2
    # another day
    ms = [signing("http://zh/8", ["天津港集团", "霍尼韦尔公司"], day=date(2024, 6, 3)),
          signing("http://en/8", ["Tianjin Port Group", "Honeywell International"], day=date(2024, 7, 9))]
    assert len(rows(ms)) == 2


def test_two_english_companies_that_sound_alike_give_no_join():
    ms = [signing("http://zh/9", ["天津港集团", "霍尼韦尔公司"]),
          signing("http://en/9", ["Tianjin Port Group", "Honeywell International"]),
          signing("http://en/10", ["Tianjin Port Group", "Honeywall Systems"])]
    assert len(rows(ms)) == 3
