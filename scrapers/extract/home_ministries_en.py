"""Whose "the Ministry of Energy" is when a ministry's own English newsroom tells its signings: "On June 4, on the
sidelines of the forum, the Ministry of Energy signed the following documents with Chinese companies:" (the page is
the ministry's; it never names its own country beside it). A bare "the Ministry of <portfolio>" that signs is read
as the ministry of the story's home country, written as the page would have written it with its country
("Azerbaijan's Ministry of Energy signed ..."), when the story names exactly one country by its name (not as the
first word of a company's name: "China Datang ...") and a city of that country (where it tells what happened), and
the signing sentence itself names that country nowhere (a counterpart of that country makes the ministry foreign).
Anything else (two countries named, none, no city of it) leaves the ministry bare.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

# "the Ministry of Energy signed", "the Ministry of Ecology and Natural Resources has signed": a ministry that signs,
# with no country before it (an article, not a possessive) and none after it ("of Azerbaijan")
BARE_SIGNER = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))[Tt]he\s+(?P<body>Ministry\s+of\s+[A-Z][\w-]*"
                         r"(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*){0,4})(?=\s+(?:has\s+|have\s+)?(?:signed|inked)\b)")
# a run of capitalised words: a place's name, or a name that begins with one ("China Datang Overseas Investment")
_CAPS = re.compile(r"\b[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*")
_LEADING = {"The", "On", "In", "At", "During", "Over", "For", "From", "With", "By", "And", "But", "This", "Under"}


def _places(text: str) -> tuple[set[str], set[str]]:
    """The countries the text names by name as a name of its own (codes), and the countries of the cities it names."""
    g = gazetteer()
    countries, city_countries = set(), set()
    for m in _CAPS.finditer(text):
        words = m.group().split()
        while words and words[0] in _LEADING:
            words = words[1:]
        if not words:
            continue
        whole = g.find_en(" ".join(words))
        if whole is not None and whole.kind == "country" and whole.country:
            countries.add(whole.country)
        for n in (2, 1):  # "Baku Energy Forum", "New Delhi": a city a name begins with
            if len(words) >= n and (p := g.find_en(" ".join(words[:n]))) is not None and p.kind == "city":
                city_countries.add(p.country)
                break
    return countries, city_countries


def countries_named(text: str) -> set[str]:
    """The countries (codes) a text names by name, as a name of its own (side_homes: whose a bare ministry may be)."""
    return _places(text)[0]


def home_country(text: str) -> str | None:
    """The story's home country's name: the one country it names, where it also names a city of that country."""
    if "Ministry of" not in text:
        return None
    countries, cities = _places(text)
    if len(countries) != 1 or not (countries & cities):
        return None
    code = next(iter(countries))
    return next((m.group() for m in _CAPS.finditer(text) if (p := gazetteer().find_en(m.group())) is not None
                 and p.kind == "country" and p.country == code), None)


def qualified(sentence: str, home: str | None) -> str:
    """The sentence with a bare signing "the Ministry of <portfolio>" written as the home country's
    ("Azerbaijan's Ministry of Energy signed ..."), unless the sentence names that country itself."""
    if home is None or "Ministry of" not in sentence or home in sentence:
        return sentence
    return BARE_SIGNER.sub(lambda m: f"{home}'s {m.group('body')}", sentence)
