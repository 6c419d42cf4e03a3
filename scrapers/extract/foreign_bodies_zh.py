"""A foreign country's national body named in Chinese by a Chinese administrative term is kept as written.

The glossary (pactwatch/data/glossary_zh.yaml) holds the English that Chinese bodies give themselves: 环境保护局 is a
city's "Environmental Protection Bureau", 林业局 a "Forestry Bureau", 生态环境厅 a province's "Department of Ecology
and Environment". A foreign country's body that a Chinese text names with the same words is no such bureau:
埃塞俄比亚环境保护局 is Ethiopia's Environmental Protection Authority, 肯尼亚林业局 the Kenya Forest Service. Built
part by part, "Ethiopia Environmental Protection Bureau" is a name nobody uses (a made-up party), so such a name stays
as written, as the portfolio ministries of scrapers/extract/portfolio_ministries_zh.py do (the text names no English
form). Places inside a country (a city's 港务局, a state's 委员会) and China's own (with Hong Kong, Macao and Taiwan,
whose bodies the glossary's words do name) are rendered as before.

Where a foreign country's body is named by its country, ONE portfolio word and a head whose English is one word, its
English name is built whole (`foreign_body_english`): 赞比亚能源部 is the "Ministry of Energy of Zambia" (a ministry by
its portfolio, then its country). Only 部 (Ministry): 署 is an Agency named by its country's adjective as often as by
its name (the Swedish, the Danish, the Azerbaijan ... Energy Agency), 局 is a Bureau, an Authority or a Service, 委员会 a
Commission or a Committee, 中心 a Center or a Centre, so those stay as written; and only the portfolio words whose
English a ministry or agency uses as its own (能源 Energy, 环境 Environment ...; 科技 is "Science and Technology",
电力 "Power" or "Electricity", 交通 "Transport" or "Transportation": never built). Two portfolios (乌干达水和环境部)
or a word no table knows (巴西矿产能源部) keep the name as written.
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer

# China and the places whose bodies the glossary's English names (香港环境保护署, 澳门环境保护局)
_OWN = {"CN", "HK", "MO", "TW"}


def foreign_national_body(parts: list[tuple[str, str]]) -> bool:
    """Whether a Chinese name cut into (kind, text) parts (orgs._render_parts) opens with a foreign country (see the
    module docstring): its department term is China's word for the body, not the body's own English name."""
    places = [text for kind, text in parts if kind == "place"]
    if not places or parts[0][0] != "place":
        return False
    p = gazetteer().find_zh(places[0])
    return p is not None and p.kind == "country" and p.country not in _OWN


# the portfolio words a foreign ministry or agency names itself by, as one English word or phrase each
_PORTFOLIOS = {"能源": "Energy", "可再生能源": "Renewable Energy", "新能源": "New Energy", "清洁能源": "Clean Energy",
               "环境": "Environment", "自然资源": "Natural Resources", "农业": "Agriculture",
               "气候变化": "Climate Change"}
# a head whose English is one word and one form: a ministry is "Ministry of <portfolio> of <country>". Not 署: an
# agency names itself by its country's adjective as often as by its name ("Swedish Energy Agency", "Danish Energy
# Agency", "Azerbaijan Renewable Energy Agency"), which no table here holds: "Sweden Energy Agency" would be made up
_HEADS = {"部": "Ministry"}


def foreign_body_english(parts: list[tuple[str, str]]) -> str | None:
    """The English name of a foreign country's national body named in Chinese as <country> + one portfolio word +
    部 (see the module docstring: 赞比亚能源部 -> "Ministry of Energy of Zambia"), else None (the name is then kept
    as written)."""
    if not foreign_national_body(parts) or len(parts) != 3:
        return None
    (_, place), (kind, field), (_, head) = parts
    if kind != "term" or field not in _PORTFOLIOS:
        return None
    # 署 is no glossary term (an unknown part); 部 is
    if head not in _HEADS or parts[2][0] not in ("term", "unknown"):
        return None
    country = gazetteer().find_zh(place).name
    return f"Ministry of {_PORTFOLIOS[field]} of {country}"
