"""A year that dates an act, not a target: "柬埔寨已于2021年发布碳中和长期战略，提出到2050年实现碳中和" (the strategy
was issued in 2021; the target is 2050), "该市2022年出台碳达峰实施方案", "我国2020年宣布…".

The Chinese pledge reader takes "于2021年" or a year opening a clause as a target year, so the issuing year of a
strategy named for its goal became a pledge of that year (carbon neutrality in 2021): a wrong value. A year followed
at once by a verb of issuing or announcing (发布, 提出, 出台, 印发, 公布, 制定, 提交, 更新, 推出, 颁布, 宣布) dates that
act. Not where the year is a deadline for the act ("到2025年出台…", "力争2025年提出…"): that is still read as
before.
"""
from __future__ import annotations

from scrapers import lazy_re as re

ACT_AFTER = re.compile(r"\s*年\s*(?:就已|就|已经|已|正式|先后|相继|首次|率先|又)?"
                       r"(?:发布|提出|出台|印发|公布|制定|提交|更新|推出|颁布|宣布)")
# a year something started in ("于2019年起推进…", "2019年以来"): no target either
STARTED = r"起|以来|开始"
STARTED_AFTER = re.compile(rf"\s*年\s*(?:{STARTED})")
DEADLINE_BEFORE = re.compile(r"(?:到|至|前|力争|争取|确保|承诺|计划|将|要)\s*$")


def act_year(s: str, start: int, end: int) -> bool:
    """Whether the year s[start:end] (its digits, 年 after) dates an act of issuing or announcing, not a target."""
    return bool(ACT_AFTER.match(s, end)) and not DEADLINE_BEFORE.search(s, max(0, start - 3), start)


def start_year(s: str, end: int) -> bool:
    """Whether the year whose digits end at s[end] is the year something started in ("于2019年起推进…"), not a target."""
    return STARTED_AFTER.match(s, end) is not None
