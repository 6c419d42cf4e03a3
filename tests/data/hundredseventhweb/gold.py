"""Gold records of the hundred-seventh test web, written from the texts of articles.py before the extractor was run on
them.

Events: the 6th International Electric Vehicle Expo (6-9 May 2019, ICC Jeju; jj01 and hn01: the Jeju-Hainan
memorandum was signed there; its city first written "Jeju", spelled "Jeju City" as the gazetteer names the city after
the first run: 在韩国济州) and TEMM21 (23-24 November 2019, Kitakyushu; yk02 and hn04: the joint communiqué).
Agreements: Jeju-Hainan (7 May 2019; jj01 in English, hn01 in Chinese: ONE row; jj04 recalls it by its year, optional
evidence); Jeju Energy Corporation's letter of intent with the Zhoushan government (Tuesday = 17 October 2023,
Zhoushan; Jeju's bureau director looks on: no party); the three-party memorandum of Yokkaichi, ICETT and the Tianjin
ecology bureau (23 October 2024, Tianjin; yk04 recalls it as "last year's memorandum", optional evidence); the TEMM21
joint communiqué of the three ministries (24 November 2019; yk02 and hn04: ONE row); the Hainan ecology department's
memorandum with the Korea Environment Corporation (23 March 2023, Haikou). Commitments: Jeju's 100 percent renewable
electricity by 2030 (jj01) and carbon neutrality by 2035 (jj02: "15 years ahead of the national target" gives Korea
no year); Yokkaichi's 46 percent below fiscal 2013 by fiscal 2030 and net zero by 2050 (yk01). Not records: the sister
ties of 1980 and 1995, a forum or a joint action plan to come (jj01, yk02, hn04), Hainan's plastics ban (hn02), the
Fujian delegation (jj03), the anniversaries (jj04, yk04), the youth tour (yk03), Okinawa's visit (hn03).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

JEJU = ["Jeju", "Jeju Special Self-Governing Province", "Jeju Province", "Jeju Provincial Government", "Jeju-do",
        "Jeju Island", "济州特别自治道", "韩国济州特别自治道", "济州岛", "济州", "韩国济州", "济州道"]
HAINAN = ["Hainan", "Hainan Province", "Hainan Provincial Government", "Hainan Provincial People's Government",
          "海南", "海南省", "海南省人民政府"]
JEC = ["Jeju Energy Corporation", "JEC", "Jeju Energy Corp."]
ZHOUSHAN = ["Zhoushan", "Zhoushan Municipal People's Government", "Zhoushan Municipal Government", "City of Zhoushan",
            "舟山", "舟山市", "舟山市人民政府"]
YOKKAICHI = ["Yokkaichi", "City of Yokkaichi", "Yokkaichi City", "四日市", "四日市市"]
ICETT = ["International Center for Environmental Technology Transfer", "ICETT",
         "International Centre for Environmental Technology Transfer", "国际环境技术转移中心"]
TJ_EEB = ["Tianjin Municipal Bureau of Ecology and Environment", "Tianjin Bureau of Ecology and Environment",
          "Tianjin Municipal Ecology and Environment Bureau", "天津市生态环境局", "Tianjin"]
JP_MOE = ["Ministry of the Environment", "Ministry of the Environment of Japan", "Japan's Ministry of the Environment",
          "Japanese Ministry of the Environment", "日本环境省", "环境省", "Japan", "日本"]
MEE = ["Ministry of Ecology and Environment", "Ministry of Ecology and Environment of China",
       "China's Ministry of Ecology and Environment", "Ministry of Ecology and Environment of the People's Republic "
       "of China", "生态环境部", "中华人民共和国生态环境部", "China", "中国"]
KR_ME = ["Ministry of Environment", "Ministry of Environment of Korea", "Korea's Ministry of Environment",
         "Korean Ministry of Environment", "Ministry of Environment of the Republic of Korea", "韩国环境部", "环境部",
         "Republic of Korea", "South Korea", "Korea", "韩国"]
HN_DEE = ["Hainan Provincial Department of Ecology and Environment", "Department of Ecology and Environment of Hainan "
          "Province", "Hainan Department of Ecology and Environment", "海南省生态环境厅", "省生态环境厅", "Hainan",
          "Hainan Province"]
KECO = ["Korea Environment Corporation", "K-eco", "K-Eco", "KECO", "韩国环境公团", "环境公团"]

EVENTS = [
    event("E-IEVE-2019", ["International Electric Vehicle Expo", "6th International Electric Vehicle Expo",
                          "The 6th International Electric Vehicle Expo", "IEVE", "6th IEVE", "IEVE 2019",
                          "International Electric Vehicle Expo 2019", "第六届国际电动汽车博览会", "国际电动汽车博览会"],
          "2019-05-06", ["2019-05-09", None], "Jeju City", "KR", ["jj01", "hn01"]),
    event("E-TEMM21-2019", ["Tripartite Environment Ministers Meeting", "21st Tripartite Environment Ministers Meeting",
                            "The 21st Tripartite Environment Ministers Meeting among Japan, China and Korea",
                            "21st Tripartite Environment Ministers Meeting among Japan, China and Korea", "TEMM21",
                            "TEMM 21", "第二十一次中日韩环境部长会议", "中日韩环境部长会议"],
          "2019-11-23", ["2019-11-24", None], "Kitakyushu", "JP", ["yk02", "hn04"]),
]

AGREEMENTS = [
    agreement("A-JEJU-HAINAN-2019", ["mou"], [JEJU, HAINAN], "2019-05-07", ["Jeju", "Jeju City", "Seogwipo", None],
              ["jj01", "hn01"], event="E-IEVE-2019", evidence_optional=["jj04"]),
    agreement("A-JEC-ZHOUSHAN-2023", ["agreement", "mou", "partnership"], [JEC, ZHOUSHAN], "2023-10-17",
              ["Zhoushan"], ["jj02"]),
    agreement("A-YOKKAICHI-ICETT-TJ-2024", ["mou"], [YOKKAICHI, ICETT, TJ_EEB], "2024-10-23", ["Tianjin"], ["yk01"],
              evidence_optional=["yk04"]),
    agreement("A-TEMM21-COMMUNIQUE-2019", ["joint_statement", "declaration", "agreement"], [JP_MOE, MEE, KR_ME],
              "2019-11-24", ["Kitakyushu"], ["yk02", "hn04"], event="E-TEMM21-2019"),
    agreement("A-HNDEE-KECO-2023", ["mou"], [HN_DEE, KECO], "2023-03-23", ["Haikou"], ["hn02"]),
]

COMMITMENTS = [
    commitment("C-JEJU-RE-2030", JEJU, "renewable_share", 2030, ["jj01"]),
    commitment("C-JEJU-CN-2035", JEJU, "carbon_neutrality", 2035, ["jj02"]),
    commitment("C-YOKKAICHI-46-2030", YOKKAICHI, "emissions_reduction", 2030, ["yk01"], base_year=2013,
               reduction_pct_min=46, reduction_pct_max=46),
    commitment("C-YOKKAICHI-NZ-2050", YOKKAICHI, "carbon_neutrality", 2050, ["yk01"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the hundred-seventh test web (tests/hundredseventhweb.py: jejunews, "
                        "yokkaichi, hainangov), written by hand from the texts "
                        "(tests/data/hundredseventhweb/articles.py) before the extractor was run; format of "
                        "shared/gold/seeds.json. jj03, jj04, yk03, yk04 and hn03 hold no record of their own.", "zh",
                        articles, traps, chrome, {"events": EVENTS, "agreements": AGREEMENTS,
                                                  "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "hainangov":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
