"""Who "双方" are when the sentence before named them: "A与B在郑州举行工作会谈，就…交换意见。" + "在…见证下，双方签署了
《…》。" The signing sentence names no party; the two who met, or talked, in the sentence before are its parties; so
are the two whose officials one received the other ("四川省副省长罗强在萨克拉门托会见加州州长纽森"), told before or in the
signing sentence's own first clause.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from scrapers.extract.entities import Entity
from scrapers.extract.parties_zh import masked_asides, party_groups, party_items

# the meeting the two named before the verb held: "举行工作会谈", "进行了会晤", "举行视频会见", "座谈"
MET = re.compile(r"(?:举行了?|进行了?)?(?:工作|视频|正式)?(?:会谈|会见|会晤|座谈|磋商)")
# a delegation's visit: "…率领的州政府代表团抵达郑州", "X代表团访问Y", "一行到访Y"
VISITED = re.compile(r"(?:率领的?[^，。；]{0,12}?代表团|率团|代表团|一行)\s*(?:访问|到访|抵达|来访)(?:了)?")
# a signing whose subject is only "双方" (after asides such as "在…见证下" or a day): "…，双方签署了"
BOTH_SIGN = re.compile(r"(?:^|[，。；])\s*(?:随后|会后|会谈后|当天|同日|此次|会上)?[，\s]*双方(?:还|并|正式|共同)*(?:签署|签订|续签)")


def met_pair(sentence: str, entities: list[Entity]) -> list[str] | None:
    """The two parties a Chinese sentence says met ("A与B…举行会谈") or visited one another ("A代表团访问B"), named
    in one clause; None where it names no such pair."""
    if "访" in sentence or "抵达" in sentence:
        if pair := _visit_pair(sentence, entities):
            return pair
    if "会" not in sentence and "座谈" not in sentence and "磋商" not in sentence:
        return None
    m = MET.search(sentence)
    if m is None:
        return None
    start = max(sentence.rfind(ch, 0, m.start()) for ch in "，。；") + 1
    groups = party_groups(masked_asides(sentence[start:m.start()]), start, sentence, entities)
    if len(groups) == 1 and len(groups[0]) == 2:
        return groups[0]
    return _host_pair(sentence, entities) if HOSTED.search(sentence) else None


# one side received the other: "四川省副省长罗强在萨克拉门托会见加州州长纽森", "A会见了B": one party each side
HOSTED = re.compile(r"(?:会见|会晤|接见)(?:了)?")


def _host_pair(sentence: str, entities: list[Entity]) -> list[str] | None:
    """[host, guest] of "A（官员）在X会见B（官员）": the bodies or places of the one who received and the one received,
    one named on each side of the verb in its clause; None where either side names none, or more than one."""
    m = HOSTED.search(sentence)
    start = max(sentence.rfind(ch, 0, m.start()) for ch in "，。；") + 1
    end = min((k for ch in "，。；" if (k := sentence.find(ch, m.end())) >= 0), default=len(sentence))
    if UNOFFICIAL.search(sentence, start, end):
        return None  # "…会见了维多利亚州议员一行": a legislator speaks for no government that signs
    host = party_items(masked_asides(sentence[start:m.start()]), start, sentence, entities)
    guest = party_items(sentence[m.end():end], m.end(), sentence, entities)
    if len(guest) != 1 or len(host) != 1 or len(guest[0]) != 1 or len(host[0]) != 1 or guest[0] == host[0]:
        return None
    return [host[0][0], guest[0][0]]


# who does not stand for the government of the place named with them: members of a legislature, scholars
UNOFFICIAL = re.compile(r"议员|议长|参议|众议|人大代表|政协委员|学者|专家|教授")


def both_sides(sentence: str, entities: list[Entity], before: tuple | None) -> tuple[list[str] | None, tuple]:
    """(the pair "双方" stands for, the (sentence, entities) that named them as meeting) for a signing whose subject is
    only "双方": the sentence before (`before`), else the signing sentence's own clauses before it; else None and the
    sentence before."""
    if before and signed_by_both(sentence) and (pair := met_pair(*before)):
        return pair, before
    if signed_by_both(sentence) and (pair := met_pair(sentence, entities)):
        return pair, (sentence, entities)
    return None, before or ("", [])  # (the sentence before still dates a pair found otherwise: "双方还签署了")


def _visit_pair(sentence: str, entities: list[Entity]) -> list[str] | None:
    """[visitor, host] of "X副州长率领的代表团抵达郑州", "X代表团访问Y": one party named on each side of the verb."""
    m = VISITED.search(sentence)
    if m is None:
        return None
    start = max(sentence.rfind(ch, 0, m.start()) for ch in "，。；") + 1
    end = min((k for ch in "，。；" if (k := sentence.find(ch, m.end())) >= 0), default=len(sentence))
    guest = party_items(sentence[start:m.start()], start, sentence, entities)
    host = party_items(sentence[m.end():end], m.end(), sentence, entities)
    if len(guest) != 1 or len(host) != 1 or len(guest[0]) != 1 or len(host[0]) != 1 or guest[0] == host[0]:
        return None
    return [host[0][0], guest[0][0]]


# "两市还签署了…", "两省共同签订…": the pair by its kind, its signing with no other subject
PAIR_WORD_SIGN = re.compile(r"(?:^|[，。；])\s*(?:随后|会后|当天|同日|此次|会上)?[，\s]*(两市|两省)(?:还|并|正式|共同)*"
                            r"(?:签署|签订|续签)")
PAIR_KINDS = {"两市": "city", "两省": "province"}


def pair_word_fits(sentence: str, pair: list[str] | None, entities_before: list[Entity]) -> bool:
    """A Chinese signing whose subject is "两市" (两省) alone, after a sentence whose one signing had `pair` for its
    parties: both are places of that kind named there ("青岛市与长崎市签署…。" + "两市还签署了…"); a pair of
    another kind, or none, is not who they are."""
    if not pair or ("两市" not in sentence and "两省" not in sentence):
        return False
    m = PAIR_WORD_SIGN.search(masked_asides(sentence))
    kinds = {e.name: e.kind for e in entities_before}
    return m is not None and all(kinds.get(name) == PAIR_KINDS[m.group(1)] for name in pair)


def signed_by_both(sentence: str) -> bool:
    """Whether a Chinese sentence's signing has only "双方" for its subject (the sentence before names them)."""
    return "双方" in sentence and BOTH_SIGN.search(masked_asides(sentence)) is not None


