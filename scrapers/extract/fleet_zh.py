"""Fleet targets of a Chinese plan: "到2027年，全市新增和更新的城市公交车全部为新能源汽车". Stored as commitments of kind
`other` with the target year (the spec has no kind for a share of vehicles).

The actor is the place or body the sentence names before the fleet; a sentence that opens on its target year (after a
sector's name: "交通领域，到2027年，…") goes on with the plan of whoever pledged last (`plan_actor`). A fleet already
electric ("已全部为新能源车", "累计推广") is a result.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.commitments import CommitmentMention
from scrapers.extract.entities import Entity
from scrapers.extract.roles import actors
from scrapers.extract.stock_zh import stock_pledges
from scrapers.extract.transitions_zh import transition_pledges
from scrapers.extract.units_en import YEAR

FLEET = re.compile(r"(?:新增|更新)[^，。；]{0,12}?(?:公交车|公交车辆|出租车|出租汽车|网约车|公务用?车|环卫车|巴士)"
                   r"[^，。；]{0,6}?(?:全部|100%|百分之百)(?:为|使用|采用|是|实现)?(?:新能源|纯电动|电动|清洁能源)")
# the sentence's target year: "到2027年，…", "2025年起"; the year clause may follow a sector's name
OPENING = re.compile(rf"^(?:[^，。；]{{2,10}}(?:领域|方面)[，,]\s*)?(?:到|至)\s*({YEAR})\s*年(?!底|末)")
YEAR_BEFORE = re.compile(rf"(?:到|至|力争|争取)\s*({YEAR})\s*年(?!底|末)")
DONE = re.compile(r"已|累计|同比|截[至止]")


def fleet_pledges(sentence: str, entities: list[Entity], plan_actor: str | None = None) -> list[CommitmentMention]:
    """The fleet target a sentence states, if any: one commitment of kind `other` for its actor and year; and the
    stock targets it states (stock_zh: "新能源汽车保有量分别为…", "累计建成充电桩…")."""
    m = FLEET.search(sentence) if ("新增" in sentence or "更新" in sentence) else None
    if m is None or DONE.search(sentence[:m.end()]):
        return stock_pledges(sentence, entities, plan_actor) or transition_pledges(sentence, entities, plan_actor)
    years = [y for y in YEAR_BEFORE.finditer(sentence, 0, m.start())]
    if not years:
        return stock_pledges(sentence, entities, plan_actor)
    named = actors([e for e in entities if e.end <= m.start()], sentence)
    opening = OPENING.match(sentence.strip())
    who = named[-1].name if named else (plan_actor if opening else None)
    return [CommitmentMention(who, "other", int(years[-1].group(1)))] if who else []
