"""Whose each side of an agreement is, as hints for resolution (warehouse/recalled_sides.py): a later page recalls a
signing by its month and names the sides more loosely than the page of the day did ("the memorandum of understanding
signed with the Ministry of Water and Environment in March", China's envoy speaking, beside "Uganda's Ministry of
Water and Environment and China's Ministry of Ecology and Environment on Tuesday signed ...").

`side_homes`: for each English side, the country it is or belongs to (a country; a body whose name gives its country
by a possessive, "of X", a demonym or the country's name before it, or that the alias data ties to one: "Ministry
of Ecology and Environment", CN) and the body's name without its country ("Ministry of Water and Environment"; the
name itself where no country is written in it; None for a country). `bare_homes`: for a public body named with no
country at all, the countries its story names by name, of which it may be one's. Bodies of a city or province and
Chinese names get no hint. The hints name no party and change no record.
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK, gazetteer
from pactwatch.jurisdictions import jurisdiction
from scrapers.extract.home_ministries_en import countries_named
from scrapers.extract.national_bodies_en import body_country
from scrapers.extract.pledge_subjects import demonym_country

# a public body's head word: what a national body named bare is called by
PUBLIC = re.compile(r"\b(?:Ministry|Department|Authority|Agency|Commission|Administration|Bureau|Office|Council|"
                    r"Secretariat|Directorate|Service|Institute|Centre|Center)\b")
_REPUBLIC = re.compile(r"\s+of\s+the(?:\s+[A-Z][\w-]*){0,3}\s+Republic$")  # "... of the (People's) Republic"
_POSSESSIVE = re.compile(r"^((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s?\s+(.+)$")


def _country(words: str) -> str | None:
    p = gazetteer().find_en(words)
    return p.country if p is not None and p.kind == "country" else None


def qualified(name: str) -> tuple[str, str] | None:
    """A body's country written in its name and its name without it: "Uganda's Ministry of Water and Environment",
    "Ministry of Water and Environment of Uganda", "Ugandan (Uganda) Ministry of ..." -> ("UG", "Ministry of Water and
    Environment"); None where no country is written in it."""
    if (m := _POSSESSIVE.match(name)) and (code := _country(m.group(1))):
        return code, m.group(2)
    parts = name.split(" of ")
    for k in range(1, len(parts)):  # "Ministry of Water and Environment of (the Republic of) Uganda"
        tail = " of ".join(parts[k:]).removeprefix("the ")
        if (code := _country(tail)) and PUBLIC.search(body := _REPUBLIC.sub("", " of ".join(parts[:k]))):
            return code, body
    words = name.split()
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        code = _country(head) or (_country(c) if n == 1 and (c := demonym_country(head)) else None)
        if code and len(words) > n and PUBLIC.search(" ".join(words[n:])):
            return code, " ".join(words[n:])
    return None


@lru_cache(maxsize=8)
def _story_countries(text: str) -> tuple[str, ...]:
    return tuple(sorted(countries_named(text)))


def side_homes(parties: list[str], text: str) -> dict:
    """The resolution hints of one agreement mention with these sides, read in a story of this text (module
    docstring); {} where no side has one."""
    homes: dict[str, list] = {}
    bare: dict[str, list[str]] = {}
    for p in parties:
        if CJK.search(p):
            continue
        if code := _country(p):
            homes[p] = [code, None]
        elif gazetteer().find_en(p) is not None or jurisdiction(p) != p:
            continue  # a city, a province, a body of one: not a country's
        elif q := qualified(p):
            homes[p] = list(q)
        elif code := body_country(p):
            homes[p] = [code, p]
        elif PUBLIC.search(p) and (named := _story_countries(text)):
            bare[p] = list(named)
    out: dict = {}
    if homes:
        out["side_homes"] = homes
    if bare:
        out["bare_homes"] = bare
    return out
