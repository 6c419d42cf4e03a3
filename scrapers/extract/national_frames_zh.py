"""A national goal a Chinese body says it implements or serves ("集团将坚决落实国家“力争2030年前实现碳达峰、2060年前
实现碳中和”的目标要求", "服务我国碳达峰碳中和目标"): the goal is the frame of the body's work, the nation's and told as
such, not the body's own pledge, as "in line with China's goals of ..." is none in English
(pledge_forms_en.context_goal). The body's own targets in other clauses ("，力争2025年实现碳达峰") are read as before.

Cheap: a literal verb of implementing gates the pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

# "落实国家“…”的目标(要求)", "贯彻党中央…目标", "服务我国…目标", "助力国家…目标": the verb, the nation, its goal
# (国家 only as the nation: not 国家电投, 国家能源集团, 国家电网 opening a company's name)
_FRAME = re.compile(r"(?:落实|贯彻|服务(?:于)?|助力|围绕|对标|服从|响应|支撑)[^，。；“]{0,4}?"
                    r"(?:国家|我国|党中央|中央)(?=“|的|提出|确定|部署|碳达峰|双碳|[“”]?双碳|\d|力争|关于)"
                    r"[^。；]{0,70}?目[标標]")
_VERBS = ("落实", "贯彻", "服务", "助力", "围绕", "对标", "服从", "响应", "支撑")


def national_frame(sentence: str, at: int) -> bool:
    """True when the Chinese target read at `at` lies inside a national goal the sentence's subject implements or
    serves ("落实国家“…2030年前实现碳达峰…”的目标要求"): the nation's goal as the frame of the body's work, no pledge
    of the body's."""
    if not any(v in sentence for v in _VERBS):
        return False
    return any(m.start() < at < m.end() for m in _FRAME.finditer(sentence))
