"""A foreign country's ministry named in Chinese by the portfolios it holds, read as one name: "塞舌尔农业、气候变化与
环境部", "肯尼亚环境、气候变化与林业部", "丹麦气候、能源与公用事业部".

The party reader cuts a list at 、 and at 与/和, so such a name fell apart into the country's first portfolio
("塞舌尔农业", a made-up party) and headless rests. After a country's name, portfolios joined by 、 and a last one
after 与/和/及 that ends on a ministry's head (部, 署, 委员会) are one body's name: kept as written (the text names no
English form), its country the one it opens with. Not when a portfolio is a place or an office holder ("柬埔寨首相、
环境部长"), nor for China's own ministries (named without their country), nor without a 、 ("德国环境和法国能源部"
stays as the entity reader leaves it). English names of this kind: scrapers/extract/portfolios_en.py.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

_ITEM = r"(?:(?![与和及、])[\u4e00-\u9fff])"
PORTFOLIOS = re.compile(rf"(?:{_ITEM}{{2,8}}、)+{_ITEM}{{2,8}}?[与和及]{_ITEM}{{1,8}}?(?:部|署|委员会)(?![长门])")
# words of an office holder or of a place's government, not a portfolio
_NOT_PORTFOLIO = re.compile(r"总统|总理|首相|部长|大臣|大使|主席|议长|国王|政府|代表|官员|人民")


def join_portfolio_ministries(s: str, entities: list[Entity]) -> list[Entity]:
    """The sentence's entities with each foreign ministry named by its portfolios after its country (see the module
    docstring) read as one organisation, the pieces inside it dropped."""
    if "、" not in s:
        return entities
    out = list(entities)
    for c in entities:
        if c.kind != "country" or c.country in (None, "CN"):
            continue
        m = PORTFOLIOS.match(s, c.end)
        if not m or _NOT_PORTFOLIO.search(m.group()):
            continue
        inside = [e for e in out if c.end <= e.start < m.end()]
        if any(e.kind != "org" for e in inside):
            continue  # "老挝、越南与柬埔寨环境部": places listed, not portfolios
        name = s[c.start:m.end()]
        out = [e for e in out if e is not c and e not in inside] + [Entity(name, "org", c.country, c.start, m.end(),
                                                                              name)]
    out.sort(key=lambda e: e.start)
    return out
