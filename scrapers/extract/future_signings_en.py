"""A headline's future: "Dayton to sign sister-city pact with China's Shaoguan in January", "Vermont, Yichang to ink
forestry deal". Headlines write the future as a bare infinitive after the names; nothing has been signed yet, so no
record (RECORDS.md: never a guess presented as fact). A sentence with a verb of its own before "to" ("plans to sign"
is EN_NOT_DONE's; "flew to Beijing to sign" tells a signing's occasion) is not read here.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# only names before "to": capitalised words, possessives, "of", "the", "and", commas ("China's Yichang to sign")
HEADLINE_TO = re.compile(r"^(?:(?:[A-Z][\w.&'’-]*|of|the|and|&),?\s+){1,12}to\s+$")


def headline_future(before_verb: str) -> bool:
    """The text before a signing verb is only names and "to": a headline's future ("Dayton to sign ...")."""
    return before_verb.endswith("to ") and bool(HEADLINE_TO.match(before_verb))
