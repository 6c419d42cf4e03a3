"""Chinese pledge sentences read apart from their figures: several actors' years told "分别" in one sentence, a plan
still being drafted, and a goal named only as what a plan lays the ground for.

"景德镇市、上饶市提出，分别于2028年和2030年前实现碳达峰": each actor its own year, in the order named;
"《南昌市碳达峰实施方案》正在编制，将提出…", "征求意见稿提出，到2025年…": a draft pledges nothing yet (an actor
drafting a plan may still pledge: "正在制定…方案，…努力于2025年实现碳排放达峰");
"到2025年，…为实现碳达峰奠定坚实基础": the peak is what the targets prepare for, not a peak pledged for 2025.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import YEAR

# "分别于2025年和2030年", "分别在2028、2030年前"; the years joined by 和/与/及/、/，
RESPECTIVE_YEARS = re.compile(rf"分别(?:于|在|到|为)?\s*{YEAR}\s*年?(?:\s*(?:和|与|及|、|，|,)\s*{YEAR}\s*年?)+")
# a plan not yet adopted, the subject of the sentence's drafting: "《…方案》正在编制", "方案正在征求意见", "征求意见稿";
# not an actor drafting a plan while pledging ("正在制定碳达峰行动方案，…努力于2025年实现碳排放达峰")
DRAFTED = re.compile(r"(?:》|方案|规划|计划)(?:目前|仍)?正在(?:编制|制定|起草|研究制定|研究编制|(?:公开)?征求(?:社会)?意见)"
                     r"|征求意见稿")
# "为实现碳达峰奠定坚实基础", "为2030年前碳达峰打下基础": the goal prepared for
FOUNDATION = re.compile(r"[^，。；]{0,4}?(?:奠定|打下|夯实)")


def respective_zh(sentence: str, year: int | None, who: list[str]) -> list[tuple[str, int | None]]:
    """(actor, target year) of a pledge of `who` read with `year`: each its own year where the sentence gives the
    years "分别" in the actors' order; none where the years cannot be paired with the actors."""
    m = RESPECTIVE_YEARS.search(sentence) if len(who) >= 2 and "分别" in sentence else None
    if m is None:
        return [(name, year) for name in who]
    years = [int(y) for y in re.findall(YEAR, m.group())]
    return list(zip(who, years)) if len(years) == len(who) and year in years else []


def drafted(sentence: str) -> bool:
    """Whether the sentence tells a plan still being drafted or out for comment (its targets pledge nothing yet)."""
    return ("正在" in sentence or "意见" in sentence) and bool(DRAFTED.search(sentence))


def foundation_for(sentence: str, end: int) -> bool:
    """Whether the goal named just before `end` is what the sentence's targets lay the ground for ("为实现碳达峰奠定
    坚实基础"), not a goal pledged."""
    return "为" in sentence[max(0, end - 12):end] and bool(FOUNDATION.match(sentence, end))
