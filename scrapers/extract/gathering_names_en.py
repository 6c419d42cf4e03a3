"""A gathering is no party: "The Under2 Coalition General Assembly saw Quebec and Sichuan sign ...", "The ICLEI World
Congress saw ...". The entity finder reads the gathering's name (or the network that holds it) as an organisation;
the signers are the ones the gathering "saw" sign, never the gathering nor its host named inside its name.

A name that ends in a gathering's head word (Summit, Congress, Conference, Assembly, Dialogue, Expo, Symposium, Week)
names a gathering; "Forum" and "Roundtable" are left alone (the World Economic Forum, the Business Roundtable are
bodies that sign). An organisation followed by the rest of a gathering's name ("ICLEI" + "World Congress", "C40" +
"World Mayors Summit", "Under2 Coalition" + "General Assembly") is that gathering's host, named as part of its name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_HEAD = r"(?:Summit|Congress|Conference|Assembly|Dialogue|Expo|Symposium|Week)"
_GATHERING_END = re.compile(rf"\b{_HEAD}$")
_REST_OF_NAME = re.compile(rf"(?:['’]s)?\s+(?:[A-Z][\w.&-]*\s+){{0,4}}(?:{_HEAD}|Forum)\b")
# "the U.S. Conference of Mayors", "the Conference Board": a body whose name holds a head word not at its end
_BODY_AFTER = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?(?:Mayors|Parties)\b")


def gathering_name(surface: str, sentence: str, end: int) -> bool:
    """True when an organisation's name as written (`surface`, ending at `end` in `sentence`) is a gathering's name
    or the host named at the start of one: no party of what was signed there."""
    if _GATHERING_END.search(surface) and not _BODY_AFTER.match(sentence, end):
        return True
    return bool(_REST_OF_NAME.match(sentence, end))
