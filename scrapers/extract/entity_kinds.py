"""What an actor found in a sentence is (`Entity`) and how a surface becomes one: a place the gazetteer knows, an
organisation the alias book knows, a government standing for its place, or a name kept as written. Shared by the
English and the Chinese finders (entities.py, entities_zh.py)."""
from __future__ import annotations

from scrapers import lazy_re as re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.gazetteer import CJK, Place, gazetteer
from pactwatch.legal_forms import ABBREVIATED_FORMS
from scrapers.extract.country_prefixes_zh import without_country_prefix
from scrapers.extract.orgs import aliases, looks_like_org_en, render_zh
from scrapers.extract.hyphenated_regions_zh import plain_dash
from scrapers.extract.regions_en import commonwealth
from scrapers.extract.state_short_cities_zh import government_place


@dataclass(frozen=True)
class Entity:
    """An actor named in a sentence: its canonical name and kind, and where the sentence names it."""
    name: str  # canonical English name
    kind: str  # org | city | province | state | country
    country: str | None
    start: int
    end: int
    surface: str


# a name's last full stop that is its own: an initial ("U.S.") or a shortened legal form ("Co.")
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.|" + "|".join(re.escape(f + ".") for f in ABBREVIATED_FORMS) + r")$")
# a government named for its place: "City of Oakland", "Wuhan Municipal People's Government", 武汉市人民政府
GOV_EN = re.compile(
    r"^(?:(?:the\s+)?(?:City|Municipality|Province|State|Government|People's Government)\s+of\s+(?P<a>.+)|"
    r"(?P<b>.+?)\s+(?:Municipal People's Government|Municipal Government|People's Government|Provincial Government|"
    r"City Government|city government|State Government|Government|Municipality|City Council))$"
)
GOV_ZH = re.compile(r"^(?P<p>.+?)(?:市人民政府|省人民政府|人民政府|市政府|省政府|政府)$")


def place_entity(surface: str, start: int, end: int) -> Entity | None:
    """The place a surface names, as an entity at that span, or None."""
    p = _place_named(surface)
    return Entity(p.name, p.kind, p.country, start, end, surface) if p else None


@lru_cache(maxsize=1 << 16)  # every capitalised n-gram of every sentence is looked up: most recur
def _place_named(surface: str) -> Place | None:
    """The place a surface names, as an entity would take it, or None."""
    gaz = gazetteer()
    if surface.isupper() and len(surface) > 3 and not CJK.search(surface) and " " not in surface and \
            gaz.find_en(surface) and gaz.find_en(surface).kind == "city" and surface not in ("L.A.",):
        return None  # "Houston METRO": an acronym, not the city of Metro
    if surface.startswith("Commonwealth"):  # "the Commonwealth of Massachusetts": the state
        return commonwealth(surface)
    if CJK.search(surface):  # 北莱茵—威斯特法伦州: the tables spell a dashed name with "-"
        return gaz.find_zh(surface) or ((plain := plain_dash(surface)) and gaz.find_zh(plain)) or None
    return gaz.find_en(surface)


_CHINA_PARTS = {"HK", "MO", "TW"}


def elsewhere(prefix: str, place: Entity) -> bool:
    """True where `prefix` (the text just before a Chinese place name) is a country other than the place's: the same
    sound-spelling names cities in several countries (奥克兰 Oakland and Auckland, 圣地亚哥 San Diego and Santiago), and
    the tables know one of them."""
    country = gazetteer().find_zh(prefix) if prefix else None
    if country is None or country.kind != "country" or place.kind == "country":
        return False
    return place.country != country.country and not (country.country == "CN" and place.country in _CHINA_PARTS)


# the head of a government body, whose full name holds its place ("Beijing's Municipal Commission of Transport" is the
# Beijing Municipal Commission of Transport); a body with a name of its own does not ("Arizona's Salt River Project")
GOVERNMENT_HEAD = re.compile(r"\b(?:Department|Board|Commission|Bureau|Agency|Office|Authority|Ministry|Council|"
                             r"Administration|Committee|Government|Secretariat|Assembly|Legislature|Commissioner|"
                             r"Police|Service|Services|District)\b")


_SHORT_WORDS = {"Dept": "Department", "Govt": "Government", "Univ": "University", "Intl": "International",
                "Assn": "Association", "Natl": "National"}
_SHORT_WORD = re.compile(r"\b(" + "|".join(_SHORT_WORDS) + r")\.(?=\s)")

