"""Gold records of the eighty-third test web, written from the texts of articles.py before the extractor was run on
them.

Events: the 2024 China International Friendship Cities Conference (Kunming, 19 Nov 2024: zs01, yn01) and the 2018 one
(Wuhan, 15-16 Nov 2018: hk01), where sister-city agreements were signed. Agreements: each named pair of a
conference's signings (yn01 four pairs in one sentence, hk01 five pairs in one sentence; "共签署8份" and "16 cooperation
agreements" name no parties: none; 《武漢倡議》 has no signatories: none); Zhongshan-Chillán told in Chinese (zs01)
and English (yn01): ONE row; Zhongshan-Limón (zs04); Yunnan's ecology department and Luang Prabang's environment
department (yn02; its 2023 memorandum with Luang Namtha is recalled: optional); the Yunnan Academy of Economy and
GGGI (yn04); Beijing-Copenhagen ("日前": month or null, hk02). The China-Laos Railway City Alliance two cities
"jointly initiated" is optional. Commitments: Zhongshan's 2023 peak as a low-carbon pilot (zs01), Yunnan's peak before
2030 (yn02), Copenhagen's 2025 carbon neutrality (hk02), Hong Kong's 2050 neutrality and halving by 2035 from 2005
(hk04; the 7.5-10% renewable share is optional). Plans (明年签署, 争取...签署合作意向书, "agreed to explore") and
results (per-capita emissions fell) are none. zs02, zs03, yn03, hk03 hold no record. Sister-city agreements accept
`agreement`, `partnership` or `mou`.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document, recalled_agreement

SISTER = ["agreement", "partnership", "mou"]


def _place(en: str, *zh: str, more: tuple[str, ...] = ()) -> list[str]:
    return [en, *more, *zh]


ZHONGSHAN = _place("Zhongshan", "中山市", "中山", "中山市人民政府",
                   more=("Zhongshan City", "Zhongshan Municipal People's Government", "Zhongshan, Guangdong"))
CHILLAN = _place("Chillán", "奇廉市", "奇廉", "智利奇廉市",
                 more=("Chillan", "City of Chillán", "Municipality of Chillán", "Chillán, Chile"))
LIMON = _place("Limón", "利蒙市", "利蒙", "哥斯达黎加利蒙市", more=("Limon", "Puerto Limón", "Municipality of Limón"))
HINGGAN = _place("Hinggan League", "兴安盟", more=("Xing'an League", "Hinggan"))
DORNOD = _place("Dornod Province", "东方省", "蒙古国东方省", more=("Dornod", "Dornod Aimag"))
DAQING = _place("Daqing", "大庆市", "大庆", more=("Daqing City",))
CHUNGJU = _place("Chungju", "忠州市", "忠州", more=("Chungju City",))
YUANJIANG = _place("Yuanjiang County", "元江县", "元江哈尼族彝族傣族自治县",
                   more=("Yuanjiang", "Yuanjiang Hani, Yi and Dai Autonomous County"))
VANGVIENG = _place("Vang Vieng District", "万荣县", more=("Vang Vieng", "Vangvieng"))
KUNMING = _place("Kunming", "昆明市", "昆明")
VIENTIANE = _place("Vientiane", "万象市", "万象", more=("Vientiane Capital",))
YN_DEE = ["Department of Ecology and Environment of Yunnan Province", "Yunnan Provincial Department of Ecology and "
          "Environment", "Yunnan Department of Ecology and Environment", "云南省生态环境厅", "Yunnan"]
LPB_DONRE = ["Department of Natural Resources and Environment of Luang Prabang Province", "Luang Prabang Department "
             "of Natural Resources and Environment", "Luang Prabang Provincial Department of Natural Resources and "
             "Environment", "Luang Prabang", "Luang Prabang Province"]
LNT_ENV = ["Luang Namtha Department of Natural Resources and Environment", "Luang Namtha", "Luang Namtha Province"]
YUNNAN = ["Yunnan", "Yunnan Province", "云南省", "云南", "Yunnan Provincial People's Government"]
YAE = ["Yunnan Academy of Economy", "YAE", "云南省经济研究院"]
GGGI = ["Global Green Growth Institute", "GGGI", "全球绿色增长研究所"]
SHANXI = ["Shanxi", "Shanxi Province", "山西省", "山西"]
DUNDGOVI = ["Dundgovi Province", "Dundgovi", "Middle Gobi Province", "Dundgovi Aimag", "中戈壁省", "蒙古國中戈壁省"]
MOMBASA = ["Mombasa County", "Mombasa", "County Government of Mombasa", "蒙巴薩郡", "肯尼亞蒙巴薩郡", "蒙巴萨郡"]
WUHAN = ["Wuhan", "武漢市", "武漢", "武汉市", "武汉", "湖北省武漢市"]
BANGKOK = ["Bangkok", "Bangkok Metropolitan Administration", "曼谷市", "曼谷", "泰國曼谷市"]
QINGYANG = ["Qingyang", "慶陽市", "慶陽", "庆阳市", "甘肅省慶陽市"]
SHAWINIGAN = ["Shawinigan", "City of Shawinigan", "沙威尼根市", "沙威尼根"]
WUHAI = ["Wuhai", "烏海市", "烏海", "乌海市"]
DARKHAN = ["Darkhan-Uul Province", "Darkhan-Uul", "Darkhan-Uul Aimag", "達爾汗烏拉省", "蒙古國達爾汗烏拉省", "达尔汗乌拉省"]
BEIJING = ["Beijing", "北京市", "北京", "Beijing Municipal Government", "Beijing Municipal People's Government",
           "北京市人民政府", "北京市政府"]
COPENHAGEN = ["Copenhagen", "City of Copenhagen", "Copenhagen Municipality", "哥本哈根市", "哥本哈根", "丹麥哥本哈根市"]
HONG_KONG = ["Hong Kong", "Hong Kong SAR", "HKSAR", "Government of the Hong Kong Special Administrative Region",
             "Hong Kong SAR Government", "香港", "香港特區政府", "特區政府", "香港特別行政區政府"]

CIFCC24 = "E-CIFCC-2024"
CIFCC18 = "E-CIFCC-2018"
EVENTS = [
    event(CIFCC24, ["2024 China International Friendship Cities Conference", "China International Friendship Cities "
                    "Conference", "2024中国国际友好城市大会", "中国国际友好城市大会"],
          "2024-11-19", ["2024-11-19", None], "Kunming", "CN", ["zs01", "yn01"]),
    event(CIFCC18, ["2018 China International Friendship Cities Conference", "China International Friendship Cities "
                    "Conference", "2018中國國際友好城市大會", "中國國際友好城市大會", "2018中国国际友好城市大会"],
          "2018-11-15", ["2018-11-16"], "Wuhan", "CN", ["hk01"]),
]


def _pair24(key, a, b, evidence):
    return agreement(key, SISTER, [a, b], "2024-11-19", ["Kunming"], evidence, event=CIFCC24)


def _pair18(key, a, b):
    return agreement(key, SISTER, [a, b], "2018-11-16", ["Wuhan"], ["hk01"], event=CIFCC18)


AGREEMENTS = [
    _pair24("A-ZHONGSHAN-CHILLAN-2024", ZHONGSHAN, CHILLAN, ["zs01", "yn01"]),
    _pair24("A-HINGGAN-DORNOD-2024", HINGGAN, DORNOD, ["yn01"]),
    _pair24("A-DAQING-CHUNGJU-2024", DAQING, CHUNGJU, ["yn01"]),
    _pair24("A-YUANJIANG-VANGVIENG-2024", YUANJIANG, VANGVIENG, ["yn01"]),
    agreement_days("A-KUNMING-VIENTIANE-ALLIANCE-2024", ["partnership", "agreement"], [KUNMING, VIENTIANE],
                   ["2024-11-19", None], ["Kunming", None], [], optional=True, evidence_optional=["yn01"]),
    agreement("A-ZHONGSHAN-LIMON-2025", ["mou"], [ZHONGSHAN, LIMON], "2025-06-11", ["Zhongshan"], ["zs04"]),
    agreement("A-YNDEE-LUANGPRABANG-2024", ["mou"], [YN_DEE, LPB_DONRE], "2024-09-18", ["Kunming"], ["yn02"]),
    recalled_agreement("A-YNDEE-LUANGNAMTHA-2023", ["mou"], [YN_DEE, LNT_ENV], "2023", "yn02"),
    agreement("A-YAE-GGGI-2014", ["mou", "agreement"], [YAE, GGGI], "2014-07-09", ["Kunming"], ["yn04"]),
    _pair18("A-SHANXI-DUNDGOVI-2018", SHANXI, DUNDGOVI),
    _pair18("A-SHANXI-MOMBASA-2018", SHANXI, MOMBASA),
    _pair18("A-WUHAN-BANGKOK-2018", WUHAN, BANGKOK),
    _pair18("A-QINGYANG-SHAWINIGAN-2018", QINGYANG, SHAWINIGAN),
    _pair18("A-WUHAI-DARKHAN-2018", WUHAI, DARKHAN),
    agreement_days("A-BEIJING-COPENHAGEN-2012", SISTER, [BEIJING, COPENHAGEN], ["2012-06", None],
                   ["Beijing"], ["hk02"]),
]

COMMITMENTS = [
    commitment("C-ZHONGSHAN-PEAK-2023", ZHONGSHAN, "emissions_peak", 2023, ["zs01"]),
    commitment("C-YUNNAN-PEAK-2030", YUNNAN, "emissions_peak", 2030, ["yn02"]),
    commitment("C-COPENHAGEN-CN-2025", COPENHAGEN, "carbon_neutrality", 2025, ["hk02"]),
    commitment("C-HK-CN-2050", HONG_KONG, "carbon_neutrality", 2050, ["hk04"]),
    commitment("C-HK-HALVE-2035", HONG_KONG, "emissions_reduction", 2035, ["hk04"], base_year=2005,
               reduction_pct_min=50),
    commitment("C-HK-RE-2035", HONG_KONG, "renewable_share", 2035, [], optional=True, evidence_optional=["hk04"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the eighty-third test web (tests/eightythirdweb.py: zswb, yntoday, xjsb), "
                        "written by hand from the texts (tests/data/eightythirdweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. zs02, zs03, yn03 and hk03 hold no record.", "zh",
                        articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "yntoday":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
