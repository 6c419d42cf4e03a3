"""A national minister named by his title and name in a signing's party slot stands for his ministry, where the text
says which country's: "Azerbaijan's Energy Minister Parviz Shahbazov and ... signed", "Egyptian Minister of
Environment Yasmine Fouad signed ...", "Minister of Energy Parviz Shahbazov and Chairman of SPIC Liu Mingsheng signed
..." in a story that names one country only (`story_country`). The ministry is written "Ministry of <portfolio> of
<country>", as the reader writes "X, Minister of Energy of Azerbaijan," (names_en.office_bodies) and a Chinese text's
阿塞拜疆能源部 (foreign_bodies_zh), so the reports join.

The country is the title's own ("Azerbaijan's", "Azerbaijani", "... of Azerbaijan") or else the story's one: the
countries its sentences name (by name, or by a city of theirs), less a country the story names as its counterparts'
("with Chinese companies", "a Chinese firm": the other side's, not the minister's), where exactly one is left.
Nothing where the country is unknown or two remain, where the story names a state or province (its own minister:
"Minister of Economic Affairs, Labour and Tourism Nicole Hoffmeister-Kraut" of Baden-Württemberg), where a word no
country names owns the title ("Québec's"), for a former minister ("former Energy Minister X"), for a Prime Minister,
nor where no person's name follows the title (a minister who only witnessed stands outside the party slot:
non_party_roles). Governors and mayors who stand for their state or city: officials_en and
clauses_en.principal_places.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import first_level_regions, gazetteer, unaccented
from pactwatch.lazy import once
from scrapers.extract.entity_kinds import Entity
from scrapers.extract.names_en import office_bodies
from scrapers.extract.orgs import aliases
from scrapers.extract.pledge_subjects import demonym_country
from scrapers.extract.portfolios_en import PORTFOLIO_WORDS
from scrapers.extract.regions_en import GERMAN_EN

# the counterparts' country told by its demonym: "with Chinese companies", "a Chinese firm", "Chinese investors"
_COUNTERPARTS = re.compile(r"\b([A-Z][a-z]+)\s+(?:compan(?:y|ies)|firms?|enterprises?|investors?|developers?|"
                           r"partners?|corporations?|state-owned\s+enterprises?)\b")
_FORMER = re.compile(r"\b(?:former|ex-|then-|outgoing|late|retired)\s*$", re.I)


@once
def _minister() -> re.Pattern:
    port = "|".join(sorted(PORTFOLIO_WORDS, key=len, reverse=True))
    field = rf"(?:{port})\b(?:(?:\s+|\s+and\s+|\s*&\s*|,\s+)(?:{port})\b){{0,5}}"
    # (a name may carry accents: "Rómulo Mucho", "Andrés Camacho", "Özlem")
    person = r"(?P<who>[A-ZÀ-Ý][a-zß-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-ZÀ-Ý][a-zß-ÿ'’-]+)){0,3})"
    return re.compile(rf"(?:(?<![\w-])(?P<owner>[A-ZÀ-Ý][\w-]+)(?:['’]s)?\s+)?(?:(?:Deputy|Vice)\s+)?"
                      rf"(?:(?P<pre>{field})\s+Minister|Minister\s+(?:of|for)\s+(?:the\s+)?(?P<post>{field})"
                      rf"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?)\s+{person}")


@once
def _regions_re() -> re.Pattern:
    """The first-level regions with ministers of their own (clauses_en._regions: Länder, provinces, states), unaccented,
    as one pattern."""
    names = {unaccented(n) for _, n in first_level_regions()} | {unaccented(n) for n in GERMAN_EN}
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


@once
def _country_names() -> dict[str, str]:
    """Country code -> the country's name, from the gazetteer."""
    return {p.country: p.name for p in gazetteer().by_name.values() if type(p) is not int and p.kind == "country"}


def _country(word: str | None) -> str | None:
    """The country a word before or after a title names ("Azerbaijan", "Azerbaijan's", "Azerbaijani"), or None."""
    if not word:
        return None
    p = gazetteer().find_en(word)
    if p is not None:
        return p.name if p.kind == "country" else None
    return demonym_country(word)


