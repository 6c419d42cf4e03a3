"""The principal of a trip story (English): the governor or mayor a story names in full with the place they govern
and then tells of by surname, by title or by pronoun over many sentences.

"Governor Celia Wardlow of South Carolina arrived in Beijing on Monday ... On Tuesday, Wardlow and Hebei Party
Secretary Lu Wenqing signed a memorandum ... The governor also signed agreements with A Province and the B municipal
government ... During the trip, the governor signed five climate agreements, including with C and D": each signing is
the state's (a person is never a party; the text says whom she stands for). In a signing sentence the principal's
bare surname, "Governor <Surname>", a subject "the governor" / "the mayor", and a sentence-opening "She" / "He" right
after a sentence led by the principal, are read as the place (officials_zh.stand_ins does the same in Chinese).

Precision first: the principal is the official of that title the story names first with their own place ("Governor X
of Y", "Y Governor X", "Y Mayor X") AND names most often by surname, the place a state or province for a governor and
a city for a mayor; two such officials told as often settle nothing, and a counterpart ("Dalian Mayor Shen Haoran",
named once) is never the principal. Only sentences that sign are rewritten.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer, us_states
from scrapers.extract.officials_en import OWN_OFFICIAL

_KINDS = {"governor": {"state", "province"}, "mayor": {"city"}}
# "Governor Celia Wardlow of South Carolina", "Mayor Dorian Pask of Baton Rouge"
OFFICIAL_OF = re.compile(r"\b(Governor|Gov\.|Mayor)\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\s+of\s+(?:the\s+)?"
                         r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")
# a capitalised word that may be a principal's surname, with its title ("Governor Wardlow"), not a possessive
# ("Wardlow's office")
WORD = re.compile(r"(?:(Governor|Gov\.|Mayor)\s+)?([A-Z][a-z]{2,})\b(?![’']s)")
GIVEN_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")  # "Celia Wardlow": a full name
# a signing sentence's subject told by title or pronoun, after up to two opening phrases of time or place:
# "On Tuesday, in Yantai, the mayor signed", "The governor also signed", "She also signed"
SUBJECT = re.compile(r"((?:(?:[Oo]n|[Dd]uring|[Ii]n|[Aa]t|Later|Earlier|Separately|Then|There|After|Before)\b[^,]{0,40},"
                     r"\s+){0,2})"
                     r"(?:[Tt]he\s+([Gg]overnor|[Mm]ayor)|(She|He))(?=\s+(?:(?:also|later|then|separately|"
                     r"jointly|then\s+also)\s+)?(?:signed|inked|co-signed)\b)")
# "Governor Celia Wardlow returned ...": a governor named in full without a place (a state's own press office)
BARE_GOVERNOR = re.compile(r"\b(?:Governor|Gov\.)\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z]{2,})\b(?!\s+of\b)")
_SIGNING = ("signed", "inked")


_us_states = lru_cache(maxsize=1)(us_states)  # the US states' names, read once


@dataclass
class Principals:
    """Each title's principal (title -> (place, surname)) and the surnames that stand for their places."""

    by_title: dict[str, tuple[str, str]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)


def _place(words: str, kinds: set[str], suffix: bool):
    """The place the longest run of `words` names (a suffix before a title, a prefix after "of"), if of `kinds`."""
    parts = words.split()
    runs = [parts[k:] for k in range(len(parts))] if suffix else [parts[:k] for k in range(len(parts), 0, -1)]
    for run in runs:
        if (p := gazetteer().find_en(" ".join(run))) is not None:
            return p.name if p.kind in kinds else None
    return None


