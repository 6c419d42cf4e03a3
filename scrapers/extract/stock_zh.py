"""Stock targets of a Chinese plan: how many new-energy vehicles or chargers a place will have by a year
("到2025年和2030年，全市新能源汽车保有量分别为10万辆和30万辆", "到2025年累计建成充电桩2万个以上"). Stored as commitments of
kind `other` with each target year (the spec has no kind for a stock of vehicles or chargers).

The actor is the place or body the sentence names before the figure, else the issuer of the plan whose targets the
sentence goes on with (it opens on its target year). A stock reached ("已累计建成", "截至…累计") is a result.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.commitments import CommitmentMention
from scrapers.extract.entities import Entity
from scrapers.extract.roles import actors
from scrapers.extract.units_en import YEAR

NUM = r"\d+(?:\.\d+)?\s*万?"
# "新能源汽车保有量分别为10万辆和30万辆", "累计建成充电桩2万个以上", "累计推广新能源汽车5万辆"
STOCK = re.compile(
    rf"(?:新能源汽车|电动汽车|充电桩|充电站|换电站)保有量(?:分别)?(?:为|达到|超过|突破)\s*{NUM}(?:辆|个|座)"
    rf"(?:\s*(?:和|、)\s*{NUM}(?:辆|个|座))*"
    rf"|累计(?:建成|建设|推广|推广应用|新增)(?:新能源汽车|电动汽车|充电桩|充电站|换电站|公共充电桩)\s*{NUM}(?:辆|个|座)")
# the years a target clause opens on: "到2025年", "到2025年和2030年"
YEARS = re.compile(rf"(?:到|至)\s*({YEAR})\s*年((?:\s*(?:和|、|及)\s*{YEAR}\s*年)*)(?!底|末)")
PLEDGE = re.compile(r"提出|力争|争取|确保|目标|计划|将|要")
DONE = re.compile(r"已|截[至止]|同比|比上年|较上年")


def stock_pledges(sentence: str, entities: list[Entity], plan_actor: str | None = None) -> list[CommitmentMention]:
    """The stock targets a sentence states: one commitment of kind `other` per actor and target year."""
    if not ("保有量" in sentence or "累计" in sentence) or DONE.search(sentence):
        return []
    out: list[CommitmentMention] = []
    for m in STOCK.finditer(sentence):
        opened = [y for y in YEARS.finditer(sentence, 0, m.start())]
        if not opened:
            continue
        years = [int(y) for y in re.findall(YEAR, opened[-1].group())]
        figures = len(re.findall(r"\d+(?:\.\d+)?", m.group()))
        if len(years) > 1 and not ("分别" in m.group() and figures == len(years)):
            continue  # several years and no figure for each: not told apart
        named = actors([e for e in entities if e.end <= m.start()], sentence)
        who = named[-1].name if named else (plan_actor if re.match(rf"\s*(?:到|至)\s*{YEAR}", sentence) else None)
        if who and (PLEDGE.search(sentence, 0, m.start()) or not named):
            out += [CommitmentMention(who, "other", y) for y in years]
    return out