def story_country(analysed: list[tuple[str, list[Entity]]]) -> str | None:
    """The one country a story names, less the one it names as its counterparts' (see the module's docstring);
    None where none or two are left."""
    if any(e.kind in ("state", "province") for _, ents in analysed for e in ents) or \
            any(_regions_re().search(unaccented(s)) for s, _ in analysed):
        return None  # a state's, province's or Land's own minister (clauses_en.bare_officials: "a Land's minister")
    named = {e.country: e.name for _, ents in analysed for e in ents if e.kind == "country" and e.country}
    # a city names its country too ("near Almaty": Kazakhstan, however the reader took the country's name)
    for code in {e.country for _, ents in analysed for e in ents if e.kind == "city" and e.country} - set(named):
        named[code] = _country_names().get(code)
    if len(named) > 1:
        others = {c for s, _ in analysed for m in _COUNTERPARTS.finditer(s) if (c := demonym_country(m.group(1)))}
        named = {code: name for code, name in named.items() if name not in others}
    return next(iter(named.values())) if len(named) == 1 else None  # (None too: a code the gazetteer cannot name)


def minister_bodies(sentence: str, span: tuple[int, int], home: str | None) -> list[Entity]:
    """The ministries the ministers named by title and name inside a party slot stand for ("Azerbaijan's Energy
    Minister Parviz Shahbazov" -> "Ministry of Energy of Azerbaijan"), the title's country or else the story's
    `home` (story_country), as entities over the title and the name."""
    if "Minister" not in sentence[span[0]:span[1]]:
        return []
    out = []
    for m in _minister().finditer(sentence, span[0], span[1]):
        owner = m.group("owner")
        if owner in ("Prime", "The", "the") or _FORMER.search(sentence[max(0, m.start() - 12):m.start()]):
            continue
        if owner and _FORMER.search(owner + " "):
            continue
        if any(w in PORTFOLIO_WORDS for w in m.group("who").split()):
            continue  # "Minister of Energy Policy ...": the title's words run on, no person's name
        country = _country(m.group("of")) or _country(owner) or (None if owner and not _pronoun(owner) else home)
        if m.group("of") and not _country(m.group("of")):
            continue  # "Minister of Energy of Bavaria ...": a region's minister (clauses_en.bare_officials)
        if country is None:
            continue
        body = f"Ministry of {(m.group('pre') or m.group('post')).strip()}"
        name = f"{body} of {country}"
        known = _known(body, country)  # a ministry the alias file names otherwise: its own name
        out.append(Entity(known.name if known else name, "org", known.country if known else None, m.start(), m.end(),
                          m.group()))
    return out


def _known(body: str, country: str):
    """The alias file's entry for a country's ministry ("Ministry of Ecology and Environment" of China), or None."""
    code = (p := gazetteer().find_en(country)) and p.country
    for cand in (f"{body} of {country}", f"{country}'s {body}", body):
        if (o := aliases().find_en(cand)) and (cand != body or (o.country and o.country == code)):
            return o
    return None


def _pronoun(word: str) -> bool:
    """Whether the word before a title opens the clause rather than naming an owner ("And", "While")."""
    return word in ("And", "While", "Then", "Also", "Meanwhile", "Separately", "Later", "Earlier", "In", "On")


def party_offices(sentence: str, span: tuple[int, int], entities: list[Entity], home: str | None) -> list[Entity]:
    """The bodies named by their head's office inside a party slot: names_en.office_bodies' ("with China's Minister of
    Science and Technology, Wan Gang"; not where a known organisation stands inside the office, unless it is a
    portfolio list), then the ministries of ministers named by title and name (minister_bodies) no such office
    covers."""
    offices = [o for o in office_bodies(sentence, span) if "," in o.surface or  # (a portfolio list: one office)
               not any(e.kind == "org" and o.start <= e.start < o.end for e in entities)]
    return offices + [b for b in minister_bodies(sentence, span, home)
                      if not any(o.start < b.end and b.start < o.end for o in offices)]
