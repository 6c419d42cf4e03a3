"""Gold records of the fifty-first test web, written from the texts of articles.py before the extractor was run on them.

Each row of a table or item of a list of signings is its own agreement (its parties: the row's two named parties;
its type: the row's instrument), of the gathering the page reports, dated the day the page gives for the signing
(the closing session's day, "signed on June 5", 28日上午, 15日下午; a one-day gathering's day), at the gathering's city.
A sister-city MOU is an MOU (a partnership accepted); an 意向书 (letter of intent) an MOU or agreement.
Negatives: a table of projects with investment figures (no signing: no agreement), a list of attending delegations
(no agreement), a previous edition's signings in a review box (optional, year only, the devwebs' practice for a
recalled signing), the next edition announced (no event). No commitment is told on any page.
Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, event as _ev, gold_document, recalled_agreement as _recalled


def _city(en: str, zh: str, *more: str) -> list[str]:
    """A city's accepted names: its English forms and its Chinese name with and without 市."""
    return [en, f"{en} Municipality", f"{en} Municipal Government", f"City of {en}", f"{en} City",
            f"{en} Municipal People's Government", f"{en} City Government", *more, zh, f"{zh}市", f"{zh}市人民政府",
            f"{zh}市政府"]


TULSA = _city("Tulsa", "塔尔萨")
WUHU = _city("Wuhu", "芜湖")
WICHITA = _city("Wichita", "威奇托")
BENGBU = _city("Bengbu", "蚌埠")
LITTLEROCK = _city("Little Rock", "小石城")
ZHUZHOU = _city("Zhuzhou", "株洲")
SANTAFE = _city("Santa Fe", "圣菲", "圣塔菲")
TONGLING = _city("Tongling", "铜陵")
FLAGSTAFF = _city("Flagstaff", "弗拉格斯塔夫")
HUAINAN = _city("Huainan", "淮南")
HUNTSVILLE = _city("Huntsville", "亨茨维尔", "City of Huntsville, Alabama")
MAANSHAN = _city("Ma'anshan", "马鞍山", "Maanshan")
LOUISVILLE = _city("Louisville", "路易斯维尔", "Louisville Metro Government", "Louisville Metro")
UTULSA = ["University of Tulsa", "The University of Tulsa", "塔尔萨大学"]
CTGU = ["China Three Gorges University", "Three Gorges University", "三峡大学"]
WSU = ["Wichita State University", "Wichita State", "威奇托州立大学"]
AQNU = ["Anqing Normal University", "安庆师范大学"]
AEDC = ["Arkansas Economic Development Commission", "AEDC", "阿肯色州经济发展委员会"]
XTCOM = ["Xiangtan Municipal Bureau of Commerce", "Xiangtan Bureau of Commerce", "Xiangtan Commerce Bureau",
         "湘潭市商务局"]
AHCONST = ["Anhui Construction Engineering Group", "Anhui Construction Group", "安徽建工集团", "安徽建工集团股份有限公司",
           "安徽建工"]
AHPU = ["Anhui Polytechnic University", "Anhui University of Engineering", "安徽工程大学"]
BBU = ["Bengbu University", "Bengbu College", "蚌埠学院"]
ASTATE = ["Arkansas State University", "Arkansas State", "阿肯色州立大学"]
MASTEEL = ["Masteel Group", "Ma'anshan Iron and Steel", "Magang Group", "Masteel", "马钢集团", "马钢（集团）控股有限公司",
           "马钢"]
NUCOR = ["Nucor", "Nucor Corporation", "Nucor Steel", "美国纽柯钢铁公司", "纽柯钢铁公司", "纽柯钢铁", "纽柯"]

HCCEF = ["2024 Heartland-China Clean Energy Forum", "Heartland-China Clean Energy Forum",
         "Heartland–China Clean Energy Forum", "2024 Heartland–China Clean Energy Forum"]
MSCGMR = ["Mid-South-China Green Manufacturing Roundtable", "Mid-South–China Green Manufacturing Roundtable",
          "2025 Mid-South-China Green Manufacturing Roundtable"]
SWCSCD = ["Southwest-China Solar Cities Dialogue", "Southwest–China Solar Cities Dialogue",
          "2024 Southwest-China Solar Cities Dialogue"]
WMGLC = ["2024 Anhui-US Green and Low-Carbon Cooperation Matchmaking Conference", "2024皖美绿色低碳合作对接会",
         "皖美绿色低碳合作对接会"]
AHAR = ["2025 Anhui-Arkansas Green Development Cooperation Forum", "Anhui-Arkansas Green Development Cooperation Forum",
        "2025安徽—阿肯色绿色发展合作论坛", "安徽—阿肯色绿色发展合作论坛", "2025安徽-阿肯色绿色发展合作论坛"]
MASSTEEL = ["2024 Ma'anshan International Low-Carbon Steel Cooperation Summit",
            "Ma'anshan International Low-Carbon Steel Cooperation Summit", "2024马鞍山国际低碳钢铁合作峰会",
            "马鞍山国际低碳钢铁合作峰会"]

