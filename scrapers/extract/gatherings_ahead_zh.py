"""A Chinese sentence that names a gathering still to come ("美方期待…举办的领导人气候峰会", "在…大会召开前夕") or only as
a topic ("围绕…大会等议题交换意见", "就…论坛的筹备工作进行了交流"): not where the story's news happened. Split from
events.py."""
from __future__ import annotations

from scrapers import lazy_re as re

ZH_AHEAD = re.compile(r"(?:期待|迎接|筹备|备战|展望|即将|将于|将在|拟于|计划于|拟在|计划在|明年|下月|下个月|下周|后年)[^，。；]{0,30}$")
ZH_TOPIC_OF = re.compile(r"(?:等)?(?:议题|话题)|(?:召开|举行|开幕)?(?:前夕|之前)|的?筹备|\s*(?:将于|将在|即将|拟于|计划于)")


def ahead_zh(sentence: str, ev) -> bool:
    """Whether a Chinese sentence names the gathering `ev` (an events.EventMention) as one to come or as a topic
    talked about."""
    at = sentence.find(ev.aliases[0], ev.span[0]) if ev.aliases else -1
    start = at if at >= 0 else ev.span[0]  # the name itself, not the clause words its match opened with
    return bool(ZH_AHEAD.search(sentence, 0, start) or ZH_TOPIC_OF.match(sentence, ev.span[1]))
