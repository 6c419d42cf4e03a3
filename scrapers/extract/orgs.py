"""Organisations: the curated alias file, recognition by the shape of a name, and English renderings of Chinese names.

Known organisations resolve through organisations.yaml (ICLEI, iCET, 能源基金会 ...). Others are recognised by
their shape: an English run of capitalised words holding a head noun ("... Foundation", "Ministry of ...") or a
Chinese run ending in an institutional suffix ("...基金会", "...人民政府"), and get a canonical English name.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.lazy import once
from pactwatch.gazetteer import CJK, gazetteer, load_data
from scrapers.extract.alias_contractions_zh import other_forms
from scrapers.extract.office_titles_en import is_office
from scrapers.extract.acronym_offices_en import acronym_office
from scrapers.extract.document_titles_en import document_title
from scrapers.extract.foreign_bodies_zh import foreign_body_english, foreign_national_body

EN_HEADS = (
    "Foundation|Institute|Institution|Center|Centre|Council|Society|Laboratory|Laboratories|Lab|Commission|Agency|Department|"
    "Ministry|Authority|University|College|School|Association|Alliance|Coalition|Exchange|Registry|Reserve|Office|"
    "Company|Corporation|Corp|Group|Bank|Fund|Trust|Network|Board|Bureau|Administration|Academy|Federation|"
    "Committee|Partnership|Collaborative|Initiative|Secretariat|Organization|Organisation|Program|Programme|"
    "Inc|Ltd|Limited|LLC|Co|Port|Utility|Utilities|Hydro|Motors|Automobile|Energy|Power|Grid|Airlines|Partners|Project|Electric|Gas|Transit|"
    "Steel|Cement|Chemicals|Petroleum|Infrastructure|"
    "Airport|Railway|Railways|Shipping|Logistics|Holding|Holdings|Industries|Authority|Administration|Service|Survey|Museum|Philanthropies|"
    # an observatory is a research body of its own, never the city its name opens with ("Manila Observatory")
    "Observatory|"
    # a hospital is a body of its own, never the province or city its name opens with ("Hunan Provincial People's Hospital")
    "Hospital|"
    # a special-purpose district is a public body, not a place ("Regional Transportation District", "South Coast Air
    # Quality Management District", "Sacramento Municipal Utility District")
    "(?:Transportation|Transit|Utility|Water|Sanitation|Management|Control|Irrigation|Sewer|Port|Power)\\s+District"
)
EN_HEAD_RE = re.compile(rf"\b(?:{EN_HEADS})\b\.?")
_HEAD_OF = re.compile(rf"\b(?:{EN_HEADS})\s+(?:of|for)\b")  # "Center for Climate Strategy": a body, not a plan
# Heads that name an organisation only when followed by "of ..." (Port of Los Angeles, Ministry of ...)
EN_OF_HEADS = {"Port", "Ministry", "Department", "Office", "Bureau", "Government", "City"}
ZH_SUFFIX = re.compile(
    r"(?:发展和改革委员会|发展改革委员会|发展改革委|发改委|生态环境局|生态环境厅|生态环境部|人民政府|市政府|省政府|"
    r"基金会|研究院|研究所|研究中心|研究会|委员会|管委会|管理局|交易所|实验室|大学|学院|协会|学会|联盟|集团|股份有限公司|有限公司|"
    r"(?:交通|交通运输|住房和城乡建设|住建|经信|科|卫健|教)委(?!员)|"  # a commission's short name (北京市交通委)
    # a city's new area and its committee ("青岛西海岸新区", "…新区管委", 管委 the short form of 管委会): a body of its
    # own, never the city its name opens with (ninety-second web)
    r"(?<=[\u4e00-\u9fff]{4})新区(?!管委|管理委员会)|新区管委(?!会)|"
    r"公司|银行|港务局|能源局|办公室|办事处|经济区|开发区|高新区|自贸区|中心|局|厅|部|(?<![签部])署)$"
)
# a government department or public body: the one kind of term that builds a whole name after a place. A
# university, company or institute has its own English name (加州大学 is not "California University").
DEPARTMENT = re.compile(r"^.{2,}(?:委员会|委|局|厅|部|办公室|办事处|人民政府|政府|署|人民代表大会)$")
# Chinese words that end an organisation name's left side: function words and punctuation
ZH_LEFT_STOP = re.compile(r"[，。；、：！？“”《》（）()\s与和及同跟由在对向将于把被给为是的了也均]")


@dataclass(frozen=True)
class Org:
    name: str  # canonical English name
    kind: str = "org"
    country: str | None = None


class AliasBook:
    """The curated alias file as lookup tables: exact English (case-insensitive) and Chinese surface forms."""

    def __init__(self) -> None:
        data = load_data("organisations.yaml")
        self.version: str = str(data["version"])
        self.en: dict[str, Org] = {}
        self.zh: dict[str, Org] = {}
        self._as_written: set[str] = set()  # short names the file writes as a name, "Sony", "Enel": that case matches
        for item in data["organisations"]:
            org = Org(item["name"], country=item.get("country"))
            for s in [item["name"], *item.get("aliases", [])]:
                if CJK.search(s):
                    self.zh[s] = org
                else:
                    self.en[_fold(s)] = org
                    if len(s) <= 5:
                        self._as_written.add(s)
                    if s.lower().startswith("the "):
                        self.en[_fold(s[4:])] = org
        for zh, org in list(self.zh.items()):  # 加州环保局 is 加州环境保护局 (alias_contractions_zh)
            for form in other_forms(zh):
                self.zh.setdefault(form, org)
        self.en_max_words = max(len(k.split()) for k in self.en)
        self.zh_max_len = max(len(k) for k in self.zh)
        self._en_sorted = sorted(self.en)

    def find_en(self, surface: str) -> Org | None:
        """The organisation an English name or abbreviation denotes, or None."""
        org = self.en.get(_fold(surface))
        if org is None:
            return None
        # Abbreviations match only in their own case ("CAR" yes, "car" and "Car" no); a short name the file writes
        # in title case matches in that case ("Sony plans to ...")
        if surface.isupper() or any(c.isupper() for c in surface[1:]) or " " in surface or len(surface) > 5 or \
                surface in self._as_written:
            return org
        return None

    def opens_name(self, surface: str) -> bool:
        """Whether some known English name, folded, opens with this surface folded. A longer span that starts with
        a surface no name opens with is never a known name (folding keeps prefixes): its lookups can be skipped."""
        key = _fold(surface)
        at = bisect_left(self._en_sorted, key)
        return at < len(self._en_sorted) and self._en_sorted[at].startswith(key)

    def reach(self, s: str, toks: list[tuple[str, int, int]], i: int) -> int:
        """The last token end j such that every span of tokens i..k (k <= j) of `s` opens some known English name:
        no known name starting at token i ends after it, so alias lookups stop there (i when token i opens none)."""
        top = min(len(toks), i + self.en_max_words + 1)
        k = i + 1
        while k <= top and self.opens_name(s[toks[i][1]:toks[k - 1][2]]):
            k += 1
        return k - 1

    def find_zh(self, surface: str) -> Org | None:
        """The organisation a Chinese name denotes, or None."""
        return self.zh.get(surface)


@lru_cache(maxsize=1 << 16)  # every capitalised word of every sentence is looked up: most are the same words
def _fold(s: str) -> str:
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("’", "'")
    s = re.sub(r"\s*-\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


@once
def aliases() -> AliasBook:
    """The process-wide alias book."""
    return AliasBook()


# two-word heads: an economic zone's authority, a special district, a port operator ("Hutchison Ports")
EN_PAIR_HEAD_RE = re.compile(r"\b(?:(?:Economic|Trade|Development|Industrial|High-Tech)\s+Zone|"
                             r"(?:Management|Utility|Water|Transit|Sanitation|School)\s+District|"
                             r"[A-Z][a-z]+\s+Ports)\b")


# a public body named by its place and tier ("Sichuan Provincial Forestry Department", "Hawaii State Energy Office"):
# such an office needs no "of ..." to be a name
LEVELLED_BODY = re.compile(r"(?:the\s+)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+(?:Provincial|Municipal|State|County|Prefectural)"
                           r"\s+(?:[A-Z][\w-]+\s+){1,3}(?:Department|Office|Bureau)\.?$")


# a public body named by its state's, province's or city's name and its field ("Colorado Energy Office", "Inner
# Mongolia Energy Bureau", "Harbin Ecology and Environment Bureau"): the place, a field of one to four words, the office
JURISDICTION_BODY = re.compile(r"(?:the\s+)?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+([A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+|and\s+){0,3})"
                               r"(?:Office|Bureau|Department)\.?$")


def jurisdiction_body(name: str) -> bool:
    """Whether a name is a public body named by a US state, Chinese province or city it serves and its field
    ("Colorado Energy Office"; not "Beijing Office", nor a country's "China Liaison Office")."""
    m = JURISDICTION_BODY.match(name)
    if not m:
        return False
    for place in (m.group(1), m.group(1).split()[0]):
        p = gazetteer().find_en(place)
        if p and p.kind in {"state", "province", "city"}:
            return place == m.group(1) or not gazetteer().find_en(m.group(1))
    return False


# a company named for its technology: "Lens Technology", "Goldwind Science & Technology" (the last word only)
# a person's title followed by capitalised words to the end: "Energy Secretary Ernest Moniz", "Premier Kathleen Wynne"
_TITLE_THEN_NAME = re.compile(r"\b(?:Secretary|Minister|Governor|Mayor|Premier|Chancellor|President|Administrator|"
                              r"Commissioner)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")
# a company named for its technology, or for the systems it makes in a name of three words or more ("Cuyahoga
# Thermal Systems"; not "Food Systems")
_TECH_COMPANY = re.compile(r"\bTechnolog(?:y|ies)$|\w\s+[\w-]+\s+Systems$")
# words of a technology's field: a name made only of these and "Technology" names no company
_FIELD_WORDS = {"carbon", "capture", "storage", "utilization", "utilisation", "clean", "energy", "green", "low-carbon",
                "hydrogen", "battery", "solar", "wind", "power", "climate", "information", "digital", "new", "advanced",
                "nuclear", "grid", "smart", "environmental", "and", "&", "science", "ccus", "ccs", "the", "automotive",
                "vehicle", "transportation", "industrial", "research", "building", "water", "marine", "electric"}


@lru_cache(maxsize=1 << 16)  # asked of every prefix of every capitalised run: the same runs recur on a page
def looks_like_org_en(name: str) -> bool:
    """True when an English capitalised phrase has the shape of an organisation's name."""
    words = name.split()
    if len(words) < 2 and not name.isupper():
        return False
    if EN_HEAD_RE.search(name) is None and EN_PAIR_HEAD_RE.search(name) is None and not _TECH_COMPANY.search(name):
        return False
    if document_title(name, bool(_HEAD_OF.search(name))):
        return False  # "Energy Transition Plan": a plan's title (document_titles_en)
    if re.search(r"\b(?:Summit|Conference|Symposium|Expo|Roundtable|Week)$", name) and EN_HEAD_RE.search(name) is None:
        # "Pacific Green Ports Summit": a gathering, not a port operator
        return False
    if is_office(name):
        return False  # "Minister for Energy and Environment Matt Kean": a person by office (office_titles_en)
    last = words[-1].rstrip(".")
    if _TITLE_THEN_NAME.search(name) and not EN_HEAD_RE.search(last):
        return False  # "Energy Secretary Ernest Moniz": a person by a title, however the title's field reads
    if _TECH_COMPANY.search(name) and not EN_HEAD_RE.search(name) and (
            " of " in name or all(w.lower() in _FIELD_WORDS or gazetteer().find_en(w) for w in words[:-1])):
        # "Carbon Capture Technology", "China Automotive Technology (and Research Center)", "Minister of Science
        # and Technology": a field, maybe of a place, names no company
        return False
    if last in EN_OF_HEADS and " of " not in name and not LEVELLED_BODY.match(name) and not jurisdiction_body(name) \
            and not acronym_office(name):  # ("DENR River Basin Control Office": a unit of the agency, acronym_offices_en)
        # "Qingdao Port", "Ningbo Zhoushan Port": a port named after its city is the port (not "Kansas City")
        return last == "Port" and gazetteer().find_en(words[0]) is not None
    return True


def known_department(name: str) -> bool:
    """Whether a Chinese name is on its own a government department the glossary knows (机电工程署, 运输署): a body
    a Hong Kong or Taiwan release names with no place before it."""
    return name in _standalone()


@once
def _standalone() -> frozenset[str]:
    return frozenset(load_data("glossary_zh.yaml").get("standalone", []))


@once
def _glossary() -> tuple[dict[str, str], dict[str, str], int]:
    data = load_data("glossary_zh.yaml")
    terms = {k: v for k, v in data["terms"].items()}
    # a commission's name is cut short at 委 (北京市交通委, 上海市经信委 for …委员会): the same body
    terms.update({k[:-2]: v for k, v in data["terms"].items() if k.endswith("委员会") and len(k) > 4
                  and k[:-2] not in terms})
    return data["prefixes"], terms, max(len(k) for k in terms)


# where bodies name themselves in Chinese first: their Chinese names are no translation of an English one
_CHINESE_WRITTEN = frozenset({"CN", "HK", "MO", "TW"})


def render_zh(name: str) -> str:
    """English name of a Chinese organisation's name where it can be built whole, else the name as written.

    Built whole means: a known national term on its own (国家能源局), or places followed by one known department
    or institution term (江苏省 + 发展和改革委员会 -> "Jiangsu Province Development and Reform Commission").
    Descriptive words strung together (联合 + 能源 + 集团) are a translation nobody uses, not the body's name, and
    a part no table knows is never spelled out in pinyin: 中远海运集装箱运输有限公司 stays as written.
    """
    english, parts = _render_parts(name)
    if built := foreign_body_english(parts):
        return built  # 阿塞拜疆可再生能源署: a foreign body built whole from known parts (foreign_bodies_zh)
    if not parts or any(kind == "unknown" for kind, _ in parts) or foreign_national_body(parts):
        return name  # a foreign country's body: the glossary's words are China's for it (foreign_bodies_zh)
    terms = [text for kind, text in parts if kind == "term"]
    places = [kind for kind, _ in parts if kind == "place"]
    if parts[0][0] == "prefix" or len(terms) != 1 or parts[-1][0] != "term":
        return name
    gaz = gazetteer()
    chinese = all((p := gaz.find_zh(text) or gaz.find_zh(text[:-1])) and p.country == "CN"
                  for kind, text in parts if kind == "place")
    if not (DEPARTMENT.search(terms[0]) or (terms[0] == "大学" and places and chinese)):
        return name  # 武汉大学 is Wuhan University; 加州大学 is not "California University"
    if not places and len(parts) > 1:
        return name
    if any((p := gaz.find_zh(text) or gaz.find_zh(text[:-1])) and p.kind in ("state", "province", "region") and
           p.country not in _CHINESE_WRITTEN for kind, text in parts if kind == "place"):
        # 纽约州环境保护局, 密歇根州能源局, 洛杉矶市交通局: a foreign state's or city's body in Chinese is a translation
        # of its own English name, which the Chinese words do not give back ("New York Environmental Protection
        # Bureau", "Los Angeles Municipal Transit Authority" are no body's names); a body of a place that names
        # itself in Chinese (the mainland, Hong Kong, Macao, Taiwan) is built
        return name
    if DEPARTMENT.search(terms[0]):
        return _official(english, parts)
    # a university takes its place's bare name: 浙江大学 is Zhejiang University, never "Zhejiang Province University"
    return re.sub(r" Province\b", "", english)


def foreign_body_name(name: str) -> str | None:
    """The English name render_zh builds for a Chinese name of a foreign country's body (foreign_bodies_zh:
    阿塞拜疆共和国能源部 -> "Ministry of Energy of Azerbaijan"), or None: for readers that keep such names as written."""
    return foreign_body_english(_render_parts(name)[1])


def built_abroad(name: str) -> bool:
    """Whether render_zh builds a Chinese name's English as a foreign country's body (foreign_bodies_zh): a name the
    text's own English gloss wins over (瑞典能源署（Swedish Energy Agency）, glosses.py)."""
    return foreign_body_name(name) is not None


def _official(english: str, parts: list[tuple[str, str]]) -> str:
    """A province's or city's own body as it names itself in English: 广东省生态环境厅 is the "Guangdong Provincial
    Department of Ecology and Environment", 深圳市生态环境局 the "Shenzhen Municipal Ecology and Environment Bureau"
    (the place is the one before the term, written with its 省 or 市)."""
    place = [text for kind, text in parts if kind == "place"]
    if len(place) != 1 or parts[-2][0] != "place" or "Municipal" in english or "Provincial" in english:
        return english
    if place[0].endswith("省"):
        return re.sub(r"^(\S+(?: \S+)?) Province ", r"\1 Provincial ", english, count=1)
    found = gazetteer().find_zh(place[0][:-1]) if place[0].endswith("市") else None
    if found is not None and english.startswith(found.name + " "):
        return f"{found.name} Municipal {english[len(found.name) + 1:]}"
    return english


def render_zh_known(name: str) -> tuple[str, float]:
    """English rendering of a Chinese event or organisation name, part by part, with the share of the name that
    known parts covered. A name with any part that neither the glossary nor the gazetteer knows stays as written
    (never spelled out in pinyin).

    Places come from the gazetteer, institutional words from the glossary, so 江苏省发展和改革委员会 becomes
    "Jiangsu Province Development and Reform Commission" and 中美气候领导峰会 "U.S.-China Climate Leaders Summit".
    """
    english, parts = _render_parts(name)
    unknown = sum(len(text) for kind, text in parts if kind == "unknown")
    share = 1 - unknown / max(1, len(name))
    return (english if unknown == 0 else name), share


def _render_parts(name: str) -> tuple[str, list[tuple[str, str]]]:
    """The English rendering of the known parts and the parts themselves: (kind, Chinese text), kind one of
    prefix, place, term, text (not Chinese), unknown."""
    prefixes, terms, longest = _glossary()
    out: list[str] = []
    parts: list[tuple[str, str]] = []
    i = 0
    for p, en in prefixes.items():
        if name.startswith(p) and len(name) > len(p) + 1:
            out.append(en)
            parts.append(("prefix", p))
            i = len(p)
            break
    gaz = gazetteer()
    while i < len(name):
        hit = None
        for j in range(min(len(name), i + max(longest, 8)), i, -1):
            part = name[i:j]
            if part in terms:
                hit = (j, terms[part], "term")
                break
            place = gaz.find_zh(part)
            if place is not None and j - i >= 2:
                hit = (j, place.name, "place")
                break
        if hit is None:
            # a Chinese character no table knows is unknown; punctuation, Latin letters and digits pass through
            kind = "unknown" if CJK.match(name[i]) else "text"
            if parts and parts[-1][0] == kind:
                parts[-1] = (kind, parts[-1][1] + name[i])
                if kind == "text":
                    out[-1] += name[i]
            else:
                parts.append((kind, name[i]))
                if kind == "text":
                    out.append(name[i])
            i += 1
            continue
        out.append(hit[1])
        start = i
        i = hit[0]
        if hit[1] in gaz.by_name and i < len(name) and name[i] in "市省州县":
            i += 1  # 奥斯汀市: the place's own suffix, not "City"
        parts.append((hit[2], name[start:i]))
    text = " ".join(out)
    text = re.sub(r"\b(\w+ Province) Province\b", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    # 美国休斯敦大都会交通局: the country (and a state) before a city only says where the city is
    words = text.split()
    for k in range(1, min(4, len(words))):
        # "U.S. Texas Austin ...": a country or a state before a city in the name only says where the city is
        if gaz.find_en(words[k]) and gaz.find_en(words[k]).kind == "city" and all(
                (p := gaz.find_en(w)) and p.kind in {"country", "state", "province"} or w == "U.S."
                for w in words[:k]):
            text = " ".join(words[k:])
            break
    return re.sub(r"\s+", " ", text).strip(), parts
