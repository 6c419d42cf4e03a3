"""Gold records of the eighty-fifth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the 20th China-ASEAN Expo (Nanning, opened Saturday 16 Sep 2023, four days: en02), where Guangxi's ecology
department and Thailand's ONEP signed; the 2023 Pacific island countries' training course in Liaocheng (3-24 Nov 2023:
zh05), which ended with a memorandum (a course where something is signed is an event; the 2024 course of zh04/sb03
signed nothing: none). Agreements: MEE-Cambodia Ministry of Environment on the Preah Sihanouk low-carbon zone, told in
Chinese (zh01) and English (en01): ONE row; MEE-Seychelles (zh02); the China-Pacific Island Countries Climate Action
Cooperation Center-National University of Samoa (zh05); Guangxi's department-ONEP (en02); MEE-Ecuador's environment
ministry (en04, "China and Ecuador ... signed", the ambassador signs for MEE); MEE-MECDM (sb01; recalled in sb02:
optional evidence). A handover certificate (zh03, en03, sb02) is no agreement; plans (适时商签, 探讨商签, "hoped to sign")
are none; witnesses (洪玛奈, Hun Manet) and signatories (ambassadors) are no parties. Commitments: Cambodia's 2050
carbon neutrality (zh01, en01), Thailand's 2050 carbon neutrality and 2065 net zero (en02), Solomon Islands' net zero
by 2050 (sb01); Seychelles' 26.4% below business as usual by 2030 has no base year: optional. A country's name is
accepted for its ministry where the text says "China and Ecuador signed" (the devweb's practice for Denmark).
zh03, zh04, en03 and sb03 hold no record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

MEE = ["Ministry of Ecology and Environment", "Ministry of Ecology and Environment of China",
       "China's Ministry of Ecology and Environment", "Ministry of Ecology and Environment of the People's Republic "
       "of China", "MEE", "生态环境部", "中国生态环境部", "China"]
KH_MOE = ["Ministry of Environment of Cambodia", "Cambodia's Ministry of Environment", "Cambodian Ministry of "
          "Environment", "Ministry of Environment", "柬埔寨环境部", "Cambodia"]
SC_MACCE = ["Ministry of Agriculture, Climate Change and Environment", "Seychelles Ministry of Agriculture, Climate "
            "Change and Environment", "Ministry of Agriculture, Climate Change and Environment of Seychelles",
            "塞舌尔农业、气候变化与环境部", "Seychelles"]
PICCAC = ["China-Pacific Island Countries Climate Action Cooperation Center", "China-Pacific Island Countries "
          "Climate Change Cooperation Center", "China-Pacific Island Countries Center for Climate Change Cooperation",
          "中国—太平洋岛国应对气候变化合作中心", "中国-太平洋岛国应对气候变化合作中心"]
NUS = ["National University of Samoa", "萨摩亚国立大学"]
GX_DEE = ["Department of Ecology and Environment of Guangxi Zhuang Autonomous Region", "Guangxi Department of Ecology "
          "and Environment", "Department of Ecology and Environment of Guangxi", "Guangxi Zhuang Autonomous Region "
          "Department of Ecology and Environment", "广西壮族自治区生态环境厅", "Guangxi"]
ONEP = ["Office of Natural Resources and Environmental Policy and Planning", "ONEP", "Thailand's Office of Natural "
        "Resources and Environmental Policy and Planning", "Office of Natural Resources and Environmental Policy and "
        "Planning of Thailand"]
EC_MAATE = ["Ministry of Environment, Water and Ecological Transition", "Ministry of Environment, Water and Ecological "
            "Transition of Ecuador", "Ecuador's Ministry of Environment, Water and Ecological Transition",
            "Ecuadorian Ministry of Environment, Water and Ecological Transition", "MAATE", "Ecuador"]
MECDM = ["Ministry of Environment, Climate Change, Disaster Management and Meteorology", "MECDM",
         "Ministry of Environment, Climate Change, Disaster Management and Meteorology of Solomon Islands",
         "Solomon Islands Ministry of Environment, Climate Change, Disaster Management and Meteorology"]
CAMBODIA = ["Cambodia", "Kingdom of Cambodia", "柬埔寨", "Royal Government of Cambodia"]
THAILAND = ["Thailand", "Kingdom of Thailand", "Thai government"]
SOLOMON = ["Solomon Islands", "Solomon Islands Government", "Government of Solomon Islands"]
SEYCHELLES = ["Seychelles", "Republic of Seychelles", "塞舌尔"]

CAEXPO = "E-CAEXPO-2023"
PICTRAIN = "E-PIC-TRAINING-2023"
EVENTS = [
    event(CAEXPO, ["20th China-ASEAN Expo", "China-ASEAN Expo", "CAEXPO", "20th CAEXPO"], "2023-09-16",
          ["2023-09-19", None], "Nanning", "CN", ["en02"]),
    event(PICTRAIN, ["2023年太平洋岛国应对气候变化与防灾减灾研修班", "太平洋岛国应对气候变化与防灾减灾研修班",
                     "2023 Training Course on Climate Change and Disaster Prevention and Reduction for Pacific Island "
                     "Countries", "Training Course on Climate Change and Disaster Prevention and Reduction for Pacific "
                     "Island Countries"],
          "2023-11-03", ["2023-11-24"], "Liaocheng", "CN", ["zh05"]),
]

AGREEMENTS = [
    agreement("A-MEE-KHMOE-2024", ["mou"], [MEE, KH_MOE], "2024-04-30", ["Phnom Penh"], ["zh01", "en01"]),
    agreement("A-MEE-SCMACCE-2024", ["mou"], [MEE, SC_MACCE], "2024-03-28", ["Beijing"], ["zh02"]),
    agreement("A-PICCAC-NUS-2023", ["mou"], [PICCAC, NUS], "2023-11-24", ["Liaocheng"], ["zh05"], event=PICTRAIN),
    agreement("A-GXDEE-ONEP-2023", ["mou"], [GX_DEE, ONEP], "2023-09-17", ["Nanning"], ["en02"], event=CAEXPO),
    agreement("A-MEE-MAATE-2024", ["mou"], [MEE, EC_MAATE], "2024-10-16", ["Quito"], ["en04"]),
    agreement("A-MEE-MECDM-2023", ["mou"], [MEE, MECDM], "2023-05-24", ["Honiara"], ["sb01"],
              evidence_optional=["sb02"]),
]

COMMITMENTS = [
    commitment("C-CAMBODIA-CN-2050", CAMBODIA, "carbon_neutrality", 2050, ["zh01", "en01"]),
    commitment("C-THAILAND-CN-2050", THAILAND, "carbon_neutrality", 2050, ["en02"]),
    commitment("C-THAILAND-NZ-2065", THAILAND, "carbon_neutrality", 2065, ["en02"]),
    commitment("C-SOLOMON-NZ-2050", SOLOMON, "carbon_neutrality", 2050, ["sb01"]),
    commitment("C-SEYCHELLES-2030", SEYCHELLES, "emissions_reduction", 2030, [], optional=True,
               evidence_optional=["zh02"], reduction_pct_min=26.4),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the eighty-fifth test web (tests/eightyfifthweb.py: nncc, gxnews, sbgov), "
                        "written by hand from the texts (tests/data/eightyfifthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. zh03, zh04, en03 and sb03 hold no record.", "zh",
                        articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "nncc":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
