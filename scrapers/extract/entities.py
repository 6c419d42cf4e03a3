"""Find the actors named in one sentence: organisations, cities, provinces, states and countries, with spans.

Each entity carries its canonical English name, so Chinese and English mentions of one actor compare equal.
Known aliases win over shapes, and an organisation's name wins over the places inside it
("Shenzhen Low-Carbon Development Foundation" is one organisation, not Shenzhen).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.gazetteer import CJK, Place, gazetteer
from pactwatch.legal_forms import ABBREVIATED_FORMS, COMPANY_FORMS, alternation
from scrapers.extract.orgs import (EN_HEAD_RE, ZH_LEFT_STOP, ZH_SUFFIX, aliases, known_department, looks_like_org_en,
                                  render_zh)
from scrapers.extract.name_pairs import coordinated_pair
from scrapers.extract.hosted_units_en import merge_hosted_units
from scrapers.extract.regions_en import commonwealth
from scrapers.extract.state_media_en import GROUP_MARK
from scrapers.extract.units_en import merge_units
from scrapers.extract.glosses import glosses
from scrapers.extract.portfolios_en import portfolio_end
from scrapers.extract.possessive_places import inner_place
from scrapers.extract.academy_units_en import fold_academy_parents
from scrapers.extract.name_runs import (CALENDAR, CONNECTORS, HEADLINE_VERBS, NAME_PARTICLES, PERSON_TITLES,
                                        PLACE_FOLLOWERS, campus_end, cap_run_end, is_cap, is_name_part,
                                        legal_form_end, org_run_end, past_title_and_name, person_after_title, place_over,
                                        topic_before)


@dataclass(frozen=True)
class Entity:
    name: str  # canonical English name
    kind: str  # org | city | province | state | country
    country: str | None
    start: int
    end: int
    surface: str


# a company's legal form right after its name, comma or none ("Co., Ltd.", "First Solar, Inc.")
_LEGAL_TAIL = re.compile(GROUP_MARK + r",?\s*" + alternation(COMPANY_FORMS) + r"\.?")
# a name's last full stop that is its own: an initial ("U.S.") or a shortened legal form ("Co.")
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.|" + "|".join(re.escape(f + ".") for f in ABBREVIATED_FORMS) + r")$")
TOKEN = re.compile(r"[A-Za-z][\w'’.&/]*(?:-[\w'’.&/]+)*|\d[\w.\-]*|[–—]|[^\s\w]")
LEAD_NOISE = {
    "The", "A", "An", "This", "These", "That", "Notably", "Subsequently", "Meanwhile", "In", "On", "At", "As", "By",
    "With", "From", "During", "After", "Both", "Its", "Their", "Our", "Today", "Yesterday", "Last", "Next", "Former",
    "New", "Since", "When", "While", "Under", "Through", "Read", "More", "Among", "Also", "And", "But", "Between",
    "Representatives", "Officials", "Delegates", "Delegations", "Members", "Signatories", "Heads",
}
GOV_EN = re.compile(
    r"^(?:(?:the\s+)?(?:City|Municipality|Province|State|Government|People's Government)\s+of\s+(?P<a>.+)|"
    r"(?P<b>.+?)\s+(?:Municipal People's Government|Municipal Government|People's Government|Provincial Government|"
    r"City Government|city government|State Government|Government|Municipality|City Council))$"
)
# words a Chinese organisation's name never holds: what precedes it in a clause (its parent, a signatory, a verb)
ZH_LEFT_STOP_WORDS = {"所属", "旗下", "下属", "代表", "见证", "签署", "签订", "会见", "拜会", "出席", "主持", "举行", "包括",
                      "其中", "此外", "同时", "以及", "分别", "共同", "还有", "成立", "设立", "组建", "筹建"}
LATIN_BEFORE_POST = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]{2,29})(?=(?:首席执行官|首席执行长|执行董事|董事长|总裁|"
                               r"总经理|CEO))")
# what a company is, not its name: "合资公司", "全资子公司" (after 成立/设立 the name would start there)
ZH_GENERIC_ORG = re.compile(r"^(?:合资|全资|独资|控股|参股|子|分|母|新|该|本|一家|两家)*(?:子公司|分公司|公司|集团)$")
GOV_ZH = re.compile(r"^(?P<p>.+?)(?:市人民政府|省人民政府|人民政府|市政府|省政府|政府)$")
# "深圳、休斯敦两市政府", "江苏、广东两省人民政府": the governments of the places just listed, counted; no one name
LISTED_GOVS = re.compile(r"[两三四五六七八九十](?:省|市|州|国|地|区)(?:人民)?政府$")


def find_entities(sentence: str, local: dict[str, str] | None = None) -> list[Entity]:
    """All actors named in a sentence (English or Chinese, or both mixed), left to right, spans not overlapping."""
    out = _find_en(sentence, local or {})
    if CJK.search(sentence):
        taken = [(e.start, e.end) for e in out]
        out += [e for e in _find_zh(sentence) if not any(s < e.end and e.start < t for s, t in taken)]
        # short names the article defined ("经济区" for the authority named in full before)
        for short, name in sorted(((k, v) for k, v in (local or {}).items() if CJK.search(k)), key=lambda kv: -len(kv[0])):
            for m in re.finditer(re.escape(short), sentence):
                over = [e for e in out if e.start < m.end() and m.start() < e.end]
                # the article's own short name wins over a shorter known name inside it (中广核能源国际 / 中广核)
                if all(m.start() <= e.start and e.end <= m.end() and e.end - e.start < len(short) for e in over):
                    out = [e for e in out if e not in over]
                    out.append(Entity(name, "org", None, m.start(), m.end(), short))
    out.sort(key=lambda e: e.start)
    if CJK.search(sentence):
        out = glosses(sentence, out)  # "首都都会交通局（Capital Metro）": the English name the text gives
    # "宇通客车股份有限公司（Yutong Bus）", "... Cooperation (ISC)", "交通局（Capital Metro）": a bracket opened right
    # after a name holds that name again
    keep = []
    for i, e in enumerate(out):
        opened = max(sentence.rfind("(", 0, e.start), sentence.rfind("（", 0, e.start))
        if i and opened >= out[i - 1].end and not sentence[out[i - 1].end:opened].strip() and \
                re.search(r"[)）]", sentence[e.end:]) and not re.search(r"[)）]", sentence[opened:e.start]):
            continue
        keep.append(e)
    return keep


def _place_entity(surface: str, start: int, end: int) -> Entity | None:
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
    return gaz.find_zh(surface) if CJK.search(surface) else gaz.find_en(surface)


_CHINA_PARTS = {"HK", "MO", "TW"}


def _elsewhere(prefix: str, place: Entity) -> bool:
    """True where `prefix` (the text just before a Chinese place name) is a country other than the place's: the same
    sound-spelling names cities in several countries (奥克兰 Oakland and Auckland, 圣地亚哥 San Diego and Santiago), and
    the tables know one of them."""
    country = gazetteer().find_zh(prefix) if prefix else None
    if country is None or country.kind != "country" or place.kind == "country":
        return False
    return place.country != country.country and not (country.country == "CN" and place.country in _CHINA_PARTS)


def _org_entity(surface: str, start: int, end: int, local: dict[str, str]) -> Entity | None:
    """Canonical entity for an organisation-shaped name: an alias, a government standing for its place, or itself."""
    clean = surface.strip(" ,;:“”\"'()")
    # "Hong Kong-listed United Energy Group": the place qualifies the name, it is no part of it
    clean = re.sub(r"^(?:[A-Z][\w.]*\s)*[A-Z][\w.]*-(?:listed|based|owned|headquartered|registered|backed)\s+", "",
                   clean)
    if clean.endswith(".") and not _ABBREVIATED_END.search(clean):
        clean = clean[:-1]
    if clean.endswith(("'s", "’s")) and " " in clean:
        clean = clean[:-2]  # "the Port of Seattle's aviation division": the body whose unit it is
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
        ent = _place_entity(re.sub(r"^(?:the\s+)", "", place), start, end)
        if ent is None and CJK.search(place):
            # 美国洛杉矶市政府: the place is the last one named before the word for government
            # 内蒙古自治区人民政府: an autonomous region's government, named with the word for its kind
            core = place[:-1] if place[-1] in "市省" else re.sub(r"(?:[回壮藏]族|维吾尔)?自治区$", "", place)
            ent = next((e for k in range(len(core) - 1) if (e := _place_entity(core[k:], start, end))
                        and not _elsewhere(core[:k], e)), None)
        if ent:
            return Entity(ent.name, ent.kind, ent.country, start, end, surface)
    if CJK.search(clean):
        return Entity(render_zh(clean), "org", None, start, end, surface)
    name = re.sub(r"^(?:the|The)\s+", "", clean)
    # "Beijing's Municipal Commission of Transport": the place's own body, named as the place names it
    own = re.match(r"^([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(.+)$", name)
    if own and (p := gazetteer().find_en(own.group(1))) and p.kind in {"city", "province", "state"} and \
            looks_like_org_en(own.group(2)):
        name = f"{own.group(1)} {own.group(2)}"
    elif own and re.search(r"\b(?:Co|Ltd|Limited|Inc|LLC|plc|PLC|GmbH)\.?$", own.group(2)) and \
            (p := gazetteer().find_en(own.group(1))) and p.kind == "country":
        # "China's TBEA Co.": a company's registered name (its legal form at the end) holds no country's possessive
        name = own.group(2)
    return Entity(name, "org", None, start, end, surface)


METRO_WORDS = {"Metro", "Greater"}
# a unit of a larger body ("Institute of Process Engineering", "Laboratory of ..."), and that body: an academy or a
# university the unit belongs to, named after it by "of the"
UNIT_HEAD = re.compile(r"Institute|Laboratory|Center|Centre|School|College|Station")
PARENT_BODY = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Academy|University)(?:\s+of(?:\s+[A-Z][\w-]*)+)?")


def parent_after(s: str, end: int, unit: str, book) -> int | None:
    """Where a known academy or university named right after a unit's name (" of the Chinese Academy of Sciences")
    ends, when the unit is an institute, laboratory or centre of it; else None."""
    if not UNIT_HEAD.search(unit):
        return None
    m = PARENT_BODY.match(s, end + len(" of the "))
    return m.end() if m and book.find_en(m.group()) else None


def _metro_region(s: str, toks, i: int) -> tuple[Entity, int] | None:
    """The metropolitan region "Metro <city>" / "Greater <city>" at token i, and the token after it."""
    gaz = gazetteer()
    for k in range(min(len(toks), i + 4), i + 1, -1):
        city = gaz.find_en(s[toks[i + 1][1]:toks[k - 1][2]])
        if city and city.kind == "city":
            return Entity(s[toks[i][1]:toks[k - 1][2]], "city", city.country, toks[i][1], toks[k - 1][2],
                          s[toks[i][1]:toks[k - 1][2]]), k
    return None


def _place_word(toks, i: int) -> bool:
    """A lead word that opens a place's name here ("New" of "New York City Department of Buildings", "New Jersey
    Board of Public Utilities"): the body's name starts with it, where "New partners" would not."""
    return toks[i][0] == "New" and i + 1 < len(toks) and gazetteer().find_en(f"New {toks[i + 1][0]}") is not None


