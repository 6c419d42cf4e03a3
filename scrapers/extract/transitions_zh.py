"""Fleet and coal transitions a Chinese (mostly Taiwan and Hong Kong) sentence pledges, beyond fleet_zh's "新增…全部为
新能源" form: a whole fleet made electric ("市区公车将于2030年前全面电动化", "目标在2035年前把全数约4,000辆巴士转为
电动巴士"), coal power phased out ("在2035年前逐步淘汰燃煤发电", "停止使用煤作日常发电") and the sale of fuel cars ended
("到2030年全省全面禁止销售燃油汽车"). Stored as commitments of kind `other` with the
target year (the spec has no kind for either).

The actor is the body the sentence names before the transition, else whoever pledged last (`plan_actor`: "市府并宣布，
桃园市…；市区公车将于…全面电动化"). A fleet already electric or a plant already closed (已, 累计, 截至) is a result; a
forecast (预计, 可望) or a plan being studied (研议, 规划中) pledges nothing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.commitments import CommitmentMention
from scrapers.extract.entities import Entity
from scrapers.extract.roles import actors
from scrapers.extract.act_years_zh import STARTED
from scrapers.extract.units_en import YEAR

VEHICLE = r"(?:公车|公交车|公交|巴士|客车|出租车|计程车|的士|渡轮)"
# "公车将于2030年前全面电动化", "把全数约4,000辆巴士转为电动巴士", "公交车100%电动化"
FLEET = re.compile(rf"{VEHICLE}[^，。；]{{0,12}}?(?:全面|全数|全部|100%)(?:实现)?(?:电动化|电气化|改为电动|换成电动)"
                   rf"|把[^，。；]{{0,16}}?{VEHICLE}[^，。；]{{0,4}}?(?:转为|转换为|改为|更换为|替换为|换成)(?:纯)?电动")
# "逐步淘汰燃煤发电", "停止燃煤发电", "退出煤电", "停止使用煤作日常发电"
COAL = re.compile(r"(?:逐步)?(?:淘汰|停止|退出|停用)(?:燃煤发电|燃煤电厂|燃煤机组|煤电|燃煤|使用(?:燃)?煤(?:炭)?(?:作|作为|用于)?"
                  r"(?:日常)?发电)")
# "全面禁止销售燃油汽车", "停止销售燃油车": an end to the sale of fossil-fuelled cars
FUEL_CARS = re.compile(r"(?:全面)?(?:禁止|停止|禁售|停售)(?:销售)?(?:传统)?燃油(?:汽)?车")
# the target year before the transition: "在2035年前", "将于2030年前", "到2030年"
# (never a year something started in: "于2019年起推进…", "2019年以来")
YEAR_BEFORE = re.compile(rf"(?:到|至|在|于|力争|争取|目标)\s*({YEAR})\s*年(?:前|之前|以前|底前)?(?!\s*\d{{1,2}}\s*月|{STARTED})")
# (表示 only where a target year follows it: "成都市表示，到2030年，…", as commitments.TOLD_TARGET reads it)
PLEDGE = re.compile(rf"承诺|目标|将|宣布|宣示|力争|争取|确保|计划|致力|提出|表示(?=[，,：:]\s*(?:到|至)\s*{YEAR}\s*年)")
NOT_PLEDGED = re.compile(r"已|累计|截[至止]|预计|可望|有望|研议|规划中|评估")


def transition_pledges(sentence: str, entities: list[Entity], plan_actor: str | None = None) -> list[CommitmentMention]:
    """The fleet-electrification and coal-exit targets a sentence states: one commitment of kind `other` per actor and
    target year."""
    if "年" not in sentence or not ("电" in sentence or "煤" in sentence or "燃油" in sentence):
        return []  # cheap: every form below names electric vehicles, coal or fuel cars, and a target year
    out: list[CommitmentMention] = []
    for rx in (FLEET, COAL, FUEL_CARS):
        m = rx.search(sentence)
        if m is None:
            continue
        clause = max(sentence.rfind(c, 0, m.start()) for c in "；;") + 1
        if NOT_PLEDGED.search(sentence, clause, m.end()) or not PLEDGE.search(sentence, 0, m.end()):
            continue
        years = list(YEAR_BEFORE.finditer(sentence, clause, m.end()))  # "公车将于2030年前全面电动化": inside
        if not years:
            continue
        named = actors([e for e in entities if e.end <= years[-1].start()], sentence)
        who = named[-1].name if named else plan_actor
        if who:
            out.append(CommitmentMention(who, "other", int(years[-1].group(1))))
    return out