def trip_principals(text: str) -> Principals:
    """The story's principal governor and mayor (see the module's docstring)."""
    out = Principals()
    if "Governor" not in text and "Mayor" not in text and "Gov." not in text:
        return out
    named: list[tuple[int, str, str, str]] = []  # (position, title, place, full name)
    for m in OFFICIAL_OF.finditer(text):
        title = "mayor" if m.group(1) == "Mayor" else "governor"
        if place := _place(m.group(3), _KINDS[title], suffix=False):
            named.append((m.start(), title, place, m.group(2)))
    for m in OWN_OFFICIAL.finditer(text):
        title = "mayor" if m.group(2) == "Mayor" else "governor"  # "Governor", "Gov."
        names = [w for w in m.group(3).split() if w not in ("Jr", "Sr")]
        if len(names) >= 2 and (place := _place(m.group(1), _KINDS[title], suffix=True)):
            named.append((m.start(), title, place, " ".join(names)))
    if not any(n[1] == "governor" for n in named) and (state := _only_state(text)):
        # a state's own release names its governor without the state: the only state the story names, twice
        named += [(m.start(), "governor", state, m.group(1)) for m in BARE_GOVERNOR.finditer(text)]
    for title in _KINDS:
        cands = sorted(n for n in named if n[1] == title)
        if not cands:
            continue
        first, name = cands[0], cands[0][3].split()[-1]
        if len({p for _, _, p, n in cands if n.split()[-1] == name}) != 1 or gazetteer().find_en(name) is not None:
            continue  # one surname, two places; or a surname that is a place's name
        told = text.count(name)  # another official: as often as the most told word of the name (Gao of "Gao Renshu")
        if told >= 2 and all(told > max(text.count(w) for w in n.split()) for _, _, _, n in cands
                             if n.split()[-1] != name):
            out.by_title[title] = (first[2], name)
            out.surnames[name] = first[2]
    return out


def _only_state(text: str) -> str | None:
    """The only US state the text names, if it names it at least twice."""
    states = [n for n in _us_states() if n in text]
    states = [n for n in states if not any(n != o and n in o for o in states)]  # "Virginia" in "West Virginia"
    return states[0] if len(states) == 1 and text.count(states[0]) >= 2 else None


def principal_stand_ins(sentence: str, principals: Principals, previous: str = "") -> str:
    """A signing sentence with its principal told by surname, "Governor <Surname>", "the governor"/"the mayor" or a
    leading "She"/"He" (after a sentence the principal leads) written as the place they govern."""
    if not principals.surnames or not any(w in sentence for w in _SIGNING):
        return sentence

    def surname(m) -> str:
        place = principals.surnames.get(m.group(2))
        if place is None:
            return m.group()
        if m.group(1):  # "Governor Wardlow": the principal's own title only
            title = "mayor" if m.group(1) == "Mayor" else "governor"
            return place if principals.by_title.get(title, ("", ""))[1] == m.group(2) else m.group()
        if GIVEN_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            return m.group()  # "Celia Wardlow": the full name, told with its title or place elsewhere
        return place

    out = WORD.sub(surname, sentence)
    if (m := SUBJECT.match(out)) is not None:
        if m.group(2):
            who = principals.by_title.get(m.group(2).lower())
            place = who[0] if who else None
        else:
            place = _pronoun_place(principals, previous)
        if place:
            out = out[:m.end(1)] + place + out[m.end():]
    return out


def _pronoun_place(principals: Principals, previous: str) -> str | None:
    """Whom a leading "She"/"He" stands for: the only principal, where the sentence before opens with them."""
    if len(principals.by_title) != 1:
        return None
    place, name = next(iter(principals.by_title.values()))
    lead = previous[:80]
    return place if name in lead or place in lead else None


def elsewhere_city(entities, city: str | None) -> bool:
    """Whether an "also signed" sentence of a trip names a city other than `city` (where the signing before it was)
    and not `city` itself: "The governor also signed agreements with Liaoning Province and the Shenyang municipal
    government" after a signing in Shijiazhuang may have been signed anywhere on the trip, so it does not take that
    signing's city."""
    cities = {e.name for e in entities if e.kind == "city"}
    return city is not None and city not in cities and bool(cities)


def dateline_host(parties: list[str], entities, city: str | None) -> bool:
    """Whether a trip's signing told without a place of its own was signed in the city the story is filed from: the
    dateline's city is one of its parties ("DALIAN, June 10 - ... On Monday, Pask and Dalian Mayor Shen Haoran signed
    a memorandum") and the sentence names no city but its parties."""
    return city is not None and city in parties and all(e.name in parties for e in entities if e.kind == "city")
