"""Gold records of the ninety-fourth test web, written from the texts of articles.py before the extractor was run on
them.

Events (each where something was launched or pledged; its first day, its city): COP26 (opened 31 October 2021,
Glasgow: the Alliance launched at its World Leaders Summit on 2 November, ga01; Nepal's net zero by 2045 told there on
1 November, ga03; qz04 in Chinese) and the Climate Ambition Summit (12 December 2020, online: no city, no country;
Colombia's targets, pb04).
Agreements: the Global Energy Alliance for People and Planet launched by its three founding foundations (ga01, a
partnership) and the Alliance's memorandum with the Government of Odisha (16 February 2023, Bhubaneswar, ga02). The
Glasgow Climate Pact adopted by parties the text does not name (qz04) is optional. The hoped-for memorandum of ga04
(a visit, "no agreement was signed") is no record.
Commitments: Nepal's net zero by 2045 (ga03 and qz04: one row), Colombia's 51% cut by 2030 (against a projection: no
base year) and its carbon neutrality by 2050 (pb04). None: every scenario, modelled pathway, recommendation, estimate
and past figure (pb01-pb03, qz01-qz03 hold no record; the 60% and 20% of pb04, the 1.8C/2.7C of qz04, the USD 10
billion, the four billion tonnes and one billion people of ga01, the 40% and 300,000 pumps of ga02, the LPG half of
ga03, the 500,000 households of ga04).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

NEPAL = ["Nepal", "Federal Democratic Republic of Nepal", "Government of Nepal", "尼泊尔"]
COLOMBIA = ["Colombia", "Republic of Colombia", "Government of Colombia"]
GEAPP = ["Global Energy Alliance for People and Planet", "GEAPP", "Global Energy Alliance",
         "Global Energy Alliance for People and Planet (GEAPP)"]
ODISHA = ["Odisha", "Government of Odisha", "Odisha Government", "State of Odisha", "Odisha State Government"]
ROCKEFELLER = ["Rockefeller Foundation", "The Rockefeller Foundation"]
IKEA = ["IKEA Foundation", "The IKEA Foundation"]
BEZOS = ["Bezos Earth Fund", "The Bezos Earth Fund"]

COP26 = ["COP26", "COP 26", "2021 United Nations Climate Change Conference", "UN Climate Change Conference COP26",
         "26th UN Climate Change Conference of the Parties", "UN climate conference", "World Leaders Summit",
         "COP26 World Leaders Summit", "World Leaders Summit of COP26", "第26届联合国气候变化大会",
         "联合国气候变化大会", "世界领导人峰会"]
CAS = ["Climate Ambition Summit", "Climate Ambition Summit 2020", "2020 Climate Ambition Summit"]

EVENTS = [
    event("E-COP26", COP26, "2021-10-31", [None, "2021-11-12", "2021-11-13", "2021-11-02"], "Glasgow", "GB",
          ["ga01", "ga03", "qz04"]),
    event("E-CAS-2020", CAS, "2020-12-12", ["2020-12-12", None], "", "", ["pb04"]),
]
EVENTS[0]["start_on"] = {"accept": ["2021-10-31", "2021-11-01", "2021-11-02"]}

AGREEMENTS = [
    agreement("A-GEAPP-LAUNCH-2021", ["partnership", "agreement", "declaration"], [ROCKEFELLER, IKEA, BEZOS],
              "2021-11-02", ["Glasgow"], ["ga01"], event="E-COP26"),
    agreement("A-GEAPP-ODISHA-2023", ["mou"], [GEAPP, ODISHA], "2023-02-16", ["Bhubaneswar"], ["ga02"]),
    agreement("A-GLASGOW-PACT-2021", ["declaration", "agreement"],
              [["Parties to the UNFCCC", "UNFCCC Parties", "Conference of the Parties"]], "2021-11-13",
              ["Glasgow"], [], optional=True, evidence_optional=["qz04"], event="E-COP26"),
]

COMMITMENTS = [
    commitment("C-NP-NZ-2045", NEPAL, "carbon_neutrality", 2045, ["ga03", "qz04"], event="E-COP26"),
    commitment("C-CO-51-2030", COLOMBIA, "emissions_reduction", 2030, ["pb04"], reduction_pct_min=51,
               event="E-CAS-2020"),
    commitment("C-CO-CN-2050", COLOMBIA, "carbon_neutrality", 2050, ["pb04"], event="E-CAS-2020"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (qdzk in Chinese, the others in English) and records."""
    doc = gold_document("Expected records for the ninety-fourth test web (tests/ninetyfourthweb.py: pathblog, qdzk, "
                        "geapp), written by hand from the texts (tests/data/ninetyfourthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. pb01-pb03, qz01-qz03 and ga04 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        doc["articles"][a["id"]]["language"] = "zh" if a["site"] == "qdzk" else "en"
    return doc
