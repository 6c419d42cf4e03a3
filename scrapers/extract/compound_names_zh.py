"""Chinese names that hold another name inside them, read whole as the story's own names (issue 17, the
hundred-and-ninth web: clean-energy agreements of zones, parks and groups' companies).

* A cooperation zone or park named with its city in brackets: 中韩（长春）国际合作示范区, 中德（沈阳）高端装备制造产业园,
  中新（天津）生态城, 中国（上海）自由贸易试验区. Without its 管委会 the reader found no name's head and kept the
  bracketed city: "Changchun" became a party of the zone's agreement. The zone (or its committee) is the party,
  as written.
* A known group's company named by the group and its line of business: 国家电投集团氢能公司, 华能集团新能源公司. The
  group's short name is known, so the reader stopped at 集团 and the group signed for its company. The company is the
  party, as written.

Both are found once per story (`compound_names`) and bound like a story's 简称 (told_sentences._story_names), so
every sentence reads them whole.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a character that may sit inside a name: no function word that ends a name's left side
_NAME_CHAR = r"(?:(?![与和及同跟由在对向将于把被给为是的了也均并等该])[\u4e00-\u9fff])"

# 中韩（长春）国际合作示范区(管理委员会): 中 and one or two characters (or 中国), a place in brackets, the zone's head
_ZONE = re.compile(
    r"(?:中国|中[\u4e00-\u9fff]{1,2})[（(](?P<place>[\u4e00-\u9fff]{2,4})[）)]"
    rf"{_NAME_CHAR}{{0,12}}?(?:示范区|合作区|产业园|生态城|生态园|工业园|试验区|科技城)(?:管理委员会|管委会)?")

# 国家电投集团氢能公司: a group's name, its line of business, 公司
_BUSINESS = ("氢能", "新能源", "储能", "清洁能源", "绿色能源", "综合能源", "风电", "光伏", "核电", "水电", "能源", "碳资产")
_GROUP_COMPANY = re.compile(rf"(?P<group>{_NAME_CHAR}{{2,8}}?)集团(?:{'|'.join(_BUSINESS)})(?:有限)?公司")


def compound_names(text: str) -> dict[str, str]:
    """Each zone named with its city in brackets and each known group's line-of-business company in a Chinese
    story, as itself: the story's own names, so that no sentence reads the bracketed city or the group alone."""
    if not re.search(r"[）)]\S{0,14}?(?:区|园|城)|集团\S{1,5}公司", text):
        return {}
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.orgs import aliases

    out: dict[str, str] = {}
    for m in _ZONE.finditer(text):
        if gazetteer().find_zh(m.group("place")) is not None:
            out.setdefault(m.group(), m.group())
    for m in _GROUP_COMPANY.finditer(text):
        group = m.group("group")
        # the group is known by a name the company's opens with (国家电投 of 国家电投集团氢能公司)
        if aliases().find_zh(group) or aliases().find_zh(group + "集团"):
            out.setdefault(m.group(), m.group())
    return out


# 丰田汽车（中国）投资有限公司: a known body's name, its country or city in brackets, trade words and a legal form
_BRACKETED_KNOWN = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,10})[（(](?P<place>[\u4e00-\u9fff]{2,4})[）)]"
                              r"(?:投资|控股|实业|管理|商贸|贸易)*(?:股份有限公司|有限责任公司|有限公司|公司)")


def bracketed_known_bodies(local: dict[str, str]) -> dict[str, str]:
    """The story's names (a 简称's full name) that are a known body with its place in brackets and a legal form,
    read as that body: the sentence reader takes 西门子（中国）有限公司 for Siemens, so a 简称 defined for it
    (丰田中国 for 丰田汽车（中国）投资有限公司) names the same side and the two sentences' rows are one."""
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.orgs import aliases

    out: dict[str, str] = {}
    for short, full in local.items():
        m = _BRACKETED_KNOWN.fullmatch(full)
        if m and gazetteer().find_zh(m.group("place")) is not None and (org := aliases().find_zh(m.group("body"))):
            out[short] = org.name
    return out
