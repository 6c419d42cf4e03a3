"""A Chinese city's district, and a county with a one-character name, named as the subject of a pledge or a signing
where no table knows it (天元区提出，力争2028年实现碳达峰; 攸县力争2029年前实现碳达峰).

The gazetteer holds cities; counties_zh reads a county of a two-character name (将乐县). A district (区) of two
characters and a county of one (攸县, 沛县, 歙县) were no name at all, so their pledges had no actor and were lost. Each
is read only where a clause opens on it (after punctuation, a day, 与/和) and it goes on as a subject that pledges or
signs does (提出, 力争, 承诺, 计划, 与, 签…, or its 人民政府). It is kept as written (never in pinyin), one name for the
place and its government. Words that end in 区 but name no government (开发区, 高新区, 示范区, 园区, 社区, 城区,
该区, 各区) and counts and deictics of counties (全县, 该县, 各县) are no names; a name a table knows stands.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# the verbs and words after which the place is a subject that pledges or signs
_GOES_ON = r"(?P<gov>人民政府|政府)?(?=与|和|同|跟|签|提出|力争|承诺|计划|宣布|争取|率先|将于|将在|要在)"
_OPENS = r"(?:(?<=^)|(?<=[，。；、：:\s日与和]))"
# a district: two characters and 区, never a zone, park, community or part of town
DISTRICT = re.compile(_OPENS + r"(?P<name>(?!开发|高新|示范|保税|自贸|试验|实验|经济|工业|产业|功能|风景|旅游|商业|核心|"
                      r"中心|老城|主城|新城|生活|住宅|居民|先行|先导|集聚|合作|管理|服务|重点|试点|承接|引领|改革|综合|物流|"
                      r"港口|临港|滨海|沿海|沿江|边境|民族|贫困|城市|农村|城镇|零碳|低碳|近零|碳排|排放|园区|社区|景区|"
                      r"片区|城区|市区|郊区|辖区|矿区|林区|山区|牧区|库区|地区|全|该|本|各|我|每|两|一|二|三|四|五|六|"
                      r"七|八|九|十|个|市|省|县|州)[\u4e00-\u9fff]{2}区)" + _GOES_ON)
# a county of a one-character name (a two-character one is counties_zh's)
SHORT_COUNTY = re.compile(_OPENS + r"(?P<name>(?![全该本各我每一两三四五六七八九十个市区省州郡邻外属此贫强大小名])"
                          r"[\u4e00-\u9fff]县)" + _GOES_ON)


def district_governments(sentence: str, found: list[Entity]) -> list[Entity]:
    """The entities with each district, and each county of one character, the sentence names as a subject added
    (as written, kind org), replacing a name found inside it (北区 of 江北区) but never one that covers it or goes
    beyond it."""
    if "区" not in sentence and "县" not in sentence:
        return found
    out = list(found)
    for rx in (DISTRICT, SHORT_COUNTY):
        for m in rx.finditer(sentence):
            start, end = m.start("name"), m.end()
            over = [e for e in out if e.start < end and start < e.end]
            if any(e.start <= start and e.end >= end or e.start < start or e.end > end for e in over):
                continue  # a name a table knows (海淀区, Haidian District), a longer one, or one read already, stands
            out = [e for e in out if e not in over]  # "北区" inside 江北区: a fragment, not Kita ward
            out.append(Entity(m.group("name"), "org", "CN", start, end, sentence[start:end]))
    return sorted(out, key=lambda e: e.start)