def full_stop(surface: str, book) -> int:
    """1 where a known name is written with the sentence's full stop on its last word ("Friends of Nature.", "Gillig."):
    the tokens keep a word's dots ("Co.", "U.S."), so the name is looked up without it; else 0."""
    return int(surface.endswith(".") and not surface.endswith("..") and surface[-2:-1].isalpha() and
               book.find_en(surface[:-1]) is not None and book.find_en(surface) is None)


def _find_en(s: str, local: dict[str, str]) -> list[Entity]:
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(s)]
    book = aliases()
    reaches: dict[int, int] = {}  # token -> book.reach from it: a run's tokens are asked again as it is walked

    def reach_from(k: int) -> int:
        r = reaches.get(k)
        if r is None:
            r = reaches[k] = book.reach(s, toks, k)
        return r

    out: list[Entity] = []
    i = 0
    while i < len(toks):
        tok = toks[i][0]
        if not (is_cap(tok) or tok in local):
            i += 1
            continue
        if (body := past_title_and_name(toks, i)) is not None:
            i = body  # "Director Wu Jian of the Hangzhou ... Commission": the body, not the person with it
            continue
        if i and (person := person_after_title(toks, i)) is not None:
            i = person  # "Colorado Energy Office Director Will Toor and ...": a person after the body's name
            continue
        # 1. a known alias (longest), or an acronym defined in this article
        best, stop = None, 0
        reach = len(toks) if tok == "the" else reach_from(i)
        top = min(len(toks), i + book.en_max_words + 1)
        for j in range(top if local else min(top, reach + 1), i, -1):  # past `reach` only the article's names match
            surface = s[toks[i][1]:toks[j - 1][2]]
            if surface in local or (j <= reach and (book.find_en(surface) or
                                                    (j - i > 1 and book.find_en(surface.removeprefix("the "))))):
                best = j
                break
            if j <= reach + 1 and (stop := full_stop(surface, book)):
                best = j  # "... signed by Oregon and Friends of Nature.": the name before the sentence's full stop
                break
        if best == i + 1 and 2 < len(tok) <= 5 and tok[1:].islower() and i and is_cap(toks[i - 1][0]) and \
                toks[i - 1][0] not in ("The", "the") and tok not in local:
            i += 1  # "Gerald Ford", "Mr. Ford": a short brand written after a name or title is a person's surname
            continue
        if best:
            # "State Grid Fujian Electric Power Co.": a longer name that opens with a known one is another body
            run_end = cap_run_end(toks, i)
            longer = org_run_end(toks, i, run_end, s)
            known_end = toks[best - 1][2]
            if longer and longer > best and "and" not in [t[0] for t in toks[i:longer]] and \
                    not book.find_en(s[toks[best - 1][1]:toks[longer - 1][2]]) and \
                    not (s.startswith(" of the ", known_end) and
                         parent_after(s, known_end, s[toks[i][1]:known_end], book)):  # its academy: below
                best = longer
            end = toks[best - 1][2] - stop
            if tail := _LEGAL_TAIL.match(s, end):
                end = tail.end()  # "Co., Ltd."
            elif listed := portfolio_end(s, toks[i][1], end):
                # "Department of Energy, Environment and Climate Action": not the known "Department of Energy"
                end = listed
                while best < len(toks) and toks[best][1] < end:
                    best += 1
            e = _org_entity(s[toks[i][1]:end], toks[i][1], end, local)
            if s.startswith(" of the ", end) and (up := parent_after(s, end, e.name, book)):
                # "the Qingdao Institute of ... Technology of the Chinese Academy of Sciences": the institute is the
                # actor, the academy only says whose it is (the span covers both)
                e = Entity(e.name, e.kind, e.country, toks[i][1], up, s[toks[i][1]:up])
                while best < len(toks) and toks[best][1] < up:
                    best += 1
            out.append(e)
            i = best
            continue
        # 2. an organisation by shape: a capitalised run that holds a head noun
        j = cap_run_end(toks, i)
        # a known name later in the run is its own entity ("Gary Gero of the Climate Action Reserve")
        run_is_org = None  # whether the whole run reads as an organisation: asked once, where needed
        for k in range(i + 1, j):
            if toks[k - 1][0] not in CONNECTORS and is_cap(toks[k - 1][0]) and (
                    run_is_org if run_is_org is not None else
                    (run_is_org := looks_like_org_en(s[toks[i][1]:toks[j - 1][2]]))) and \
                    not looks_like_org_en(s[toks[i][1]:toks[k - 1][2]]):
                continue  # "Jutland Provincial Department of Energy": a known name inside a longer one
            known = next((m for m in range(min(j, k + book.en_max_words, reach_from(k)), k, -1)
                          if book.find_en(s[toks[k][1]:toks[m - 1][2]])), None)
            if known:
                parent = known if [t[0] for t in toks[k - 2:k]] == ["of", "the"] else None
                j = k
                while j > i + 1 and toks[j - 1][0] in CONNECTORS:
                    j -= 1
                break
        else:
            parent = None
        bare = next((k for k in range(i, j) if toks[k][0] in CONNECTORS), j)  # the run up to its first connector
        if toks[bare - 1][0] in ("Metro", "METRO") and 2 <= bare - i <= 4 and tok not in LEAD_NOISE:
            # "King County Metro", "Shenzhen Metro": a transit operator named by its area (not the town of Metro)
            out.append(_org_entity(s[toks[i][1]:toks[bare - 1][2]], toks[i][1], toks[bare - 1][2], local))
            i = bare
            continue
        org_end = org_run_end(toks, i, j, s) or legal_form_end(toks, i, j, s)
        if parent and org_end == j and (EN_HEAD_RE.search(toks[j - 1][0]) or
                                        UNIT_HEAD.search(s, toks[i][1], toks[j - 1][2])) and tok not in LEAD_NOISE:
            # "the Energy Research Institute of the National Development and Reform Commission": the unit is the actor,
            # the known body after "of the" only says whose it is (the span covers both)
            end = toks[parent - 1][2]
            e = _org_entity(s[toks[i][1]:toks[j - 1][2]], toks[i][1], end, local)
            out.append(Entity(e.name, e.kind, e.country, toks[i][1], end, s[toks[i][1]:end]))
            i = parent
            continue
        if org_end and (tok not in LEAD_NOISE or _place_word(toks, i)) and tok not in HEADLINE_VERBS and \
                tok not in CALENDAR:
            end = toks[org_end - 1][2]
            if unit := re.search(r"\s+of\s+the\s+(?=(?:University|Ministry|Academy|Institute)\b)", s[toks[i][1]:end]):
                # "Nanyang Academy of Fine Arts of the University of the Arts Singapore": the unit, the most specific
                # actor; its parent only says where it belongs (the span still covers both)
                if looks_like_org_en(s[toks[i][1]:toks[i][1] + unit.start()]):
                    e = _org_entity(s[toks[i][1]:toks[i][1] + unit.start()], toks[i][1], end, local)
                    out.append(Entity(e.name, e.kind, e.country, toks[i][1], end, s[toks[i][1]:end]))
                    i = org_end
                    while i < len(toks) and toks[i][1] < end:
                        i += 1
                    continue
            if campus := campus_end(s, s[toks[i][1]:end], end):
                end = campus  # "University of California, Davis": one name, its comma included
                while org_end < len(toks) and toks[org_end][1] < end:
                    org_end += 1
            if tail := _LEGAL_TAIL.match(s, end):
                end = tail.end()  # "Shenzhen Institute of Building Research Co., Ltd."
            elif listed := portfolio_end(s, toks[i][1], end):
                end = listed  # "Ministry of Climate, Energy and Utilities": one body, its portfolios listed
                while org_end < len(toks) and toks[org_end][1] < end:
                    org_end += 1
            pair = coordinated_pair(s[toks[i][1]:end], LEAD_NOISE)
            if pair:
                # "SAIC Motor and General Motors", "Goldwind and Xcel Energy": two signers, not one name
                cut = toks[i][1] + pair
                out.append(_org_entity(s[toks[i][1]:cut], toks[i][1], cut, local))
                start_b = cut + len(" and ")
                out.append(_org_entity(s[start_b:end], start_b, end, local))
            else:
                out.append(_org_entity(s[toks[i][1]:end], toks[i][1], end, local))
            i = org_end
            while i < len(toks) and toks[i][1] < end:
                i += 1
            continue
        # "Metro Vancouver", "Greater Manchester": a city's metropolitan region, one actor (not the town of Metro)
        if tok in METRO_WORDS and (metro := _metro_region(s, toks, i)):
            out.append(metro[0])
            i = metro[1]
            continue
        # 3. a place (longest n-gram up to four words)
        hit = None
        for k in range(min(j, i + 4), i, -1):
            surface = s[toks[i][1]:toks[k - 1][2]]
            if surface.endswith(".") and not surface.endswith(("D.C.", "L.A.", "U.S.")):
                surface = surface[:-1]  # "in Beijing." ends a sentence, not a name
            if surface.endswith(("'s", "’s")):
                surface = surface[:-2]  # "Portland's plan": Portland
            ent = _place_entity(surface, toks[i][1], toks[i][1] + len(surface))
            if ent and ent.kind == "city" and k < len(toks) and toks[k][0] == "Provincial" and \
                    (prov := _place_entity(surface + " Province", ent.start, ent.end)) and prov.kind == "province":
                ent = Entity(prov.name, prov.kind, prov.country, ent.start, ent.end, ent.surface)  # "Jilin Provincial ..."
            if ent:
                hit = (k, ent)
                break
        possessive = hit and hit[1].end < toks[hit[0] - 1][2]  # "Portland's Climate Action Plan"
        # "Governor Maria Delgado": after a title and a given name, a place name is a surname
        surname = i >= 2 and ((toks[i - 2][0].rstrip(".") in PERSON_TITLES and is_cap(toks[i - 1][0])) or (
            toks[i - 1][0] in NAME_PARTICLES and is_cap(toks[i - 2][0])))  # "Kevin de León": a surname
        # "British Columbia", "UC Davis": a capitalised word that named nothing, right before, makes a longer name
        inside = i >= 1 and is_cap(toks[i - 1][0]) and toks[i - 1][2] + 1 == toks[i][1] and \
            toks[i - 1][0] not in LEAD_NOISE | PERSON_TITLES | PLACE_FOLLOWERS | CALENDAR and \
            not any(e.end == toks[i - 1][2] for e in out) and not toks[i - 1][0].endswith((",", "."))
        # "Vice Governor of Sichuan Province Wang Ning": after "<title> of", the place is the office's, the name after it the holder's
        office = i >= 2 and toks[i - 1][0] == "of" and toks[i - 2][0].rstrip(".,") in PERSON_TITLES
        if possessive and hit[1].kind == "country" and not surname and \
                (inner := inner_place(s, toks, hit[0], hit[1].country, gazetteer().find_en)):
            # "China's Jiangsu Province": the place inside the country, not the country
            i, name, kind, end = inner
            out.append(Entity(name, kind, hit[1].country, toks[hit[0] - 1][1], end, s[toks[hit[0] - 1][1]:end]))
            continue
        if hit and not surname and not inside and (possessive or office or not is_name_part(toks, hit[0])):
            out.append(hit[1])
            i = hit[0]
            continue
        i += 1
    copy = lambda e, a, b, surface: Entity(e.name, e.kind, e.country, a, b, surface)  # noqa: E731
    out = merge_units(out, s, lambda surface, a, b: _org_entity(surface, a, b, local), copy)
    return fold_academy_parents(merge_hosted_units(out, s, copy), s, copy)


