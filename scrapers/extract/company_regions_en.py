"""A company named with its regional arm in English ("ENGIE North America", "Schneider Electric Asia Pacific",
"Acme Power Europe"): the world region right after the company's name says which arm of it acts, it is no party of
its own (a continent or world region signs nothing).
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity

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
