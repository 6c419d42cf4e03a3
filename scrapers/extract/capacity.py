"""Capacity pledges: "will more than double its renewable energy production, going from 175 gigawatts to 450
gigawatts by 2022", "到2025年可再生能源装机达到1亿千瓦". Stored as commitments of kind `other` with the target year.

The actor is the body or country the sentence names before the pledge verb; "Indian Prime Minister Narendra Modi
pledged that his country ..." names it by its demonym, read against the gazetteer ("Indian" -> India).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.commitments import ACHIEVED, RESULT, TOLD_TARGET, CommitmentMention
from scrapers.extract.commitments import place_anaphora
from scrapers.extract.entities import Entity
from scrapers.prefilter import quick
from scrapers.extract.roles import actors
from scrapers.extract.pledge_subjects import demonym_country
from scrapers.extract.units_en import YEAR

EN_PLEDGE = re.compile(r"\b(?:pledg\w*|commit\w*|promis\w*|vow\w*|aims?|aimed|targets?|will|would|plans?|"
                       r"intends?|set\s+(?:a|an|the)\s+(?:goal|target))\b", re.I)
EN_CAPACITY = re.compile(
    rf"\b(?:renewable|clean|solar|wind|non-fossil|green|new[\s-]energy)[\w\s-]{{0,30}}?\b(?:capacity|production|generation|power)\b"
    rf"[^.;]{{0,80}}?\bto\s+(?:(?:more\s+than|over|at\s+least)\s+)?(\d[\d,.]*)\s*(?:gigawatts|GW|megawatts|MW)\b[^.;]{{0,20}}?"
    rf"\bby\s+({YEAR})\b", re.I)
# "will install 5 GW of offshore wind capacity by 2030", "aims to add 18 gigawatts of renewable capacity by 2030",
# "is committed to achieving 30 GW ...", "has set a target of 30 gigawatts of renewable energy capacity by 2022": a
# capacity to be added, dated (a plant of some size with no year, "build a 2 gigawatt solar plant", is a project)
EN_ADD_CAPACITY = re.compile(
    rf"\b(?:install(?:ing)?|add(?:ing)?|deploy(?:ing)?|reach(?:ing)?|achiev(?:e|ing)|target\s+of)\s+(?:(?:at\s+least|another|an\s+additional|a\s+further)\s+)?(\d[\d,.]*)\s*"
    rf"(?:gigawatts|GW|megawatts|MW)\s+of\s+(?:new\s+)?(?:renewable|clean|solar|wind|offshore\s+wind|onshore\s+wind|"
    rf"green|non-fossil)[\w\s-]{{0,20}}?\bcapacity\s+by\s+({YEAR})\b", re.I)
ZH_PLEDGE = re.compile(r"承诺|目标|力争|争取|计划|确保|提出|宣布|将|要")
ZH_CAPACITY = re.compile(
    rf"(?:到|至|在)?\s*({YEAR})\s*年(?:(?!底|末)\s*[，,])?[^，。；]{{0,12}}?(?:可再生能源|新能源|清洁能源|非化石能源|光伏|风电)"
    r"(?:、(?:光伏|风电|太阳能))*(?:发电)?总?装机"
    r"(?:容量|规模)?[^，。；%％]{0,8}?(?:达到|超过|提高到|增至|达)\s*(\d+(?:\.\d+)?)\s*(?:亿千瓦|万千瓦|吉瓦|GW)")
# "到2025年，非化石能源消费比重达到18%，风电、光伏发电总装机容量达到9000万千瓦以上": a plan's year clause opens the
# sentence, the capacity target is a later clause of it (several kinds of power joined by 、 and a 总 before 装机)
ZH_PLAN_CAPACITY = re.compile(
    rf"^(?:《?(?:该|这一)?(?:规划|方案|计划|意见|行动方案|实施方案)》?(?:明确|指出|要求|规定|提出)[，,：:]\s*)?"
    rf"到\s*({YEAR})\s*年(?!底|末)\s*[，,][^。；]*?[，,]?(?:全[省市区县])?(?:可再生能源|新能源|清洁能源|非化石能源|光伏|风电)"
    r"(?:、(?:光伏|风电|太阳能))*(?:发电)?总?装机(?:容量|规模)?[^，。；%％]{0,6}?(?:达到|超过|提高到|增至|达)\s*"
    r"(\d+(?:\.\d+)?)\s*(?:亿千瓦|万千瓦|吉瓦|GW)")
TITLE = re.compile(r"\b([A-Z][a-z]+)\s+(?:Prime\s+Minister|President|Premier|Chancellor|government)\b")


def may_pledge(sentence: str) -> bool:
    """Whether `capacity_pledges` can read a target in a sentence in some story: one of its forms is there (a plan's
    year clause counted, as if the plan's issuer were known)."""
    return bool(quick(EN_CAPACITY).search(sentence) or quick(EN_ADD_CAPACITY).search(sentence) or
                quick(ZH_CAPACITY).search(sentence) or quick(ZH_PLAN_CAPACITY).match(sentence.strip()))


def capacity_pledges(sentence: str, entities: list[Entity], plan_actor: str | None = None,
                     recent: dict[str, str] | None = None) -> list[CommitmentMention]:
    """Renewable or clean capacity targets a sentence pledges, one per actor; `plan_actor` issued the plan whose
    targets the sentence goes on to list ("方案提出…" + "到2025年，…装机容量达到…"); `recent` (the last city, state and
    province named) for "The state has set a target of ..."."""
    if not (quick(EN_CAPACITY).may_match(sentence) or quick(ZH_CAPACITY).may_match(sentence) or
            quick(EN_ADD_CAPACITY).may_match(sentence) or plan_actor and quick(ZH_PLAN_CAPACITY).may_match(sentence)):
        return []  # no capacity target can be read here
    if ACHIEVED.search(sentence):
        return []
    out = []
    # a plan's year clause with no pledge word of its own ("到2030年，集团新能源装机规模达到500万千瓦") is the plan's target
    planned = plan_actor and not re.search(r"已|累计|同比|比上年|较上年", sentence) and \
        ZH_PLAN_CAPACITY.match(sentence.strip())
    if planned and not (ZH_CAPACITY.search(sentence) and ZH_PLEDGE.search(sentence)):
        return [CommitmentMention(plan_actor, "other", int(planned.group(1)))]
    for m in [*EN_CAPACITY.finditer(sentence), *EN_ADD_CAPACITY.finditer(sentence)]:
        verbs = [v for v in EN_PLEDGE.finditer(sentence) if v.start() < m.start()]
        if not verbs:
            continue
        who = named_actor(sentence[:verbs[-1].start()], entities, verbs[-1].start(), sentence)
        who = who or next(iter(place_anaphora(sentence, entities, verbs[-1].start(), recent or {})), None)
        if who:
            out.append(CommitmentMention(who, "other", int(m.group(2))))
    for m in ZH_CAPACITY.finditer(sentence):
        told = TOLD_TARGET.search(sentence) and not RESULT.search(sentence)  # "负责人介绍，到2025年，全区…装机…达到"
        if not (ZH_PLEDGE.search(sentence[:m.end()]) or told) or "已" in m.group() or \
                re.search(r"截[至止]\s*$", sentence[:m.start(1)]):
            continue  # "截至2023年，全省新能源装机已达到…": a result
        who = named_actor(sentence[:m.start()], entities, m.start(), sentence)
        if who:
            out.append(CommitmentMention(who, "other", int(m.group(1))))
    if planned and not out:  # "方案提出，到2025年，全县光伏装机容量达到35万千瓦；力争…": the plan's, no one named
        out.append(CommitmentMention(plan_actor, "other", int(planned.group(1))))
    return out


def named_actor(before: str, entities: list[Entity], at: int, sentence: str) -> str | None:
    """The nearest actor named before the pledge, else the country a leader's title names by its demonym."""
    named = [(e.end, e.name) for e in actors([e for e in entities if e.end <= at], sentence)]
    # "Indian Prime Minister Narendra Modi pledged": the leader's country, if named nearer the verb
    named += [(t.end(), c) for t in TITLE.finditer(before) if (c := demonym_country(t.group(1)))]
    return max(named)[1] if named else None
