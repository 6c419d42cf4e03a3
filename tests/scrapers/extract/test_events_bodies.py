"""Gatherings of China's cooperation with international bodies and the Global South (issue 17, the eighteenth web):
where a gathering was held when the story only says what was done there during it, a date span in a "which runs"
apposition, and a body's numbered session named in Chinese (国际可再生能源署第十四届大会), keyed so that an English
report naming the body ("the IRENA Assembly") is the same event. Each rule on two sentences of our own."""
from datetime import date

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events


def found(sentence: str, day: date) -> list:
    return find_events(sentence, find_entities(sentence), DateContext(day))


def test_a_city_where_something_was_done_during_the_gathering_is_where_it_was_held():
    a = found("The contract was signed in Astana during the first China-Central Asia Summit, which brought together "
              "six heads of state.", date(2023, 5, 20))
    b = found("Two utilities signed a memorandum in Nairobi on the sidelines of the Africa Climate Summit.",
              date(2023, 9, 6))
    assert [(e.city, e.country) for e in a] == [("Astana", "KZ")]
    assert [(e.name, e.city) for e in b] == [("Africa Climate Summit", "Nairobi")]
    zh = found("9月5日，在非洲气候峰会期间，两家企业在内罗毕签署合作协议。", date(2023, 9, 6))
    assert [e.city for e in zh] == ["Nairobi"]


def test_a_city_named_elsewhere_in_the_sentence_is_not_the_gatherings():
    a = found("The company, based in Shanghai, signed a memorandum during the Africa Climate Summit.", date(2023, 9, 6))
    assert [e.city for e in a] == [None]


def test_a_date_span_in_a_which_runs_apposition_comes_before_the_place():
    a = found("The memorandum was signed at the World Future Energy Summit, which runs from Jan. 16 to 18 in Abu "
              "Dhabi.", date(2024, 1, 17))
    b = found("The pact was announced at the Global Hydrogen Forum, which was held on May 3 and 4 in Santiago.",
              date(2023, 5, 5))
    assert [e.city for e in a] == ["Abu Dhabi"] and [e.city for e in b] == ["Santiago"]


def test_a_bodys_numbered_session_keeps_the_body_and_shares_a_word_with_its_english_name():
    a = found("1月14日，国际可再生能源署第十三届大会期间，两国能源部门签署合作谅解备忘录。", date(2023, 1, 15))
    b = found("Two ministries signed a memorandum at the 13th session of the IRENA Assembly in Abu Dhabi.",
              date(2023, 1, 15))
    assert [e.name for e in a] == ["国际可再生能源署第十三届大会"]
    assert "irena" in a[0].key.split() and "irena" in b[0].key.split()
    c = found("联合国开发计划署第五届大会期间，双方签署合作协议。", date(2023, 1, 15))
    assert [e.name for e in c] == ["联合国开发计划署第五届大会"] and "undp" in c[0].key.split()


def test_clause_words_before_an_edition_are_no_body():
    a = found("双方在第三届中国—东盟论坛期间签署协议。", date(2024, 1, 15))
    b = found("会上，两国部长在第二届中国—中亚峰会期间签署了合作文件。", date(2025, 6, 18))
    assert a and b and all(not e.name.startswith(("双方", "两国", "会上")) for e in a + b)