# "同日，水电国际还与…签署了…", "当天，…": a further signing told as of the day of the one just reported
SAME_DAY = re.compile(r"^\s*(?:同日|当天|当日|同一天)")
# what a meeting sentence dates itself by when it names no day of its own: the day the story told before
THAT_DAY = re.compile(r"当天|当日|同日|随后")


def meeting_day_place(found: list, pair: list[str], before: str, entities: list[Entity], ctx,
                      recent_day: date | None) -> None:
    """A signing by "双方" (its parties the pair that met in the sentence before) is dated and placed by that
    meeting: the day it tells (or the day the story told before, for "当天下午…"), the city it was held in."""
    from scrapers.extract.occasion import told_day

    day = told_day(before, ctx, None) or (recent_day if THAT_DAY.search(before) else None)
    city = next((e for e in entities if e.kind == "city" and before[max(0, e.start - 1):e.start] in {"在", "于"}), None)
    for ag in found:
        if ag.parties != pair:
            continue
        if ag.signed_on is None and day:
            ag.signed_on, ag.signed_on_precision = day, "day"
        if ag.city is None and city:
            ag.city, ag.country = city.name, city.country


def same_day_place(sentence: str, found: list, last: dict) -> None:
    """"同日，A还与C签署…" after A's signing with B in a city: A's further signing that day was in that city too (a
    signing sharing no party with the one before gets no place from it)."""
    if not SAME_DAY.match(sentence) or not last.get("city"):
        return
    for ag in found:
        if ag.city is None and set(ag.parties) & set(last["parties"]):
            ag.city, ag.country = last["city"], last["country"]
