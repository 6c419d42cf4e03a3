"""A foreign town named in Chinese after its country (奥地利魏茨镇, 法国沙莫尼镇): the town, kept as written.

Party lists read a foreign city by its shape (country, then a name ending on 市/州/县…: parties_zh._shaped_name);
a town ending on 镇 fell back to its country ("将乐县与奥地利魏茨镇…签署": Austria signed). The town's own name is
the party, as written (no table knows it; never pinyin). A kind of town is no name (小镇, 示范镇, 特色镇, 乡镇).
"""
from __future__ import annotations

from scrapers import lazy_re as re

TOWN = re.compile(r"(?![各该本每两三多一])[\u4e00-\u9fff·]{2,6}镇")
GENERIC_TOWN = re.compile(r"(?:小|示范|特色|重点|乡|城|集|古|名|强|建制|中心)镇$")


def foreign_town(rest: str) -> bool:
    """Whether the words after a country's name are a town's own name (魏茨镇), not a kind of town (特色小镇)."""
    return rest.endswith("镇") and bool(TOWN.fullmatch(rest)) and not GENERIC_TOWN.search(rest)
