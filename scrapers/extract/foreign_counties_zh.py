"""A foreign county named after its state in Chinese ("美国夏威夷州毛伊县", "加利福尼亚州马林县"): the party is the
county, not the state that only places it. The gazetteer knows the state and not the county, so the state was kept
as the party. The county is kept as written (its Chinese name with 县: an unknown name is never rendered in pinyin),
in the state's country; the state's entity gives way to it.

Cheap: only a sentence holding 州 and 县 is searched, and only a state entity directly followed by a county name."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# one to four characters and 县 (金县: King County), where the county's name ends (its government, a conjunction,
# a verb, punctuation)
COUNTY_AFTER = re.compile(r"(?P<name>(?![全该本各每两三四五六七八九十])[\u4e00-\u9fff]{1,4}?县)(?:人民政府|政府)?"
                          r"(?=与|和|、|同|跟|签|将|在|于|就|共同|，|。|；)")


def foreign_counties(sentence: str, found: list[Entity]) -> list[Entity]:
    """The entities with each foreign state directly followed by a county ("夏威夷州毛伊县") replaced by the county."""
    if "县" not in sentence or "州" not in sentence:
        return found
    out = list(found)
    for e in found:
        if e.kind != "state" or not e.country or e.country == "CN" or not e.surface.endswith("州"):
            continue
        m = COUNTY_AFTER.match(sentence, e.end)
        if not m or any(o is not e and o.start < m.end() and m.start() < o.end for o in out):
            continue  # no county right after the state, or a name the tables know stands there
        out[out.index(e)] = Entity(m.group("name"), "org", e.country, e.start, m.end(), sentence[e.start:m.end()])
    return out
