"""The body a story's tier short name names ("省发改委" after "福建省发展和改革委员会"): see level_bodies_zh, which
tells the entity reader not to read the national alias inside such a short form."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import find_entities
from scrapers.extract.level_bodies_zh import KINDS, SHORT


def tier_short_names(text: str) -> dict[str, str]:
    """Short form ("省发改委") -> the name of the one body of that tier and kind the text names in full
    ("福建省发展和改革委员会": Fujian Provincial Development and Reform Commission); none where it names no such body
    or several."""
    out: dict[str, str] = {}
    shorts = {m.group() for m in SHORT.finditer(text)}
    if not shorts:
        return out
    found = [e for part in re.split(r"(?<=[。；！？\n])", text) if part.strip() for e in find_entities(part)
             if e.kind == "org" and e.name.isascii()]
    for short in shorts:
        tier, kind = short[0], short[1:]
        full = re.compile(rf"[\u4e00-\u9fff]{{2,}}{tier}(?:{KINDS[kind]})$")
        names = {e.name for e in found if full.search(e.surface) and not e.surface.startswith(short)}
        if len(names) == 1:
            out[short] = names.pop()
    return out
