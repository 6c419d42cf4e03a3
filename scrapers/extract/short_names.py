"""Short names a Chinese article defines for itself: "埃及苏伊士运河经济区管理总局（以下简称“经济区”）".

Later sentences name the body by its short form only ("经济区还与…签署"); these map each short form to the name
the full form resolved to, the Chinese twin of an English "(ISC)" acronym.
"""
from __future__ import annotations

import re

from pactwatch.gazetteer import CJK

SHORT = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"「]?(?P<short>[^”\"」）)]{2,12})[”\"」]?[）)]")


def zh_short_names(text: str) -> dict[str, str]:
    """Short form -> canonical name of the entity that ends right before each "（以下简称“X”）"."""
    from scrapers.extract.entities import find_entities
    from scrapers.extract.text import simplified

    text = simplified(text)
    out: dict[str, str] = {}
    for m in SHORT.finditer(text):
        short = m.group("short").strip()
        if short.startswith(("报告", "方案", "意见", "规划", "计划")):
            continue  # a document's short title, not a body's
        head = text[max(0, m.start() - 40):m.start()]
        ents = [e for e in find_entities(head) if e.end == len(head)]
        if ents and ents[-1].kind == "org":
            out[short] = ents[-1].name
    return out


def is_short_form(short: str, full: str) -> bool:
    """Whether a Chinese name is a headline's short form of another: same opening and head, the rest left out in
    order (圭亚那总理府 of 圭亚那合作共和国总理府)."""
    if short == full or not CJK.search(short) or len(short) >= len(full) or len(short) < 4:
        return False
    if short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)



def opening_country(name: str) -> str | None:
    """The country a Chinese name opens with (新加坡海事及港务管理局 -> Singapore), for a headline that names the
    body by its country."""
    from pactwatch.gazetteer import gazetteer

    if not CJK.search(name):
        return None
    for k in range(min(8, len(name) - 1), 1, -1):
        p = gazetteer().find_zh(name[:k])
        if p and p.kind == "country":
            return p.name
    return None
