"""A Chinese pledge's subject no table knows: a firm's bare short name opening the sentence before 宣布, 表示 or 承诺
("百度宣布，将在2030年实现集团运营层面的碳中和"). The Chinese counterpart of the English trade name ("HSBC committed ...").

Only a short name at the very start, right before the verb and its comma, and never a word for a meeting, a report,
a side, a person, a trade or a place's government (会议宣布, 中方表示, 业内人士表示, 我市承诺): who those are is
told elsewhere or not at all.
"""
from __future__ import annotations

from scrapers import lazy_re as re

OPENER = re.compile(r"^([\u4e00-\u9fff]{2,5}?|[A-Za-z][A-Za-z0-9]{1,12})(?:近日|日前|此前|今天|今日)?(?:宣布|表示|承诺)[，,：:]")
NOT_A_NAME_END = re.compile(r"[会局部委厅方人者家业场府市省区国们报据析议界士员长处室组班社网台刊]$")
NOT_A_NAME_START = re.compile(r"^(?:我|他|她|该|本|全|此|其|这|那|各|双|多|有关|相关|记者|专家|官方|外界|分析|报告|文件|数据|会议)")


def bare_subject_zh(sentence: str, at: int) -> list[str]:
    """[the short name opening the sentence] when it is the subject of a pledge verb before position `at`, else []."""
    m = OPENER.match(sentence)
    if not m or m.end() > at:
        return []
    name = m.group(1)
    if NOT_A_NAME_END.search(name) or NOT_A_NAME_START.match(name):
        return []
    return [name]
