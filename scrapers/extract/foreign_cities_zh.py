"""Foreign cities a Chinese article introduces with their country ("丹麦森纳堡市") and then names without it
("烟台市与森纳堡市签署…").

A small foreign city has a Chinese name no table holds; said after its country it reads by its shape (a country, then
a name ending on 市), and kept as written. Later sentences drop the country; these map the bare name to itself so
they read it as the same one name, in Chinese (never a pinyin nor a similar-sounding known city).
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.state_qualified_cities_zh import after_qualifier

# what opens a name and what may not: a count or a quantifier makes "美国各城市" no city's name
# (a name may end on 城市 itself: 伏尔加河畔新城市 is Nizhny Novgorod's Chinese name)
NOT_A_NAME = re.compile(r"^[各等的和与及同跟在由向对两三多一些其该本每]|^(?:主要|重点|沿海|大|中小|友好|姊妹|伙伴|相关)?城市$|"
                        r"[市州省县区国]\S|^(?:第[一二三四五六七八九十\d]+|最)大?城市$")  # 芬兰第三大城市: a rank, no name
CITY_END = re.compile(r"市")


def introduced_cities(text: str) -> dict[str, str]:
    """Bare name -> name kept as written ("森纳堡市" -> "森纳堡市") of each foreign city the text introduces right
    after its country (other than China) and no table knows; also its name without 市 where three or more characters
    are left ("森纳堡")."""
    from pactwatch.gazetteer import gazetteer

    gaz = gazetteer()
    out: dict[str, str] = {}
    for m in CITY_END.finditer(text):
        end = m.end()
        for s in range(max(0, end - 14), end - 4):
            k = next((k for k in range(5, 1, -1) if (p := gaz.find_zh(text[s:s + k])) and p.kind == "country"
                      and p.country != "CN"), None)
            if k is None:
                continue
            name = text[after_qualifier(text, s + k, gaz.find_zh(text[s:s + k]).country, end):end]  # past 怀俄明州
            if not (3 <= len(name) <= 8) or not re.fullmatch(r"[\u4e00-\u9fff·]+", name) or NOT_A_NAME.search(name) \
                    or any(gaz.find_zh(name[:j]) for j in range(2, len(name) + 1)):
                continue  # too short or long, not a name, or a place the tables know opens it (美国宾夕法尼亚州…)
            out.setdefault(name, name)
            if len(name) >= 4:
                out.setdefault(name[:-1], name)
            break
    return out
