"""Airlines named as the press names them (issue 17, the ninety-sixth web): the carriers of the Chinese mainland and
Hong Kong by their English names, Chinese names and press short forms (pactwatch/data/organisations.yaml, general
knowledge), so "东航与中国石化签署…" and "Air China and Sinopec signed …" keep their parties; names that hold the same
characters but are other bodies (美国航空, 中国航空油料集团, 中国航天科技集团, 南航 of a university) are not read as the
carriers. The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str, language: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 6, 20), language, text, datetime(2025, 6, 21))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,language,carrier", [
    ("6月18日，川航与中国航油在成都签署可持续航空燃料供应合作协议。", "zh", "Sichuan Airlines"),
    ("6月18日，中国东航与上海市签署绿色低碳发展战略合作协议。", "zh", "China Eastern Airlines"),
    ("6月18日，厦航与厦门市人民政府签署绿色航空合作框架协议。", "zh", "Xiamen Airlines"),
    ("Loong Air and Hangzhou signed a memorandum of understanding on airport decarbonisation on 18 June.", "en",
     "Loong Air"),
    ("Cathay Pacific Airways and the Hong Kong SAR Government signed a memorandum on sustainable aviation fuel on 18 "
     "June.", "en", "Cathay Pacific"),
])
def test_a_carrier_named_as_the_press_names_it_is_a_party(text, language, carrier):
    assert any(carrier in p for p in parties(text, language))


@pytest.mark.parametrize("text", ["美国航空公司与波音签署协议。", "中国航空油料集团有限公司与空客签署协议。",
                                  "中国航天科技集团与上海市签署协议。", "南航与南京市签署产学研合作协议。"])
def test_a_name_holding_a_carrier_s_short_form_is_no_carrier(text):
    names = {e.name for e in find_entities(text)}
    assert not names & {"Air China", "China Southern Airlines", "China Eastern Airlines"}
