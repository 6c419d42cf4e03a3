"""Gold records of the thirty-first test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: the CTA and Gotion's partnership (Tuesday 14 March 2023); Proterra's deal with King County Metro "to supply
40 battery-electric buses and cut emissions ..., in a partnership" (Thursday 8 June 2023: a supply deal the text calls
a partnership, with a climate aim, is a cooperation agreement); Gotion High-Tech's agreement with the Changsha Public
Transport Group ("struck an agreement", "a pact", Tuesday 1 November 2022); the Changsha housing bureau's memorandum
"on green buildings" with the U.S. Green Building Council (12 September 2023, Changsha; the vice mayor witnesses);
Hunan Airport Group's pact with the Chicago Department of Aviation and the Changsha transportation bureau's twinning
arrangement with the CTA (both Wednesday 17 April 2024); CABR's partnership with the Changsha housing bureau (Tuesday
2 July 2024).
Commitments: Gotion's net zero across its value chain by 2040, Proterra's 50% Scope 1 and 2 cut by 2030 against 2019;
optional `other`: the CTA's all-electric bus fleet by 2040 and Changsha's net-zero carbon new buildings by 2030 (as
devweb-b keeps fleet targets optional).
Negatives (no record): a purchase contract ("awarded New Flyer a $92 million contract for 89 electric trolleybuses":
a supply deal the text neither calls a partnership nor an MOU and gives no climate aim beyond "electric"), the MTA's
tender, pilots "under discussion", a 2015 lease deal recalled, the housing bureau's retrofit tender.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document

CTA = ["Chicago Transit Authority", "CTA"]
GOTION = ["Gotion", "Gotion Inc.", "Gotion High-Tech", "Gotion High-Tech Co., Ltd.", "Gotion High Tech", "国轩高科"]
KCM = ["King County Metro", "King County Metro Transit", "Metro"]
PROTERRA = ["Proterra", "Proterra Inc."]
CSPT = ["Changsha Public Transport Group", "Changsha Public Transportation Group", "长沙市公共交通集团",
        "长沙公交集团"]
CS_HOUSING = ["Changsha Municipal Bureau of Housing and Urban-Rural Development",
              "Changsha Bureau of Housing and Urban-Rural Development",
              "Changsha Housing and Urban-Rural Development Bureau", "长沙市住房和城乡建设局"]
USGBC = ["U.S. Green Building Council", "US Green Building Council", "United States Green Building Council", "USGBC"]
HUNAN_AIRPORT = ["Hunan Airport Group", "湖南机场集团"]
CDA = ["Chicago Department of Aviation", "CDA"]
CS_TRANSPORT = ["Changsha Municipal Transportation Bureau", "Changsha Transportation Bureau", "长沙市交通运输局"]
CABR = ["China Academy of Building Research", "CABR", "中国建筑科学研究院"]
CHANGSHA = ["Changsha", "Changsha Municipal Government", "Changsha Municipal People's Government", "长沙", "长沙市"]

AGREEMENTS = [
    _ag("A-CTA-GOTION-2023", ["partnership", "agreement"], [CTA, GOTION], "2023-03-14", ["Chicago", None], ["tl01"]),
    _ag("A-KCM-PROTERRA-2023", ["partnership", "agreement"], [PROTERRA, KCM], "2023-06-08", ["Seattle", None],
        ["tl02"]),
    _ag("A-GOTION-CSPT-2022", ["agreement", "partnership"], [GOTION, CSPT], "2022-11-01", ["Changsha", None],
        ["tl04"]),
    _ag("A-CSHOUSING-USGBC-2023", ["mou", "agreement"], [CS_HOUSING, USGBC], "2023-09-12", ["Changsha"], ["cs01"]),
    _ag("A-HAG-CDA-2024", ["agreement", "mou", "partnership"], [HUNAN_AIRPORT, CDA], "2024-04-17", ["Changsha", None],
        ["cs02"]),
    _ag("A-CSTRANSPORT-CTA-2024", ["partnership", "agreement"], [CS_TRANSPORT, CTA], "2024-04-17", ["Changsha", None],
        ["cs02"]),
    _ag("A-CABR-CSHOUSING-2024", ["partnership", "agreement"], [CABR, CS_HOUSING], "2024-07-02", ["Changsha", None],
        ["cs03"]),
]
for _a in AGREEMENTS:  # no event is told; an event given would be wrong only if it is one
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-GOTION-NZ-2040", GOTION, "carbon_neutrality", 2040, ["tl01"]),
    _cm("C-PROTERRA-50-2030", PROTERRA, "emissions_reduction", 2030, ["tl02"], base_year=2019, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-CTA-FLEET-2040", CTA, "other", 2040, ["tl01"], optional=True),
    _cm("C-CS-BUILDINGS-2030", CHANGSHA, "other", 2030, ["cs01"], optional=True),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the thirty-first test web (tests/thirtyfirstweb.py: transitledger, "
                         "changsha), written by hand from the texts (tests/data/thirtyfirstweb/articles.py) before "
                         "the extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
