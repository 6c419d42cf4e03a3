"""A company's English trade name coined word for word from its Chinese name (Goldwind: 金 gold + 风 wind; Redsun:
红 red + 太阳 sun) matches its Chinese legal name, so one signing told in English and in Chinese on one day is one row
named in English (issue 17; the twenty-second web). A Latin word the glosses do not spell, or spell out of order,
is no match; two firms of one city signing the same day stay two. Mentions of our own."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.calque import calqued, one_word_glosses
from warehouse.crosslang import side_score, word_glosses
from warehouse.resolve import resolve


def agreement(url: str, parties: list[str], kind: str = "agreement") -> Mention:
    return Mention("agreement", url, "signed.", {
        "agreement_type": kind, "title": None, "signed_on": date(2024, 9, 20), "signed_on_precision": "day",
        "city": None, "country": None, "parties": parties, "topics": []},
        {"page_date": "2024-09-21", "language": "en", "event_keys": [], "article_event_keys": []})


def rows(ms):
    return sorted(sorted(r.fields["parties"]) for r in resolve(ms, {}) if r.record_type == "agreement")


def test_one_word_glosses_only():
    assert one_word_glosses(["gold", "chemical element Au", "(literary) golden"]) == {"gold", "golden"}


def test_a_calque_spells_a_latin_word_from_consecutive_glosses():
    assert calqued("新疆金风科技股份有限公司", "Goldwind", word_glosses)
    assert calqued("红太阳股份有限公司", "Redsun Group", word_glosses)
    assert not calqued("金风科技", "Windgold", word_glosses)  # out of order
    assert not calqued("金山软件", "Goldwind", word_glosses)
    assert side_score("新疆金风科技股份有限公司", "Goldwind")[1] == "firm"


def test_the_legal_name_and_the_trade_name_of_one_signing_are_one_row():
    assert rows([agreement("http://zh/1", ["新疆金风科技股份有限公司", "Hefei"]),
                 agreement("http://en/1", ["Goldwind", "Hefei"])]) == [["Goldwind", "Hefei"]]
    assert rows([agreement("http://zh/2", ["红太阳股份有限公司", "Nanjing"]),
                 agreement("http://en/2", ["Redsun Group", "Nanjing"])]) == [["Nanjing", "Redsun Group"]]


def test_another_firm_of_the_city_the_same_day_stays_apart():
    assert rows([agreement("http://zh/1", ["金山软件股份有限公司", "Hefei"]),
                 agreement("http://en/1", ["Goldwind", "Hefei"])]) == [["Goldwind", "Hefei"], ["Hefei", "金山软件股份有限公司"]]
