"""Gold records of the eighty-first test web, written from the texts of articles.py before the extractor was run on
them.

Events: the sixth China International Import Expo (ng01: 11月5日至10日, Shanghai; the SIPG-CMA CGM memorandum was
signed there) and Singapore International Energy Week 2023 (nr02: 23-27 October, Singapore; the Sembcorp-PLN IP
memorandum). COP26 (td01, where the Clydebank Declaration was launched by no party named) is optional.
Agreements: each instrument with the parties that signed it, never a witness (上海市交通委员会, the two ministers of
nr02), a port's city for the port, or a company a deal only names (Fervo, which is to sell to NV Energy, is an
optional party of the Google-NV Energy agreement; Google's 2021 agreement with Fervo is optional, recalled). A
subsidiary's deal (SGIPL, PLN IP) accepts its parent's names, as real reports name the parent. Commitments: each
actor's own target as stated; "within the same timeframe" takes the year and base of the sentence before (nr03);
an intensity cut is `emissions_reduction` with its base year (ng03 CLP, nr03 Sembcorp per MWh); CMA CGM's 2050 net
zero is ONE row from two pages (ng01 Chinese, td03 English). Optional: the coal exit (CLP 2040), Towngas's 1 GW of
solar, DFDS's six green vessels, Google's 24/7 carbon-free energy, Sembcorp's 25GW, the CAAC's 50,000 t of SAF.
None: results (0.57 kg/kWh, 0.49 t/MWh, 14.2GW), an expected effect (单船碳排放强度预计可…降低约15%), targets
without a figure (Evergreen's, "a net-zero future", "our 2028 targets"), the ship orders (ng04, td04) and the merger
(td05). Negative pages: ng04, ng05, td04, td05, nr04.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document

SIPG = ["Shanghai International Port (Group) Co., Ltd.", "Shanghai International Port (Group)",
        "Shanghai International Port Group", "SIPG", "上海国际港务（集团）股份有限公司", "上海国际港务集团", "上港集团"]
CMACGM = ["CMA CGM", "CMA CGM Group", "达飞海运集团", "法国达飞海运集团", "达飞集团", "达飞"]
CEA = ["China Eastern Air Holding Company", "China Eastern Air Holding Company Limited", "China Eastern Airlines",
       "China Eastern Airlines Group", "China Eastern", "中国东方航空集团有限公司", "中国东方航空集团", "东航集团", "东航",
       "中国东方航空"]
SINOPEC = ["Sinopec", "Sinopec Group", "China Petrochemical Corporation", "中国石油化工集团有限公司", "中国石油化工集团",
           "中国石化"]
CLP = ["CLP Holdings", "CLP Holdings Limited", "CLP Group", "CLP", "中电控股有限公司", "中电控股", "中电集团"]
TSE = ["Towngas Smart Energy", "Towngas Smart Energy Company Limited", "港华智慧能源有限公司", "港华智慧能源"]
HK = ["Hong Kong", "Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR Government",
      "Hong Kong SAR Government", "Government of the Hong Kong Special Administrative Region", "香港特区政府",
      "香港特别行政区政府", "香港特别行政区", "香港"]
CAAC = ["Civil Aviation Administration of China", "CAAC", "中国民用航空局", "民航局"]
GOTHENBURG = ["Port of Gothenburg", "Gothenburg Port Authority", "Göteborgs Hamn"]
ANTWERP = ["Port of Antwerp-Bruges", "Antwerp-Bruges", "Antwerp-Bruges Port Authority"]
DFDS = ["DFDS", "DFDS A/S"]
GOOGLE = ["Google", "Google LLC"]
NVE = ["NV Energy", "NV Energy, Inc."]
FERVO = ["Fervo Energy", "Fervo"]
ENGIE = ["Engie", "ENGIE", "Engie SA", "ENGIE Group"]
SEMBCORP = ["Sembcorp Industries", "Sembcorp", "Sembcorp Industries Ltd"]
SGIPL = ["Sembcorp Green Infra Private Limited", "Sembcorp Green Infra", "SGIPL", *SEMBCORP]
SECI = ["Solar Energy Corporation of India Limited", "Solar Energy Corporation of India", "SECI"]
PLNIP = ["PT PLN Indonesia Power", "PLN Indonesia Power", "PLN IP", "PT PLN (Persero)", "PLN"]

EVENTS = [
    event("E-CIIE-2023", ["Sixth China International Import Expo", "6th China International Import Expo",
                          "China International Import Expo", "CIIE", "CIIE 2023", "第六届中国国际进口博览会",
                          "中国国际进口博览会", "第六届进博会", "进博会"],
          "2023-11-05", ["2023-11-10"], "Shanghai", "CN", ["ng01"]),
    event("E-SIEW-2023", ["Singapore International Energy Week 2023", "Singapore International Energy Week", "SIEW",
                          "SIEW 2023"], "2023-10-23", ["2023-10-27"], "Singapore", "SG", ["nr02"]),
    event("E-COP26", ["COP26", "2021 United Nations Climate Change Conference", "UN Climate Change Conference COP26",
                      "26th UN Climate Change Conference of the Parties"], None, [None, "2021-11-12", "2021-11-13"],
          "Glasgow", "GB", [], optional=True, evidence_optional=["td01"]),
]
EVENTS[2]["start_on"] = {"accept": [None, "2021-10-31"]}

AGREEMENTS = [
    agreement("A-SIPG-CMACGM-2023", ["mou"], [SIPG, CMACGM], "2023-11-06", ["Shanghai"], ["ng01"],
              event="E-CIIE-2023"),
    agreement("A-CEA-SINOPEC-2023", ["agreement", "partnership"], [CEA, SINOPEC], "2023-09-20", ["Shanghai"], ["ng02"]),
    agreement("A-GOT-ANT-DFDS-2023", ["mou"], [GOTHENBURG, ANTWERP, DFDS], "2023-06-13", ["Antwerp"], ["td01"]),
    agreement_days("A-GOOGLE-NVE-2024", ["agreement"], [GOOGLE, NVE], [None, "2024-06"], [None], ["td02"],
                   parties_optional=[FERVO]),
    agreement_days("A-GOOGLE-FERVO-2021", ["agreement"], [GOOGLE, FERVO], ["2021", None], [None], [], optional=True,
                   evidence_optional=["td02"]),
    agreement("A-CMACGM-ENGIE-2023", ["agreement", "partnership"], [CMACGM, ENGIE], "2023-06-26", ["Marseille"],
              ["td03"]),
    agreement_days("A-SGIPL-SECI-2024", ["agreement"], [SGIPL, SECI], [None, "2024-01-15", "2024-01"], [None],
                   ["nr01"]),
    agreement("A-SEMBCORP-PLNIP-2023", ["mou"], [SEMBCORP, PLNIP], "2023-10-24", ["Singapore"], ["nr02"],
              event="E-SIEW-2023"),
]

COMMITMENTS = [
    commitment("C-CMACGM-NZ-2050", CMACGM, "carbon_neutrality", 2050, ["ng01", "td03"]),
    commitment("C-CLP-INT-2030", CLP, "emissions_reduction", 2030, ["ng03"], base_year=2019, reduction_pct_min=52),
    commitment("C-CLP-NZ-2050", CLP, "carbon_neutrality", 2050, ["ng03"]),
    commitment("C-CLP-COAL-2040", CLP, "other", 2040, [], optional=True, evidence_optional=["ng03"]),
    commitment("C-TSE-PEAK-2025", TSE, "emissions_peak", 2025, ["ng03"]),
    commitment("C-TSE-CN-2050", TSE, "carbon_neutrality", 2050, ["ng03"]),
    commitment("C-TSE-PV-2025", TSE, "other", 2025, [], optional=True, evidence_optional=["ng03"]),
    commitment("C-HK-50-2035", HK, "emissions_reduction", 2035, ["ng03"], base_year=2005, reduction_pct_min=50),
    commitment("C-CAAC-SAF-2025", CAAC, "other", 2025, [], optional=True, evidence_optional=["ng02"]),
    commitment("C-DFDS-45-2030", DFDS, "emissions_reduction", 2030, ["td01"], base_year=2008, reduction_pct_min=45),
    commitment("C-DFDS-SHIPS-2030", DFDS, "other", 2030, [], optional=True, evidence_optional=["td01"]),
    commitment("C-GOOGLE-50-2030", GOOGLE, "emissions_reduction", 2030, ["td02"], base_year=2019,
               reduction_pct_min=50),
    commitment("C-GOOGLE-NZ-2030", GOOGLE, "carbon_neutrality", 2030, ["td02"]),
    commitment("C-GOOGLE-CFE-2030", GOOGLE, "renewable_share", 2030, [], optional=True, evidence_optional=["td02"]),
    commitment("C-GOOGLE-CFE-OTHER-2030", GOOGLE, "other", 2030, [], optional=True, evidence_optional=["td02"]),
    commitment("C-ENGIE-NZ-2045", ENGIE, "carbon_neutrality", 2045, ["td03"]),
    commitment("C-SEMB-ABS-2030", SEMBCORP, "emissions_reduction", 2030, ["nr03"], base_year=2022,
               reduction_pct_min=28),
    commitment("C-SEMB-INT-2030", SEMBCORP, "emissions_reduction", 2030, ["nr03"], base_year=2022,
               reduction_pct_min=70),
    commitment("C-SEMB-S3-2030", SEMBCORP, "emissions_reduction", 2030, ["nr03"], base_year=2022,
               reduction_pct_min=25),
    commitment("C-SEMB-NZ-2050", SEMBCORP, "carbon_neutrality", 2050, ["nr03"]),
    commitment("C-SEMB-RE-2028", SEMBCORP, "other", 2028, [], optional=True, evidence_optional=["nr03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (ngzx in Chinese, the others in English) and records."""
    doc = gold_document("Expected records for the eighty-first test web (tests/eightyfirstweb.py: ngzx, tidegrid, "
                        "newsroom), written by hand from the texts (tests/data/eightyfirstweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. ng04, ng05, td04, td05 and nr04 hold "
                        "no record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "ngzx":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
