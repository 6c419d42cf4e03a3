"""A foreign country's national body named in Chinese by a Chinese administrative term is kept as written.

The glossary (pactwatch/data/glossary_zh.yaml) holds the English that Chinese bodies give themselves: 环境保护局 is a
city's "Environmental Protection Bureau", 林业局 a "Forestry Bureau", 生态环境厅 a province's "Department of Ecology
and Environment". A foreign country's body that a Chinese text names with the same words is no such bureau:
埃塞俄比亚环境保护局 is Ethiopia's Environmental Protection Authority, 肯尼亚林业局 the Kenya Forest Service. Built
part by part, "Ethiopia Environmental Protection Bureau" is a name nobody uses (a made-up party), so such a name stays
as written, as the portfolio ministries of scrapers/extract/portfolio_ministries_zh.py do (the text names no English
form). Places inside a country (a city's 港务局, a state's 委员会) and China's own (with Hong Kong, Macao and Taiwan,
whose bodies the glossary's words do name) are rendered as before.
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
