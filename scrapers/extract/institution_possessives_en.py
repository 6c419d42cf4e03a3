"""A university's unit named with the university in the possessive (English): "the University of Maryland's Center
for Global Sustainability", "Stanford University's Precourt Institute for Energy", "Imperial College's Grantham
Institute". The unit is the party, and its name is the university's name before the unit's ("University of Maryland
Center for Global Sustainability"), the form such units carry on their own pages; a name with "'s" inside is no
name anybody uses. Only a parent that is a university or college (its name holds University or College) and a unit
named by its own head (Center, Centre, Institute, School, College, Laboratory, Lab, Program, Initiative, Observatory):
"Maryland's Department of the Environment" (a state's body) and "the university's center" (no name) are left as they
were. Pure function."""
from __future__ import annotations

from dataclasses import replace

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# "<parent with University/College>'s <capitalised unit words with a unit head>"
_UNIT_OF = re.compile(r"^(?P<parent>(?:[A-Z][\w.&-]*\s+|of\s+|the\s+)*(?:University|College)(?:\s+(?:of\s+)?[A-Z][\w.&-]*)*)"
                      r"(?:'s|’s)\s+(?P<unit>(?:[A-Z][\w.&-]*\s+)*?(?:Center|Centre|Institute|School|College|"
                      r"Laboratory|Lab|Program|Programme|Initiative|Observatory)\b.*)$")


def without_parent_possessive(entities: list[Entity]) -> list[Entity]:
    """The entities with each unit "<University>'s <Unit>" named "<University> <Unit>" (see the module docstring)."""
    out = []
    for e in entities:
        m = _UNIT_OF.match(e.name) if e.kind == "org" and ("'s" in e.name or "’s" in e.name) else None
        out.append(replace(e, name=f"{m.group('parent')} {m.group('unit')}") if m else e)
    return out
