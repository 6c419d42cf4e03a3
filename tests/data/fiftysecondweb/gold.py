"""Gold records of the fifty-second test web, written from the texts of articles.py before the extractor was run on them.

An event is where and when the text says, even when it says it by reference: "the Chinese capital" is Beijing, "the
Guangdong provincial capital" Guangzhou, 贵州省会 Guiyang, 在穗/在京/在蓉/在沪/在渝 Guangzhou, Beijing, Chengdu,
Shanghai and Chongqing; "hosted by the city" is the city the text named just before; "in Beijing's Chaoyang district"
is Beijing. Days: a range ("from 30 November to 2 December", "4th-6th June", "Nov 30 - Dec 2", 11月30日至12月2日)
gives start and end; weekdays count back from the publication day ("Tuesday through Thursday" in a Friday story;
"the two-day meeting that ended on Friday": the Thursday and the Friday before); 为期三天 from the first day gives the
end. A one-day meeting may be stored with or without the same end day. An agreement signed at a gathering is the
gathering's and is signed in its city; one signed "at a ceremony in the Sichuan capital" is Chengdu's, at no event.
Negatives: "Officials from the Chinese capital joined" names no place of the forum (vw02: Oakland); 赴京 is a trip, no
place of the forum (xn01: Guangzhou); a meeting by video link has no city and no country (xn03); a webinar to come is
no event (vw02).
"""
from __future__ import annotations

from webbuild import agreement as _ag, event as _ev, gold_document


