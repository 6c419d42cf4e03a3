"""Who signed, in a Chinese signing clause: the party lists before the verb ("A与B", "A、B和C", "A分别与B、C"),
pairs of countries by their abbreviation (中美), office-holders and who they sign for (代表, 旗下), a body kept as
written where no table names it but its shape is a name's. Used by agreements_zh, which finds the clauses."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.korean_city_ranks_zh import rank_only
from scrapers.extract.entities import Entity
from scrapers.extract.glosses import GLOSS
from pactwatch.gazetteer import CJK, gazetteer
from scrapers.extract.orgs import ZH_SUFFIX, foreign_body_name
from scrapers.extract.roles import actors
from scrapers.extract.foreign_cities_zh import NOT_A_NAME
from scrapers.extract.foreign_towns_zh import foreign_town
from scrapers.extract.short_names import region_full_form
from scrapers.extract.signers_zh import HEAD_OF_GOVERNMENT, government, latin_name
from scrapers.extract.summit_results_zh import unknown_cities
from scrapers.extract.national_sides_zh import side_pair
from scrapers.extract.descriptions_zh import countries_kind, described_party
from scrapers.extract.region_governments_zh import without_government
from scrapers.extract.region_cities_zh import unknown_city_after_region
from scrapers.extract.subsidiaries_zh import group_subsidiary


# asides inside a clause: who witnessed, a short name defined, where a company is listed, a count of the places just
# listed ("江苏、广东两省", "A、B两市市长")
ASIDE = re.compile(r"在[^，。；]{0,80}?(?:见证|陪同|主持|出席)下|(?<=[\u4e00-\u9fff])[两三四五六七八九十](?:省|市|州|国|地)(?=政府|人民政府|$|[\s与和同及、，]|共同|签|代表|正式|在|于|[一-龥]长)|[（(](?:以下)?简称[^）)]{0,20}[）)]|[（(][^）)]{0,60}[）)]")


# "X代表Y与Z签署": X signs for Y; "A旗下的B", "A所属B": B is the party. "代表双方", "代表各方" and a count of the
# sides just listed ("A、B和C主要负责同志代表三市签署", "代表两地", "代表三方"; ASIDE blanks such a count) name no one else
FOR_WHOM = re.compile(r"^[^与跟]*?代表(?=.)(?![\s双各处团]|[两二三四五六七八九十]+[方市省地家国区县州])")


UNIT_OF = re.compile(r"^.*(?:旗下的?|所属的?|下属的?)")


ITEM_SPLIT = re.compile(r"、|(?<![发住经工])和(?!改革|城乡|信息)|以及|(?<!以)及")


# after a name: a count (等3家…), what kind the names were (等城市), a post and its holder (委员会专员, 部长黄润秋)
TRAIL = re.compile(r"(?:等\s*(?:\d+|[多几数两一二三四五六七八九十]+)?\s*[对家个项].*|等(?:城市|地区|国家|省市|企业|机构|单位|高校|部门).*|"
                   r"(?<=[会部局署厅院所处室司办])副?(?:专员|部长|局长|署长|厅长|主任|院长|所长|司长|秘书长)[\u4e00-\u9fff·]{0,5}(?:共同|正式)?|共同|一道|一起|正式|还|已|也|又|分别|在.*|(?<=.)于.*|就(?![业读职任近])[^，。；]*|(?:当日|当天|今日|今天|昨日|昨天|日前|近日|同日|上午|下午)(?!报|新闻).*|进行了?.*|举[行办]了?.*|代表(?!处|团|大会).*|双方.*)$")


NAME_HEAD = re.compile(ZH_SUFFIX.pattern.rstrip("$").rstrip(")") + r"|署|府|论坛|分校|分行|支行|港|社|代表处|联络处|机构|市|州|省|郡|县|道|邦|大区)$")


SIGNATORY = re.compile(r"(?:副?总裁|董事长|总经理|主席|副?部长|大使|书记|秘书长?|局长|市长|省长|主任|执行董事)、[^、]*"
                       r"(?:副?总裁|董事长|总经理|主席|副?部长|大使|书记|秘书长?|局长|市长|省长|主任|执行董事)")


WITH = r"与|(?<![共一相不协会])同(?![意时样步等期])|跟"  # "A与B", not 共同/同意


BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")


GENERIC_NOUN = re.compile(r"(?:企业|机构|单位|代表|部门|城市|省州|地区|国家|方面|各方|双方|三方|伙伴|项目|领域|合作|方案|文件|协议|有关|相关|人士|"
                          r"的|了|在|将|和|是)|^(?:中方|外方|对方|我方|本市|本省|该市|该省|该公司|其)$")


COUNTED = re.compile(r"(?:\d+|[两一二三四五六七八九十百多几数若干]+)\s*(?:余|多)?\s*(?:家|个|对|位|批|所|座)")


# "中美两国发表…", "中欧双方签署…": the two countries a two-character compound names (the first is China)
PAIR_ABBR = re.compile(r"(?:^|[，,；\s])\s*中(?P<other>[美英法德俄日韩欧加澳意])(?:两国|双方|两国政府)?\s*$")


PAIR_COUNTRY = {"美": "美国", "英": "英国", "法": "法国", "德": "德国", "俄": "俄罗斯", "日": "日本", "韩": "韩国",
                "欧": "欧盟", "加": "加拿大", "澳": "澳大利亚", "意": "意大利"}


ADVERBIAL = re.compile(r"\s*(?:(?:昨日|昨天|今日|今天|日前|近日|当天|当日|同日|次日|翌日|上午|下午|晚间|当地时间|北京时间|"
                       r"[\d一二三四五六七八九十]+(?:年|月|日|号))\s*)*(?:(?:在|于)(?:[^，。；与和]{1,12}|[^，。；与和]{2,30}?期间))?\s*(?:共同|正式|一道|一起)?\s*$")


def drop_adverbial(subject: str) -> str:
    """The subject without the words at its end that only say when and where ("中美双方10日在英国格拉斯哥")."""
    for k in range(len(subject)):
        if ADVERBIAL.fullmatch(subject[k:]) and subject[k:].strip():
            return subject[:k]
    return subject


def masked_asides(text: str) -> str:
    """The clause with its asides blanked (offsets kept)."""
    return ASIDE.sub(lambda m: " " * len(m.group()), text)


def party_groups(subject: str, offset: int, sentence: str, entities: list[Entity]) -> list[list[str]]:
    """The parties of each agreement the words before the verb describe."""
    if "分别与" in subject or "分别同" in subject:
        k = max(subject.find("分别与"), subject.find("分别同"))
        head = _item_parties(subject[:k], offset, sentence, entities)
        if not head:
            return []
        objects = party_items(subject[k + 3:], offset + k + 3, sentence, entities, True)
        return [[head[-1], *obj] for obj in objects if obj]
    if re.search(r"分别\s*$", subject):
        # "广东省与新南威尔士州、不列颠哥伦比亚省分别签署": the one before 与 with each of the list after it
        cuts = [m for m in re.finditer(WITH, subject) if not any(e.start <= offset + m.start() < e.end for e in entities)]
        if len(cuts) == 1 and "、" not in subject[:cuts[0].start()]:
            k = cuts[0].end()
            head = _item_parties(subject[:cuts[0].start()], offset, sentence, entities)
            objects = party_items(subject[k:], offset + k, sentence, entities, True)
            if len(head) == 1 and len(objects) >= 2:
                return [[head[0], *obj] for obj in objects if obj]
    if (pair := PAIR_ABBR.search(drop_adverbial(subject))) and (names := country_pair(pair.group("other"))):
        return [names]  # "中美双方10日在格拉斯哥发布…": when and where between the pair and the verb
    if names := side_pair(drop_adverbial(subject), entities):  # "中墨双方19日在北京发表…" (national_sides_zh)
        return [names]
    parts = [p for p in re.split(r"、", subject)]
    starts = [offset + sum(len(q) + 1 for q in parts[:k]) for k in range(len(parts))]
    # a 与 inside a recognised name ("森林与气候变化委员会") pairs nobody
    if len(parts) >= 2 and all(any(not any(e.start <= at + m.start() < e.end for e in entities)
                                   for m in re.finditer(WITH, p)) for p, at in zip(parts, starts)):
        groups, pos = [], 0
        for p in parts:
            groups.append(_pair(p, offset + pos, sentence, entities))
            pos += len(p) + 1
        return groups
    return [_pair(subject, offset, sentence, entities)]


def country_pair(abbr: str) -> list[str] | None:
    """China and the country a one-character abbreviation stands for (美 -> United States), by the gazetteer."""
    gaz = gazetteer()
    china, other = gaz.find_zh("中国"), gaz.find_zh(PAIR_COUNTRY[abbr])
    return [china.name, other.name] if china and other else None


def _pair(text: str, offset: int, sentence: str, entities: list[Entity]) -> list[str]:
    """"A与B", "A和B与C", "A、B和C": every party named."""
    m = FOR_WHOM.match(text)
    if m:  # "大使钱波代表生态环境部与…": the body signed for
        offset, text = offset + m.end(), text[m.end():]
    parties: list[str] = []
    pos = 0
    # split at 与/同/跟 outside every recognised name ("清华大学气候变化与可持续发展研究院与加州": one 与 is inside)
    cuts = [m for m in re.finditer(WITH, text) if not any(e.start <= offset + m.start() < e.end for e in entities)]
    pieces, last = [], 0
    for cut in cuts:
        pieces += [text[last:cut.start()], cut.group()]
        last = cut.end()
    pieces.append(text[last:])
    for n, piece in enumerate(pieces):
        if n % 2:  # the 与 itself
            pos += len(piece)
            continue
        items = [] if countries_kind(piece) else party_items(piece, offset + pos, sentence, entities)
        if SIGNATORY.search(piece):
            items = [items[0][:1]] if items else []  # "A副总裁、B董事长某某": one signatory's two posts, the first is the side he signs for
        for item in items:
            parties += [p for p in item if p not in parties]
        pos += len(piece)
    return parties


def party_items(text: str, offset: int, sentence: str, entities: list[Entity], counterpart: bool = False
           ) -> list[list[str]]:
    """The names of a list ("A、B和C"), each as its parties; an item with no name's head joins the next
    ("丹麦气候、能源与公用事业部")."""
    raw = _split_outside(text, offset, entities)
    merged: list[tuple[str, int]] = []
    carry = None
    for n, (piece, at) in enumerate(raw):
        if carry and _named_whole(piece, at, entities):
            merged.append(carry)  # the next item is a name of its own (…分校、劳伦斯伯克利国家实验室): no join
            carry = None
        if carry:
            piece, at = carry[0] + sentence[carry[1] + len(carry[0]):at] + piece, carry[1]
            carry = None
        core = TRAIL.sub("", piece.strip())
        ends_named = any(e.end >= at + len(piece.rstrip()) - (len(piece.strip()) - len(core))
                         for e in entities_in(entities, at, at + len(piece)))
        if n < len(raw) - 1 and core and not NAME_HEAD.search(core) and not ends_named and \
                not HEAD_OF_GOVERNMENT.match(core):  # "广东省省长马兴瑞、…": a post and its holder end the item
            carry = (piece, at)
            continue
        merged.append((piece, at))
    # "…、福塔莱萨市和班加罗尔市": an unknown city in a list of known ones is kept as written (summit_results_zh)
    items = [(piece, at, _item_parties(piece, at, sentence, entities, counterpart)) for piece, at in merged]
    return [p for p in unknown_cities(items, entities) if p]


def _named_whole(piece: str, at: int, entities: list[Entity]) -> bool:
    """Whether one recognised name covers a list item from its first character to its last name character."""
    core = TRAIL.sub("", piece.strip())
    lead = len(piece) - len(piece.lstrip())
    return any(e.start == at + lead and e.end >= at + lead + len(core) and (e.name != e.surface or e.kind != "org")
               for e in entities)


def _split_outside(text: str, offset: int, entities: list[Entity]) -> list[tuple[str, int]]:
    """Split a list at 、 和 及 that stand outside every recognised name: (item, its offset in the sentence)."""
    cuts, start = [], 0
    for m in ITEM_SPLIT.finditer(text):
        pos = offset + m.start()
        if any(e.start <= pos < e.end for e in entities):
            continue
        cuts.append((text[start:m.start()], offset + start))
        start = m.end()
    cuts.append((text[start:], offset + start))
    return [(c, at) for c, at in cuts if c.strip()]


def title_parties(title: str, at: int, entities: list[Entity], sentence: str) -> list[str]:
    """Parties a title names ("《A与B关于…的谅解备忘录》"), or none."""
    k = title.find("关于")
    if k <= 0 or not re.search(WITH, title[:k]):
        return []
    return _pair(title[:k], at, sentence, entities)


def entities_in(entities: list[Entity], a: int, b: int) -> list[Entity]:
    """The entities that start within [a, b) of the sentence."""
    return [e for e in entities if a <= e.start < b]


def unit_party(clause: str, at: int, sentence: str, entities: list[Entity]) -> str | None:
    """The company unit a clause of its own names ("远景科技集团旗下的远景动力"), or None: the subject of a
    "，与B签署…" clause after it."""
    if not UNIT_OF.match(clause):
        return None
    named = _item_parties(clause, at, sentence, entities)
    return named[0] if len(named) == 1 else None


def _item_parties(piece: str, at: int, sentence: str, entities: list[Entity], counterpart: bool = False) -> list[str]:
    """The party one list item names: the unit after 旗下/所属, a recognised name, or a name by shape as written."""
    unit = UNIT_OF.match(piece)
    if unit:
        piece, at = piece[unit.end():], at + unit.end()
    # (a bracket masked before "在海口" leaves its blanks at the end: "韩国环境公团（K-eco）在海口签署")
    core = TRAIL.sub("", piece.strip()).rstrip()
    if COUNTED.search(core) or described_party(core):
        return []  # "两家埃及企业", "多家中国企业": how many, not who; "泰州一氢能企业": a kind, not who
    if (head := HEAD_OF_GOVERNMENT.match(core)) and (gov := government(head.group("place"))):
        return [gov]  # "香港特别行政区行政长官林郑月娥": the head signs for the government, named as the tables name it
    lead = len(piece) - len(piece.lstrip())
    found = actors(entities_in(entities, at, at + lead + len(core)), sentence)
    specific = [e for e in found if e.kind != "country"]
    if (latin := latin_name(core)) and all(e.name == e.surface for e in specific):  # no table's name
        return [latin]  # "沙特ACWA Power", "德国RWE公司": the company in its own script, not its country
    if specific and specific[0].kind == "org" and specific[0].start == at + lead and \
            OFFICE_IN_CHINA.fullmatch(core[specific[0].end - at - lead:]):
        return [specific[0].name]  # "联合国开发计划署驻华代表处": the body's office in China signs as the body
    if subsidiary := group_subsidiary(core, at + lead, entities_in(entities, at + lead, at + lead + len(core)), sentence):
        return [subsidiary]  # "国家能源集团宁夏电力有限公司", "中国建设银行江苏省分行": not the parent and the place
    shaped = _shaped_name(core, [e for e in entities if at <= e.start < at + lead + len(core)])
    if shaped and (shaped[1] == "city" or not any(e.end - e.start >= len(shaped[0]) for e in specific)) and \
            _country_body(core) != "":  # (a city after its region: the region is no longer name of it)
        # "德国国际合作机构（GIZ）": the English name the text glosses it with, else the name as written
        gloss = GLOSS.match(sentence, at + lead + len(core)) if core.endswith(shaped[0]) else None
        return [gloss.group("gloss") if gloss else region_full_form(shaped[0])]
    places = all(e.kind in {"country", "city", "province", "state"} for e in found)
    body = _country_body(core) if places or all(e.kind == "country" or e.name == e.surface for e in found) else None
    if body == "" or (body and places):
        return [body] if body else []  # "沙特阿美": a body named after its country; "德国企业": one left unnamed
    # "与太平船务、…签订": whatever stands alone in the counterpart slot is named there, even where a place name
    # opens it (太平 is a town, 太平船务 a shipping line)
    places_inside = found and all(e.kind != "org" for e in found) and max(e.end for e in found) < at + lead + len(core)
    if (not found or places_inside) and (counterpart or unit) and BARE_NAME.fullmatch(core) and \
            not GENERIC_NOUN.search(core):
        return [core]  # "远景科技集团旗下远景动力与…": a unit the grammar names as a company's, kept as written
    if not found and FIRM_SHORT.fullmatch(core) and not GENERIC_NOUN.search(core):
        return [core]  # "明阳智能与…签署": a listed firm's short name, a brand and its trade, kept as written
    return [_own_school_name(e) for e in found]


def _own_school_name(e: Entity) -> str:
    """A foreign university no table knows by its own name, without its country's before it (荷兰代尔夫特理工大学 ->
    代尔夫特理工大学: one name however a site introduces it); any other name as found."""
    if e.kind != "org" or e.name != e.surface:
        return e.name
    k = next((k for k in range(min(6, len(e.name) - 2), 1, -1) if (p := gazetteer().find_zh(e.name[:k]))), None)
    if k and p.kind == "country" and FOREIGN_SCHOOL.fullmatch(e.name[k:]):
        return e.name[k:]
    return e.name


# a university's own name after its country's (瑞典查尔姆斯理工大学): not one named by its country (国立大学, 皇家理工学院)
# (丹麦技术大学, 挪威科技大学: a field after the country leaves it part of the name)
FOREIGN_SCHOOL = re.compile(r"(?!国立|国家|皇家|中央|国际|联邦|州立|技术|科技|理工|农业|工业|工程|医科|医学|师范|开放|科学|"
                            r"经济|商业|管理|艺术|音乐|外国语|语言|海事|海洋|石油|交通|体育|天主教|基督教)[\u4e00-\u9fff·]{2,12}(?:大学|学院)")


# an international body's or foreign agency's office in China ("驻华代表处"): the body, as the news of it is told
OFFICE_IN_CHINA = re.compile(r"(?:驻华|驻中国|中国)(?:代表处|办事处|代表团|办公室)")


# the trade a company named after its place ends on ("上海电气", "东方电气" is no place; "广州地铁", "深圳能源")
TRADE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:电气|电力|汽车|能源|石化|石油|燃气|电网|建工|重工|航空|航运|港务|地铁|水务|钢铁|"
                   r"化工|新能源|光伏|风电|储能|动力|环保|控股|投资|银行)")


# after a foreign region's name, what makes the name its body's: a list of portfolios ending on a ministry's head
# ("萨克森州经济、劳动和交通部"): the region's ministry, kept as written, not the region
BODY_AFTER_REGION = re.compile(r"[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff、和与]{2,24}?(?:部|厅|署|局)$")


# a Chinese firm's short name as markets and the press give it: a two-character brand, then its trade (明阳智能,
# 阳光电源, 天合光能, 正泰新能源); no place opens it (those are read by _country_body) and no generic noun is in it
FIRM_SHORT = re.compile(r"[\u4e00-\u9fff]{2}(?:智能|科技|电气|动力|光伏|光能|风电|储能|电源|新能源|新能|能源|股份)")


# a body of a country left unnamed: "德国企业", "美国有关公司", "日本相关机构"
# "柬埔寨电力公司" (Électricité du Cambodge) is a national utility's name, not an unnamed company of the country; so is
# a country's name and 银行 alone (中国银行 Bank of China, 美国银行 Bank of America, 日本银行 the Bank of Japan)
UNNAMED_BODY = re.compile(r"(?!电力公司$|银行$)(?:的)?(?:有关|相关|当地|知名|大型|能源|电力|新能源)?(?:企业|公司|机构|银行|财团|企业代表)")


# what may follow a country's name and still speak of the country: its government, people, posts, envoys
FOR_THE_COUNTRY = re.compile(r"^(?:政府|人民|方面|官方|王国|共和国|联邦|合众国|总统|总理|首相|国王|王储|大使|特使|部长|外长|"
                             r"代表|驻|国会|议会|国家|两国|一方|方)")


def _country_body(core: str) -> str | None:
    """The list item as written where it is a body whose name opens with its country ("沙特阿美", "阿联酋马斯达尔")
    or with its city or province and ends on its trade ("上海电气");
    "" where it is a body of the country it leaves unnamed ("德国企业", "美国有关公司"); None where it opens with no
    country or the words after the country still speak of the country (美国政府, 美国总统拜登)."""
    gaz = gazetteer()
    k = next((k for k in range(min(6, len(core) - 1), 1, -1) if (p := gaz.find_zh(core[:k]))), None)
    if k is None:
        return None
    rest = core[k:]
    if p.kind != "country":
        # "上海电气", "北京能源": a company named after its city or province by its trade, not the place
        return core if 2 <= len(rest) <= 6 and BARE_NAME.fullmatch(rest) and TRADE.fullmatch(rest) else None
    if UNNAMED_BODY.fullmatch(rest):
        return ""
    if not (2 <= len(rest) <= 8) or not BARE_NAME.fullmatch(rest) or FOR_THE_COUNTRY.match(rest) or \
            GENERIC_NOUN.search(rest) or gaz.find_zh(rest) or NAME_HEAD.search(rest):
        return None  # a place of the country, or a name by shape: _shaped_name reads those
    return core


def _shaped_name(core: str, inside: list[Entity]) -> tuple[str, str] | None:
    """A name no table knows, by its shape: a country or place, then words, then an institutional head
    (斐济总理办公室, 尼日利亚州长论坛, 俄罗斯顿河畔罗斯托夫市, 沙特AlJomaih集团 -> AlJomaih集团). Kept as written."""
    core = re.sub(r"^(?:的|了)", "", core.strip())
    if not (3 <= len(core) <= (32 if "、" in core else 24)) or not (NAME_HEAD.search(core) or core.endswith("镇")) or \
            re.search(r"[，。；\s]", core):
        return None
    gaz = gazetteer()
    if city := unknown_city_after_region(core, gaz.find_zh):
        return city, "city"  # 智利纽夫莱大区奇廉市: the city; its region, known or not, only locates it (region_cities_zh)
    lead = next((k for k in range(min(8, len(core) - 1), 1, -1) if gaz.find_zh(core[:k])), None)
    port = core.endswith("港") and BARE_NAME.fullmatch(core) and len(core) <= 9
    if lead is None:
        # 威廉港: a port is named by its own name; a place inside starts it (…探讨长滩港 -> 长滩港)
        start = min((e.start - inside[0].start for e in inside if e.kind != "org"), default=None) if inside else None
        if port and start is None and len(core) <= 5 and not GENERIC_NOUN.search(core):
            return core, "org"
        return None
    place = gaz.find_zh(core[:lead])
    rest = core[lead:]
    if place.country == "KR" and rank_only(rest):
        return None  # 蔚山广域市: the city by its rank, as the tables know it (korean_city_ranks_zh)
    if port and len(rest) >= 2:
        # 德国汉堡港, 宁波舟山港: the port, not the city it serves; a country before it says where it is
        return (rest if place.kind == "country" else core), "org"
    if not rest or any(e.surface == core or e.start - inside[0].start == lead and not (
            place.kind == "country" and e.kind in {"state", "province"} and BODY_AFTER_REGION.match(core, e.end - inside[0].start))
                       for e in inside):
        # a name the tables know (江苏省镇江市: the city right after its province), not one by shape; a place
        # further in (俄罗斯伏尔加河畔新城市: 新城) is only part of the longer name
        return None
    if place.kind == "country":
        rest = without_government(rest)  # 印度古吉拉特邦政府: the region its government stands for
    if place.kind == "country" and (re.match(r"[A-Za-z]", rest) or rest[-1] in "市州省郡县道邦" or rest.endswith("大区") or
                                    foreign_town(rest)):  # 奥地利魏茨镇: the town (foreign_towns_zh)
        # 沙特AlJomaih集团: the name in its own script; 俄罗斯顿河畔罗斯托夫市: the city, its country said before;
        # 日本爱知县, 韩国京畿道, 意大利伦巴第大区: a Japanese prefecture, a Korean province, a French or Italian region
        # (美国各城市, 欧洲等城市: a count or a kind of places, no city's name)
        return (rest, "org") if len(rest) >= 3 and CJK.search(rest[-1]) and not NOT_A_NAME.search(rest) else None
    if place.kind != "country" and gaz.find_zh(core):
        return None
    return (foreign_body_name(core) or core), "org"  # 阿塞拜疆共和国能源部: built whole where it can be (foreign_bodies_zh)
