"""Gold records of the hundred-fourth test web, written from the texts of articles.py before the extractor was run on
them.

Events: Asia-Pacific Climate Week 2023 (13-17 November 2023, Johor Bahru; wi02: the Johor memorandum was signed on its
sidelines) and the 2024 China-ASEAN mangrove seminar (11月19日至20日, Zhanjiang; gd04: the Guangdong-Sabah memorandum
was signed there).
Agreements: Senegal's environment ministry with Wetlands International (Tuesday = 11 June 2024, Dakar); the Johor
State Government with Wetlands International (Wednesday = 15 November 2023, Johor Bahru; the UNFCCC and Malaysia host
the week, no parties); 广东省林业局 with 深圳市红树林湿地保护基金会 (2023-09-11, Guangzhou); 广东省林业局 with 沙巴州林业局
(2024-11-20, Zhanjiang); the three-party carbon-credit transfer agreement of 自然资源部第三海洋研究所, 广东湛江红树林国家级
自然保护区管理局 and 北京市企业家环保基金会 (2021-06-08, Zhanjiang); PAGASA with the CMA (Wednesday = 24 April 2024, Quezon
City); Palawan, DENR MIMAROPA and Conservation International Philippines (Friday = 16 May 2025, Puerto Princesa: the
dateline's city, accepted or not given); Marikina, the DENR River Basin Control Office and the Manila Observatory
(Wednesday = 12 July 2023, Marikina accepted or not given).
Commitments: Malaysia's net zero as early as 2050 and its 45% carbon-intensity cut below 2005 by 2030 (wi02, required:
the development webs' practice for an intensity cut below a base year); the Philippines' NDC, 75% by 2030 against
business as usual (ph02: no base year). Sink targets have no type of their own: following the seventh and
ninety-first webs they are `other` and optional (Senegal's 4,000 ha by 2029, Johor's 1,500 ha by 2030, Guangdong's
5,500 + 2,500 ha by 2025 and its 60% protection rate, Palawan's 3,000 ha by 2028, Marikina's 50,000 trees by 2026).
Not records: a study's recommendation (wi03: 10,000 ha by 2030), the year's planting plan of a tree-planting day
(gd03), a storm report (ph03), the UN's Early Warnings for All by 2027 (a global aim, ph01), a blue carbon study and
credits not yet issued (wi01, ph02), other Malaysian states' interest (wi02), ASEAN delegates willing to explore
(gd04), results (1.06万公顷, 26,000 hectares), the 5880 tonnes bought (gd05: a purchase, not a pledge).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

SENEGAL = ["Senegal", "Republic of Senegal", "Government of Senegal",
           "Ministry of Environment and Ecological Transition", "Senegal's Ministry of Environment and Ecological Transition",
           "Senegalese Ministry of Environment and Ecological Transition",
           "Ministry of Environment and Ecological Transition of Senegal"]
WI = ["Wetlands International"]
JOHOR = ["Johor", "Johor State Government", "Johor state government", "State Government of Johor", "State of Johor"]
MALAYSIA = ["Malaysia", "Government of Malaysia", "马来西亚"]
GDFA = ["广东省林业局", "Guangdong Provincial Forestry Administration", "Forestry Administration of Guangdong Province",
        "Guangdong Forestry Administration", "Guangdong Provincial Forestry Bureau", "Guangdong Forestry Bureau",
        "Department of Forestry of Guangdong Province", "Guangdong Provincial Department of Forestry"]
MCF = ["深圳市红树林湿地保护基金会", "红树林基金会", "Shenzhen Mangrove Wetlands Conservation Foundation", "MCF",
       "Mangrove Conservation Foundation", "Shenzhen Mangrove Conservation Foundation"]
SABAH = ["Sabah Forestry Department", "沙巴州林业局", "马来西亚沙巴州林业局", "Forestry Department of Sabah",
         "Sabah Forestry Department, Malaysia"]
TIO = ["自然资源部第三海洋研究所", "Third Institute of Oceanography", "Third Institute of Oceanography, Ministry of Natural Resources",
       "Third Institute of Oceanography of the Ministry of Natural Resources", "第三海洋研究所"]
ZJMR = ["广东湛江红树林国家级自然保护区管理局", "湛江红树林国家级自然保护区管理局",
        "Guangdong Zhanjiang Mangrove National Nature Reserve Administration",
        "Zhanjiang Mangrove National Nature Reserve Administration", "Zhanjiang Mangrove National Nature Reserve",
        "Administration of Guangdong Zhanjiang Mangrove National Nature Reserve"]
SEE = ["北京市企业家环保基金会", "SEE Foundation", "Beijing Entrepreneur Environmental Protection Foundation",
       "SEE基金会", "阿拉善SEE基金会"]
PAGASA = ["PAGASA", "Philippine Atmospheric, Geophysical and Astronomical Services Administration"]
CMA = ["China Meteorological Administration", "CMA", "中国气象局"]
PALAWAN = ["Palawan", "Provincial Government of Palawan", "Palawan Provincial Government", "Province of Palawan"]
DENR = ["Department of Environment and Natural Resources", "DENR", "DENR MIMAROPA",
        "Department of Environment and Natural Resources (DENR) in MIMAROPA",
        "Department of Environment and Natural Resources MIMAROPA", "DENR-MIMAROPA"]
CIP = ["Conservation International Philippines", "Conservation International"]
MARIKINA = ["Marikina", "Marikina City", "City Government of Marikina", "City of Marikina"]
RBCO = ["DENR River Basin Control Office", "River Basin Control Office", "RBCO",
        "Department of Environment and Natural Resources River Basin Control Office"]
MO = ["Manila Observatory"]
PHILIPPINES = ["Philippines", "the Philippines", "Republic of the Philippines", "Government of the Philippines"]
GUANGDONG = ["广东省", "广东", "Guangdong", "Guangdong Province", "广东省人民政府", "Guangdong Provincial People's Government",
             *GDFA]

EVENTS = [
    event("E-APCW-2023", ["Asia-Pacific Climate Week 2023", "Asia-Pacific Climate Week", "APCW 2023", "APCW",
                          "Asia Pacific Climate Week 2023", "Asia Pacific Climate Week"],
          "2023-11-13", ["2023-11-17", None], "Johor Bahru", "MY", ["wi02"]),
    event("E-CNASEAN-MANGROVE-2024", ["2024中国—东盟红树林保护合作研讨会", "中国—东盟红树林保护合作研讨会",
                                      "2024 China-ASEAN Mangrove Conservation Cooperation Seminar",
                                      "China-ASEAN Mangrove Conservation Cooperation Seminar",
                                      "China-ASEAN Mangrove Protection Cooperation Seminar",
                                      "2024 China-ASEAN Seminar on Mangrove Conservation Cooperation",
                                      "China-ASEAN Seminar on Mangrove Conservation Cooperation"],
          "2024-11-19", ["2024-11-20", None], "Zhanjiang", "CN", ["gd04"]),
]

AGREEMENTS = [
    agreement("A-SEN-WI-2024", ["mou"], [SENEGAL, WI], "2024-06-11", ["Dakar"], ["wi01"]),
    agreement("A-JOHOR-WI-2023", ["mou"], [JOHOR, WI], "2023-11-15", ["Johor Bahru"], ["wi02"], event="E-APCW-2023"),
    agreement("A-GDFA-MCF-2023", ["agreement"], [GDFA, MCF], "2023-09-11", ["Guangzhou"], ["gd01"]),
    agreement("A-GDFA-SABAH-2024", ["mou"], [GDFA, SABAH], "2024-11-20", ["Zhanjiang"], ["gd04"],
              event="E-CNASEAN-MANGROVE-2024"),
    agreement("A-ZJ-BLUECARBON-2021", ["agreement"], [TIO, ZJMR, SEE], "2021-06-08", ["Zhanjiang"], ["gd05"]),
    agreement("A-PAGASA-CMA-2024", ["mou"], [PAGASA, CMA], "2024-04-24", ["Quezon City"], ["ph01"]),
    agreement("A-PALAWAN-CI-2025", ["agreement", "mou"], [PALAWAN, DENR, CIP], "2025-05-16", ["Puerto Princesa", None],
              ["ph02"]),
    agreement("A-MARIKINA-MO-2023", ["agreement", "mou"], [MARIKINA, RBCO, MO], "2023-07-12", ["Marikina", None],
              ["ph04"]),
]

COMMITMENTS = [
    commitment("C-MY-NZ-2050", MALAYSIA, "carbon_neutrality", 2050, ["wi02"]),
    commitment("C-MY-INT-2030", MALAYSIA, "emissions_reduction", 2030, ["wi02"], base_year=2005,
               reduction_pct_min=45, reduction_pct_max=45),
    commitment("C-PH-NDC-2030", PHILIPPINES, "emissions_reduction", 2030, ["ph02"], reduction_pct_min=75,
               reduction_pct_max=75),
    # sink targets: no type holds hectares or trees, `other` is accepted, not required
    commitment("C-SEN-MANGROVE-2029", SENEGAL, "other", 2029, [], optional=True, evidence_optional=["wi01"]),
    commitment("C-JOHOR-MANGROVE-2030", JOHOR, "other", 2030, [], optional=True, evidence_optional=["wi02"]),
    commitment("C-GD-MANGROVE-2025", GUANGDONG, "other", 2025, [], optional=True, evidence_optional=["gd02"]),
    commitment("C-PALAWAN-MANGROVE-2028", PALAWAN, "other", 2028, [], optional=True, evidence_optional=["ph02"]),
    commitment("C-MARIKINA-TREES-2026", MARIKINA, "other", 2026, [], optional=True, evidence_optional=["ph04"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (wetlands and pia in English, gdly in Chinese) and records."""
    doc = gold_document("Expected records for the hundred-fourth test web (tests/hundredfourthweb.py: wetlands, gdly, "
                        "pia), written by hand from the texts (tests/data/hundredfourthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. wi03, gd02, gd03 and ph03 hold no "
                        "required record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "gdly":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
