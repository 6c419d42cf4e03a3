"""Japanese and Korean local governments as they write themselves in English. A Japanese prefecture with its word,
"Yamaguchi Prefecture", "Kanagawa Prefecture": the regions list's prefecture (a bare "Yamaguchi" is its capital city).
Korean ones romanised with their administrative suffix: "Gyeonggi-do" (도, a province), "Chungcheongnam-do" (South Chungcheong Province: -nam south,
-buk north), "Pyeongtaek-si" (시, a city), "Suwon-si". The suffixed form is the place the tables hold as "Gyeonggi
Province", "South Chungcheong Province", "Pyeongtaek": read as that place, and only where the tables hold a Korean
province or city of that name (a person's given name "Jae-do" names none).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

_SUFFIXED = re.compile(r"\b([A-Z][a-z]{2,})(?:-(do|si)|\s+(Prefecture))\b")


def _place(base: str, suffix: str):
    """The Korean province (-do) or city (-si) a romanised name with its suffix names, or None."""
    gaz = gazetteer()
    if suffix == "Prefecture":
        p = gaz.place(f"{base} Prefecture")
        return p if p and p.kind == "province" and p.country == "JP" else None
    if suffix == "si":
        p = gaz.find_en(base)
        return p if p and p.kind == "city" and p.country == "KR" else None
    side = {"nam": "South ", "buk": "North "}
    m = re.match(r"(.+?)(nam|buk)$", base)
    names = [f"{side[m.group(2)]}{m.group(1)} Province"] if m else []
    for name in names + [f"{base} Province"]:
        p = gaz.place(name)  # the regions list's English names (read whole, not as ordinary text)
        if p and p.kind == "province" and p.country == "KR":
            return p
    return None


def east_asian_regions(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each "<Name> Prefecture", "<Name>-do", "<Name>-si" no entity covers read as the Japanese
    prefecture, Korean province or city it names (see the module docstring)."""
    if "-do" not in sentence and "-si" not in sentence and "Prefecture" not in sentence:
        return entities
    added, replaced = [], []
    for m in _SUFFIXED.finditer(sentence):
        over = [e for e in entities if e.start < m.end() and m.start() < e.end]
        # (an organisation-shaped reading of exactly the name, "Yamaguchi Prefecture" as a body, gives way)
        if over and not (len(over) == 1 and over[0].kind == "org" and (over[0].start, over[0].end) == m.span()):
            continue
        if (p := _place(m.group(1), m.group(2) or m.group(3))) is not None:
            added.append(Entity(p.name, p.kind, p.country, m.start(), m.end(), m.group()))
            replaced += over
    if not added:
        return entities
    return sorted([e for e in entities if e not in replaced] + added, key=lambda e: e.start)
