"""Visits of foreign governors and mayors told by Chinese provincial foreign-affairs offices and city portals: the
visitor is named once with his place and a foreign name ("美国南达科他州州长道格拉斯·哈特韦尔一行访问辽宁省") and later by
his surname alone as the one who signs ("哈特韦尔还与锦州市签署…", "卡斯韦尔先后与丹东市、营口市签署…"): there he stands
for his state or city (officials_zh). A state no table knows, said after 美国, is read by its shape and kept in Chinese
("南达科他州"), never a pinyin. Pure functions over one text or one sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# a head of a foreign place's government and his foreign name: "州长道格拉斯·哈特韦尔", "市长丹尼尔·克劳福德"
VISITOR = re.compile(r"(?:副)?(?:州长|市长|省长)(?P<given>[\u4e00-\u9fff]{2,5})·(?P<surname>[\u4e00-\u9fff]{2,5}?)"
                     r"(?=一行|率|等|，|、|。|与|和|在|于|出席|表示|代表)")
# a US state no table knows, after its country: "美国南达科他州" (its name 2-5 characters, none a function word)
US_STATE = re.compile(r"美国(?P<name>[\u4e00-\u9fff]{2,5}?州)(?=州长|副州长|政府|的|，|、|与|和|代表|一行|。|关于|签)")
NOT_A_STATE = re.compile(r"[各等的和与及同在由向对两多一些其该本每省市县区]")


def visitors(sentence: str, entities: list[Entity]) -> dict[str, str]:
    """Surname (and whole foreign name) -> the written name of the place the sentence says he heads
    ("哈特韦尔" -> "南达科他州" in "美国南达科他州州长道格拉斯·哈特韦尔一行…")."""
    if "·" not in sentence or "长" not in sentence:  # cheap gate: no titled foreign name
        return {}
    out: dict[str, str] = {}
    for m in VISITOR.finditer(sentence):
        place = next((e for e in entities if e.end == m.start() and e.kind in {"city", "province", "state", "org"}
                      and e.surface.endswith(("州", "市", "省"))), None)
        if place is not None:
            out[m.group("surname")] = place.surface
            out[f"{m.group('given')}·{m.group('surname')}"] = place.surface
    return out


def introduced_states(text: str) -> dict[str, str]:
    """Bare name -> name kept as written ("南达科他州" -> "南达科他州") of each US state the text names after 美国 that
    no table knows, so later sentences read it as one name."""
    if "美国" not in text or "州" not in text:  # cheap gate
        return {}
    from pactwatch.gazetteer import gazetteer

    gaz = gazetteer()
    out: dict[str, str] = {}
    for m in US_STATE.finditer(text):
        name = m.group("name")
        if NOT_A_STATE.search(name) or any(gaz.find_zh(name[:j]) for j in range(2, len(name) + 1)):
            continue  # not a name, or a place the tables know opens it (美国加州…)
        out.setdefault(name, name)
    return out
