"""Gold records of the hundred-and-eighth test web, written from the texts of articles.py before the extractor was run
on them.

Events: the U.S.-China High-Level Event on Subnational Climate Action (Berkeley, opened Wednesday 29 May 2024, "runs
through Thursday"; ce01 and gd01 tell it, one row) and the second U.S.-China Subnational Climate Track II Dialogue
(Hefei, "closed ... on Wednesday after two days" = 15-16 October 2024, cg02). Agreements: CalEPA's memorandum with
Guangdong's ecology department (ce01 "on Wednesday", gd01 "当地时间5月29日": one row), the California Natural Resources
Agency's letter of intent with Hainan's natural resources department ("At the same session"), the Guangzhou-Los
Angeles letter (当地时间5月30日, Los Angeles), CARB's memorandum with Beijing's ecology bureau (Monday = 9 December 2024,
Sacramento; the October 2023 California-Beijing memorandum recalled: optional), the CGS-CAEP memorandum (Thursday =
12 September 2024, Beijing), the Maryland-Anhui memorandum ("On the dialogue's final day" = 16 October 2024, Hefei).
A department that signs is the party; its state or province is accepted too. Wang Weizhong and Newsom "looked on"
(no parties); Garcia, Huang Wenyu, Randolph, Li Xiangdong, Hultman, Wang Jinnan and McIlwain sign for their bodies.
Commitments: California's neutrality by 2045 and 85 percent below 1990 by 2045; Guangdong's peak before 2030;
Maryland's 60 percent below 2006 by 2031 and net zero by 2045; the Port of Los Angeles' zero-emission equipment by
2030 is an optional "other". Not records: the trip that "discussed" (ce02), the COP29 dialogue (ce03), the shipping
corridor "discussed; no decision", the delegation (gd03), the webinar and an expert's 2035 estimate (gd04), the report's
scenario (cg03), the visit (cg04), "agreed to meet again next year" (cg02).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document, recalled_agreement

CALIFORNIA = ["California", "State of California", "加州", "加利福尼亚州", "美国加州", "美国加利福尼亚州"]
CALEPA = ["California Environmental Protection Agency", "CalEPA", "California EPA", "加州环境保护局",
          "美国加州环境保护局"] + CALIFORNIA
GDDEE = ["Department of Ecology and Environment of Guangdong Province",
         "Guangdong Provincial Department of Ecology and Environment", "Guangdong Department of Ecology and Environment",
         "广东省生态环境厅", "Guangdong", "Guangdong Province", "广东省", "广东"]
CNRA = ["California Natural Resources Agency", "加州自然资源局"] + CALIFORNIA
HNDNRP = ["Hainan Provincial Department of Natural Resources and Planning",
          "Department of Natural Resources and Planning of Hainan Province", "海南省自然资源和规划厅", "Hainan",
          "Hainan Province", "海南省", "海南"]
GZ = ["Guangzhou", "Guangzhou Municipal People's Government", "Guangzhou Municipal Government", "City of Guangzhou",
      "广州市人民政府", "广州市", "广州"]
LA = ["Los Angeles", "City of Los Angeles", "Los Angeles City Government", "洛杉矶市政府", "洛杉矶市", "洛杉矶",
      "美国洛杉矶市政府"]
CARB = ["California Air Resources Board", "CARB", "Air Resources Board", "加州空气资源委员会"]
BJEEB = ["Beijing Municipal Ecology and Environment Bureau", "Beijing Municipal Bureau of Ecology and Environment",
         "北京市生态环境局", "Beijing"]
BEIJING = ["Beijing", "Beijing Municipality", "Beijing Municipal Government", "北京市", "北京"]
CGS = ["Center for Global Sustainability", "University of Maryland Center for Global Sustainability",
       "Center for Global Sustainability, University of Maryland", "UMD Center for Global Sustainability", "CGS",
       "University of Maryland"]
CAEP = ["Chinese Academy of Environmental Planning", "CAEP", "生态环境部环境规划院", "环境规划院"]
MDE = ["Maryland Department of the Environment", "MDE", "Maryland", "State of Maryland"]
ANHUI = ["Department of Ecology and Environment of Anhui Province", "Anhui Provincial Department of Ecology and "
         "Environment", "Anhui Department of Ecology and Environment", "安徽省生态环境厅", "Anhui", "Anhui Province",
         "安徽省"]
MARYLAND = ["Maryland", "State of Maryland", "马里兰州"]
GUANGDONG = ["Guangdong", "Guangdong Province", "广东省", "广东", "Guangdong Provincial People's Government"]
POLA = ["Port of Los Angeles", "洛杉矶港", "Los Angeles"]

BERKELEY = event("E-BERKELEY-2024", ["U.S.-China High-Level Event on Subnational Climate Action",
                                     "US-China High-Level Event on Subnational Climate Action",
                                     "High-Level Event on Subnational Climate Action",
                                     "中美地方气候行动高级别活动"],
                 "2024-05-29", ["2024-05-30", None], "Berkeley", "US", ["ce01", "gd01"])
HEFEI = event("E-TRACKII-HEFEI-2024", ["U.S.-China Subnational Climate Track II Dialogue",
                                       "second U.S.-China Subnational Climate Track II Dialogue",
                                       "US-China Subnational Climate Track II Dialogue"],
              "2024-10-15", ["2024-10-16", None], "Hefei", "CN", ["cg02"])
HEFEI["start_on"]["accept"].append("2024-10-16")  # "closed ... on Wednesday after two days": the 15th; the close day

EVENTS = [BERKELEY, HEFEI]

AGREEMENTS = [
    agreement("A-CALEPA-GDDEE-2024", ["mou"], [CALEPA, GDDEE], "2024-05-29", ["Berkeley"], ["ce01", "gd01"],
              event="E-BERKELEY-2024"),
    agreement("A-CNRA-HNDNRP-2024", ["agreement", "mou", "partnership"], [CNRA, HNDNRP], "2024-05-29", ["Berkeley"],
              ["ce01"], event="E-BERKELEY-2024"),
    agreement("A-GZ-LA-2024", ["agreement", "mou", "partnership"], [GZ, LA], "2024-05-30", ["Los Angeles"], ["gd02"]),
    agreement("A-CARB-BJEEB-2024", ["mou"], [CARB, BJEEB], "2024-12-09", ["Sacramento"], ["ce04"]),
    recalled_agreement("A-CA-BJ-2023", ["mou"], [CALIFORNIA, BEIJING], "2023-10", "ce04"),
    agreement("A-CGS-CAEP-2024", ["mou"], [CGS, CAEP], "2024-09-12", ["Beijing"], ["cg01"]),
    agreement("A-MDE-ANHUI-2024", ["mou"], [MDE, ANHUI], "2024-10-16", ["Hefei"], ["cg02"],
              event="E-TRACKII-HEFEI-2024"),
]

COMMITMENTS = [
    commitment("C-CA-NEUTRAL-2045", CALIFORNIA, "carbon_neutrality", 2045, ["ce01"]),
    commitment("C-CA-85-2045", CALIFORNIA, "emissions_reduction", 2045, ["ce01"], base_year=1990,
               reduction_pct_min=85, reduction_pct_max=85),
    commitment("C-GD-PEAK-2030", GUANGDONG, "emissions_peak", 2030, ["gd01"]),
    commitment("C-POLA-ZE-2030", POLA, "other", 2030, [], optional=True, evidence_optional=["gd02"]),
    commitment("C-MD-60-2031", MARYLAND, "emissions_reduction", 2031, ["cg02"], base_year=2006,
               reduction_pct_min=60, reduction_pct_max=60),
    commitment("C-MD-NZ-2045", MARYLAND, "carbon_neutrality", 2045, ["cg02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the hundred-and-eighth test web (tests/hundredeighthweb.py: calepa, "
                        "gdfao, cgs), written by hand from the texts (tests/data/hundredeighthweb/articles.py) before "
                        "the extractor was run; format of shared/gold/seeds.json. ce02, ce03, gd03, gd04, cg03 and "
                        "cg04 hold no record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "gdfao":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