# a city's port: 港 not opening another word (港口 ports, 港区 port zone, 港澳 Hong Kong and Macao, 港务 port affairs)
ZH_PORT = re.compile(r"港(?![口湾区务澳台股城人产商资])")


def _port_zh(s: str, city: Entity, i: int, j: int, out: list[Entity]) -> Entity:
    """"Port of Qingdao" for 青岛港; "Port of Ningbo-Zhoushan" for 宁波舟山港, the city named right before joining."""
    if out and out[-1].end == i and out[-1].kind == "city" and out[-1].country == city.country:
        prev = out[-1]
        return Entity(f"Port of {prev.name}-{city.name}", "org", city.country, prev.start, j + 1, s[prev.start:j + 1])
    return Entity(f"Port of {city.name}", "org", city.country, i, j + 1, s[i:j + 1])


# a short word in brackets inside a company's name, before its legal form: （集团）, （中国）, （控股）
ZH_NAME_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def _find_zh(s: str) -> list[Entity]:
    book = aliases()
    gaz = gazetteer()
    spans: list[Entity] = []
    # organisation shapes: a suffix, extended left to the nearest function word or punctuation
    for m in re.finditer(ZH_SUFFIX.pattern.rstrip("$"), s):
        end = m.end()
        start = m.start()
        # a foreign name's middle dot is inside it ("马克斯·普朗克学会")
        while start > 0 and end - start < 24:
            if s[start - 1] in "）)" and (inner := ZH_NAME_BRACKET.search(s, max(0, start - 6), start)) and \
                    inner.end() == start and not any(book.find_zh(s[k:inner.start()])
                                                     for k in range(max(0, inner.start() - 10), inner.start() - 1)):
                # "…投资控股（集团）有限公司": a bracket inside the name (a known body before it, 西门子（中国）有限公司,
                # is that body, read as before)
                start = inner.start()
                continue
            if not (CJK.match(s[start - 1]) or (s[start - 1] in "·•" and start > 1 and CJK.match(s[start - 2]))):
                break
            if s[max(0, start - 2):start] in ZH_LEFT_STOP_WORDS:
                break  # "中国能建所属葛洲坝国际公司", "钱波代表生态环境部": the name starts after these words
            if ZH_LEFT_STOP.match(s[start - 1]):
                # 埃及, 阿尔及利亚: a place whose name holds a function word is part of the name
                a = place_over(s, start - 1)
                if a is not None:
                    start = a
                    continue
                # "气候变化与可持续发展研究院": 与 joins two topics inside one name, not two names
                if s[start - 1] in "与和" and start > 1 and topic_before(s, start - 1) and \
                        not any(book.find_zh(s[k:start - 1]) for k in range(max(0, start - 12), start - 2)):
                    start -= 1
                    continue
                break
            start -= 1
        if (lat := re.search(r"(?<![A-Za-z0-9 ])[A-Za-z][A-Za-z0-9]{0,9}$", s[:start])) and (
                end - start >= 4 or (start == m.start() and len(m.group()) >= 2 and len(lat.group()) >= 3)):
            # "C40城市气候领导联盟", "iCET能源与交通创新中心": a Latin name part attached before; "Stellantis集团",
            # "Siemens公司": a foreign company's own name with a Chinese head
            start = lat.start()
        name = s[start:end]
        if len(name) - len(m.group()) < 2 or LISTED_GOVS.search(name) or ZH_GENERIC_ORG.match(name):
            continue
        if name[0] in "年月日" and start and s[start - 1].isdigit():
            continue  # "将在2030年实现集团运营层面的碳中和": a date's unit opens no name
        if len(m.group()) == 1 or m.group() == "中心":
            head = next((name[:k] for k in range(min(6, len(name)), 1, -1) if gaz.find_zh(name[:k])), None)
            if head is None and not name.startswith(("国家", "中国")) and not known_department(name):
                continue
        spans.append(_org_entity(name, start, end, {}))
    # "Stellantis首席执行官唐唯实": a foreign company's Latin name, then the post of the one who signs for it
    for m in LATIN_BEFORE_POST.finditer(s):
        if not any(e.start <= m.start() < e.end for e in spans):
            spans.append(Entity(m.group(1), "org", None, m.start(), m.end(1), m.group(1)))
    out: list[Entity] = []
    i = 0
    starts = {e.start for e in spans}
    while i < len(s):
        if not CJK.match(s[i]) and i not in starts:  # a shaped name may open on its Latin part (C40城市…)
            i += 1
            continue
        hit = None
        for j in range(min(len(s), i + book.zh_max_len), i + 1, -1):
            org = book.find_zh(s[i:j])
            if org:
                hit = Entity(org.name, "org", org.country, i, j, s[i:j])
                break
        shaped = next((e for e in spans if e.start == i), None)
        if shaped and (hit is None or shaped.end > hit.end):
            hit = shaped
        # 碳中和 holds 中和, a town's name: carbon words are no place; 发展中国家 (developing countries) holds 中国
        if hit is None and not (i and s[i - 1] in "碳") and s[max(0, i - 2):i + 3] != "发展中国家":
            for j in range(min(len(s), i + 8), i + 1, -1):
                ent = _place_entity(s[i:j], i, j)
                if ent and s[i] == "港" and out and out[-1].end == i and out[-1].kind == "city":
                    ent = None  # 青岛港区: the city's port zone, not Tokyo's Minato (港区)
                if ent and out and out[-1].end == i and _elsewhere(out[-1].surface, ent):
                    # 智利圣地亚哥, 新西兰奥克兰: a name the tables give another country's city is that country's
                    # own place, kept as written
                    ent = Entity(s[i:j], ent.kind, out[-1].country, i, j, s[i:j])
                if ent:
                    k = j
                    gm = re.match(r"(?:市人民政府|省人民政府|人民政府|市政府|省政府|政府|市|省)", s[j:])
                    if gm:
                        k = j + gm.end()
                    hit = Entity(ent.name, ent.kind, ent.country, i, k, s[i:k])
                    if ent.country not in (None, "CN") and s.startswith("大区", j):
                        # 巴黎大区 (Île-de-France), 伦巴第大区: a region named after its city, kept as written
                        hit = Entity(s[i:j + 2], "state", ent.country, i, j + 2, s[i:j + 2])
                    elif ent.kind == "city" and not CJK.search(ent.name) and ZH_PORT.match(s, j):
                        # 青岛港, 宁波舟山港: the port named after its city (or cities), not the city
                        hit = _port_zh(s, ent, i, j, out)
                        if hit.start < i:
                            out.pop()
                    break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return out
