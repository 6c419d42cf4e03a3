"""The figures of a Chinese pledge sentence: target years ("到2030年", "2060年前"), base years ("比2005年", "以2005年为基准"),
cuts and ranges ("下降65%以上", "40%至45%"), peaks, neutrality and renewable shares, each with where it starts in the
sentence. Who pledges is decided by `commitments.find_commitments`; these only read what is pledged.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.calendar_years_zh import goal_year_after_yi, without_calendar_glosses
from scrapers.extract.act_years_zh import act_year, start_year
from scrapers.extract.goal_clauses import other_goals_year, year_position
from scrapers.extract.respective_zh import foundation_for
from scrapers.extract.shares_zh import part_shares_zh
from scrapers.extract.units_en import YEAR

# a Chinese range gives the sign after each figure too: "7.5%至10%", "26%至36%"
ZH_PCT = r"(\d+(?:\.\d+)?)\s*[%％]?\s*(?:(?:至|到|-|–|—|~)\s*(\d+(?:\.\d+)?)\s*)?[%％]"
# "下降65%以上", "减少40%多": the figure is a floor
ZH_FLOOR_AFTER = re.compile(r"\s*(?:以上|多)")

# a year that is a base, not a target: "在2005年基础上", "以2005年为基准年"
ZH_BASE_AFTER = re.compile(r"年[的为]?(?:基础|基准)")


RE100 = re.compile(r"(?<![A-Za-z])RE\s?100(?!\d)")
# a share stated as today's ("目前…比例约为12%", "现阶段", "去年"): no target, whatever year the clause names after it
SHARE_NOW = re.compile(r"(?:目前|现阶段|现时|迄今|至今|去年|前年)[^，。；]{0,6}$")
# (a roadmap, white paper or report named for the goal: "发布碳中和路线图", "碳达峰白皮书")
PLAN_NAME = re.compile(r"(?:实施|行动|工作)?方案|规划|行动(?!计划)|试点|工作|路线图|路径图|白皮书|报告")
# a capability to cut ("具备减碳30%工艺技术能力", "形成减排20%的技术能力"): the means, not a pledge
CAPABILITY = re.compile(r"具备[^，。；]{0,6}$")
CAPABILITY_AFTER = re.compile(r"[^，。；]{0,8}?能力")


def zh_pledges(s: str) -> list[tuple[int, str, dict]]:
    """(start, kind, fields) of each pledge a Chinese sentence states, before anyone is named for it."""
    read, back = without_calendar_glosses(s)  # "较2005年（民国94年）减少30%": the ROC gloss read away (calendar_years_zh)
    if read != s:
        return [(back(at), kind, fields) for at, kind, fields in zh_pledges(read)]
    out: list[tuple[int, str, dict]] = []
    # a target year reads "到2030年", "2060年前", "在2020年左右"; "2021年03月26日" is a date, not a target
    # a target year: "到2030年", "2060年前", "在2020年左右", or opening a clause ("：2030年非化石能源…"); never a base
    # year ("比2005年下降"), never a date ("2021年03月26日")
    years = [(m.start(), int(m.group(1))) for m in re.finditer(rf"({YEAR})\s*年(?!\s*\d{{1,2}}\s*月)", s)
             if not re.search(r"比\s*$", s[max(0, m.start() - 2):m.start()]) and not ZH_BASE_AFTER.match(s, m.end() - 1)
             and not act_year(s, m.start(), m.end(1))  # "于2021年发布…战略": the act's year, no target (act_years_zh)
             and not start_year(s, m.end(1))  # "于2019年起推进…": a start (act_years_zh)
             and (re.search(r"(?:到|至|在|于|朝|向|力争|力拚|力拼|争取|确保|承诺|截至|前|设定|订定|订下|定下|^|[：:，,。；、])\s*$",
                            s[max(0, m.start() - 3):m.start()]) or goal_year_after_yi(s, m.start(), m.end()) or
                 re.match(r"\s*年\s*(?:前|左右|之前|以前|底|末|实现|达到|达成|达峰|碳达峰|碳中和|碳?净零|基本|全面|要)",
                          s[m.end() - 1:m.end() + 4]))]

    def near_year(pos: int) -> int | None:
        """The target year the clause states: the last one before it in the sentence ("到2060年，…碳中和"), else
        one just after ("碳达峰…力争于2025年")."""
        before = [y for p, y in years if p < pos]
        after = [y for p, y in years if p > pos and p - pos <= 15]
        return before[-1] if before else (after[0] if after else None)

    for rx, kind in ((r"碳达峰|达到峰值|达到排放峰值|排放达峰|实现达峰|达峰|排放峰值", "emissions_peak"),
                     (r"碳中和|净零(?:碳)?排放|碳净零|气候中和", "carbon_neutrality")):  # (净零碳排放: net-zero carbon)
        # the first mention that carries a year ("制定碳达峰行动方案，…努力于2025年实现碳排放达峰")
        # a plan's name (《湖北省碳达峰实施方案》, 碳达峰行动方案) pledges nothing by itself; nor does the peak a cut is
        # measured from ("较达峰年下降30%") or one the targets lay the ground for ("为实现碳达峰奠定基础")
        hit = next(((m, y) for m in re.finditer(rx, s) if (y := near_year(m.start())) and not (
            PLAN_NAME.match(s, m.end()) or s.rfind("《", 0, m.start()) > s.rfind("》", 0, m.start()) or
            foundation_for(s, m.end()) or s[max(0, m.start() - 1):m.start()] in ("较", "比") or
            # "推进碳达峰碳中和各项工作，力争2030年前实现碳达峰": that year is the peak's (goal_clauses)
            other_goals_year(s, m.end(), year_position(s, y, m.end()), kind))), None)
        if hit:
            # "助力Stellantis实现2038年碳净零排放的目标": the goal of the one helped, not of who helps
            helped = re.search(r"(?:助力|帮助|协助|支持)([^，。；]{2,20}?)(?:实现|达成|完成)[^，。；]*$", s[:hit[0].start()])
            out.append((hit[0].start(), kind, {"target_year": hit[1], **({"_actor": helped.group(1)} if helped else {})}))
            if kind == "carbon_neutrality" and not helped:
                out.extend(_later_neutrality(s, rx, hit, years))
    # "比2005年下降65%", "从2005年的水平减少26%至36%", "从2005年的水平减半", "较2019年基准年降低52%"; a base stated apart: "在2005年基础上减排
    # 26%-28%", "以2005年为基准年，力拚2030年温室气体排放量减少40%"
    for m in re.finditer(rf"(?:(?:比|从|较)\s*({YEAR})\s*年?(?:的?水平|的?基准年?)?|(?:在|以)\s*({YEAR})\s*年(?=[的为]?(?:基础|基准))"
                         rf"[^，。；]{{0,8}}?(?:基础上|基准年?)[，,]?[^。；]{{0,24}}?)"
                         rf"(?:(至少|最少|不少于)?(?:下降|减少|降低|削减|减排)(?:了)?(?:[^，。；\d]{{0,8}}?(?:排放|排放量))?\s*"
                         rf"{ZH_PCT}|(减半))", s):
        base = int(m.group(1) or m.group(2))
        lo, hi = (50.0, 50.0) if m.group(6) else (float(m.group(4)), float(m.group(5) or m.group(4)))
        if (m.group(3) or ZH_FLOOR_AFTER.match(s, m.end())) and not m.group(5) and not m.group(6):
            hi = None  # "比1990年至少减少40%", "比2005年下降65%以上": a floor, no ceiling
        # a year between the base and the cut is its target ("以2005年为基准年，力拚2030年…减少40%")
        inside = [y for p, y in years if m.start() < p < m.end() and y != base]
        target = inside[-1] if inside else near_year(m.start())
        target = target if target != base else None
        # a cut of emissions per unit of GDP is an emissions reduction against a base year (the spec's kind for
        # a base year and a percentage); a cut of energy use per unit of GDP pledges no emissions: other
        # (so is a cut of a resource's use: 煤炭消费量, 用水量 "比2022年下降10%")
        kind = "other" if re.search(r"能源消耗|能耗|用能|耗能|(?:煤炭|煤|石油|油品|天然气|化石能源)(?:消费|消耗)|用水",
                                    s[max(0, m.start() - 20):m.end()]) else "emissions_reduction"
        out.append((m.start(), kind, {"target_year": target, "base_year": base, "reduction_pct_min": lo,
                                      "reduction_pct_max": hi}))
    if not any(k == "emissions_reduction" for _, k, _ in out):
        # "2030年减碳30%", "碳排放减少40%": a cut with no base year
        # (and "温室气体排放量减少50%": greenhouse gases named in full)
        # "2035年碳排放总量较峰值降低30%": a cut against the peak, no base year
        for m in re.finditer(rf"(?:减碳|减排|(?:碳|温室气体)排放(?:量|总量)?(?:(?:较|比)(?:峰值|达峰(?:年|时|水平)?))?"
                             rf"(?:下降|减少|降低|削减))\s*{ZH_PCT}", s):
            if CAPABILITY.search(s[:m.start()]) or CAPABILITY_AFTER.match(s, m.end()):
                continue  # "2025年具备减碳30%工艺技术能力": the means to cut, no cut pledged
            if (target := near_year(m.start())):
                out.append((m.start(), "emissions_reduction", {"target_year": target, "base_year": None,
                                                               "reduction_pct_min": float(m.group(1)),
                                                               "reduction_pct_max": float(m.group(2) or m.group(1))}))
    # (Taiwan writes renewables 再生能源 and puts the year between: "再生能源发电占比将于2030年达到20%")
    for m in re.finditer(rf"(?:非化石能源|可?再生能源|清洁能源)[^，。；]{{0,12}}(?:比重|占比|比例|装机)[^，。；]{{0,12}}?{ZH_PCT}", s):
        if SHARE_NOW.search(s[max(0, m.start() - 8):m.start()]):
            continue  # "目前再生能源使用比例约为12%": the share today, no pledge
        out.append((m.start(), "renewable_share", {"target_year": near_year(m.start()),
                                                   "share_pct": float(m.group(2) or m.group(1))}))
    if not any(k == "renewable_share" for _, k, _ in out):  # "可再生能源消费量占…总量的30%；…这一比例达到50%"
        out += part_shares_zh(s, near_year)
    # "实现100%使用可再生能源电力": the share first, then the renewable power it is of
    # (Taiwan: "用电100%使用再生能源", its power all renewable without 电力 after)
    for m in re.finditer(rf"{ZH_PCT}\s*(?:(?:使用|采用|来自)\s*(?:可?再生能源|绿电)(?!\S{{0,4}}凭证)|(?:使用|采用|来自)?\s*"
                         rf"(?:可再生能源|可再生|再生能源|清洁能源|清洁|绿色)电力)", s):
        if (target := near_year(m.start())):
            out.append((m.start(), "renewable_share", {"target_year": target, "share_pct": float(m.group(2) or m.group(1))}))
    # "将于2030年达成RE100": all of its power from renewables (the RE100 pledge), where no share was read
    if "RE" in s and not any(k == "renewable_share" for _, k, _ in out) and (m := RE100.search(s)) and \
            (target := near_year(m.start())):
        out.append((m.start(), "renewable_share", {"target_year": target, "share_pct": 100.0}))
    # "人均碳排放量降至3.3至3.8公吨": a cap per person (its ceiling)
    for m in re.finditer(r"人均(?:二氧化)?碳?排放(?:量)?(?:降至|降到|控制在|不超过|低于)\s*(\d+(?:\.\d+)?)"
                         r"(?:\s*(?:至|到|-|–|~)\s*(\d+(?:\.\d+)?))?\s*(?:公吨|吨)", s):
        out.append((m.start(), "per_capita_limit", {"target_year": near_year(m.start()),
                                                    "per_capita_t": float(m.group(2) or m.group(1))}))
    return out


def _later_neutrality(s: str, rx: str, first: tuple, years: list[tuple[int, int]]) -> list[tuple[int, str, dict]]:
    """A second neutrality target of one sentence with its own year in its own clause ("2025年实现核心运营碳中和，2035年
    实现价值链碳中和"): a mention after the first whose clause states a year not yet given."""
    out, taken = [], {first[1]}
    for m in re.finditer(rx, s[first[0].end():]):
        at = first[0].end() + m.start()
        clause = max(s.rfind(c, 0, at) for c in "，,；;")
        own = [y for p, y in years if clause < p < at]
        if own and own[-1] not in taken:
            taken.add(own[-1])
            out.append((at, "carbon_neutrality", {"target_year": own[-1]}))
    return out
