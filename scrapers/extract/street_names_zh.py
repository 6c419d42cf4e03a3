"""Streets named after cities, in Chinese: Chinese cities name their roads after other places (上海的四平路、南京路、
北京东路, 天津的成都道), so "在四平路校区签署" was signed on a campus on Siping Road in the page's city, not in the city
of Siping. A place's name followed by 路/道/街/大街/大道/巷/弄 (with 东/西/南/北/中 between) is a street's, no actor
and no place of signing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

STREET_AFTER = re.compile(r"[东西南北中]?(?:[一二三四五六七八九十]|\d)?(?:路|大道|大街|街|巷|弄|道(?![路理德歉谢别]))")


def street_named(sentence: str, end: int, surface: str) -> bool:
    """Whether the Chinese place name ending at `end` (written `surface`) opens a street's name ("四平路", "南京东路"):
    the place is only the street's namesake. A name written with its own 市/省/县 ("南京市路桥") is the place."""
    return not surface.endswith(("市", "省", "县", "区", "州")) and bool(STREET_AFTER.match(sentence, end))
