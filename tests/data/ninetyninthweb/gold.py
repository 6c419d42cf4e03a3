"""Gold records of the ninety-ninth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the 9th China-South Asia Expo (Kunming, 19-24 June 2025: zh02), where Yunnan's ecology department and Sri
Lanka's environment ministry signed; the 4th China-Africa Economic and Trade Expo (Changsha, 12-15 June 2025: et04),
where Hunan's ecology department and Ethiopian Forestry Development signed. A training course where nothing is signed
(zh04, ug04) is no event. Agreements: MEE-Uganda's Ministry of Water and Environment (materials donation, Kampala, 18
March 2025), told in Chinese (zh01) and by the Ugandan agency (ug01): ONE row, recalled in ug02 ("signed ... in
March": optional evidence); Yunnan's department-Sri Lanka's Ministry of Environment (zh02); MEE-Ethiopia's
Environmental Protection Authority (the Adama low-carbon zone, Beijing, 11 Nov 2025), told in Chinese (zh05) and by
the embassy (et01): ONE row; Hunan's department-Ethiopian Forestry Development (et04); NCSC-Uganda's ministry (a
cooperation agreement, ug03). A handover certificate (zh03, et03) is no agreement; plans (适时商签, "would later agree
on", "agreed to explore", 探讨签署) are none; witnesses (阿卢波/Jessica Alupo, the ambassadors who attended, Beatrice
Anywar, Hunan's government officials) and signatories (ambassadors, ministers, a permanent secretary) are no parties.
Commitments: Uganda's net zero by 2065 (zh01, ug01), Sri Lanka's carbon neutrality by 2050 (zh02); Uganda's 24.7%
and Ethiopia's 68.8% below business as usual by 2030 have no base year: optional. A country's name is accepted for
its ministry or agency where a headline says "Uganda, China sign" (the development webs' practice).
zh03, zh04, ug02, ug04, et02 and et03 hold no record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

MEE = ["Ministry of Ecology and Environment", "Ministry of Ecology and Environment of China",
       "China's Ministry of Ecology and Environment", "Ministry of Ecology and Environment of the People's Republic "
       "of China", "MEE", "生态环境部", "中国生态环境部", "China"]
UG_MWE = ["Ministry of Water and Environment", "Ministry of Water and Environment of Uganda", "Uganda's Ministry of "
          "Water and Environment", "Uganda Ministry of Water and Environment", "Ugandan Ministry of Water and "
          "Environment", "MWE", "乌干达水和环境部", "Uganda"]
YN_DEE = ["Department of Ecology and Environment of Yunnan Province", "Yunnan Provincial Department of Ecology and "
          "Environment", "Yunnan Department of Ecology and Environment", "Department of Ecology and Environment of "
          "Yunnan", "云南省生态环境厅", "Yunnan"]
LK_MOE = ["Ministry of Environment of Sri Lanka", "Sri Lanka's Ministry of Environment", "Sri Lanka Ministry of "
          "Environment", "Sri Lankan Ministry of Environment", "Ministry of Environment", "斯里兰卡环境部",
          "Sri Lanka"]
ET_EPA = ["Environmental Protection Authority of Ethiopia", "Ethiopian Environmental Protection Authority",
          "Ethiopia's Environmental Protection Authority", "Ethiopia Environmental Protection Authority",
          "Environmental Protection Authority", "EPA", "埃塞俄比亚环境保护局", "Ethiopia"]
HN_DEE = ["Department of Ecology and Environment of Hunan Province", "Hunan Provincial Department of Ecology and "
          "Environment", "Hunan Department of Ecology and Environment", "Department of Ecology and Environment of "
          "Hunan", "湖南省生态环境厅", "Hunan"]
EFD = ["Ethiopian Forestry Development", "EFD", "Ethiopia Forestry Development"]
NCSC = ["National Center for Climate Change Strategy and International Cooperation", "NCSC",
        "China's National Center for Climate Change Strategy and International Cooperation",
        "National Centre for Climate Change Strategy and International Cooperation", "国家应对气候变化战略研究和国际合作中心"]
UGANDA = ["Uganda", "Republic of Uganda", "Government of Uganda", "乌干达"]
SRI_LANKA = ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka", "Government of Sri Lanka", "斯里兰卡"]
ETHIOPIA = ["Ethiopia", "Federal Democratic Republic of Ethiopia", "Government of Ethiopia", "埃塞俄比亚"]

CSAE = "E-CSAE-2025"
CAETE = "E-CAETE-2025"
EVENTS = [
    event(CSAE, ["第9届中国—南亚博览会", "第九届中国—南亚博览会", "中国—南亚博览会", "南博会", "9th China-South Asia Expo",
                 "China-South Asia Expo", "9th China-South Asia Exposition", "China-South Asia Exposition"],
          "2025-06-19", ["2025-06-24"], "Kunming", "CN", ["zh02"]),
    event(CAETE, ["4th China-Africa Economic and Trade Expo", "China-Africa Economic and Trade Expo",
                  "第四届中国—非洲经贸博览会", "中国—非洲经贸博览会", "CAETE", "4th CAETE"],
          "2025-06-12", ["2025-06-15"], "Changsha", "CN", ["et04"]),
]

AGREEMENTS = [
    agreement("A-MEE-UGMWE-2025", ["mou"], [MEE, UG_MWE], "2025-03-18", ["Kampala"], ["zh01", "ug01"],
              evidence_optional=["ug02"]),
    agreement("A-YNDEE-LKMOE-2025", ["mou"], [YN_DEE, LK_MOE], "2025-06-20", ["Kunming"], ["zh02"], event=CSAE),
    agreement("A-MEE-ETEPA-2025", ["mou"], [MEE, ET_EPA], "2025-11-11", ["Beijing"], ["zh05", "et01"]),
    agreement("A-HNDEE-EFD-2025", ["mou"], [HN_DEE, EFD], "2025-06-13", ["Changsha"], ["et04"], event=CAETE),
    agreement("A-NCSC-UGMWE-2025", ["agreement"], [NCSC, UG_MWE], "2025-09-04", ["Kampala"], ["ug03"]),
]

COMMITMENTS = [
    commitment("C-UGANDA-NZ-2065", UGANDA, "carbon_neutrality", 2065, ["zh01", "ug01"]),
    commitment("C-SRILANKA-CN-2050", SRI_LANKA, "carbon_neutrality", 2050, ["zh02"]),
    commitment("C-UGANDA-2030", UGANDA, "emissions_reduction", 2030, [], optional=True,
               evidence_optional=["zh01", "ug01"], reduction_pct_min=24.7),
    commitment("C-ETHIOPIA-2030", ETHIOPIA, "emissions_reduction", 2030, [], optional=True,
               evidence_optional=["et01"], reduction_pct_min=68.8),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the ninety-ninth test web (tests/ninetyninthweb.py: stdt, unanews, "
                        "etembassy), written by hand from the texts (tests/data/ninetyninthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. zh03, zh04, ug02, ug04, et02 and et03 "
                        "hold no record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "stdt":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
