"""Gold records of the twenty-fourth test web, written from the texts of articles.py before the extractor was run on
them.

Parties list every acceptable name of each side; a firm may be named by its group, a city's commission by its city; a
Chinese name no table renders may stay as written, never pinyin. The forum of nn01/mo01 (Nanning, 17 Sept 2023) and
the promotion conference of nn02 (18 Sept) are events; the China-ASEAN Expo itself (16-19 Sept) is optional. Each
signing named in a list is one agreement: one per counterpart (分别与A、B和C) and one per instrument (分別簽署《…》和
《…》). Not records: the counts ("共签约12个项目", "现场签约项目21个"), the trade and finance signings (cross-border
e-commerce, RMB settlement, a trade promotion agreement, cross-border payments), the projects to be signed (拟签约),
the list of projects promoted, the intents (达成意向) and the signing planned for next year (mo03). No commitments.
Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, event as _ev, gold_json

DEC = ["Dongfang Electric Corporation", "Dongfang Electric", "Dongfang Electric Group", "DEC", "东方电气集团", "东方电气",
       "中国东方电气集团有限公司", "中国东方电气集团", "東方電氣", "東方電氣集團", "中國東方電氣集團有限公司"]
EVN = ["Vietnam Electricity", "EVN", "Vietnam Electricity Group", "Electricity of Vietnam", "Vietnam Electricity (EVN)",
       "越南电力集团", "越南国家电力集团", "越南國家電力集團", "越南電力集團", "越南國家電力集團（EVN）"]
CHINT = ["Chint New Energy", "Chint New Energy Technology", "Chint", "Chint Group", "Astronergy", "正泰新能源", "正泰",
         "正泰集团", "正泰新能"]
TNB = ["Tenaga Nasional Berhad", "Tenaga Nasional", "TNB", "Malaysia's national energy company",
       "马来西亚国家能源公司", "马来西亚国家能源", "馬來西亞國家能源公司"]
SE = ["Shanghai Electric", "Shanghai Electric Group", "Shanghai Electric Group Co., Ltd.", "上海电气", "上海电气集团",
      "上海電氣", "上海電氣集團"]
PLN = ["PLN", "PT PLN", "PT PLN (Persero)", "Perusahaan Listrik Negara", "Indonesia State Electricity Company",
       "State Electricity Company of Indonesia", "印度尼西亚国家电力公司", "印尼国家电力公司", "印尼國家電力公司",
       "印度尼西亞國家電力公司", "印尼國家電力公司（PLN）"]
EDC = ["Electricité du Cambodge", "Électricité du Cambodge", "EDC", "Electricity of Cambodia", "柬埔寨电力公司",
       "柬埔寨電力公司"]
JINKO = ["JinkoSolar", "Jinko Solar", "JinkoSolar Holding", "晶科能源", "晶科能源股份有限公司", "晶科"]
ABOITIZ = ["Aboitiz Power", "AboitizPower", "Aboitiz Power Corporation", "Aboitiz", "菲律宾阿博伊蒂斯电力公司",
           "阿博伊蒂斯电力公司", "阿博伊蒂斯电力", "阿博伊蒂斯"]
NANNING = ["Nanning", "Nanning Municipal People's Government", "Nanning Municipal Government", "City of Nanning",
           "Nanning City", "Nanning People's Government", "南宁", "南宁市", "南宁市人民政府", "南宁市政府", "南寧",
           "南寧市", "南寧市人民政府", "南寧市政府"]
NN_DRC = ["Nanning Development and Reform Commission", "Nanning Municipal Development and Reform Commission",
          "Development and Reform Commission of Nanning", "南宁市发展和改革委员会", "南宁市发改委", "南宁市发展改革委"] + NANNING
SEMBCORP = ["Sembcorp Industries", "Sembcorp", "新加坡胜科工业", "胜科工业", "胜科工业公司", "勝科工業"]
HAIPHONG = ["Haiphong", "Hai Phong", "Haiphong City", "Hai Phong City", "City of Haiphong", "越南海防市", "海防市", "海防"]
PENANG = ["Penang", "Penang State", "State of Penang", "Penang State Government", "马来西亚槟城州", "槟城州", "槟城"]
SURABAYA = ["Surabaya", "Surabaya City", "City of Surabaya", "印度尼西亚泗水市", "泗水市", "泗水"]
CHONBURI = ["Chonburi", "Chon Buri", "Chonburi Province", "Chon Buri Province", "泰國春武里府", "春武里府", "春武里",
            "泰国春武里府"]

FORUM = ["2023 China-ASEAN New Energy Cooperation Forum", "China-ASEAN New Energy Cooperation Forum",
         "2023中国—东盟新能源合作论坛", "中国—东盟新能源合作论坛", "2023中国-东盟新能源合作论坛", "中国-东盟新能源合作论坛",
         "中國—東盟新能源合作論壇", "中國-東盟新能源合作論壇", "東盟新能源論壇"]
PROMO = ["China (Nanning)-ASEAN Green Energy Industry Investment Promotion Conference",
         "China (Nanning)–ASEAN Green Energy Industry Investment Promotion Conference",
         "China-ASEAN Green Energy Industry Investment Promotion Conference",
         "中国（南宁）—东盟绿色能源产业投资推介会", "中国(南宁)—东盟绿色能源产业投资推介会", "中国（南宁）-东盟绿色能源产业投资推介会",
         "东盟绿色能源产业投资推介会"]
EXPO = ["20th China-ASEAN Expo", "China-ASEAN Expo", "CAEXPO", "第20届中国—东盟博览会", "中国—东盟博览会", "东博会",
        "第20屆中國—東盟博覽會", "中國—東盟博覽會", "東盟博覽會"]

EVENTS = [
    _ev("E-CANEF-2023", FORUM, "2023-09-17", ["2023-09-17", None], "Nanning", "CN", ["nn01", "mo01"]),
    _ev("E-NNGE-2023", PROMO, "2023-09-18", ["2023-09-18", None], "Nanning", "CN", ["nn02"]),
    _ev("E-CAEXPO-2023", EXPO, "2023-09-16", ["2023-09-19", None], "Nanning", "CN", [], optional=True,
        evidence_optional=["nn01", "nn03", "mo01", "mo02"]),
]

AGREEMENTS = [
    # nn01: numbered items after a count; the third names two counterparts (分别与)
    _ag("A-DEC-EVN-2023", ["agreement"], [DEC, EVN], "2023-09-17", ["Nanning", None], ["nn01", "mo01"],
        event="E-CANEF-2023"),
    _ag("A-CHINT-TNB-2023", ["agreement"], [CHINT, TNB], "2023-09-17", ["Nanning", None], ["nn01"],
        event="E-CANEF-2023"),
    _ag("A-SE-PLN-2023", ["mou"], [SE, PLN], "2023-09-17", ["Nanning", None], ["nn01", "mo01"], event="E-CANEF-2023"),
    _ag("A-SE-EDC-2023", ["mou"], [SE, EDC], "2023-09-17", ["Nanning", None], ["nn01"], event="E-CANEF-2023"),
    # nn02: a list of "甲方与乙方签署《…》" lines (two of four in scope) and 分别与A、B和C
    _ag("A-JINKO-ABOITIZ-2023", ["agreement", "partnership"], [JINKO, ABOITIZ], "2023-09-18", ["Nanning", None],
        ["nn02"], event="E-NNGE-2023"),
    _ag("A-NNDRC-SEMBCORP-2023", ["mou"], [NN_DRC, SEMBCORP], "2023-09-18", ["Nanning", None], ["nn02"],
        event="E-NNGE-2023"),
    _ag("A-NN-HAIPHONG-2023", ["mou"], [NANNING, HAIPHONG], "2023-09-18", ["Nanning", None], ["nn02"],
        event="E-NNGE-2023"),
    _ag("A-NN-PENANG-2023", ["mou"], [NANNING, PENANG], "2023-09-18", ["Nanning", None], ["nn02"],
        event="E-NNGE-2023"),
    _ag("A-NN-SURABAYA-2023", ["mou"], [NANNING, SURABAYA], "2023-09-18", ["Nanning", None], ["nn02"],
        event="E-NNGE-2023"),
    # mo02: one signing, two instruments (分別簽署《…》和《…》), on the Expo's closing day
    _ag("A-NN-CHONBURI-NEV-2023", ["agreement"], [NANNING, CHONBURI], "2023-09-19", ["Nanning", None], ["mo02"]),
    _ag("A-NN-CHONBURI-MOU-2023", ["mou"], [NANNING, CHONBURI], "2023-09-19", ["Nanning", None], ["mo02"]),
]
for _a in AGREEMENTS[-2:]:  # "閉幕當日": the Expo's last day, told by no date on the page (of 20 Sept)
    _a["signed_on"] = {"accept": ["2023-09-19", None, "2023-09"]}
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS: list = []

ABOUT = ("Expected records for the twenty-fourth test web (tests/twentyfourthweb.py: nn, mo), written by hand from "
         "the texts (tests/data/twentyfourthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. nn03 and mo03 hold no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
