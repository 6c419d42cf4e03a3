"""Short names a Chinese article defines for itself: "埃及苏伊士运河经济区管理总局（以下简称“经济区”）".

Later sentences name the body by its short form only ("经济区还与…签署"); these map each short form to the name
the full form resolved to, the Chinese twin of an English "(ISC)" acronym.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from functools import lru_cache

from pactwatch.gazetteer import CJK
from scrapers.extract.foreign_cities_zh import introduced_cities

SHORT = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"「]?(?P<short>[^”\"」）)]{2,12})[”\"」]?[）)]")
# "新加坡海事及港务管理局（海港局）": a bracket holding only a few Chinese characters right after a name; it defines a
# short name only where those characters are the name's own, in order (see is_abbreviation)
BARE_SHORT = re.compile(r"[（(](?P<short>[\u4e00-\u9fff]{2,6})[）)]")
# where a name written out in full can begin: after punctuation, a dateline tag (【本报讯】), a connective, or the
# word that makes it a unit of the name before ("中国电建所属中国水电建设集团国际工程有限公司（以下简称“水电国际”）")
NAME_LEFT = re.compile(r"[，。；：、！？“”‘’《》【】\[\]\s]|与|和|及|同|跟|在|由|向|对|所属|旗下的?|下属的?")
NAME_END = re.compile(r"(?:委员会|管理局|局|署|委|厅|部|办|中心|公司|集团|院|所|会|社|港|大学|学院|政府|联盟|基金会)$")


def zh_short_names(text: str) -> dict[str, str]:
    """Short form -> canonical name of the body named right before each "（以下简称“X”）" or "（X）" (X the body's
    own characters in order). A full name no table knows is read by its shape and kept as written; it maps to
    itself too, so the sentence that spells it out reads it as one name (新加坡海事及港务管理局, not 新加坡 + 港务管理局)."""
    from scrapers.extract.entities import find_entities
    from scrapers.extract.text import simplified

    text = simplified(text)
    out: dict[str, str] = {}
    defs = [(m, True) for m in SHORT.finditer(text)] + [(m, False) for m in BARE_SHORT.finditer(text)]
    for m, said in defs:
        short = m.group("short").strip()
        if short.startswith(("报告", "方案", "意见", "规划", "计划")):
            continue  # a document's short title, not a body's
        head = text[max(0, m.start() - 40):m.start()]
        ents = [e for e in find_entities(head) if e.end == len(head)]
        whole = _full_name(head, short)
        if whole and (not ents or len(ents[-1].surface) < len(whole)) and (said or is_abbreviation(short, whole)):
            named = [e for e in find_entities(whole) if e.start == 0 and e.end == len(whole)]
            out[short] = named[0].name if named else whole
            out.setdefault(whole, out[short])
        elif ents and ents[-1].kind == "org" and (said or is_abbreviation(short, ents[-1].surface)):
            out[short] = ents[-1].name
    for bare, name in introduced_cities(text).items():  # "丹麦森纳堡市" ... "森纳堡市": the city said again
        out.setdefault(bare, name)
    return out


def _full_name(head: str, short: str) -> str | None:
    """The name a short form abbreviates, read back from where it is defined: the shortest tail of the words before
    the bracket that holds the short form's characters in order and starts a name (after punctuation or a
    connective), ending in an institutional head."""
    if not NAME_END.search(head):
        return None
    for m in reversed(list(NAME_LEFT.finditer(head))):
        tail = head[m.end():]
        if len(tail) >= 4 and _in_order(short, tail):
            return tail if tail[:1] == short[:1] or _opens_with_place(tail) else None
    tail = head.lstrip()
    return tail if 4 <= len(tail) <= 24 and _in_order(short, tail) and _opens_with_place(tail) else None


def _opens_with_place(name: str) -> bool:
    from pactwatch.gazetteer import gazetteer

    return any(gazetteer().find_zh(name[:k]) for k in range(2, min(8, len(name))))


def _in_order(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def is_abbreviation(short: str, full: str) -> bool:
    """Whether a bracketed word abbreviates the name before it: its characters in order, the last one the name's
    head character (海港局 of 新加坡海事及港务管理局), not a word that merely occurs in it."""
    return len(short) < len(full) and short[-1] == full[-1] and _in_order(short, full) and CJK.search(short) is not None


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
    """The country a body's name opens with (新加坡海事及港务管理局 -> Singapore, "Cambodia's Ministry of Environment"
    -> Cambodia) or the country a known national body belongs to (the Ministry of Ecology and Environment -> China),
    for a headline that names the body by its country ("China, Cambodia ink MOU")."""
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.orgs import aliases

    if not CJK.search(name):
        own = re.match(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s?\s", name)
        if own and (p := gazetteer().find_en(own.group(1))) and p.kind == "country":
            return p.name
        org = aliases().find_en(name)
        return _country_names().get(org.country) if org and org.country else None
    for k in range(min(8, len(name) - 1), 1, -1):
        p = gazetteer().find_zh(name[:k])
        if p and p.kind == "country":
            return p.name
    return None



def opening_region(name: str) -> str | None:
    """The foreign state or province a Chinese name kept as written opens with, after its country if it names one
    (德国北莱茵-威斯特法伦州经济、工业、气候保护和能源部 -> North Rhine-Westphalia), for a headline that names the body
    by its region ("江苏与北威州签订…"). A region's full name may run past eight characters."""
    found = _region_span(name, len(name))
    return found[0] if found else None


def region_full_form(name: str) -> str:
    """A Chinese name kept as written, its opening foreign region given in that region's full Chinese name and its
    country left out (德国北莱茵-威斯特法伦州经济部 and 北威州经济部 -> 北莱茵-威斯特法伦州经济部): one body however a
    report shortens its region, so two reports of one signing name it alike. Other names are returned unchanged."""
    found = _region_span(name, len(name) - 1)  # a body: words after the region
    full = _full_region_names().get(found[0]) if found else None
    return full + name[found[1]:] if full else name


def _region_span(name: str, last: int) -> tuple[str, int] | None:
    """(English name, end) of the foreign region a Chinese name opens with after its country, ending by `last`."""
    from pactwatch.gazetteer import gazetteer

    if not CJK.search(name):
        return None
    gaz = gazetteer()
    skip = next((k for k in range(min(8, len(name) - 1), 1, -1)
                 if (p := gaz.find_zh(name[:k])) and p.kind == "country"), 0)
    for k in range(min(skip + 14, last), skip + 1, -1):
        p = gaz.find_zh(name[skip:k])
        if p and p.kind in {"state", "province"} and p.country != "CN":
            return p.name, k
    return None


@lru_cache(maxsize=1)
def _full_region_names() -> dict[str, str]:
    """English name -> first (full) Chinese name of each region places.yaml lists."""
    from pactwatch.world import curated_regions

    out: dict[str, str] = {}
    for zh, en, _, _ in curated_regions():
        out.setdefault(en, zh)
    return out


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country code -> the gazetteer's name of the country."""
    from pactwatch.gazetteer import gazetteer

    places = gazetteer().by_name.values()
    return {p.country: p.name for p in places if type(p) is not int and p.kind == "country"}
