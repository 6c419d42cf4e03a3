"""Gold records of the eighty-sixth test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: the Transportation and Climate Initiative Program memorandum of Massachusetts, Connecticut, Rhode Island
and the District of Columbia ("on Monday" = 21 Dec 2020, announced in a virtual news conference: no city or Boston,
the dateline; the nine states that "did not sign" are no parties: ap02); the Pacific Coast Action Plan on Climate and
Energy of California, Oregon, Washington and British Columbia (28 Oct 2013, San Francisco; Alaska "did not sign":
ap06); the University of Notre Dame's 50-year lease with the City of South Bend ("Tuesday" on a Wednesday page = 9 May
2017: tv05). Enbridge's 2018 tunnel agreement with the state (tv03) is recalled: optional. Commitments: Duke Energy's
net zero by 2050 and 50% below 2005 by 2030 (its earlier 40% goal: optional; ap01); Montgomery County's 80% below 2005
by 2027 and 100% by 2035 (its 2008 goal of 80% by 2050: optional; ap05); Pittsburgh's 100% renewable municipal
electricity by 2035 (pg01), then by 2030, and 50% below 2003 by 2030 and 80% by 2050 (pg02; the fossil-free fleet by
2030: optional); Ann Arbor's carbon neutrality by 2030 (the 2012 plan's missed 25% by 2025: optional; tv01); the
University of Michigan's carbon neutrality by 2040 and renewable electricity for all its purchased power by 2025
(tv02; "eliminate ... emissions from its own heating plants and vehicles by 2040": optional); NIPSCO's 90% below 2005
by 2028 (an integrated resource plan: tv04); Notre Dame's half by 2030 from 2005 and carbon neutrality by 2050 (coal
exit by 2020: optional; tv05). The TCI program's 26% cut (2022-2032) is the program's, not one party's pledge:
optional per party. No events (the Global Clean Energy Action Forum of pg03 is optional: the city concluded nothing
there). ap03 (a lawsuit), ap04 (a rollback: "8.5% by 2026" is a lowered mandate, no pledge), pg03 and tv03 hold no
required record.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document, recalled_agreement

MASSACHUSETTS = ["Massachusetts", "Commonwealth of Massachusetts", "State of Massachusetts"]
CONNECTICUT = ["Connecticut", "State of Connecticut"]
RHODE_ISLAND = ["Rhode Island", "State of Rhode Island"]
DC = ["District of Columbia", "Washington, D.C.", "Washington DC", "Washington, DC", "D.C.", "DC",
      "Government of the District of Columbia"]
CALIFORNIA = ["California", "State of California"]
OREGON = ["Oregon", "State of Oregon"]
WASHINGTON = ["Washington", "Washington State", "State of Washington"]
BC = ["British Columbia", "Province of British Columbia", "Government of British Columbia", "B.C.", "BC"]
NOTRE_DAME = ["University of Notre Dame", "Notre Dame", "University of Notre Dame du Lac"]
SOUTH_BEND = ["South Bend", "City of South Bend", "South Bend, Indiana"]
ENBRIDGE = ["Enbridge", "Enbridge Inc.", "Enbridge Energy"]
MICHIGAN = ["Michigan", "State of Michigan"]
DUKE = ["Duke Energy", "Duke Energy Corp.", "Duke Energy Corporation", "Duke"]
MOCO = ["Montgomery County", "Montgomery County, Maryland", "Montgomery County, Md.", "Montgomery County Council",
        "Montgomery County Government"]
PITTSBURGH = ["Pittsburgh", "City of Pittsburgh", "Pittsburgh, Pennsylvania"]
ANN_ARBOR = ["Ann Arbor", "City of Ann Arbor", "Ann Arbor City Council", "Ann Arbor, Michigan"]
UMICH = ["University of Michigan", "U-M", "UM"]
NIPSCO = ["NIPSCO", "Northern Indiana Public Service Co.", "Northern Indiana Public Service Company",
          "Northern Indiana Public Service Company LLC"]

EVENTS = [
    event("E-GCEAF-2022", ["Global Clean Energy Action Forum", "Global Clean Energy Action Forum 2022",
                           "13th Clean Energy Ministerial"], "2022-09-21", ["2022-09-23", None], "Pittsburgh", "US", [],
          optional=True, evidence_optional=["pg03"]),
]

AGREEMENTS = [
    agreement_days("A-TCI-MOU-2020", ["mou", "agreement"], [MASSACHUSETTS, CONNECTICUT, RHODE_ISLAND, DC],
                   ["2020-12-21"], [None, "Boston"], ["ap02"]),
    agreement("A-PACIFIC-COAST-PLAN-2013", ["agreement", "declaration", "joint_statement", "mou", "partnership"],
              [CALIFORNIA, OREGON, WASHINGTON, BC], "2013-10-28", ["San Francisco"], ["ap06"]),
    agreement("A-NOTREDAME-SOUTHBEND-2017", ["agreement", "mou", "partnership"], [NOTRE_DAME, SOUTH_BEND],
              "2017-05-09", ["South Bend"], ["tv05"]),
    recalled_agreement("A-ENBRIDGE-MICHIGAN-2018", ["agreement"], [ENBRIDGE, MICHIGAN], "2018", "tv03"),
]


def _opt(key, actor, kind, year, article, **extra) -> dict:
    return commitment(key, actor, kind, year, [], optional=True, evidence_optional=[article], **extra)


COMMITMENTS = [
    commitment("C-DUKE-NZ-2050", DUKE, "carbon_neutrality", 2050, ["ap01"]),
    commitment("C-DUKE-50-2030", DUKE, "emissions_reduction", 2030, ["ap01"], base_year=2005, reduction_pct_min=50),
    _opt("C-DUKE-40-2030", DUKE, "emissions_reduction", 2030, "ap01", reduction_pct_min=40),
    *[_opt(f"C-TCI-{n}-2032", who, "emissions_reduction", 2032, "ap02", base_year=2022, reduction_pct_min=26)
      for n, who in (("MA", MASSACHUSETTS), ("CT", CONNECTICUT), ("RI", RHODE_ISLAND), ("DC", DC))],
    commitment("C-MOCO-80-2027", MOCO, "emissions_reduction", 2027, ["ap05"], base_year=2005, reduction_pct_min=80),
    commitment("C-MOCO-100-2035", MOCO, "emissions_reduction", 2035, ["ap05"], base_year=2005,
               reduction_pct_min=100),
    _opt("C-MOCO-80-2050", MOCO, "emissions_reduction", 2050, "ap05", reduction_pct_min=80),
    commitment("C-PGH-RE-2035", PITTSBURGH, "renewable_share", 2035, ["pg01"]),
    commitment("C-PGH-RE-2030", PITTSBURGH, "renewable_share", 2030, ["pg02"]),
    commitment("C-PGH-50-2030", PITTSBURGH, "emissions_reduction", 2030, ["pg02"], base_year=2003,
               reduction_pct_min=50),
    commitment("C-PGH-80-2050", PITTSBURGH, "emissions_reduction", 2050, ["pg02"], base_year=2003,
               reduction_pct_min=80),
    _opt("C-PGH-FLEET-2030", PITTSBURGH, "other", 2030, "pg02"),
    commitment("C-A2-CN-2030", ANN_ARBOR, "carbon_neutrality", 2030, ["tv01"]),
    _opt("C-A2-25-2025", ANN_ARBOR, "emissions_reduction", 2025, "tv01", base_year=2000, reduction_pct_min=25),
    commitment("C-UM-CN-2040", UMICH, "carbon_neutrality", 2040, ["tv02"]),
    commitment("C-UM-RE-2025", UMICH, "renewable_share", 2025, ["tv02"]),
    _opt("C-UM-SCOPE1-2040", UMICH, "emissions_reduction", 2040, "tv02", reduction_pct_min=100),
    commitment("C-NIPSCO-90-2028", NIPSCO, "emissions_reduction", 2028, ["tv04"], base_year=2005,
               reduction_pct_min=90),
    commitment("C-ND-50-2030", NOTRE_DAME, "emissions_reduction", 2030, ["tv05"], base_year=2005,
               reduction_pct_min=50),
    commitment("C-ND-CN-2050", NOTRE_DAME, "carbon_neutrality", 2050, ["tv05"]),
    _opt("C-ND-COAL-2020", NOTRE_DAME, "other", 2020, "tv05"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (all English) and records."""
    return gold_document("Expected records for the eighty-sixth test web (tests/eightysixthweb.py: alliedpress, "
                         "pghnews, wnim28), written by hand from the texts (tests/data/eightysixthweb/articles.py) "
                         "before the extractor was run; format of shared/gold/seeds.json. ap03, ap04, pg03 and tv03 "
                         "hold no required record.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
