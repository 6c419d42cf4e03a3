"""People named by the country or body they come from ("Ministers from Canada, Chile and New Zealand issued ...",
"Foreign ministers from Peru and Portugal signed ..."): the place after "from" is the side they stand for, not where
something happens, so roles.actors keeps it (it drops a place after "in", "at", "from" as a location otherwise).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the people noun right before "from" (a plural: "ministers from", "leaders from", "delegations from")
PEOPLE_FROM = re.compile(r"\b(?:[Mm]inisters|[Ss]ecretaries|[Aa]mbassadors|[Ee]nvoys|[Nn]egotiators|[Dd]elegations|"
                         r"[Ll]eaders|[Oo]fficials|[Rr]epresentatives)\s+from\s+(?:the\s+)?$")


def stands_for(before: str) -> bool:
    """Whether the text before a place ends with people said to come from it ("Ministers from ")."""
    return before.endswith(("from ", "from the ")) and PEOPLE_FROM.search(before[-60:]) is not None
