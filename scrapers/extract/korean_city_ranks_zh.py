"""A Korean city's rank written after its name in Chinese: 蔚山广域市 (Ulsan Metropolitan City), 首尔特别市, 世宗特别自治市,
昌原特例市, 济州特别自治道. The rank is part of the city's (province's) own name, not a body of it: "蔚山广域市" is Ulsan,
as "蔚山" and "韩国蔚山广域市" are, never a name kept as written beside it (parties_zh._shaped_name)."""
from __future__ import annotations

from scrapers import lazy_re as re

# 广域市 metropolitan city, 特别市 special city, 特别自治市/道 special self-governing city/province, 特例市 special city
# (Traditional forms too)
RANK = re.compile(r"(?:广域市|廣域市|特别市|特別市|特别自治市|特別自治市|特别自治道|特別自治道|特例市)(?:政府|厅|廳)?")


def rank_only(rest: str) -> bool:
    """Whether what follows a known Korean place's name is only its rank (广域市, 特别市 ...), with or without its
    government (政府, 厅): the place itself."""
    return bool(rest) and RANK.fullmatch(rest) is not None
