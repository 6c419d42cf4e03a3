"""Who a Chinese plan's targets belong to: the body that issued it ("国务院印发《2030年前碳达峰行动方案》").

The next sentences state the plan's targets with the plan as subject ("方案提出，到2025年，非化石能源消费比重达到
20%左右…"); they are the issuer's pledges. The central government (国务院, 中共中央) issues the country's plans.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.lead_chars import with_lead
from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# (a plan named without its 书名号 only by a plan's own head: "青岛市发布碳达峰实施方案")
ISSUED = with_lead(re.compile(r"(?:印发|发布|出台|公布|审议通过|通过|制定|颁布)了?\s*(?:实施)?\s*"
                              r"(?:《[^》]{2,40}(?:方案|规划|意见|计划|路线图|战略|纲要|白皮书|行动方案)》|"
                              r"[\u4e00-\u9fff]{2,16}?(?:实施方案|行动方案|实施意见|专项规划)(?![\u4e00-\u9fff]))"))
# what may stand between the issuer and the verb: a day word, or the company form a found name leaves out
# ("潞安化工集团有限公司发布《…方案》": the name found is 潞安化工集团)
GAP = re.compile(r"[\s，,]*(?:近日|日前|今天|今日)?[\s，,]*|(?:股份)?有限(?:责任)?公司[\s，,]*(?:近日|日前|今天|今日)?")
CENTRAL = {"国务院", "国务院办公厅", "中共中央", "党中央", "中央政府", "中共中央、国务院", "国家"}


def plan_issuer(sentence: str, entities: list[Entity]) -> str | None:
    """The actor that issues a plan in this sentence, or None: the name nearest before the verb; the central
    government stands for its country (国务院 -> China)."""
    m = ISSUED.search(sentence)
    if not m:
        return None
    before = [e for e in entities if e.end <= m.start() and GAP.fullmatch(sentence, e.end, m.start())]
    if not before:
        return None
    e = before[-1]
    if e.surface in CENTRAL:
        country = gazetteer().find_zh("中国")
        return country.name if country else None
    return e.name
