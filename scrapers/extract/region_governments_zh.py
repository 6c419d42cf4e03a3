"""A foreign region no table knows, named in Chinese after its country with its government (印度古吉拉特邦政府,
日本某某县政府): the region is the party, as a known region's government stands for the region (德国图林根州政府 ->
Thuringia); its name stays in Chinese as written.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_GOVERNMENT = re.compile(r"(?:[州省郡县道邦]|大区)((?:人民)?政府)$")


def without_government(rest: str) -> str:
    """The region's name without the government after it (古吉拉特邦政府 -> 古吉拉特邦); the name unchanged where no
    government follows a region's suffix."""
    if not rest.endswith("政府"):
        return rest
    m = _GOVERNMENT.search(rest)
    return rest[:m.start(1)] if m else rest
