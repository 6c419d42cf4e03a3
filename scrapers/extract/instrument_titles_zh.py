"""Chinese instruments named by a 书名号 title that is the subject of their signing (issue 17, the sixty-ninth web;
docs/instrument-titles.md): "6月12日，《A市与美国B州关于加强气候变化合作的谅解备忘录》在A签署", "《A市-B市低碳发展合作
框架协议》在B市签署". No one is named before the verb; the parties are the places the title opens with:

- "《A与B关于…》": the two before 关于 (parties_zh.title_parties);
- "《A与B…协议》", "《A-B…协议》" (no 关于): the name the title opens with and the one right after the joiner (与, 和,
  同 or a dash; a country before it only qualifies it: 美国B州), both names the tables know.

Only a clause that is nothing but the title, a day, a place and the verb is read ("《…》将于…签署", "根据《…》签署的"
are not); the caller keeps only a title that names an instrument (《A市碳达峰实施方案》 is a plan, no agreement).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.parties_zh import title_parties

# the clause: a day or "近日", the title, then where and when, then the signing verb, nothing else
TITLED_SIGNING = re.compile(
    r"^\s*(?:(?:近日|日前|今天|今日|昨天|昨日|当天|当地时间|北京时间)?\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?"
    r"(?:上午|下午|晚间)?\s*[，,]?\s*)"
    r"《(?P<title>[^《》]{4,80})》\s*(?:已|也|亦|则)?\s*(?:(?:于|在)[^，。；《》将拟未]{1,30}?)?\s*"
    r"(?:正式|顺利|成功|共同)?\s*(?:签署|签订|签约|签字)(?:了|完成)?\s*[。！]?\s*$")
_JOINER = re.compile(r"\s*(?:与|和|同|[-—–－])\s*")


def titled_signing(clause: str, at: int, sentence: str, entities: list[Entity]) -> tuple[str, list[str]] | None:
    """(title, parties) of a clause that says the titled instrument was signed and whose title names two parties,
    or None. `at` is where the clause starts in the sentence."""
    m = TITLED_SIGNING.match(clause)
    if m is None:
        return None
    title, t0 = m.group("title"), at + m.start("title")
    parties = title_parties(title, t0, entities, sentence) or opening_pair(title, t0, entities)
    return (title, parties) if len(parties) >= 2 else None


def opening_pair(title: str, t0: int, entities: list[Entity]) -> list[str]:
    """The two names a title opens with, joined by 与/和/同 or a dash ("秦皇岛市-霍巴特市…"), or none: the parties
    of a titled instrument no clause names ("双方签署了《海南省与夏威夷州清洁能源合作谅解备忘录》")."""
    inside = {e.start: e for e in entities if t0 <= e.start < t0 + len(title)}
    first = inside.get(t0)
    if first is None or first.kind == "country":
        return []
    joiner = _JOINER.match(title, first.end - t0)
    if joiner is None or joiner.end() == first.end - t0:
        return []
    second = inside.get(t0 + joiner.end())
    if second is not None and second.kind == "country":  # "美国新罕布什尔州": the country qualifies the state
        second = inside.get(second.end, second)
    if second is None or second.name == first.name:
        return []
    return [first.name, second.name]
