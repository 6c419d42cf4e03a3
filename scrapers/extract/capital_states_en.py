"""A foreign state named like a city, introduced as a state in English ("the State of São Paulo", "the
Brazilian state of Sao Paulo", "São Paulo State"): the state is the actor, by the name the curated regions give it
("São Paulo State", as 圣保罗州 reads), not the city of the same name the gazetteer would read; so is a federal
state named like a city elsewhere ("the state of Paraná", not Argentina's city of Paraná), and a US state whose
name alone reads as a city ("Washington state": not the capital).
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead
from scrapers.extract.regions_en import FEDERAL_STATES

_NAME = r"[A-Z][\w’'-]+(?:\s(?:de\s|do\s|da\s)?[A-Z][\w’'-]+){0,2}"
STATE_NAMED = with_lead(re.compile(rf"\b(?:[Tt]he\s+(?:[A-Z][a-z]+\s+)?([Ss]tate\s+of\s+({_NAME}))|(({_NAME})\s+[Ss]tate)\b)"))


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    from pactwatch.world import curated_regions

    return {name: cc for _, name, kind, cc in curated_regions() if kind == "state" and cc not in ("US", "CN")}


def capital_states(text: str) -> dict[str, str]:
    """Surface -> the state's name, for each foreign state the text introduces as a state by the name of a city the
    gazetteer knows in that state's country ("State of São Paulo" -> "São Paulo State")."""
    if "tate" not in text:
        return {}
    from pactwatch.gazetteer import gazetteer

    out = {}
    for m in STATE_NAMED.finditer(text):
        name = m.group(2) or m.group(4)
        city = gazetteer().find_en(name)
        if city is None or city.kind != "city":
            continue
        if _states().get(f"{city.name} State") == city.country:
            out[m.group(1) or m.group(3)] = f"{city.name} State"
        elif m.group(1) and name in FEDERAL_STATES:  # "the state of Paraná": Brazil's, not Argentina's city
            out[name] = name  # the story says which Paraná it means: the name alone is the state throughout
    return out


_STATE_WORD = re.compile(r"\s+state\b(?!\s+[A-Z])")


def us_states_by_word(sentence: str, entities: list) -> list:
    """The entities with a US state whose name alone reads as a city, written with the lowercase word "state" after
    it ("Washington state"), read as the state, not the capital; "Washington State" is the gazetteer's own name."""
    if " state" not in sentence:
        return entities
    from pactwatch.gazetteer import gazetteer, state_names_en

    names = state_names_en()
    out = []
    for e in entities:
        if e.kind == "city" and e.name in names and e.surface == e.name and (m := _STATE_WORD.match(sentence, e.end)):
            place = gazetteer().find_en(f"State of {e.name}")
            e = type(e)(place.name, place.kind, place.country, e.start, m.end(), sentence[e.start:m.end()])
        out.append(e)
    return out
