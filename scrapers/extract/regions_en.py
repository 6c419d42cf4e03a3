"""English names of the first-level regions of countries whose states, provinces and nations sign climate agreements
in their own name (Germany's Länder, the United Kingdom's nations, Canada's provinces, Australia's states, and the
regions of Spain, Italy, France, Belgium and Austria that have governments of their own, Japan's prefectures and
South Korea's provinces), so a
story need not introduce them ("the German state of ...") for the reader to know them as actors.

The names come from pycountry's ISO 3166-2 list (a general source kept by others, by way of pactwatch/data/geo.json); Germany's Länder are listed
there in German, so their usual English names are kept here, and a devolved government's own name ("the Scottish
Government") stands for its nation. Places the gazetteer already knows (Berlin, Hamburg) are left to it.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from functools import lru_cache

from pactwatch.gazetteer import first_level_regions, gazetteer

# the usual English names of German Länder whose ISO names are German
GERMAN_EN = ("Bavaria", "Hesse", "Lower Saxony", "North Rhine-Westphalia", "Rhineland-Palatinate", "Saxony",
             "Saxony-Anhalt", "Thuringia", "Mecklenburg-Western Pomerania")
# regions of unitary European states with governments of their own that sign climate agreements and join regional
# coalitions in their own name (Spain's autonomous communities, Italy's regions, France's regions, Belgium's
# regions, Austria's states); ISO 3166-2 lists them in their own languages (Cataluña, Lombardia), so their usual
# English names are kept here; a name the gazetteer knows as a city (Valencia) is left to it
EUROPEAN_EN = ("Catalonia", "Basque Country", "Navarre", "Andalusia", "Lombardy", "Piedmont", "Emilia-Romagna",
               "Tuscany", "Veneto", "Sardinia", "Occitanie", "Brittany", "Normandy", "Hauts-de-France",
               "Île-de-France", "Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine", "Wallonia", "Flanders",
               "Upper Austria", "Lower Austria", "Styria",
               # the rest of Spain's autonomous communities (those no other country's region or city shares a name with)
               "Castilla-La Mancha", "Castile-La Mancha", "Castile and León", "Castilla y León", "Aragon", "Asturias",
               "Cantabria", "Extremadura", "Balearic Islands", "Canary Islands", "Valencian Community",
               "Community of Madrid", "Region of Murcia")
# Japan's prefectures and South Korea's provinces, which sign with Chinese provinces in their own name ("Kanagawa
# Prefecture and Liaoning Province"): "<name> Prefecture" / "<name> Province" always, the bare name where the
# gazetteer knows no place of that name (the city of Nagano keeps its name; "Kanagawa" is the prefecture)
PREFECTURES = ("Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
               "Saitama", "Chiba", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu",
               "Shizuoka", "Aichi", "Shiga", "Kyoto", "Osaka", "Hyogo", "Wakayama", "Tottori", "Shimane", "Okayama",
               "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Nagasaki", "Kumamoto",
               "Miyazaki", "Kagoshima", "Okinawa")
# (Jeju, a special self-governing province, writes itself "Jeju Special Self-Governing Province" or "Jeju" alone; its
# capital is "Jeju City")
KOREAN_PROVINCES = ("Gyeonggi", "Gangwon", "North Chungcheong", "South Chungcheong", "North Jeolla", "South Jeolla",
                    "North Gyeongsang", "South Gyeongsang", "Jeju")
# the states of India, Brazil and Mexico, federal countries whose states sign with foreign firms and provinces and set
# their own targets ("Gujarat will add ...", "the Rajasthan government"); ISO 3166-2 spells them with diacritics
# ("Gujarāt") or their long official names ("Veracruz de Ignacio de la Llave"), so their usual English names are kept
# here; a name the gazetteer knows as a city (Delhi, São Paulo, Puebla) is left to it, and one that is as often a
# person's surname or a word (Hidalgo, Guerrero, Morelos: "Mayor Anne Hidalgo"; Acre) is known only when the text
# introduces it ("the state of Hidalgo", names_en.REGION_OF)
INDIAN_STATES = ("Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
                 "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
                 "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu",
                 "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal")
BRAZILIAN_STATES = ("Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará", "Espírito Santo", "Goiás", "Maranhão",
                    "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Paraná", "Paraíba", "Pará", "Pernambuco",
                    "Piauí", "Rio Grande do Norte", "Rio Grande do Sul", "Rondônia", "Roraima", "Santa Catarina",
                    "Sergipe", "Tocantins")
MEXICAN_STATES = ("Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua",
                  "Coahuila", "Colima", "Durango", "Guanajuato", "Jalisco", "Michoacán", "Nayarit", "Nuevo León",
                  "Oaxaca", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco",
                  "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas")
# Indonesia's provinces, which sign with Chinese provinces and firms in their own name ("West Java and Guangdong"):
# ISO 3166-2 gives them in Indonesian ("Jawa Barat"), so their English names are kept here ("Papua" is left out: it
# opens "Papua New Guinea")
INDONESIAN_PROVINCES = ("Aceh", "North Sumatra", "West Sumatra", "South Sumatra", "Riau", "Riau Islands", "Bengkulu",
                        "Lampung", "Bangka Belitung Islands", "Banten", "West Java", "Central Java", "East Java",
                        "Bali", "West Nusa Tenggara", "East Nusa Tenggara", "West Kalimantan", "Central Kalimantan",
                        "South Kalimantan", "East Kalimantan", "North Kalimantan", "North Sulawesi", "Central Sulawesi",
                        "South Sulawesi", "Southeast Sulawesi", "West Sulawesi", "Gorontalo", "North Maluku",
                        "West Papua")
# Malaysia's states, which sign with NGOs, Chinese provinces and firms in their own name ("the Johor State Government",
# "Sabah and ..."): ISO 3166-2 gives some in Malay ("Pulau Pinang", "Melaka"), so their usual English names are kept
MALAYSIAN_STATES = ("Johor", "Kedah", "Kelantan", "Malacca", "Negeri Sembilan", "Pahang", "Penang", "Perak", "Perlis",
                    "Sabah", "Sarawak", "Selangor", "Terengganu")
FEDERAL_STATES = {**{n: "IN" for n in INDIAN_STATES}, **{n: "BR" for n in BRAZILIAN_STATES},
                  **{n: "MX" for n in MEXICAN_STATES}, **{n: "ID" for n in INDONESIAN_PROVINCES},
                  **{n: "MY" for n in MALAYSIAN_STATES}}
# a devolved government's name -> its nation
GOVERNMENTS = {"Scottish Government": "Scotland", "Welsh Government": "Wales",
               "Northern Ireland Executive": "Northern Ireland", "Generalitat de Catalunya": "Catalonia",
               "Basque Government": "Basque Country", "Flemish Government": "Flanders"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    out: dict[str, str] = {name: name for _, name in first_level_regions()}
    out.update({n: n for n in GERMAN_EN + EUROPEAN_EN + tuple(FEDERAL_STATES)})
    for bare, kind in [(p, "Prefecture") for p in PREFECTURES] + [(p, "Province") for p in KOREAN_PROVINCES]:
        out[f"{bare} {kind}"] = out[bare] = f"{bare} {kind}"
    out["Hokkaido"] = "Hokkaido"
    from scrapers.extract.region_spellings_en import unaccented_names  # "Baden-Wurttemberg": one without accents
    out.update({k: v for k, v in unaccented_names(out).items() if k not in out})
    out = {k: v for k, v in out.items() if gazetteer().find_en(k) is None}
    out.update(GOVERNMENTS)
    return out


# "the Victorian Government", "the Tasmanian government", "the Oregonian government": a state's or province's
# government named by its adjective (the region's name + "n" or + "ian")
DEMONYM_GOVERNMENT = re.compile(r"(?<![\w-])((?:(?:Western|South|Northern|New)\s+)?[A-Z][a-z]+(?:n|ian))\s+[Gg]overnment\b")


@lru_cache(maxsize=1)
def _region_set() -> frozenset[str]:
    return frozenset(_names().values())


def is_region(name: str) -> bool:
    """Whether a name is a first-level region this module lists ("Jalisco", "Bavaria", "Scotland"), which the entity
    reader gives as an organisation-like entity."""
    return name in _region_set()


def demonym_governments(text: str) -> dict[str, str]:
    """A state's or province's government named by the region's adjective: surface -> the region ("Victorian
    Government" -> "Victoria"); only first-level regions and states the gazetteer knows, never a country."""
    if "overnment" not in text:
        return {}
    regions = {name for _, name in first_level_regions()}
    out = {}
    for m in DEMONYM_GOVERNMENT.finditer(text):
        adj = m.group(1)
        for stem in (adj[:-1], adj[:-3]):
            place = gazetteer().find_en(stem)
            if stem in regions or (place and place.kind in {"state", "province"}):
                out[m.group()] = stem
                break
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted(_names(), key=len, reverse=True)
    # the lookahead on the names' first letters only saves time: most places in a text start no name
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    # (not the tail of another region's name: "New England" is no England)
    return re.compile(r"(?<![\w-])(?<!New\s)(?=[" + firsts + r"])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _city_named_for(m: re.Match, text: str) -> bool:
    """Whether a region's name is the head of "<name> City", a city the gazetteer knows ("Jeju City")."""
    if not text.startswith(" City", m.end()):
        return False
    place = gazetteer().find_en(m.group(1) + " City")
    return place is not None and place.kind == "city"


def foreign_regions(text: str) -> dict[str, str]:
    """First-level regions of federal and devolved partner countries the text names: surface -> canonical name
    ("Baden-Württemberg", "Scotland"; "the Scottish Government" -> "Scotland")."""
    names = _names()
    # (not the head of a city the gazetteer knows by the region's name and "City": "Jeju City" is Jeju's capital)
    out = {m.group(1): names[m.group(1)] for m in _pattern().finditer(text) if not _city_named_for(m, text)}
    for surface, name in list(out.items()):
        # "North Rhine-Westphalia ... NRW Minister ...": the initials of a region the text spelled out
        initials = "".join(w[0] for w in re.split(r"[\s-]+", surface) if w)
        if len(initials) >= 3 and re.search(rf"(?<![\w-]){initials}(?![\w-])", text):
            out[initials] = name
    out.update(demonym_governments(text))
    for surface, name in list(out.items()):
        for mark in "'’":  # "Quebec's target": the possessive is the same region (names are matched word by word)
            if surface + mark + "s" in text:
                out[surface + mark + "s"] = name
    return out


# what a first-level region is called in its country: "the province" of Canada's, "the state" of Australia's
_REGION_KIND = {"CA": "province", "AU": "state", "DE": "state", "US": "state", "IN": "state", "BR": "state",
                "MX": "state", "ID": "province", "MY": "state"}


@lru_cache(maxsize=1)
def _region_kinds() -> dict[str, str]:
    regions = [*first_level_regions(), *((cc, name) for name, cc in FEDERAL_STATES.items())]
    # (Germany's Länder by their English names too: "Bavaria" is ISO's "Bayern", and "the state" of a story is it)
    return {**{name: _REGION_KIND[cc] for cc, name in regions if cc in _REGION_KIND}, **dict.fromkeys(GERMAN_EN, "state")}


def place_kind(kind: str, name: str) -> str | None:
    """The kind of place an entity is for "the city", "the province", "the state": its own kind for a city, state or
    province; "province"/"state" for a first-level region read from the regions list (an organisation-like entity:
    "British Columbia", "Victoria"); None otherwise."""
    if kind in {"city", "state", "province"}:
        return kind
    return _region_kinds().get(name) if kind == "org" else None


def commonwealth(surface: str):
    """The state "the Commonwealth of Massachusetts" names (four US states call themselves so), or None: "the
    Commonwealth" alone is a state's government or the British Commonwealth, never the hamlet of that name."""
    if not surface.startswith("Commonwealth of "):
        return None
    place = gazetteer().find_en(surface[len("Commonwealth of "):])
    return place if place and place.kind == "state" else None
