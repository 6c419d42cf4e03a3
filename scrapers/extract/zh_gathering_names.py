"""The Chinese names of gatherings, read apart from what a sentence says of them: the words before a name that are no
part of it (在, 出席, 本届 ..., a place the sentence is in), a body whose numbered session a gathering is
("国际可再生能源署第十四届大会": IRENA's, with its Latin names) and a gloss in brackets between a body and its
session. Split from events.py, which reads each name's day and place."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK, load_data
from pactwatch.lazy import once
from scrapers.extract.name_runs import topic_before

ZH_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届|第[一二三四五六七八九十百\d]+次(?=[^，。；]{2,20}领导人会晤)|首届|(?<!\d)\d{4}(?![年\d])(?=[\u4e00-\u9fff“])")
# a body whose numbered session a gathering is ("国际可再生能源署第十四届大会", "联合国环境规划署第五届…大会"): its name
# ends in an organisation's head word right before the edition
ZH_ORG_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:署|组织|組織|机构|機構|联盟|聯盟|理事会|委员会|協會|协会|学会|计划署)$")
ZH_STOP_PREFIX = re.compile(r"^.*(?:在|于|的|了|和|与|及|是|为|出席|参加|召开|举行|举办|主办|承办|此次|本次|这次|该|本届|此届|上(?![游海饶])|"
                            r"期间|两天|三天|多天|当天|次日)")


@once
def _latin_names_of_bodies() -> dict[str, tuple[str, ...]]:
    """Each listed organisation's Chinese name -> its names in Latin letters (国际可再生能源署 -> International
    Renewable Energy Agency, IRENA)."""
    out = {}
    for item in load_data("organisations.yaml")["organisations"]:
        names = [item["name"], *item.get("aliases", [])]
        latin = tuple(n for n in names if not CJK.search(n))
        out.update({n: latin for n in names if CJK.search(n)})
    return out


def body_latin_names(raw: str) -> tuple[str, ...]:
    """The Latin-letter names of the listed body whose numbered session a Chinese gathering's name is
    ("国际可再生能源署第十四届大会": IRENA's), so the warehouse can join it with an English report naming the body ("the
    IRENA Assembly") on a name word they share; none when it opens with no listed body and an edition."""
    bodies = _latin_names_of_bodies()
    for k in range(min(len(raw) - 2, 16), 1, -1):
        if raw[:k] in bodies and ZH_EDITION.match(raw, k):
            return bodies[raw[:k]]
    return ()


# a bracket right before a gathering's edition: the short and Latin names a body is glossed with
GLOSS_BEFORE = re.compile(r"[（(][^（）()。；]{1,60}[）)]$")


def glossed_body(sentence: str, at: int) -> tuple[str, int] | None:
    """(name, start) of the body whose session a Chinese gathering is where a bracket glossing the body stands between
    its name and the edition ("倡导地区可持续发展国际理事会（宜可城，ICLEI）2022世界大会"): a listed body's Chinese name,
    or a name ending on an organisation's head word, the clause words before it left out; None otherwise."""
    gloss = GLOSS_BEFORE.search(sentence, 0, at)
    if gloss is None:
        return None
    head = sentence[:gloss.start()]
    bodies = _latin_names_of_bodies()
    k = next((k for k in range(min(16, len(head)), 1, -1) if head[-k:] in bodies), None)
    if k:
        return head[-k:], gloss.start() - k
    body = ZH_ORG_BEFORE.search(head)
    if body is None:
        return None
    name = strip_zh_prefix(body.group(0))
    return (name, gloss.start() - len(name)) if len(name) >= 4 else None


def strip_zh_prefix(raw: str) -> str:
    """What stands before an event's name in its clause goes ("在12月的巴黎气候大会" -> "巴黎气候大会"), but a 与/和
    joining two topics inside the name stays ("中美农业与气候合作研讨会")."""
    edition = ZH_EDITION.search(raw)
    if edition:
        body = ZH_ORG_BEFORE.search(raw, 0, edition.start())
        if body and not ZH_STOP_PREFIX.match(body.group(0)):
            return raw[body.start():]  # "国际可再生能源署第十四届大会": the body whose Nth session it is stays
        return raw[edition.start():]  # the name opens at its edition; what stands before it is the clause
    m = ZH_STOP_PREFIX.match(raw)
    if not m:
        return raw
    end = m.end()
    if raw[end - 1] in "与和" and topic_before(raw, end - 1):
        head = ZH_STOP_PREFIX.match(raw[:end - 1])  # keep the 与 and the topic before it; cut before those
        return raw[head.end():] if head else raw
    return raw[end:]


def drop_leading_place(raw: str) -> str:
    """洛杉矶中美气候领导峰会 / 第二届中美气候领导峰会 -> 中美气候领导峰会: a place or an edition number before a
    "中美"-style name says where or which time, not which event series (the date tells editions apart)."""
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.orgs import _glossary

    raw = re.sub(r"^(?:第[一二三四五六七八九十百\d]+届|首届)", "", raw)
    prefixes = _glossary()[0]
    for k in range(2, min(7, len(raw) - 3)):
        if gazetteer().find_zh(raw[:k]) and any(raw[k:].startswith(p) for p in prefixes):
            return raw[k:]
    return raw


# a fair's name, then a gathering of its own held at it: "第七届中国—阿拉伯国家博览会中阿绿色低碳发展论坛" is the
# forum, held at the expo (as "作为…博览会配套活动，…论坛举办" tells it apart); only a fair's head opens it, so a
# forum's annual meeting ("…论坛年会") or a body's session stays one name
_FAIR_THEN_OWN = re.compile(r"(?:博览会|交易会|展览会|洽谈会)(?=[\u4e00-\u9fff—－]{2,}?(?:论坛|研讨会|对话会|座谈会|推介会|对接会|"
                            r"峰会|圆桌会)$)")


def own_gathering_after_fair(raw: str) -> str:
    """The gathering a name holds after the fair it was held at ("…博览会中阿绿色低碳发展论坛" -> "中阿绿色低碳发展论坛"),
    else the name as it is."""
    m = _FAIR_THEN_OWN.search(raw)
    return raw[m.end():] if m and len(raw) - m.end() >= 4 else raw
