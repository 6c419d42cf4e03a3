"""Gold records of the ninety-second test web, written from the texts of articles.py before the extractor was run on
them.

As the development webs and the forty-seventh web record city networks: the cities whose mayors sign a declaration are
its parties (the network whose text it is may be named or not: parties_optional), so "The mayors of Espoo, Mannheim
and Groningen ... signed the Clean Heat Declaration ... at the network's annual conference in Espoo" is ONE
declaration of the three cities at Eurocities 2022 (1-3 June 2022, Espoo), dated the Thursday (2 June); "Leuven, Umeå
and Guimarães adhered to the Accord on Wednesday at an online ceremony" is one declaration of the three (the
Commission optional; an online ceremony has no city). "Twenty-three Eurocities members, including A, B and C, pledged
... by at least 60 percent by 2030 compared with 1990 levels" gives one commitment per NAMED member, none for the
network. A city's goal told beside a signing ("restated its goal of becoming climate neutral by 2030", "which has set
itself the goal of becoming climate neutral by 2050") is that city's commitment.
The letter of intent of Kiel and Qingdao (Thursday 12 September 2024, in Qingdao) is ONE agreement told in English
(ki01) and Chinese (qd01); the signers (the Lord Mayor, the vice mayor) are not parties; the twinning of 1992 is an
optional recalled agreement. The 友好合作关系协议书 of 青岛西海岸新区管委 and Aalborg (8 November 2023, Aalborg) is an
agreement (a partnership or an MOU accepted).
No records: eu03 (a webinar), eu04 (a mayors' summit with a statement only planned), ki03 (a workshop, "No agreements
were signed"), qd03 (a webinar, 未签署合作文件), qd04 (a visit, 表示将积极推动…签署); ki04 holds only the recalled
twinning (a letter of intent that "could be signed"). Not pledges: "asks the EU to adopt a 90 percent reduction target
for 2040", results ("already reduced its emissions by 36 percent since 1990", "42 percent lower than in 1990"), cities
that "would consider signing" or "would add their names", joining Eurocities in 2019 (membership), the Aalborg Charter
adopted by a conference in 1994 (no parties).
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _agd, commitment as _cm, event as _ev, gold_document

EUROCITIES = ["Eurocities", "EUROCITIES", "欧洲城市联盟"]
COMMISSION = ["European Commission", "the European Commission", "EU Commission"]
ESPOO = ["Espoo", "City of Espoo", "Esbo"]
MANNHEIM = ["Mannheim", "City of Mannheim", "Stadt Mannheim"]
GRONINGEN = ["Groningen", "City of Groningen", "Municipality of Groningen", "Gemeente Groningen", "格罗宁根",
             "格罗宁根市"]
LEUVEN = ["Leuven", "City of Leuven", "Louvain"]
UMEA = ["Umeå", "Umea", "Umeå Municipality", "City of Umeå"]
GUIMARAES = ["Guimarães", "Guimaraes", "Municipality of Guimarães"]
HEIDELBERG = ["Heidelberg", "City of Heidelberg"]
UPPSALA = ["Uppsala", "Uppsala Municipality", "City of Uppsala"]
LJUBLJANA = ["Ljubljana", "City of Ljubljana", "Municipality of Ljubljana"]
KIEL = ["Kiel", "City of Kiel", "State Capital Kiel", "Landeshauptstadt Kiel", "基尔", "基尔市", "德国基尔市",
        "Kiel City"]
QINGDAO = ["Qingdao", "City of Qingdao", "Qingdao Municipal People's Government", "Qingdao Municipal Government",
           "Qingdao City", "青岛市人民政府", "青岛市政府", "青岛市", "青岛"]
SCHLESWIG_HOLSTEIN = ["Schleswig-Holstein", "State of Schleswig-Holstein", "Schleswig-Holstein State Government"]
WCNA = ["青岛西海岸新区管委", "青岛西海岸新区", "西海岸新区", "Qingdao West Coast New Area",
        "West Coast New Area", "Administrative Committee of Qingdao West Coast New Area"]
AALBORG = ["Aalborg", "Aalborg Municipality", "City of Aalborg", "Aalborg Kommune", "奥尔堡", "奥尔堡市",
           "丹麦奥尔堡市"]

CONFERENCE = ["Eurocities 2022", "Eurocities annual conference", "Eurocities Annual Conference 2022",
              "Eurocities 2022 annual conference", "Eurocities Annual Conference", "2022 Eurocities annual conference"]

EVENTS = [_ev("E-EUROCITIES-2022", CONFERENCE, "2022-06-01", ["2022-06-03", None], "Espoo", "FI", ["eu01"])]

AGREEMENTS = [
    _ag("A-CLEANHEAT-2022", ["declaration", "agreement"], [ESPOO, MANNHEIM, GRONINGEN], "2022-06-02", ["Espoo"],
        ["eu01"], event="E-EUROCITIES-2022", parties_optional=[EUROCITIES]),
    _ag("A-GCA-2023", ["declaration", "agreement"], [LEUVEN, UMEA, GUIMARAES], "2023-03-08", [None], ["eu02"],
        parties_optional=[COMMISSION, EUROCITIES]),
    _ag("A-KIEL-QD-LOI-2024", ["mou", "agreement", "partnership"], [KIEL, QINGDAO], "2024-09-12", ["Qingdao"],
        ["ki01", "qd01"]),
    _ag("A-WCNA-AALBORG-2023", ["agreement", "partnership", "mou"], [WCNA, AALBORG], "2023-11-08", ["Aalborg"],
        ["qd02"]),
    _agd("A-KIEL-QD-TWIN-1992", ["agreement", "partnership", "mou"], [KIEL, QINGDAO], ["1992", None], [None], [],
         optional=True, evidence_optional=["ki01", "ki04", "qd01"]),
]
for _a in AGREEMENTS:  # no event is told: one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    _cm("C-MANNHEIM-CN-2030", MANNHEIM, "carbon_neutrality", 2030, ["eu01"]),
    _cm("C-LEUVEN-CN-2050", LEUVEN, "carbon_neutrality", 2050, ["eu02"]),
    _cm("C-HEIDELBERG-60-2030", HEIDELBERG, "emissions_reduction", 2030, ["eu05"], base_year=1990,
        reduction_pct_min=60),
    _cm("C-UPPSALA-60-2030", UPPSALA, "emissions_reduction", 2030, ["eu05"], base_year=1990, reduction_pct_min=60),
    _cm("C-LJUBLJANA-60-2030", LJUBLJANA, "emissions_reduction", 2030, ["eu05"], base_year=1990,
        reduction_pct_min=60),
    _cm("C-KIEL-95-2050", KIEL, "emissions_reduction", 2050, ["ki02"], base_year=1990, reduction_pct_min=95),
    _cm("C-KIEL-ENERGY-2050", KIEL, "other", 2050, [], optional=True, evidence_optional=["ki02"]),
    _cm("C-SH-CN-2040", SCHLESWIG_HOLSTEIN, "carbon_neutrality", 2040, ["ki02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (qdgov in Chinese, the others in English) and records."""
    doc = gold_document("Expected records for the ninety-second test web (tests/ninetysecondweb.py: eurocities, kiel, "
                        "qdgov), written by hand from the texts (tests/data/ninetysecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. eu03, eu04, ki03, qd03 and qd04 hold no "
                        "record; ki04 only an optional recalled one.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "qdgov":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
