"""Chinese instruments named by a 书名号 title that is the subject of their signing (issue 17, the sixty-ninth web;
docs/instrument-titles.md): "6月12日，《A市与美国B州关于加强气候变化合作的谅解备忘录》在A签署", "《A市-B市低碳发展合作
框架协议》在B市签署". No one is named before the verb; the parties are the places the title opens with:

- "《A与B关于…》": the two before 关于 (parties_zh.title_parties);
- "《A与B…协议》", "《A-B…协议》" (no 关于): the name the title opens with and the one right after the joiner (与, 和,
  同 or a dash; a country before it only qualifies it: 美国B州, as a country and province before the first do:
  中华人民共和国江苏省A市与B国B市建立友好城市关系协议书), both names the tables know.

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
    # "《中华人民共和国江苏省扬州市与芬兰共和国拉赫蒂市建立友好城市关系协议书》": the country and province written
    # before the city (a twin-city agreement's formal title) only qualify it
    while first is not None and first.kind in ("country", "province") and first.end in inside:
        first = inside[first.end]
    if first is None or first.kind == "country":
        return []
    joiner = _JOINER.match(title, first.end - t0)
    if joiner is None or joiner.end() == first.end - t0:
        return []
    second = inside.get(t0 + joiner.end())
    # "美国新罕布什尔州": the country qualifies the state; "美国加利福尼亚州圣塔芭芭拉市": both qualify the city
    while second is not None and second.kind in ("country", "province", "state") and second.end in inside:
        second = inside[second.end]
    if second is None or second.name == first.name or _unknown_city_after(title, t0, first) or \
            _unknown_city_after(title, t0, second):
        return []
    return [first.name, second.name]


def _unknown_city_after(title: str, t0: int, e: Entity) -> bool:
    """Whether a province or state is followed by a city the tables do not know ("美国加利福尼亚州圣塔芭芭拉市"): the
    party is that city, which cannot be read whole, not the state."""
    return e.kind in ("province", "state") and _CITY_AFTER.match(title, e.end - t0) is not None


_CITY_AFTER = re.compile(r"(?![与和同])[\u4e00-\u9fff]{1,5}市")
