"""A government body named by its generic title and the government it belongs to: "the Environment Bureau of the
Hong Kong SAR Government", "The Environmental Protection Bureau (DSPA) of the Macao SAR Government".

The title alone ("Environment Bureau") names no one body, so the reader leaves it; the government after it was then
read as the party, a broader actor than the text names (a wrong value). Read together they are one body: its title
with the government it belongs to, or the title alone where the story gave it an acronym of its own (story_context:
the title is then its name). The government only says whose body it is: never a party of its own. So does a ministry an agency is placed under:
"the Azerbaijan Renewable Energy Agency under the Ministry of Energy and Shanghai Electric Power signed ..." is the
agency's signing (the ministry says whose agency it is, as 所属/旗下 do in Chinese), not a third party's.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# a government body's generic title: words of its field ending in an agency's head word
AGENCY = re.compile(r"(?!The\s)(?:[A-Z][a-z]+\s+(?:(?:of|and|for)\s+)?){1,5}(?:Bureau|Department|Agency|Commission|Office|"
                    r"Administration|Authority|Directorate|Secretariat)")
# the title right before " of the <government>", an acronym of its own between them or none
_TITLE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<title>{AGENCY.pattern})(?:\s*\((?P<abbr>[A-Z][A-Za-z]{{1,7}})\))?"
                           r"\s+of\s+(?:the\s+)?$")


def _government(e: Entity) -> bool:
    """A government or a place standing for one."""
    return e.kind != "org" or e.name.startswith("Government of") or e.name.endswith("Government")


def owned_agencies(sentence: str, entities: list[Entity], local: dict[str, str]) -> list[Entity]:
    """The entities with each "<body's title> of the <government>" read as that one body (see the module)."""
    if " of " not in sentence:
        return entities
    out: list[Entity] = []
    for i, e in enumerate(entities):
        if not _government(e):
            out.append(e)
            continue
        before = out[-1] if out else None
        m = _TITLE_BEFORE.search(sentence, before.start if before else 0, e.start)
        named = before is not None and m is not None and (before.start, before.end) == m.span("title")
        if m is None or m.end() != e.start or (before is not None and m.start("title") < before.end and not named):
            out.append(e)
            continue
        title = m.group("title")
        if named:
            out.pop()  # the story's own name for the title (its acronym defined): one body with its government
        name = local.get(title) or f"{title} of the {sentence[e.start:e.end]}"
        out.append(Entity(name, "org", e.country, m.start("title"), e.end, sentence[m.start("title"):e.end]))
    return out


# "<agency> under the <ministry>": an agency's head word, then the body it is subordinate to
_AGENCY_HEAD = re.compile(r"\b(?:Agency|Bureau|Office|Administration|Authority|Service|Inspectorate|Fund|Centre|Center|"
                          r"Institute|Directorate|Commission)\b")
_UNDER = re.compile(r"\s+(?:under|within|subordinate\s+to)\s+(?:the\s+)?")
_PARENT = re.compile(r"^(?:[\w'’-]+\s){0,3}?(?:Ministry|Department|Cabinet|Government|Presidency|Office\s+of\s+the\s+"
                     r"(?:President|Prime\s+Minister))\b")


def subordinate_agencies(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities without the ministry (or government) an agency is said to be under ("the ... Energy Agency under
    the Ministry of Energy"): the agency acts; its span covers its parent, which is no party of its own."""
    if " under " not in sentence and " within " not in sentence and " subordinate " not in sentence:
        return entities
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "org" and e.kind == "org" and _AGENCY_HEAD.search(prev.name) and \
                _UNDER.fullmatch(sentence, prev.end, e.start) and _PARENT.match(e.name):
            out[-1] = Entity(prev.name, prev.kind, prev.country, prev.start, e.end, sentence[prev.start:e.end])
            continue
        out.append(e)
    return out