def org_entity(surface: str, start: int, end: int, local: dict[str, str]) -> Entity | None:
    """Canonical entity for an organisation-shaped name: an alias, a government standing for its place, or itself."""
    clean = surface.strip(" ,;:“”\"'()")
    # "Hong Kong-listed United Energy Group": the place qualifies the name, it is no part of it
    clean = re.sub(r"^(?:[A-Z][\w.]*\s)*[A-Z][\w.]*-(?:listed|based|owned|headquartered|registered|backed)\s+", "",
                   clean)
    if clean.endswith(".") and not _ABBREVIATED_END.search(clean):
        clean = clean[:-1]
        if surface.endswith("."):  # "... launched the Clean Freight Alliance.": the name ends at its word, not the stop
            end, surface = end - 1, surface[:-1]
    if clean.endswith(("'s", "’s")) and " " in clean:
        clean = clean[:-2]  # "the Port of Seattle's aviation division": the body whose unit it is
    if "." in clean:  # "U.S. Dept. of Energy": a body's word written short is the word itself
        clean = _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(1)], clean)
    if clean in local:
        return Entity(local[clean], "org", None, start, end, surface)
    org = aliases().find_zh(clean) if CJK.search(clean) else aliases().find_en(clean)
    if org:
        return Entity(org.name, "org", org.country, start, end, surface)
    if CJK.search(clean):
        # 中国南方电网有限责任公司, 南方电网公司: a known company's name with its legal form
        legal = re.sub(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$", "", clean)
        if legal != clean and (org := aliases().find_zh(legal)):
            return Entity(org.name, "org", org.country, start, end, surface)
        # 美国落基山研究所: a country before a known organisation's name only says where it is
        for k in range(2, min(6, len(clean) - 1)):
            p = gazetteer().find_zh(clean[:k])
            if p and p.kind == "country" and (org := aliases().find_zh(clean[k:])) and org.country in (None, p.country):
                return Entity(org.name, "org", org.country, start, end, surface)
    m = (GOV_ZH if CJK.search(clean) else GOV_EN).match(clean)
    if m:
        place = next(g for g in m.groups() if g)
        place = government_place(place, clean) if CJK.search(clean) else place  # 德州市人民政府: Dezhou, not Texas
        ent = place_entity(re.sub(r"^(?:the\s+)", "", place), start, end)
        if ent is None and " on " in place and " on " in surface:
            # "the City of Handan on Clean Energy Cooperation": an instrument's topic follows the government's name
            end = start + surface.index(" on ")
            ent = place_entity(re.sub(r"^(?:the\s+)", "", place[:place.index(" on ")]), start, end)
        if ent is None and CJK.search(place):
            # 美国洛杉矶市政府: the place is the last one named before the word for government
            # 内蒙古自治区人民政府: an autonomous region's government, named with the word for its kind
            core = place[:-1] if place[-1] in "市省" else re.sub(r"(?:[回壮藏]族|维吾尔)?自治区$", "", place)
            ent = next((e for k in range(len(core) - 1) if (e := place_entity(core[k:], start, end))
                        and not elsewhere(core[:k], e)), None)
        if ent:
            return Entity(ent.name, ent.kind, ent.country, start, end, surface)
    if CJK.search(clean):  # (美国威斯康星州自然资源部: the state's body, its country only says where the state lies)
        return Entity(render_zh(without_country_prefix(clean)), "org", None, start, end, surface)
    name = re.sub(r"^(?:the|The)\s+", "", clean)
    # "Beijing's Municipal Commission of Transport": the place's own body, named as the place names it
    own = re.match(r"^([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(.+)$", name)
    place = gazetteer().find_en(own.group(1)) if own else None
    if place and (org := aliases().find_en(own.group(2))):
        return Entity(org.name, "org", org.country, start, end, surface)  # "China's State Grid": the known body
    if place and place.kind in {"city", "province", "state"} and looks_like_org_en(own.group(2)) and \
            GOVERNMENT_HEAD.search(own.group(2)):
        name = f"{own.group(1)} {own.group(2)}"
    elif place and looks_like_org_en(own.group(2)) and (place.kind in {"city", "province", "state"} or
                                                         place.kind == "country" and not GOVERNMENT_HEAD.search(own.group(2))):
        # "Arizona's Salt River Project", "Beijing's Tsinghua University": a body with a name of its own, which the
        # place's possessive only locates
        name = own.group(2)
    elif own and re.search(r"\b(?:Co|Ltd|Limited|Inc|LLC|plc|PLC|GmbH)\.?$", own.group(2)) and \
            (p := gazetteer().find_en(own.group(1))) and p.kind == "country":
        # "China's TBEA Co.": a company's registered name (its legal form at the end) holds no country's possessive
        name = own.group(2)
    return Entity(name, "org", None, start, end, surface)
