"""Government bodies named by the portfolios they hold: "Ministry of Climate, Energy and Utilities", "Department for
Business, Energy and Industrial Strategy", "Ministry of Environment, Forest and Climate Change". The comma inside such
a name is no list of parties: cut there, the name became a ministry of one portfolio (or a known body of that short
name: "Department of Energy") and each other portfolio a party of its own ("Conservation", "Forest"). A pure function
over the sentence and the span the entity reader found."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity
from scrapers.extract.orgs import aliases, looks_like_org_en

# a government body's head and its first portfolio, ending the span found so far
_HEAD = re.compile(r"\b(?:Ministry|Department|Secretariat|Office|Bureau|Agency|Commission|Council)\s+(?:of|for)\s+"
                   r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")
_ITEM = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
# the other portfolios: ", B, C and D" (the last after "and" or "&"), then no capitalised word
_REST = re.compile(rf",\s+({_ITEM}(?:,\s+{_ITEM})*),?\s+(?:and|&)\s+({_ITEM})(?![\w-])(?!\s+[A-Z])")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?![\w-])(?!\s+[A-Z])")
# words portfolios are made of: an item made of these alone is a portfolio even where a place has its name ("Forest")
PORTFOLIO_WORDS = frozenset("""
Agriculture Affairs Biodiversity Business Change Climate Commerce Communities Conservation Culture Development Digital
Economy Economic Ecology Education Employment Energy Enterprise Environment Environmental Finance Fisheries Food Forest
Forests Forestry Growth Health Heritage Housing Industry Industrial Infrastructure Innovation Investment Jobs Labour
Land Lands Local Mines Mining Natural Net Nuclear Oceans Parks Planning Protection Renewable Research Resources Rural
Safety Science Security Skills Sport Strategy Sustainability Technology Tourism Trade Transport Transportation
Universities Urban Utilities Waste Water Wildlife Zero Action Government Regional Development
Mineral Minerals Petroleum Electricity Power Hydrocarbons Oil Gas Irrigation Public Works""".split())
# what a secretary's title holds besides portfolios: "Secretary of State", "Secretary of the Interior" (past_office)
SECRETARIES = frozenset({"State", "Interior", "Treasury", "Homeland", "Defense", "Labor", "Navy", "Army"})
# the second portfolio of a body named by two: "Ministry of Mines and Energy", "Ministry of Energy and Mineral
# Resources" (no comma before "and"; each word a portfolio's, no capitalised word after it)
_PAIR = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)?)(?![\w-])(?!\s+[A-Z])")


def portfolio_end(s: str, start: int, end: int) -> int | None:
    """Where the name of a body holding several portfolios ends, when the span s[start:end] stops at its first
    comma; None when what follows is no list of portfolios (places, known bodies or names of their own)."""
    head = _HEAD.search(s, start, end)
    if not head:
        return None
    m = _rest(s, end) or _pair(s, head.group(), end)
    if m is None:
        return None  # "the Ministry of Energy, Shanghai Electric and China Datang": parties, not portfolios
    # "... and Climate Action of Victoria": the place whose body it is belongs to its name
    own = _OF_PLACE.match(s, m.end())
    return own.end() if own and gazetteer().find_en(own.group(1)) else m.end()


def _rest(s: str, end: int):
    """The match of ", B, C and D" at `end` when each item is a portfolio (not a place, a known body or a name of its
    own), else None."""
    m = _REST.match(s, end)
    if m is None:
        return None
    items = [x.strip() for x in m.group(1).split(",")] + [m.group(2)]
    book, gaz = aliases(), gazetteer()
    if any(not set(x.split()) <= PORTFOLIO_WORDS and (gaz.find_en(x) or book.find_en(x) or looks_like_org_en(x))
           for x in items):
        return None
    return m


def _pair(s: str, head: str, end: int):
    """The match of " and B" at `end` when the body's first portfolio and B are made of portfolio words alone
    ("Ministry of Mines and Energy"), else None ("the Ministry of Energy and Envision Energy": two parties)."""
    m = _PAIR.match(s, end)
    first = re.sub(r"^\S+\s+(?:of|for)\s+(?:the\s+)?", "", head)
    if m is None or not set(first.split()) <= PORTFOLIO_WORDS or not set(m.group(1).split()) <= PORTFOLIO_WORDS:
        return None
    return m


def office_portfolios_end(s: str, end: int) -> int | None:
    """Where a minister's office holding several portfolios ends ("Ecuador's Minister of Environment, Water and
    Ecological Transition"), its first portfolio ending at `end`; None when no list of portfolios follows."""
    m = _rest(s, end)
    return m.end() if m else None


def portfolio_office(sentence: str, office, end: int, owner: str | None, place) -> Entity:
    """The ministry a minister's office of several portfolios names (`office` the "Minister of ..." match, its list
    ending at `end`): the known body of that name, else "<Country>'s Ministry of A, B and C" as the entity reader
    names such a body after its country's possessive (so both reports of a signing name it alike), else the name."""
    name = "Ministry of " + office.group(2) + sentence[office.end():end]
    known = aliases().find_en(name)
    if known:
        return Entity(known.name, "org", known.country, office.start(), end, sentence[office.start():end])
    return Entity(f"{owner}'s {name}" if owner else name, "org", place.country if owner else None, office.start(),
                  end, sentence[office.start():end])


# an office's portfolio list so far: "Minister of Economic Affairs, " / "Minister for Jobs, Trade and " before a word
_PORTFOLIO_LIST = re.compile(r"\bMinist(?:er|ry)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                             r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*(?:,|,?\s+and)\s+$")


def in_portfolio_list(sentence: str, start: int, word: str) -> bool:
    """Whether a single capitalised word at `start` is a portfolio of a minister's or ministry's list ("Labour" of
    "Minister of Economic Affairs, Labour and Tourism Nicole Hoffmeister-Kraut"), not a party standing alone."""
    return word in PORTFOLIO_WORDS and bool(_PORTFOLIO_LIST.search(sentence[max(0, start - 90):start]))


def past_office(toks: list[tuple[str, int, int]], i: int) -> int | None:
    """The token after a minister's (or a secretary's) title and its portfolios ("Minister for Economy, Energy and
    Transport" before "Kai Brenner", "Secretary of Energy" before "Ernest Moniz"), where token i opens the title; None
    otherwise. The entity reader goes on from there, so no run
    of the portfolio's words ("Energy and Transport Kai Brenner and ...") is taken for a body."""
    j = i + 1 if toks[i][0] in ("Deputy", "Assistant", "Junior", "Prime", "Chief", "First", "Under") else i
    if j + 2 >= len(toks) or toks[j][0] not in ("Minister", "Secretary") or toks[j + 1][0] not in ("for", "of"):
        return None
    words, joins = (PORTFOLIO_WORDS, ("and", ",", "&", "the")) if toks[j][0] == "Minister" else \
        (PORTFOLIO_WORDS | SECRETARIES, ("and", ",", "&", "the", "for"))  # "Secretary of State for Energy Security"
    k = j + 2
    while k < len(toks) and (toks[k][0] in words or toks[k][0] in joins and
                             k + 1 < len(toks) and toks[k + 1][0] in words | {"the", "and"}):
        k += 1
    return k if k > j + 2 else None
