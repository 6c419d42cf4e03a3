"""Where a Chinese signing took place when the city is written after the country and state or province that
qualify it: "在澳大利亚塔斯马尼亚州霍巴特市签署", "在美国加利福尼亚州洛杉矶市签署" (issue 17, the sixty-ninth web), also
as its capital: "在西弗吉尼亚州首府查尔斯顿签署" (the hundred-first web).
The signing's city is read right after 在/于; this lets that marker stand before the qualifiers instead."""
from __future__ import annotations

from scrapers.extract.entity_kinds import Entity

_QUALIFIERS = {"country", "state", "province"}
# a qualifier's capital named as such before the city ("在西弗吉尼亚州首府查尔斯顿签署", "在云南省省会昆明签署")
_CAPITAL_WORDS = {"首府", "省会", "首都", "州府"}


def placed_after_at(sentence: str, e: Entity, entities: list[Entity]) -> bool:
    """Whether 在/于 stands right before the city `e`, or before a run of places that qualify it (country, then
    state or province) ending where it starts."""
    start = e.start
    for _ in range(3):  # at most a country, a state or province, and a prefecture
        if sentence[max(0, start - 1):start] in {"在", "于"}:
            return True
        if sentence[max(0, start - 2):start] in _CAPITAL_WORDS:  # "西弗吉尼亚州首府查尔斯顿": the state's capital
            start -= 2
        q = next((o for o in entities if o.end == start and o.kind in _QUALIFIERS), None)
        if q is None:
            return False
        start = q.start
    return False