def _city(en: str, zh: str, *more: str) -> list[str]:
    """A city's accepted names: its English forms and its Chinese name with and without 市."""
    return [en, f"{en} Municipality", f"{en} Municipal Government", f"City of {en}", f"{en} City", *more, zh,
            f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


STOCKTON = _city("Stockton", "斯托克顿")
ZIGONG = _city("Zigong", "自贡")
LESHAN = _city("Leshan", "乐山")
MODESTO = _city("Modesto", "莫德斯托")
OAKLAND = _city("Oakland", "奥克兰")
JIANGMEN = _city("Jiangmen", "江门")
DONGGUAN = _city("Dongguan", "东莞")
BAKERSFIELD = _city("Bakersfield", "贝克斯菲尔德")
ZHAOQING = _city("Zhaoqing", "肇庆")
LUZHOU = _city("Luzhou", "泸州")
ZUNYI = _city("Zunyi", "遵义")

HEAT = ["2025 U.S.-China Urban Heat Resilience Dialogue", "U.S.-China Urban Heat Resilience Dialogue",
        "US-China Urban Heat Resilience Dialogue", "Urban Heat Resilience Dialogue"]
COLDCHAIN = ["Sino-American Cold Chain Efficiency Roundtable", "Cold Chain Efficiency Roundtable",
             "Sino-US Cold Chain Efficiency Roundtable"]
COOLROOFS = ["Pacific Cities Cool Roofs Forum", "Cool Roofs Forum"]
SHIPPING = ["2025 South China Green Shipping Corridor Conference", "South China Green Shipping Corridor Conference"]
SHADE = ["Central Valley Shade Summit"]
WASTE = ["Third China-U.S. Cities Solid Waste Recycling Cooperation Forum", "China-US Cities Solid Waste Recycling "
         "Cooperation Forum", "3rd China-U.S. Cities Solid Waste Resource Utilization Cooperation Forum",
         "China-U.S. Cities Solid Waste Resource Utilization Cooperation Forum", "第三届中美城市固废资源化合作论坛",
         "中美城市固废资源化合作论坛"]
ADAPT = ["China-U.S. Local Climate Adaptation Symposium", "China-US Local Climate Adaptation Symposium",
         "China-U.S. Local Climate Adaptation Forum", "中美地方气候适应座谈会"]
CHUANQIAN = ["2025 Southern Sichuan-Northern Guizhou Cities Green Development Cooperation Conference",
             "Southern Sichuan-Northern Guizhou Cities Green Development Cooperation Conference",
             "2025川南黔北城市绿色发展合作大会", "川南黔北城市绿色发展合作大会"]
ZEROPARK = ["Yangtze River Delta-California Zero-Carbon Park Cooperation Dialogue",
            "Yangtze River Delta–California Zero-Carbon Park Cooperation Dialogue", "长三角—加州零碳园区合作对话会",
            "长三角-加州零碳园区合作对话会"]
UPPERYANGTZE = ["Upper Yangtze River Cities Water Ecology Protection Forum",
                "Upper Yangtze Cities Water Ecological Protection Forum", "长江上游城市水生态保护论坛"]
SWBUILD = ["Southwest Cities Green Building Exchange Meeting", "Southwest China Cities Green Building Exchange Conference",
           "西南城市绿色建筑交流会"]
LOWCARBONTRANSPORT = ["China-U.S. Cities Low-Carbon Transport Exchange Meeting",
                      "China-US Cities Low-Carbon Transportation Exchange Meeting", "中美城市低碳交通交流会"]

EVENTS = [
    # vw01: "held in the Chinese capital from 30 November to 2 December"; "in Beijing's Chaoyang district, the two-day
    # meeting that ended on Friday" (published Wednesday 3 December: Thursday 27 and Friday 28 November)
    _ev("E-HEAT-2025", HEAT, "2025-11-30", ["2025-12-02"], "Beijing", "CN", ["vw01"]),
    _ev("E-COLDCHAIN-2025", COLDCHAIN, "2025-11-27", ["2025-11-28"], "Beijing", "CN", ["vw01"]),
    # vw02: "in the Bay Area city of Oakland 4th-6th June"; officials from the Chinese capital are guests
    _ev("E-COOLROOFS-2025", COOLROOFS, "2025-06-04", ["2025-06-06"], "Oakland", "US", ["vw02"]),
    # vw03 (published Friday 5 December): "in the Guangdong provincial capital Tuesday through Thursday"; Fresno's
    # summit "hosted by the city, ran Nov 30 - Dec 2"
    _ev("E-SHIPPING-2025", SHIPPING, "2025-12-02", ["2025-12-04"], "Guangzhou", "CN", ["vw03"]),
    _ev("E-SHADE-2025", SHADE, "2025-11-30", ["2025-12-02"], "Fresno", "US", ["vw03"]),
    # xn01: 11月30日至12月2日…在穗举行; 11月25日…在京举行; 赴京 is a trip
    _ev("E-WASTE-2025", WASTE, "2025-11-30", ["2025-12-02"], "Guangzhou", "CN", ["xn01"]),
    _ev("E-ADAPT-2025", ADAPT, "2025-11-25", ["2025-11-25", None], "Beijing", "CN", ["xn01"]),
    # xn02: 6月4日…在蓉开幕，大会为期三天
    _ev("E-CHUANQIAN-2025", CHUANQIAN, "2025-06-04", ["2025-06-06"], "Chengdu", "CN", ["xn02"]),
    # xn03: 在沪, 在渝, 贵州省会, and a meeting held by video link (no city, no country)
    _ev("E-ZEROPARK-2025", ZEROPARK, "2025-10-14", ["2025-10-14", None], "Shanghai", "CN", ["xn03"]),
    _ev("E-UPPERYANGTZE-2025", UPPERYANGTZE, "2025-10-15", ["2025-10-16"], "Chongqing", "CN", ["xn03"]),
    _ev("E-SWBUILD-2025", SWBUILD, "2025-10-17", ["2025-10-17", None], "Guiyang", "CN", ["xn03"]),
    _ev("E-LCTRANSPORT-2025", LOWCARBONTRANSPORT, "2025-10-18", ["2025-10-18", None], "", "", ["xn03"]),
]

AGREEMENTS = [
    _ag("A-STOCKTON-ZIGONG-2025", ["mou"], [STOCKTON, ZIGONG], "2025-12-02", ["Beijing"], ["vw01"],
        event="E-HEAT-2025"),
    # "At a ceremony in the Sichuan capital on Tuesday" (published Wednesday 3 December): Chengdu, 2 December
    _ag("A-LESHAN-MODESTO-2025", ["mou"], [LESHAN, MODESTO], "2025-12-02", ["Chengdu"], ["vw01"]),
    _ag("A-OAKLAND-JIANGMEN-2025", ["agreement", "partnership"], [OAKLAND, JIANGMEN], "2025-06-05", ["Oakland"],
        ["vw02"], event="E-COOLROOFS-2025"),
    _ag("A-DONGGUAN-BAKERSFIELD-2025", ["mou"], [DONGGUAN, BAKERSFIELD], "2025-12-03", ["Guangzhou"], ["vw03"],
        event="E-SHIPPING-2025"),
    _ag("A-ZHAOQING-STOCKTON-2025", ["mou"], [ZHAOQING, STOCKTON], "2025-12-01", ["Guangzhou"], ["xn01"],
        event="E-WASTE-2025"),
    _ag("A-LUZHOU-ZUNYI-2025", ["agreement"], [LUZHOU, ZUNYI], "2025-06-05", ["Chengdu"], ["xn02"],
        event="E-CHUANQIAN-2025"),
]

ABOUT = ("Expected records for the fifty-second test web (tests/fiftysecondweb.py: valleywire, xncs), written by hand "
         "from the texts (tests/data/fiftysecondweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. No article holds a commitment.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its English and Chinese articles (fingerprint, date, language, text checks) and records."""
    records = {"events": EVENTS, "agreements": AGREEMENTS, "commitments": []}
    en = gold_document(ABOUT, "en", [a for a in articles if a["site"] == "valleywire"], traps, chrome, records)
    zh = gold_document(ABOUT, "zh", [a for a in articles if a["site"] == "xncs"], traps, chrome, records)
    return {**en, "articles": {**en["articles"], **zh["articles"]}}
