"""Find the actors named in a Chinese sentence: places by the gazetteer's Chinese names, organisations by the alias
book, by a known department's name or by the shape of a name (a head word after its place), ports, and governments;
a name no table knows is kept as written. The Chinese half of entities.find_entities."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK, first_level_regions, gazetteer
from scrapers.extract.entity_kinds import Entity, elsewhere, org_entity, place_entity
from scrapers.extract.orgs import ZH_LEFT_STOP, ZH_SUFFIX, aliases, known_department
from scrapers.extract.name_runs import place_over, topic_before
from scrapers.extract.counties_zh import county_governments
from scrapers.extract.districts_zh import district_governments
from scrapers.extract.foreign_counties_zh import foreign_counties
from scrapers.extract.hyphenated_regions_zh import place_reach
from scrapers.extract.legal_forms import whole_company
from scrapers.extract.level_bodies_zh import tier_prefixed
from scrapers.extract.national_sides_zh import joint_word
from scrapers.extract.place_words_zh import no_place_at
from scrapers.extract.placed_bodies_zh import placed_bodies
from scrapers.extract.units_zh import join_units
from scrapers.extract.state_short_cities_zh import cities_told
from scrapers.extract.portfolio_ministries_zh import join_portfolio_ministries


# words a Chinese organisation's name never holds: what precedes it in a clause (its parent, a signatory, a verb)
ZH_LEFT_STOP_WORDS = {"所属", "旗下", "下属", "代表", "见证", "签署", "签订", "会见", "拜会", "出席", "主持", "举行", "包括",
                      "其中", "此外", "同时", "以及", "分别", "共同", "还有", "成立", "设立", "组建", "筹建"}
LATIN_BEFORE_POST = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]{2,29})(?=(?:首席执行官|首席执行长|执行董事|董事长|总裁|"
                               r"总经理|CEO))")
# what a company is, not its name: "合资公司", "全资子公司" (after 成立/设立 the name would start there); the trade
# words and legal form left after a known body's bracket ("丰田汽车（中国）投资有限公司": 投资有限公司) name no one either
ZH_GENERIC_ORG = re.compile(r"^(?:合资|全资|独资|控股|参股|投资|实业|子|分|母|新|该|本|一家|两家)*"
                            r"(?:子公司|分公司|公司|集团|有限公司|股份有限公司|有限责任公司)$")
# "深圳、休斯敦两市政府", "江苏、广东两省人民政府": the governments of the places just listed, counted; no one name
LISTED_GOVS = re.compile(r"[两三四五六七八九十](?:省|市|州|国|地|区)(?:人民)?政府$")


# a city's port: 港 not opening another word (港口 ports, 港区 port zone, 港澳 Hong Kong and Macao, 港务 port affairs)
ZH_PORT = re.compile(r"港(?![口湾区务澳台股城人产商资])")


def _port_zh(s: str, city: Entity, i: int, j: int, out: list[Entity]) -> Entity:
    """"Port of Qingdao" for 青岛港; "Port of Ningbo-Zhoushan" for 宁波舟山港, the city named right before joining."""
    if out and out[-1].end == i and out[-1].kind == "city" and out[-1].country == city.country:
        prev = out[-1]
        return Entity(f"Port of {prev.name}-{city.name}", "org", city.country, prev.start, j + 1, s[prev.start:j + 1])
    return Entity(f"Port of {city.name}", "org", city.country, i, j + 1, s[i:j + 1])


# a short word in brackets inside a company's name, before its legal form: （集团）, （中国）, （控股）
ZH_NAME_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def find_zh(s: str) -> list[Entity]:
    """The actors a Chinese sentence names, left to right (see the module docstring)."""
    book = aliases()
    gaz = gazetteer()
    spans: list[Entity] = []
    # organisation shapes: a suffix, extended left to the nearest function word or punctuation
    for m in re.finditer(ZH_SUFFIX.pattern.rstrip("$"), s):
        end = m.end()
        start = m.start()
        # a foreign name's middle dot is inside it ("马克斯·普朗克学会")
        while start > 0 and end - start < 24:
            if s[start - 1] in "）)" and (inner := ZH_NAME_BRACKET.search(s, max(0, start - 6), start)) and \
                    inner.end() == start and not any(book.find_zh(s[k:inner.start()])
                                                     for k in range(max(0, inner.start() - 10), inner.start() - 1)):
                # "…投资控股（集团）有限公司": a bracket inside the name (a known body before it, 西门子（中国）有限公司,
                # is that body, read as before)
                start = inner.start()
                continue
            # (a middle dot or a hyphen between characters is inside a foreign name: 巴登-符腾堡州经济部)
            if not (CJK.match(s[start - 1]) or (s[start - 1] in "·•-－" and start > 1 and CJK.match(s[start - 2]))):
                break
            if s[max(0, start - 2):start] in ZH_LEFT_STOP_WORDS:
                break  # "中国能建所属葛洲坝国际公司", "钱波代表生态环境部": the name starts after these words
            if ZH_LEFT_STOP.match(s[start - 1]):
                # 埃及, 阿尔及利亚: a place whose name holds a function word is part of the name
                a = place_over(s, start - 1)
                if a is not None:
                    start = a
                    continue
                # "气候变化与可持续发展研究院": 与 joins two topics inside one name, not two names
                if s[start - 1] in "与和" and start > 1 and topic_before(s, start - 1) and \
                        not any(book.find_zh(s[k:start - 1]) for k in range(max(0, start - 12), start - 2)):
                    start -= 1
                    continue
                break
            start -= 1
        if (lat := re.search(r"(?<![A-Za-z0-9 ])[A-Za-z][A-Za-z0-9]{0,9}$", s[:start])) and (
                end - start >= 4 or (start == m.start() and len(m.group()) >= 2 and len(lat.group()) >= 3)):
            # "C40城市气候领导联盟", "iCET能源与交通创新中心": a Latin name part attached before; "Stellantis集团",
            # "Siemens公司": a foreign company's own name with a Chinese head
            start = lat.start()
        name = s[start:end]
        if len(name) - len(m.group()) < 2 or LISTED_GOVS.search(name) or ZH_GENERIC_ORG.match(name):
            continue
        if name[0] in "年月日" and start and s[start - 1].isdigit():
            continue  # "将在2030年实现集团运营层面的碳中和": a date's unit opens no name
        if len(m.group()) == 1 or m.group() in ("中心", "新区", "新区管委"):  # (a new area opens on its city)
            head = next((name[:k] for k in range(min(10 if "-" in name else 6, len(name)), 1, -1)  # (萨克森-安哈尔特州)
                         if gaz.find_zh(name[:k])), None)
            if head is None and not name.startswith(("国家", "中国")) and not known_department(name):
                continue
        spans.append(org_entity(name, start, end, {}))
    # "Stellantis首席执行官唐唯实": a foreign company's Latin name, then the post of the one who signs for it
    for m in LATIN_BEFORE_POST.finditer(s):
        if not any(e.start <= m.start() < e.end for e in spans):
            spans.append(Entity(m.group(1), "org", None, m.start(), m.end(1), m.group(1)))
    out: list[Entity] = []
    i = 0
    starts = {e.start for e in spans}
    while i < len(s):
        if not CJK.match(s[i]) and i not in starts:  # a shaped name may open on its Latin part (C40城市…)
            i += 1
            continue
        hit = None
        for j in range(min(len(s), i + book.zh_max_len), i + 1, -1):
            org = book.find_zh(s[i:j])
            if org and not tier_prefixed(s, i):  # "省发改委": the province's commission, not the nation's
                hit = Entity(org.name, "org", org.country, i, j, s[i:j])
                break
        at_i = [e for e in spans if e.start == i]  # a name no table knows runs to its legal form (legal_forms)
        shaped = whole_company(s, at_i) if hit is None else next(iter(at_i), None)
        if shaped and (hit is None or shaped.end > hit.end):
            hit = shaped
        # 碳中和 holds 中和, a town's name: carbon words are no place; 发展中国家 (developing countries) holds 中国
        if hit is None and not (i and s[i - 1] in "碳") and s[max(0, i - 2):i + 3] != "发展中国家" and not joint_word(s, i) and \
                not no_place_at(s, i):  # (阿拉伯: Arab, not Arrah's 阿拉: place_words_zh)
            for j in range(min(len(s), i + place_reach(s, i)), i + 1, -1):  # 萨克森-安哈尔特州: a dashed name runs longer
                ent = place_entity(s[i:j], i, j)
                if ent and s[i] == "港" and out and out[-1].end == i and out[-1].kind == "city":
                    ent = None  # 青岛港区: the city's port zone, not Tokyo's Minato (港区)
                if ent and out and out[-1].end == i and elsewhere(out[-1].surface, ent):
                    # 智利圣地亚哥, 新西兰奥克兰: a name the tables give another country's city is that country's
                    # own place, kept as written
                    ent = Entity(s[i:j], ent.kind, out[-1].country, i, j, s[i:j])
                if ent:
                    k = j
                    gm = re.match(r"(?:市人民政府|省人民政府|人民政府|市政府|省政府|政府|市|省)", s[j:])
                    if gm and not (gm.group() in "市省" and s[j - 1] == gm.group()):  # 云南省省会, 北京市市长: no unit
                        k = j + gm.end()
                    hit = Entity(ent.name, ent.kind, ent.country, i, k, s[i:k])
                    if ent.country not in (None, "CN") and s.startswith("大区", j):
                        # 巴黎大区 (Île-de-France), 伦巴第大区: a region named after its city, kept as written
                        hit = Entity(s[i:j + 2], "state", ent.country, i, j + 2, s[i:j + 2])
                    elif ent.country not in (None, "CN") and ent.kind == "city" and s.startswith("州", j) and \
                            not s.startswith("州立", j):
                        # 莫斯科州 (Moscow Oblast), 阿拉木图州 (Almaty Region): a region named after its city, no table
                        # knows it whole; kept as written, never the city (莫斯科州立大学 is a university's name)
                        # (汉堡州, 柏林州: a city-state, whose region has the city's name)
                        own = (ent.country, ent.name) in first_level_regions()
                        hit = Entity(ent.name if own else s[i:j + 1], "state", ent.country, i, j + 1, s[i:j + 1])
                    elif ent.kind == "city" and not CJK.search(ent.name) and ZH_PORT.match(s, j):
                        # 青岛港, 宁波舟山港: the port named after its city (or cities), not the city
                        hit = _port_zh(s, ent, i, j, out)
                        if hit.start < i:
                            out.pop()
                    break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    out = placed_bodies(s, out)  # "香港环境及生态局": the body of that place, one party
    out = cities_told(s, out)  # "德州市…在德州签署": the bare 德州 is the city the sentence names, not Texas
    out = foreign_counties(s, out)  # "美国夏威夷州毛伊县": the county, not the state placing it
    out = county_governments(s, out)  # "将乐县人民政府": a county no table knows, as written
    out = district_governments(s, out)  # "天元区提出…", "攸县力争…": a district, a one-character county (districts_zh)
    out = join_portfolio_ministries(s, out)  # "塞舌尔农业、气候变化与环境部": one ministry, not its first portfolio
    return join_units(s, out)  # "…大学冶金与能源工程学院", "…大学尔湾分校": a unit named after its parent, one name
