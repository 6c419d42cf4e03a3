"""Who issues a Chinese plan whose issuer the sentence does not name before the verb, by the place its title opens
with: "现将《三明市碳达峰实施方案》印发给你们" (a government notice: the issuer is the notice's signer, named only in
the page's title or metadata), "将乐县召开新闻发布会，发布《将乐县绿色低碳发展行动方案》" (the verb's subject is in a
clause before). A local plan's title opens with its own jurisdiction (市, 县, 省), so that place is the issuer; the
next sentences' targets ("主要目标：到2025年，全市…", "方案提出，…") are its. Read by plans_zh's caller only where
plans_zh.plan_issuer finds no name before the verb. A county no table knows is kept as written (将乐县).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# a heading a plan's text gives its targets under ("主要目标：到2025年，…"): the targets go on as after "方案提出，"
TARGETS_HEADING = r"(?:(?:主要|总体|发展|具体)目标\s*[：:]\s*)?"
# the title, then an issuing verb after it (印发给你们) or before it (发布《…》)
TITLE = re.compile(r"《(?P<head>[\u4e00-\u9fff]{2,8}?(?:市|县|省|自治区))(?=[^》]{2,30}(?:方案|规划|计划|纲要)》)")
ISSUING = re.compile(r"(?:印发|发布|出台|公布|制定|颁布)了?\s*(?:实施)?\s*《[^》]{2,40}》|《[^》]{2,40}》\s*(?:印发|发布)给")


def titled_issuer(sentence: str, entities: list[Entity]) -> str | None:
    """The jurisdiction a plan issued in this sentence names at the head of its title, or None."""
    if "《" not in sentence or not (issued := ISSUING.search(sentence)):
        return None
    m = TITLE.match(sentence, sentence.index("《", issued.start()))
    if m is None:
        return None
    at, head = m.start("head"), m.group("head")
    if head.endswith("县") and len(head) == 3:
        return head  # 将乐县: a county, as written
    place = next((e for e in entities if e.start == at and e.kind in {"city", "province"}), None)
    return place.name if place and place.end - at >= len(head) - 1 else None
