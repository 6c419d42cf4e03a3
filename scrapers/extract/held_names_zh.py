"""A Chinese gathering's name the glossary cannot render, told as held where and when: "8月8日至9日，亚马孙合作条约
组织峰会在巴西北部城市贝伦举行", "国际太阳能联盟成立大会11日在印度首都新德里举行". A name opening its clause and
followed by its day(s) and 在<place>举行 is a summit's, a conference's or a forum's name, kept as written (never spelt in pinyin); a phrase of
unknown words elsewhere ("两天会议", "…的会议") stays no name."""
from __future__ import annotations

from scrapers import lazy_re as re

# its days (optional), then 在 <place> 举行/召开/开幕/举办 right after the name
HELD_AFTER = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|-|—)(?:\d{1,2}月)?\d{1,2}日)?)?(?:上午|下午|晚)?"
                        r"在[\u4e00-\u9fff]{2,14}?(?:举行|召开|开幕|举办)")
# the name opens its clause: the sentence's start, a comma, or a wire's "…电 " before it
CLAUSE_START = re.compile(r"(?:^|[，,。；：:]|电\s)\s*$")
# a summit, a conference, a forum: not a body's own meeting (…协调会议在惠州召开, a standing group's)
SUMMIT_HEADS = ("峰会", "大会", "论坛")
# a count or a length, not a name: 两天会议, 三场论坛, 本次大会
NOT_A_NAME = re.compile(r"^(?:[两一二三四五六七八九十\d]+(?:天|场|次|个|届)|本次|此次|这次|该)")


def held_here_zh(sentence: str, start: int, end: int, raw: str) -> bool:
    """Whether the unrendered name `raw` at sentence[start:end] opens its clause and is told as held right after it
    (its days, then 在<place>举行): a gathering's own name, kept in Chinese."""
    return len(raw) >= 6 and raw.endswith(SUMMIT_HEADS) and not NOT_A_NAME.match(raw) and \
        bool(CLAUSE_START.search(sentence[max(0, start - 8):start])) and bool(HELD_AFTER.match(sentence, end))
