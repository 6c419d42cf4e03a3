"""English pledges of companies and utilities told the way their releases and the trade press tell them (round 17,
docs/english-unseen-grammar.md):

* a company named by its kind as the pledge's subject ("As an interim step, the company plans to cut ...", "The
  subsidiary will also cut ...", "The automaker is also targeting ..."): the company that pledged just before, when
  its name says no other kind (not Holdings or Motor for "the utility", not Holdings, Power or Utilities for "the
  automaker"); never a known place;
* a company's target validated by a third party, told with the company as the subject of "said" ("Halvard Energy
  said today that the Science Based Targets initiative (SBTi) has validated its near-term target to reduce ..."): the
  company that said so;
* a base year told with "versus" ("reduce carbon intensity 30% by 2032 versus a 2019 baseline", "vs. 2019 levels"):
  read as "from" (same length, so positions stay);
* two neutrality targets of one subject in one sentence ("net-zero operations (Scope 1 and 2) by 2038 and
  carbon-neutral vehicles across its lineup by 2050"): the second one with its own year;
* a target's year told past a scope aside ("net zero across its value chain, including Scope 3 emissions, by 2050"),
  and all of a company's own power to be renewable ("cover its entire electricity demand with renewable energy by
  2035": 100%; issue 17, the ninetieth web);
* a goal the company helps another reach ("will help Osprey Foods ... reach the food maker's goal of 100% renewable
  electricity by 2030"): the helped one's goal, not the company's pledge.

Cheap: each rule is gated by a literal word ("the ", "versus"/"vs", "and", "help") before its pattern; every pattern is
compiled once.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity
from scrapers.extract.units_en import YEAR

# "the company plans to", "The subsidiary will also", "the automaker is also targeting": a kind noun as the subject,
# at the sentence's start or after a fronted phrase ("As an interim step, the company ...")
# (its home told before the noun: "The Charlotte-based company also said it now intends to cut ...")
KIND_NOUN = re.compile(r"(?:^|,\s+)(?:the|that)\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+)?"
                       r"(company|firm|corporation|subsidiary|automaker|carmaker|utility)\s+"
                       r"(?:also\s+|now\s+|still\s+)?(?:said\s+(?:that\s+)?it\s+(?:also\s+|now\s+)?(?:will|would|plans|aims|"
                       r"intends)|will|plans|aims|intends|targets|wants|"
                       r"is\s+(?:also\s+|now\s+)?(?:targeting|aiming|planning|committed)|"
                       r"has\s+(?:also\s+)?(?:set|committed|pledged|promised)|set\s+(?:a|an|its|the)|"
                       r"pledged|committed|promised|vowed)\b", re.I)
# what a name of each kind says of itself ("Halvard Gas Utilities", "Tamarack Power & Light Co.", "Brevik Motor
# Company"); a holding company is no utility
UTILITY_NAME = re.compile(r"\b(?:Power|Light|Electric|Gas|Utilities|Utility)\b")
AUTOMAKER_NAME = re.compile(r"\b(?:Motors?|Autos?|Automotive)\b")
HOLDING = re.compile(r"\bHoldings?\b")
# "has validated its near-term target to", "approved their science-based targets of"
VALIDATED = re.compile(r"\b(?:validated|approved|certified|verified)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:targets?|goals?)\b", re.I)
SAID_THAT = re.compile(r"\s(?:said|says|announced|announces)\s+(?:today\s+|on\s+\w+\s+)?(?:that\s+)?")
VERSUS = re.compile(rf"\b(?:versus|vs\.)(?=\s+(?:a\s+|the\s+)?{YEAR}\b)", re.I)
# "... net-zero operations (Scope 1 and 2) by 2038 and carbon-neutral vehicles across its lineup by 2050"
NEUTRAL = r"(?:carbon[- ]neutral(?:ity)?|climate[- ]neutral(?:ity)?|net[- ]zero)"
# (also after a reporting aside, "by 2035, the Board of Management decided, and it aims to reach net zero across its
# value chain, including Scope 3 emissions, by 2050")
SECOND_NEUTRAL = re.compile(rf"\bby\s+({YEAR})(?:,\s+[^,;]{{1,60}}?\s+(?:decided|said|announced|added|stated)\s*)?,?\s+"
                            rf"and\s+(?:(?:it|they)\s+(?:also\s+)?(?:aims|plans|intends|wants|seeks|expects)\s+)?"
                            rf"(?:to\s+)?(?:reach\s+|be\s+|become\s+|achieve\s+)?(?:an?\s+)?{NEUTRAL}\s+"
                            rf"(?:[\w()-]+,?\s+){{0,8}}?by\s+({YEAR})\b", re.I)
# ", including Scope 3 emissions,": what a company's target covers, told between the target and its year
SCOPE_ASIDE = re.compile(r",\s+(?:including|excluding|covering)\s+[^,;.]{1,60}?,", re.I)
# "cover its entire electricity demand with renewable energy", "source all of its electricity from renewable
# sources", "meet all its power needs with green electricity": all of the company's own power renewable (100%)
ENTIRE_DEMAND = re.compile(r"\b(?:cover|covering|meet|meeting|source|sourcing|supply|supplying)\s+(?:all\s+(?:of\s+)?|"
                           r"(?:its|their|the)\s+entire\s+|(?:its|their)\s+total\s+)(?:its\s+|their\s+)?"
                           r"(?:(?:global|own|worldwide)\s+)?(?:electricity|power)(?:\s+(?:demand|needs|consumption|use|"
                           r"requirements))?\s+(?:with|from)\s+(?:renewable|green)\s+(?:energy|electricity|power|sources)\b",
                           re.I)
# "help Osprey Foods, one of its customers, reach the food maker's goal of", "helping customers meet their targets of"
HELPED_GOAL = re.compile(r"\bhelp(?:s|ed|ing)?\s+[^.;]{0,100}?\b(?:to\s+)?(?:reach|meet|achieve|hit)\s+"
                         r"(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s\s+)?(?:own\s+)?"
                         r"(?:goals?|targets?|pledges?|commitments?)\b", re.I)


def company_subject(sentence: str, at: int, last_actor: str | None, entities: list[Entity]) -> list[str]:
    """Who pledges when a company is told by its kind or its target is validated by another (see the module's
    docstring); [] when no rule is sure."""
    return kind_subject(sentence, at, last_actor) or validated_by_other(sentence, at, entities)


def validated_by_other(sentence: str, at: int, entities: list[Entity]) -> list[str]:
    """"X said today that SBTi has validated its target to ...": X, the body that said so (an organisation named right
    before "said"), whose target another validated."""
    if "valid" not in sentence and "approved" not in sentence and "certified" not in sentence and \
            "verified" not in sentence:
        return []
    v = next((m for m in VALIDATED.finditer(sentence, 0, at + 1) if m.end() <= at + 1), None)
    said = v and SAID_THAT.search(sentence, 0, v.start())
    if not said:
        return []
    head = sentence[:said.end()].rstrip()
    who = [e for e in entities if e.kind == "org" and e.end <= said.end() and
           re.match(r"(?:\s*\([^)]{1,30}\))?\s+(?:said|says|announced|announces)\b", sentence[e.end:len(head) + 12])]
    return [who[-1].name] if who else []


def kind_subject(sentence: str, at: int, last_actor: str | None) -> list[str]:
    """The company a kind noun ("the company", "The subsidiary", "the automaker") before the pledge at `at` stands
    for: the one that pledged just before (`last_actor`), when its name fits the noun and it is no known place; []
    otherwise (no guess)."""
    if not last_actor or "he " not in sentence:
        return []
    m = _kind_noun(sentence, at)
    if m is None or gazetteer().find_en(last_actor) or _misfit(m.group(1).lower(), last_actor):
        return []
    return [last_actor]


def kind_misfit(sentence: str, at: int, last_actor: str | None) -> bool:
    """Whether the pledge's subject is a kind noun the last pledger's name does not fit ("The utility will ..." after
    a holding company's pledge): no one may stand for it then."""
    if not last_actor or "he " not in sentence:
        return False
    m = _kind_noun(sentence, at)
    return m is not None and _misfit(m.group(1).lower(), last_actor)


def _kind_noun(sentence: str, at: int) -> re.Match | None:
    return next((m for m in KIND_NOUN.finditer(sentence, 0, at + 1) if m.end() <= at + 1), None)


def _misfit(noun: str, name: str) -> bool:
    """Whether a company's name says it is of another kind than the noun names (a holding company or an automaker
    for "the utility", a utility or a holding company for "the automaker"); a bare brand fits any kind."""
    if noun == "utility":
        return bool(HOLDING.search(name) or AUTOMAKER_NAME.search(name))
    if noun in ("automaker", "carmaker"):
        return bool(HOLDING.search(name) or UTILITY_NAME.search(name))
    return False


def versus_base(s: str) -> str:
    """"versus a 2019 baseline", "vs. 2019 levels" read as "from ..." (padded to the same length)."""
    if "versus" not in s and "vs." not in s:
        return s
    return VERSUS.sub(lambda m: "from".ljust(len(m.group())), s)


def second_neutrality(s: str, out: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """The second of two neutrality targets joined by "and", each with its own year, when the first was read."""
    years = {f.get("target_year") for _, k, f in out if k == "carbon_neutrality"}
    if not years or " and " not in s:
        return []
    found = []
    for m in SECOND_NEUTRAL.finditer(s):
        first, second = int(m.group(1)), int(m.group(2))
        if first in years and second not in years and second != first:
            found.append((m.start(2), "carbon_neutrality", {"target_year": second}))
            years.add(second)
    return found


def year_past_aside(s: str, pos: int) -> int | None:
    """The year of a target whose words run on past a scope aside (", including Scope 3 emissions,") to "by <year>",
    in the same clause: "net zero across its value chain, including Scope 3 emissions, by 2050" -> 2050."""
    if ", " not in s[pos:pos + 80]:
        return None
    rest = SCOPE_ASIDE.sub("", s[pos:pos + 160], count=1)
    m = re.match(rf"(?:\s+(?!(?:and|to|but|while|or)\b)[\w()-]+){{0,6}}?\s+by\s+({YEAR})\b", rest)
    return int(m.group(1)) if m else None


def entire_demand_renewable(s: str) -> list[tuple[int, str, dict]]:
    """A company's pledge to run all of its own power on renewables ("cover its entire electricity demand with
    renewable energy by 2035"): a renewable share of 100% in the year given right after it (none without one)."""
    if "renewable" not in s and "green" not in s:
        return []
    out = []
    for m in ENTIRE_DEMAND.finditer(s):
        y = re.match(rf"\s+(?:by|before|in)\s+({YEAR})\b", s[m.end():])
        if y:
            out.append((m.start(), "renewable_share", {"target_year": int(y.group(1)), "share_pct": 100.0}))
    return out


def helped_goal(s: str, at: int) -> bool:
    """Whether the pledge at `at` is a goal the sentence's subject helps another reach (not its own pledge)."""
    if "help" not in s:
        return False
    return any(m.end() <= at + 1 for m in HELPED_GOAL.finditer(s, 0, at + 1))
