"""A provincial body a Chinese story names without its province ("省商务厅与艾奥瓦州经济发展署签署…", "省发展改革委与…签署"):
a provincial portal or paper writes its own province's departments so, the province being the one the story is
about. Read as that province's body ("河北省商务厅": Hebei Provincial Department of Commerce), the province being the
one of that kind the story named last (`recent_places`); no province named before, or a "省" that ends a name
("河北省商务厅", "某省"): left as it is. The body's English name is what the entity reader makes of the full form.
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# "省" opening a body's name: after a clause break or a word joining parties, never inside a name ("河北省商务厅")
_BARE_UNIT = re.compile(r"(?:(?<=^)|(?<=[，,。；：:、与和同及由并（(“\s]))省(?:人民政府)?"
                        r"((?:[\u4e00-\u9fff]{1,8}?)(?:厅|委员会|委|局|办公室|办))(?=[与和同及、，,签在于共代并])")
_WORDS = ("长", "委书记", "领导", "政府", "内", "外")  # "省长", "省委书记": people and places, not bodies


@lru_cache(maxsize=64)
def _zh_name(province: str) -> str | None:
    """The province's Chinese name ending in 省 ("Hebei Province" -> "河北省")."""
    g = gazetteer()
    return next((k for k, v in g.zh.items() if k.endswith("省") and getattr(v, "name", None) == province), None)


def own_province_units(sentence: str, entities: list[Entity], recent_places: dict[str, str]) -> list[Entity]:
    """The entities with each bare "省<body>" read as the body of the province the story named last."""
    if "省" not in sentence or not (province := (recent_places or {}).get("province")):
        return entities
    zh = _zh_name(province)
    if not zh:
        return entities
    from scrapers.extract.entities import find_entities  # (the reader of the full form)

    out = list(entities)
    for m in _BARE_UNIT.finditer(sentence):
        if m.group(1).startswith(_WORDS) or any(e.start < m.end() and m.start() < e.end for e in entities):
            continue
        full = [e for e in find_entities(zh + sentence[m.start() + 1:m.end()]) if e.kind == "org"]
        if len(full) == 1 and full[0].surface == zh + sentence[m.start() + 1:m.end()]:
            out.append(Entity(full[0].name, "org", "CN", m.start(), m.end(), sentence[m.start():m.end()]))
    return sorted(out, key=lambda e: e.start)
