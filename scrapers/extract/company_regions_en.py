"""A company named with its regional arm in English ("ENGIE North America", "Schneider Electric Asia Pacific",
"Acme Power Europe"): the world region right after the company's name says which arm of it acts, it is no party of
its own (a continent or world region signs nothing). A group's international or overseas arm ("China Three Gorges
International", "China Datang Overseas Investment Co., Ltd.") is a company of its own: the arm acts, not the group
its known name opens.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity
from scrapers.extract.orgs import aliases

# a group's arm abroad after the group's name: "International", "Overseas Investment", with its legal form
ARM = re.compile(r" (?:International|Overseas)(?: (?:Investment|Holdings?|Energy|Power|Group))?"
                 r"(?:,? (?:Co\.,? Ltd\.?|Corporation|Corp\.?|Limited|Ltd\.?|Company|Co\.))?(?![\w-])(?! [A-Z])")

# world regions a multinational names its arms after
WORLD_REGION = re.compile(r"(?:North|South|Latin|Central)\s+America|Asia[- ]Pacific|Asia|Europe|Africa|Middle\s+East|"
                          r"(?:the\s+)?Americas|Greater\s+China|EMEA|APAC")


def regional_arms(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities without a world region written right after an organisation's name (one space apart): the
    organisation's regional arm, not another party."""
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "org" and sentence[prev.end:e.start] == " " and \
                WORLD_REGION.fullmatch(e.surface.rstrip(".,;")):
            continue
        out.append(e)
    return out


def overseas_arms(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a known company followed by "International" or "Overseas ..." named as that arm, as
    written (or by the arm's own known name): the arm signs, not the group ("China Three Gorges International" is no
    China Three Gorges Corporation). A capitalised word after the arm ("International Airport") leaves it alone."""
    out: list[Entity] = []
    inside = -1  # the end of the last arm: entities read inside it ("Ltd.") are part of its name
    for e in entities:
        if e.start < inside:
            continue
        m = ARM.match(sentence, e.end) if e.kind == "org" else None
        if m is None or any(x.start < m.end() and m.end() < x.end for x in entities if x is not e) or \
                not aliases().find_en(e.surface.removeprefix("the ")):
            out.append(e)
            continue
        inside = m.end()
        surface = sentence[e.start:m.end()]
        known = aliases().find_en(surface)
        out.append(Entity(known.name if known else surface.removeprefix("the "), "org", e.country, e.start, m.end(),
                          surface))
    return out
