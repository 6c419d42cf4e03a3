"""Whose a Chinese target is when a body of a place tells it for the whole place: "宁夏回族自治区发展和改革委员会负责人
介绍，到2025年，全区新能源装机容量达到…" is the region's target (全区), not the commission's; "某市生态环境局表示，到2025年
全市…" the city's. The place is read off the front of the body's name; the scope word (全省, 全区, 全市) must fit its kind.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK, gazetteer

# the body of a place's government that speaks for it: its government, commission, department, bureau or office
BODY_TAIL = re.compile(r"(?:人民)?政府(?:办公厅|办公室)?|发展和改革委员会|发展改革委|发改委|[\u4e00-\u9fff]{2,10}?(?:厅|局|委员会)")
# "宁夏回族自治区" -> "宁夏": an autonomous region's name without its people and kind
AUTONOMOUS = re.compile(r"(?:回族|壮族|维吾尔|藏族)?自治区$")
SCOPE = re.compile(r"全(省|区|市)")
SCOPE_KIND = {"省": "province", "区": "province", "市": "city"}


def scope_owner(actor: str, sentence: str, entities: list) -> str:
    """The place a body's target is for when the sentence states it for the whole place (全省/全区/全市) after
    naming the body (as written, or the entity `actor` renders); else the actor as read."""
    surfaces = [e.surface for e in entities if e.name == actor and CJK.search(e.surface)]
    surface = surfaces[0] if surfaces else actor
    if not CJK.search(surface) or (at := sentence.find(surface)) < 0:
        return actor
    scope = SCOPE.search(sentence, at + len(surface))
    if scope is None:
        return actor
    for i in range(len(surface) - 2, 1, -1):
        head, tail = surface[:i], surface[i:]
        if not BODY_TAIL.fullmatch(tail):
            continue
        place = gazetteer().find_zh(head) or gazetteer().find_zh(AUTONOMOUS.sub("", head))
        if place and place.kind == SCOPE_KIND[scope.group(1)]:
            return place.name
    return actor
