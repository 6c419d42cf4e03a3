"""A Chinese story names an official once with the place he governs ("加州州长纽森", "广东省省长王伟中") and later by
name alone as the one who signs or acts ("当天，纽森还与江苏省签署了…"): there the name stands for that place. A person
is never a party; the place he was said to govern is. Pure functions over one sentence at a time."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.visits_zh import visitors

# a head of a place's government and his name, right after the place: "加州州长纽森", "广东省省长王伟中", "洛杉矶市长贺希平"
OFFICE = re.compile(r"(?:副)?(?:州长|省长|市长|区长|县长)(?P<name>[\u4e00-\u9fff]{2,3}?(?:·[\u4e00-\u9fff]{2,4})?)"
                    r"(?=与|和|同|、|，|,|在|于|及|等|率|一行|出席|会见|签|共同|代表|表示|。)")
# where a name alone is the subject of what follows: "纽森还与…签署", "王伟中代表…签字"
SUBJECT_AFTER = r"(?=还|也|又|与|和|同|在|于|代表|签|共同|分别|先后)"


def officials(sentence: str, entities: list[Entity]) -> dict[str, str]:
    """Name -> the written name of the place the sentence says he heads ("纽森" -> "加州")."""
    out: dict[str, str] = {}
    for m in OFFICE.finditer(sentence):
        place = next((e for e in entities if e.end == m.start() and e.kind in {"city", "province", "state"}), None)
        if place is not None:
            out[m.group("name")] = place.surface
    return {**visitors(sentence, entities), **out}  # "州长道格拉斯·哈特韦尔": a foreign name by its surname (visits_zh)


def stand_ins(sentence: str, people: dict[str, str]) -> str:
    """The sentence with each official named alone as a subject replaced by the place he heads ("纽森还与江苏省签署" ->
    "加州还与江苏省签署"); a name after its title (州长纽森) stays."""
    for name, place in people.items():
        if name in sentence:
            sentence = re.sub(rf"(?<![长卿]){re.escape(name)}{SUBJECT_AFTER}", place, sentence)
    return sentence
