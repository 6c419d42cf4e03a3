"""Whose targets the sentences after this one state without naming anyone ("方案提出，到2025年，…", "到2030年，力争
实现碳达峰"): the body that issues a plan here (plans_zh, plan_titles_zh, plan_issuers_en), or the place or body a
Chinese list of targets opens with, in a segment that a full-width semicolon ends ("苏州市到2025年单位GDP能耗比2020年
下降14%；到2030年，力争实现碳达峰。": the next segment is the same city's); and a target statement that names its own subject after the
year it opens with ("到2030年，深圳市人均碳排放控制在5吨以内").
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.plan_issuers_en import plan_issuer_en
from scrapers.extract.plan_titles_zh import titled_issuer
from scrapers.extract.plans_zh import plan_issuer

# what may open the segment before its subject: a source of the targets ("根据方案，", "方案提出，", "《方案》明确，")
LEAD = re.compile(r"(?:(?:根据|按照|依据)?(?:《[^》]{2,40}》|方案|规划|意见|计划)(?:提出|明确|要求|显示)?[，,：:]\s*)?")
# the subject's target year right after it ("苏州市到2025年", "全市力争到2025年")
DATED = re.compile(r"\s*(?:力争|争取|计划|将)?\s*(?:到|至)\s*(?:19|20)\d\d\s*年")
OWNER_KINDS = {"city", "province", "county", "district", "org", "state", "region", "country"}


def list_subject(sentence: str, entities: list[Entity]) -> str | None:
    """The place or body a Chinese segment ending in '；' opens with as the subject of a dated target, or None."""
    if not sentence.rstrip().endswith("；") or not entities:
        return None
    lead = LEAD.match(sentence)
    first = entities[0]
    if first.start != lead.end() or first.kind not in OWNER_KINDS or not DATED.match(sentence, first.end):
        return None
    return first.name


# "到2030年，深圳市…": a target year opening the sentence, then its subject
YEAR_OPENING = re.compile(r"^(?:到|至)\s*(?:19|20)\d\d\s*年(?!底|末)\s*[，,]\s*")


def subject_after_year(sentence: str, entities: list[Entity]) -> bool:
    """Whether a Chinese target statement that opens with its year names its own subject right after it ("到2030年，
    深圳市人均碳排放控制在5吨以内"): a place or body's target told in the plan voice, with no plan named before it."""
    m = YEAR_OPENING.match(sentence)
    return bool(m) and any(e.start == m.end() and e.kind in OWNER_KINDS for e in entities)


def target_owner(sentence: str, entities: list[Entity]) -> str | None:
    """Who the next sentences' unnamed targets belong to, told by this sentence, or None (see the module's docstring)."""
    return (plan_issuer(sentence, entities) or titled_issuer(sentence, entities) or plan_issuer_en(sentence, entities)
            or list_subject(sentence, entities))
