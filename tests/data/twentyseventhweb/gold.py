"""Gold records of the twenty-seventh test web, written from the texts of articles.py before the extractor was run on
them.

Parties list every acceptable name of each side; a department may be named by its province; a Chinese name no table
renders may stay as written, never pinyin. Records: the memorandum of Jilin's ecology department and UNDP (jl01,
retold by wx01), the renewed memorandum of Jilin's energy administration and the Swedish Energy Agency and the letter
of intent of Changchun's state-owned developer and Vestas (jl02, at the Northeast Asia Expo), the framework agreement
of Jilin University and Chalmers (jl03, in Gothenburg), the three-party agreement of Ningxia's development and reform
commission, GIZ and State Grid Ningxia (wx02), the framework agreement of Guizhou and the ADB (wx03, at the Eco Forum
Global Guiyang) and the memorandum of Zhejiang University and TU Delft (wx04). Not records: the witnesses (the Swedish
embassy, a vice governor), the first signing of 2017 and the ADB loan of 2015 (recalled), the signings planned
(拟签署), the tourism letter of intent, the meeting with Norwegian officials, the talks (洽谈). No commitments. Chrome
headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, event as _ev, gold_json

JILIN = ["Jilin", "Jilin Province", "Jilin Provincial People's Government", "Jilin Provincial Government", "吉林省",
         "吉林", "吉林省人民政府", "吉林省政府"]
JL_EE = ["Jilin Provincial Department of Ecology and Environment", "Jilin Department of Ecology and Environment",
         "Department of Ecology and Environment of Jilin Province", "Jilin Ecology and Environment Department",
         "吉林省生态环境厅", "省生态环境厅"] + JILIN
UNDP = ["United Nations Development Programme", "UNDP", "UNDP China", "United Nations Development Programme China",
        "United Nations Development Programme in China", "联合国开发计划署", "联合国开发计划署驻华代表处", "开发计划署",
        "UNDP驻华代表处"]
JL_NEA = ["Jilin Provincial Energy Administration", "Jilin Energy Administration", "Jilin Provincial Energy Bureau",
          "Jilin Energy Bureau", "吉林省能源局", "省能源局"] + JILIN
SEA = ["Swedish Energy Agency", "Energimyndigheten", "瑞典能源署", "瑞典国家能源署"]
CDIH = ["Changchun Urban Development Investment Holding (Group) Co., Ltd.", "Changchun Urban Development Investment "
        "Holding Group", "Changchun Urban Development Group", "长春市城市发展投资控股（集团）有限公司",
        "长春市城市发展投资控股(集团)有限公司", "长发集团"]
VESTAS = ["Vestas", "Vestas Wind Systems", "Vestas Wind Systems A/S", "维斯塔斯", "维斯塔斯风力技术公司",
          "丹麦维斯塔斯风力技术公司", "丹麦维斯塔斯"]
JLU = ["Jilin University", "吉林大学", "吉大"]
CHALMERS = ["Chalmers University of Technology", "Chalmers", "查尔姆斯理工大学", "瑞典查尔姆斯理工大学"]
NINGXIA = ["Ningxia", "Ningxia Hui Autonomous Region", "宁夏", "宁夏回族自治区"]
NX_DRC = ["Ningxia Development and Reform Commission", "Ningxia Hui Autonomous Region Development and Reform Commission",
          "Development and Reform Commission of Ningxia Hui Autonomous Region", "宁夏回族自治区发展和改革委员会",
          "宁夏回族自治区发展改革委", "自治区发展改革委", "宁夏发展改革委", "宁夏发改委"] + NINGXIA
GIZ = ["Deutsche Gesellschaft für Internationale Zusammenarbeit", "Deutsche Gesellschaft fur Internationale "
       "Zusammenarbeit", "GIZ", "GIZ China", "German Agency for International Cooperation",
       "German Corporation for International Cooperation", "德国国际合作机构", "德国国际合作机构（GIZ）"]
SGNX = ["State Grid Ningxia Electric Power", "State Grid Ningxia Electric Power Co., Ltd.",
        "State Grid Ningxia Electric Power Company", "State Grid Ningxia", "国网宁夏电力有限公司", "国网宁夏电力",
        "国网宁夏电力公司", "State Grid", "State Grid Corporation of China", "国家电网"]
ADB = ["Asian Development Bank", "ADB", "亚洲开发银行", "亚行"]
GUIZHOU = ["Guizhou", "Guizhou Province", "Guizhou Provincial People's Government", "Guizhou Provincial Government",
           "People's Government of Guizhou Province", "贵州省人民政府", "贵州省", "贵州", "贵州省政府"]
ZJU = ["Zhejiang University", "浙江大学", "浙大"]
TUD = ["Delft University of Technology", "TU Delft", "Technische Universiteit Delft", "代尔夫特理工大学",
       "荷兰代尔夫特理工大学", "代尔夫特理工"]

NEAEXPO = ["14th China-Northeast Asia Expo", "China-Northeast Asia Expo", "第十四届中国—东北亚博览会", "中国—东北亚博览会",
           "中国-东北亚博览会", "第十四届中国-东北亚博览会", "东北亚博览会"]
EFGG = ["Eco Forum Global Guiyang 2023", "Eco Forum Global Annual Conference Guiyang 2023", "Eco Forum Global Guiyang",
        "2023 Eco Forum Global Guiyang", "2023生态文明贵阳国际论坛", "生态文明贵阳国际论坛"]

EVENTS = [
    _ev("E-NEAEXPO-2023", NEAEXPO, "2023-08-24", ["2023-08-28", None], "Changchun", "CN", ["jl02"]),
    _ev("E-EFGG-2023", EFGG, "2023-07-18", ["2023-07-19", None], "Guiyang", "CN", ["wx03"]),
]

AGREEMENTS = [
    _ag("A-JLEE-UNDP-2023", ["mou"], [JL_EE, UNDP], "2023-06-07", ["Changchun", None], ["jl01", "wx01"]),
    _ag("A-JLNEA-SEA-2023", ["mou"], [JL_NEA, SEA], "2023-08-25", ["Changchun", None], ["jl02"],
        event="E-NEAEXPO-2023"),
    _ag("A-CDIH-VESTAS-2023", ["mou", "agreement"], [CDIH, VESTAS], "2023-08-25", ["Changchun", None], ["jl02"],
        event="E-NEAEXPO-2023"),
    _ag("A-JLU-CHALMERS-2023", ["agreement"], [JLU, CHALMERS], "2023-10-19", ["Gothenburg", "Göteborg", None],
        ["jl03"]),
    _ag("A-NXDRC-GIZ-SGNX-2023", ["agreement"], [NX_DRC, GIZ, SGNX], "2023-07-11", ["Yinchuan", None], ["wx02"]),
    _ag("A-GZ-ADB-2023", ["agreement"], [GUIZHOU, ADB], "2023-07-18", ["Guiyang", None], ["wx03"],
        event="E-EFGG-2023"),
    _ag("A-ZJU-TUD-2023", ["mou"], [ZJU, TUD], "2023-11-14", ["Hangzhou", None], ["wx04"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS: list = []

ABOUT = ("Expected records for the twenty-seventh test web (tests/twentyseventhweb.py: jl, wx), written by hand from "
         "the texts (tests/data/twentyseventhweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. Every article holds a record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