EVENTS = [
    _ev("E-HCCEF-2024", HCCEF, "2024-10-08", ["2024-10-09"], "Tulsa", "US", ["hc01"]),
    _ev("E-MSCGMR-2025", MSCGMR, "2025-03-12", ["2025-03-12", None], "Little Rock", "US", ["hc02"]),
    _ev("E-SWCSCD-2024", SWCSCD, "2024-06-04", ["2024-06-05"], "Santa Fe", "US", ["hc03"]),
    _ev("E-WMGLC-2024", WMGLC, "2024-09-20", ["2024-09-20", None], "Wuhu", "CN", ["ah01"]),
    _ev("E-AHAR-2025", AHAR, "2025-03-27", ["2025-03-28"], "Bengbu", "CN", ["ah02"]),
    _ev("E-MASSTEEL-2024", MASSTEEL, "2024-11-14", ["2024-11-15"], "Ma'anshan", "CN", ["ah03"]),
]

AGREEMENTS = [
    # hc01: a captioned table "Partners | Instrument | Field", signed at the closing session on October 9
    _ag("A-TULSA-WUHU-2024", ["mou"], [TULSA, WUHU], "2024-10-09", ["Tulsa"], ["hc01"], event="E-HCCEF-2024"),
    _ag("A-UTULSA-CTGU-2024", ["agreement"], [UTULSA, CTGU], "2024-10-09", ["Tulsa"], ["hc01"], event="E-HCCEF-2024"),
    _ag("A-WSU-AQNU-2024", ["mou"], [WSU, AQNU], "2024-10-09", ["Tulsa"], ["hc01"], event="E-HCCEF-2024"),
    _recalled("A-WICHITA-BENGBU-2023", ["mou"], [WICHITA, BENGBU], "2023", "hc01"),
    # hc02: an ordered list "A and B: instrument on ...", at a one-day roundtable
    _ag("A-LR-ZHUZHOU-2025", ["mou", "partnership"], [LITTLEROCK, ZHUZHOU], "2025-03-12", ["Little Rock"], ["hc02"],
        event="E-MSCGMR-2025"),
    _ag("A-AEDC-XTCOM-2025", ["agreement"], [AEDC, XTCOM], "2025-03-12", ["Little Rock"], ["hc02"],
        event="E-MSCGMR-2025"),
    # hc03: bullets written into paragraphs, signed on the closing day
    _ag("A-SF-TONGLING-2024", ["mou"], [SANTAFE, TONGLING], "2024-06-05", ["Santa Fe"], ["hc03"],
        event="E-SWCSCD-2024"),
    _ag("A-FLAG-HUAINAN-2024", ["agreement"], [FLAGSTAFF, HUAINAN], "2024-06-05", ["Santa Fe"], ["hc03"],
        event="E-SWCSCD-2024"),
    # ah01: a 序号 | 签约项目 | 签约单位 table at a one-day 对接会
    _ag("A-WUHU-WICHITA-2024", ["mou"], [WUHU, WICHITA], "2024-09-20", ["Wuhu"], ["ah01"], event="E-WMGLC-2024"),
    _ag("A-AHCONST-HUNTSVILLE-2024", ["agreement"], [AHCONST, HUNTSVILLE], "2024-09-20", ["Wuhu"], ["ah01"],
        event="E-WMGLC-2024"),
    _ag("A-AHPU-WSU-2024", ["agreement"], [AHPU, WSU], "2024-09-20", ["Wuhu"], ["ah01"], event="E-WMGLC-2024"),
    # ah02: a 甲方 | 乙方 | 协议名称 table, signed on the 28th
    _ag("A-BENGBU-LR-2025", ["mou", "agreement", "partnership"], [BENGBU, LITTLEROCK], "2025-03-28", ["Bengbu"],
        ["ah02"], event="E-AHAR-2025"),
    _ag("A-BBU-ASTATE-2025", ["mou"], [BBU, ASTATE], "2025-03-28", ["Bengbu"], ["ah02"], event="E-AHAR-2025"),
    # ah03: an inline list "签约项目如下：（一）…；（二）…", signed on the 15th
    _ag("A-MAS-HUNTSVILLE-2024", ["mou"], [MAANSHAN, HUNTSVILLE], "2024-11-15", ["Ma'anshan"], ["ah03"],
        event="E-MASSTEEL-2024"),
    _ag("A-MASTEEL-NUCOR-2024", ["agreement"], [MASTEEL, NUCOR], "2024-11-15", ["Ma'anshan"], ["ah03"],
        event="E-MASSTEEL-2024"),
    _recalled("A-MAS-LOUISVILLE-2023", ["mou"], [MAANSHAN, LOUISVILLE], "2023", "ah03"),
]

ABOUT = ("Expected records for the fifty-first test web (tests/fiftyfirstweb.py: hcforum, ahportal), written by hand "
         "from the texts (tests/data/fiftyfirstweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. No page tells a commitment.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language per site, text checks) and records."""
    doc = gold_document(ABOUT, "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "ahportal":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
