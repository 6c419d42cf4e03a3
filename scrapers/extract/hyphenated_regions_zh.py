"""Chinese names of foreign regions joined by a dash (萨克森-安哈尔特州, 石勒苏益格-荷尔斯泰因州, 北莱茵—威斯特法伦州):
longer than the entity reader's usual reach for a place name, and written with any of the dashes Chinese pages use
(-, －, —, –, ·) where the tables spell them with "-".
"""
from __future__ import annotations

from scrapers import lazy_re as re

REACH = 8  # the longest place name the reader tries without a dash
DASHED_REACH = 13  # 石勒苏益格-荷尔斯泰因州 (12) and a character to spare
_OTHER_DASH = re.compile(r"[－—–·‧・]")
_DASH = re.compile(r"[-－—–·‧・]")


def place_reach(s: str, i: int) -> int:
    """How many characters from `i` a place name in `s` may run: the usual reach, or a longer one where a dash falls
    within it (a region's name of two parts)."""
    return DASHED_REACH if _DASH.search(s, i + 1, i + REACH) else REACH


def plain_dash(surface: str) -> str | None:
    """The surface with its dashes written "-" as the tables spell them (北莱茵—威斯特法伦州 -> 北莱茵-威斯特法伦州), or
    None where it holds no other dash."""
    return _OTHER_DASH.sub("-", surface) if _OTHER_DASH.search(surface) else None
