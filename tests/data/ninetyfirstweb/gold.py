"""Gold records of the ninety-first test web, written from the texts of articles.py before the extractor was run on
them.

Events (each where something was adopted, launched or pledged; its first day, its city): the G20 Bali Summit (15 Nov
2022, the JETP launched on its sidelines: gb01), the G20 Energy Transitions Ministerial Meeting (2 Sep 2022, Bali: the
Bali Compact adopted, gb02), the Twenty-Eighth Meeting of the Parties to the Montreal Protocol (opened 10 Oct 2016,
Kigali: the Kigali Amendment, un01), the first Africa Climate Summit (opened 4 Sep 2023, Nairobi: the Nairobi
Declaration, un02), the Leaders Summit on Climate (22 Apr 2021, virtual: no city, no country; new 2030 targets,
un04 and jp01), the G7 Ministers' Meeting on Climate, Energy and Environment (15 Apr 2023, Sapporo: the communiqué,
jp02) and the AZEC Leaders Meeting (18 Dec 2023, Tokyo: the joint statement, jp03). COP27 (recalled on gb03, the
venue of a seminar on jp04) and the AZEC Ministerial Meeting of March 2023 (jp03) are optional.
Agreements: the Indonesia JETP joint statement with the eleven members of the International Partners Group named
(gb01), the G7 communiqué of the seven members and the EU (jp02), the AZEC leaders' joint statement of eleven
countries (jp03). Instruments adopted by parties the text does not name (the Bali Compact, the Kigali Amendment, the
Nairobi Declaration) and the Mangrove Alliance for Climate recalled from COP27 are optional. The "some 70
memorandums" of companies (jp03) name no party: no record.
Commitments: Indonesia's power-sector peak by 2030, 34% renewable power by 2030, power-sector net zero by 2050
(gb01, at the Bali Summit) and its economy-wide net zero by 2060 (gb01); at the Leaders Summit (un04) the United
States' 50-52% below 2005 by 2030, Japan's 46% below FY2013 by FY2030 (also jp01: one row), Canada's 40-45% below
2005 by 2030 and Brazil's climate neutrality by 2050; told there but announced before: the United Kingdom's 78% below
1990 by 2035 and the EU's 55% below 1990 by 2030; Japan's carbon neutrality by 2050 (jp01). Optional: Japan's "50%"
effort, Canada's coal exit by 2030, the JCM's 100 million tonnes by FY2030 (jp04). None: collective or global figures
(the G7's 43%/60% from IPCC and its 150 GW, the Nairobi Declaration's 300 GW, the Secretary-General's 9 per cent a
year, the HFC schedules of groups of countries), finance (USD 20 billion, USD 4.5 billion), Korea's end of overseas
coal finance (no year), Indonesia's 600,000 hectares of mangroves (a programme). gb03, gb04, un03 and jp04 hold no
required record.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document

INDONESIA = ["Indonesia", "Republic of Indonesia", "Government of Indonesia", "Government of the Republic of Indonesia"]
US = ["United States", "United States of America", "USA", "U.S.", "US", "Government of the United States"]
JAPAN = ["Japan", "Government of Japan"]
CANADA = ["Canada", "Government of Canada"]
DENMARK = ["Denmark", "Kingdom of Denmark"]
EU = ["European Union", "EU", "European Commission"]
FRANCE = ["France", "French Republic"]
GERMANY = ["Germany", "Federal Republic of Germany"]
ITALY = ["Italy", "Italian Republic"]
NORWAY = ["Norway", "Kingdom of Norway"]
UK = ["United Kingdom", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland", "Britain"]
BRAZIL = ["Brazil", "Federative Republic of Brazil"]
UAE = ["United Arab Emirates", "UAE"]
AUSTRALIA = ["Australia", "Commonwealth of Australia"]
BRUNEI = ["Brunei Darussalam", "Brunei"]
CAMBODIA = ["Cambodia", "Kingdom of Cambodia"]
LAOS = ["Lao People's Democratic Republic", "Lao PDR", "Laos"]
MALAYSIA = ["Malaysia"]
PHILIPPINES = ["Philippines", "the Philippines", "Republic of the Philippines"]
SINGAPORE = ["Singapore", "Republic of Singapore"]
THAILAND = ["Thailand", "Kingdom of Thailand"]
VIETNAM = ["Viet Nam", "Vietnam", "Socialist Republic of Viet Nam"]

BALI = ["G20 Bali Summit", "G20 Leaders' Summit", "G20 Leaders Summit", "G20 Summit", "Bali Summit",
        "17th G20 Summit", "2022 G20 Bali Summit", "G20 Leaders' Summit in Bali"]
ETMM = ["G20 Energy Transitions Ministerial Meeting", "Energy Transitions Ministerial Meeting", "ETMM",
        "G20 Energy Transitions Ministers' Meeting", "G20 Energy Ministers' Meeting"]
MOP28 = ["Twenty-Eighth Meeting of the Parties to the Montreal Protocol", "28th Meeting of the Parties to the Montreal "
         "Protocol", "MOP28", "MOP 28", "Meeting of the Parties to the Montreal Protocol"]
ACS = ["Africa Climate Summit", "first Africa Climate Summit", "Africa Climate Summit 2023"]
LSC = ["Leaders Summit on Climate", "Leaders' Summit on Climate", "Leaders Climate Summit", "Leaders Summit"]
SAPPORO = ["G7 Ministers' Meeting on Climate, Energy and Environment", "G7 Climate, Energy and Environment Ministers' "
           "Meeting", "G7 Ministers Meeting on Climate, Energy and Environment", "G7 Sapporo ministerial meeting"]
AZEC = ["AZEC Leaders Meeting", "Asia Zero Emission Community Leaders Meeting", "AZEC Leaders' Meeting",
        "Asia Zero Emission Community (AZEC) Leaders Meeting", "AZEC Summit"]

EVENTS = [
    event("E-G20-BALI-2022", BALI, "2022-11-15", ["2022-11-16", None], "Bali", "ID", ["gb01"],
          evidence_optional=["gb02", "gb03"]),
    event("E-G20-ETMM-2022", ETMM, "2022-09-02", ["2022-09-02", None], "Bali", "ID", ["gb02"]),
    event("E-MOP28-2016", MOP28, "2016-10-10", ["2016-10-14", "2016-10-15", None], "Kigali", "RW", ["un01"]),
    event("E-ACS-2023", ACS, "2023-09-04", ["2023-09-06", None], "Nairobi", "KE", ["un02"]),
    event("E-LSC-2021", LSC, "2021-04-22", ["2021-04-23", None], "", "", ["un04", "jp01"]),
    event("E-G7-SAPPORO-2023", SAPPORO, "2023-04-15", ["2023-04-16", None], "Sapporo", "JP", ["jp02"]),
    event("E-AZEC-2023", AZEC, "2023-12-18", ["2023-12-18", None], "Tokyo", "JP", ["jp03"]),
    event("E-COP27", ["COP27", "COP 27", "27th Conference of the Parties to the UNFCCC", "27th Conference of the "
                      "Parties"], "2022-11-06", [None, "2022-11-18", "2022-11-20"], "Sharm el-Sheikh", "EG", [],
          optional=True, evidence_optional=["gb03", "jp04"]),
    event("E-AZEC-MIN-2023", ["AZEC Ministerial Meeting", "first AZEC Ministerial Meeting"], "2023-03", [None],
          "Tokyo", "JP", [], optional=True, evidence_optional=["jp03"]),
]

_JOINT = ["joint_statement", "partnership", "declaration", "agreement"]
AGREEMENTS = [
    agreement("A-JETP-INDONESIA-2022", _JOINT, [INDONESIA, US, JAPAN, CANADA, DENMARK, EU, FRANCE, GERMANY, ITALY,
                                                NORWAY, UK], "2022-11-15", ["Bali", "Nusa Dua"], ["gb01"],
              event="E-G20-BALI-2022"),
    agreement("A-G7-SAPPORO-COMMUNIQUE-2023", ["joint_statement", "declaration", "agreement"],
              [CANADA, FRANCE, GERMANY, ITALY, JAPAN, UK, US, EU], "2023-04-16", ["Sapporo"], ["jp02"],
              event="E-G7-SAPPORO-2023"),
    agreement("A-AZEC-JOINT-STATEMENT-2023", ["joint_statement", "declaration", "agreement"],
              [AUSTRALIA, BRUNEI, CAMBODIA, INDONESIA, JAPAN, LAOS, MALAYSIA, PHILIPPINES, SINGAPORE, THAILAND,
               VIETNAM], "2023-12-18", ["Tokyo"], ["jp03"], event="E-AZEC-2023"),
    agreement("A-BALI-COMPACT-2022", ["declaration", "agreement", "joint_statement"],
              [["G20", "Group of Twenty", "G20 members"]], "2022-09-02", ["Bali", "Nusa Dua"], [], optional=True,
              evidence_optional=["gb02", "gb01"], event="E-G20-ETMM-2022"),
    agreement("A-KIGALI-AMENDMENT-2016", ["agreement", "declaration"],
              [["Parties to the Montreal Protocol", "Montreal Protocol Parties"]], "2016-10-15", ["Kigali"], [],
              optional=True, evidence_optional=["un01"], event="E-MOP28-2016"),
    agreement("A-NAIROBI-DECLARATION-2023", ["declaration", "joint_statement"],
              [["African Union", "African Heads of State and Government", "African Union Commission"]], "2023-09-06",
              ["Nairobi"], [], optional=True, evidence_optional=["un02"], event="E-ACS-2023"),
    agreement_days("A-MAC-2022", ["partnership", "declaration", "agreement"], [INDONESIA, UAE],
                   [None, "2022-11"], ["Sharm el-Sheikh", None], [], optional=True, evidence_optional=["gb03"]),
]


def _opt(key, actor, kind, year, article, **extra) -> dict:
    return commitment(key, actor, kind, year, [], optional=True, evidence_optional=[article], **extra)


COMMITMENTS = [
    commitment("C-ID-POWER-PEAK-2030", INDONESIA, "emissions_peak", 2030, ["gb01"], event="E-G20-BALI-2022"),
    commitment("C-ID-RE-2030", INDONESIA, "renewable_share", 2030, ["gb01"], event="E-G20-BALI-2022"),
    commitment("C-ID-POWER-NZ-2050", INDONESIA, "carbon_neutrality", 2050, ["gb01"], event="E-G20-BALI-2022"),
    commitment("C-ID-NZ-2060", INDONESIA, "carbon_neutrality", 2060, ["gb01"]),
    commitment("C-US-5052-2030", US, "emissions_reduction", 2030, ["un04"], base_year=2005, reduction_pct_min=50,
               reduction_pct_max=52, event="E-LSC-2021"),
    commitment("C-JP-46-2030", JAPAN, "emissions_reduction", 2030, ["un04", "jp01"], base_year=2013,
               reduction_pct_min=46, event="E-LSC-2021"),
    _opt("C-JP-50-2030", JAPAN, "emissions_reduction", 2030, "jp01", reduction_pct_min=50),
    commitment("C-JP-CN-2050", JAPAN, "carbon_neutrality", 2050, ["jp01"]),
    commitment("C-CA-4045-2030", CANADA, "emissions_reduction", 2030, ["un04"], base_year=2005, reduction_pct_min=40,
               reduction_pct_max=45, event="E-LSC-2021"),
    _opt("C-CA-COAL-2030", CANADA, "other", 2030, "un04"),
    commitment("C-BR-CN-2050", BRAZIL, "carbon_neutrality", 2050, ["un04"], event="E-LSC-2021"),
    commitment("C-UK-78-2035", UK, "emissions_reduction", 2035, ["un04"], base_year=1990, reduction_pct_min=78),
    commitment("C-EU-55-2030", EU, "emissions_reduction", 2030, ["un04"], base_year=1990, reduction_pct_min=55),
    _opt("C-JP-JCM-2030", JAPAN, "other", 2030, "jp04"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (all English) and records."""
    return gold_document("Expected records for the ninety-first test web (tests/ninetyfirstweb.py: g20id, unpress, "
                         "envjp), written by hand from the texts (tests/data/ninetyfirstweb/articles.py) before the "
                         "extractor was run; format of shared/gold/seeds.json. gb03, gb04, un03 and jp04 hold no "
                         "required record.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
