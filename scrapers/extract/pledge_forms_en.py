"""English pledge forms of city, state, utility and company targets (commitments, round 4): who pledged when the
target is the subject of a passive ("A target of ... was adopted by the Boulder City Council"), several actors with
their own years after one pledge ("carbon neutrality, Tucson by 2045 and Albuquerque by 2040", "Sony plans to reach
net zero by 2040 and Hitachi by 2050"), a national goal told as the frame of others' work ("operate under China's
national goals of ...": no pledge of that country), RE100 by a year and a clean share delivered to customers.

`commitments.find_commitments` calls these on English sentences; each is cheap (a literal word gates its pattern).
"""
from __future__ import annotations

import dataclasses
from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.units_en import YEAR, PCT


# "was adopted by the Boulder City Council", "has been approved by the state legislature": the agent of a passive
_MANNER = r"(?:formally\s+|unanimously\s+)?"
PASSIVE = re.compile(rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_MANNER}(?:adopted|approved|set|endorsed|"
                     rf"passed|announced|unveiled|agreed)\s+{_MANNER}by\s+(?:the\s+)?", re.I)
# the words before a goal's owner that make it the frame of someone else's work, not a pledge the sentence reports:
# "operate under China's national goals", "in line with Canada's goal of", "to help meet Japan's target"
CONTEXT_BEFORE = re.compile(r"\b(?:under|in\s+line\s+with|consistent\s+with|aligned\s+with|towards?|supports?|"
                            r"supporting|meet|meeting|contribut\w+\s+to)\s+(?:the\s+)?$", re.I)
# a condition ("if regulators agree", "unless funding falls through"): its words pledge nothing ("Xcel could be
# coal-free by 2030 if regulators agree" is a hedge, not a pledge)
CONDITION = re.compile(r"\b(?:if|unless|provided\s+that)\b[^,;.]*", re.I)
# "committed to RE100 by 2050", "the RE100 goal by 2040": all the electricity it uses from renewables by then
RE100 = re.compile(rf"\bRE\s?100\b(?:\s+(?:target|goal|pledge|commitment))?\s+(?:by|no\s+later\s+than)\s+({YEAR})\b")
# "deliver 100% carbon-free electricity to customers by 2050", "supply 80 percent clean power to its customers by 2035"
DELIVERED_SHARE = re.compile(rf"\b(?:deliver\w*|suppl\w+|provid\w+|serv\w+)\s+(?:customers\s+(?:with\s+)?)?{PCT}\s+"
                             rf"(?:clean|renewable|carbon-free|zero-carbon)\s+(?:electricity|energy|power)\s+"
                             rf"(?:to\s+(?:its\s+|their\s+|all\s+)?(?:customers|users|homes|households|residents)\s+)?"
                             rf"by\s+({YEAR})\b", re.I)
# an actor and its own year in a list after one pledge: ", Tucson by 2045 and Albuquerque by 2040", "and Hitachi by
# 2050" (the name then " by <year>", ending a list item)
PAIR_END = re.compile(rf"\s+by\s+({YEAR})\b(?=\s*(?:,|;|\.|$|\band\b))")
PAIR_OPEN = re.compile(r"(?:,|\band|\bwhile)\s+$")
# "... carbon neutrality across its campuses in Ann Arbor, Dearborn and Flint by 2040": the places of the actor's own
# sites, listed, are where it pledges, not actors paired with a year
OWN_SITES = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:campuses|campus|plants|sites|facilities|operations|offices|"
                       r"stores|factories|hospitals|buildings|properties)\s+in\s+[^.;]*$")
# kinds a bare year completes (a cut or a share has figures a bare year cannot carry over)
YEAR_ONLY = {"carbon_neutrality", "emissions_peak", "other"}


def passive_agent(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The actor that adopted the target at `at` when the target is the subject of a passive verb after it ("A
    target of ... was adopted by the Boulder City Council on Tuesday")."""
    if " by " not in sentence:
        return []
    m = next((p for p in PASSIVE.finditer(sentence) if p.start() > at), None)
    if not m:
        return []
    agent = next((e for e in entities if e.start == m.end() and e.kind in {"city", "state", "province", "country",
                                                                             "org"}), None)
    return [agent.name] if agent else []


def unconditioned(sentence: str) -> str:
    """The sentence without its English conditions ("if regulators agree"), where a pledge word must be found."""
    return CONDITION.sub(" ", sentence) if ("if " in sentence or "unless " in sentence or "provided " in sentence) \
        else sentence


def context_goal(sentence: str, owner_at: int) -> bool:
    """True when the goal whose owner starts at `owner_at` is named as the frame of others' work ("operate under
    China's national goals of ...", "in line with Canada's goal of ..."), not as a pledge."""
    return bool(CONTEXT_BEFORE.search(sentence[:owner_at]))


def forms(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """Renewable shares the other patterns miss (RE100 by a year, a clean share delivered to customers)."""
    if any(k == "renewable_share" for _, k, _ in found):
        return []
    out: list[tuple[int, str, dict]] = []
    if "RE" in s and (m := RE100.search(s)):
        out.append((m.start(), "renewable_share", {"target_year": int(m.group(1)), "share_pct": 100.0}))
    elif (m := DELIVERED_SHARE.search(s)):
        out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                   "share_pct": float(m.group(2) or m.group(1))}))
    return out


def paired_years(sentence: str, entities: list[Entity], mentions: list) -> list:
    """The mentions of one year-only kind (neutrality, a peak, an exit) given to each actor that a list after the pledge
    pairs with its own year ("Tucson by 2045 and Albuquerque by 2040", "... by 2040 and Hitachi by 2050"); others as
    they are. `mentions` are CommitmentMention objects."""
    if " by " not in sentence or not mentions:
        return mentions
    pairs: dict[str, int] = {}
    for e in entities:
        m = PAIR_END.match(sentence, e.end)
        if m and e.kind in {"city", "state", "province", "country", "org"} and PAIR_OPEN.search(sentence[:e.start]) \
                and not OWN_SITES.search(sentence[:e.start]):
            pairs.setdefault(e.name, int(m.group(1)))
    kinds = {m.commitment_type for m in mentions if m.commitment_type in YEAR_ONLY}
    if not pairs or len(kinds) != 1:
        return mentions
    kind = kinds.pop()
    out = []
    for m in mentions:
        out.append(dataclasses.replace(m, target_year=pairs[m.actor]) if m.commitment_type == kind and m.actor in pairs
                   else m)
    first = next(m for m in mentions if m.commitment_type == kind)
    for name, year in pairs.items():
        if not any(m.actor == name and m.commitment_type == kind for m in out):
            out.append(dataclasses.replace(first, actor=name, target_year=year))
    return out
