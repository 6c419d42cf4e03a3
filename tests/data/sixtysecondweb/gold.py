"""Gold records of the sixty-second test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: Canada and Mexico's joint statement on climate and clean energy (Ottawa, May 21, 2024), the Wellington
Declaration on Clean Power Grids of Canada, Chile and New Zealand (at the Tasman Clean Power Ministerial, March 7,
2024), China and Mexico's joint statement on climate cooperation (Beijing, November 19, 2024), China and Kazakhstan's
joint statement on green low-carbon development (Urumqi, June 11, 2024, at the dialogue). Events: the ministerial
(Wellington, March 5-7) and the China-Kazakhstan dialogue (Urumqi, June 10-11). Commitments: the national pledges
inside the statements (Canada 40%-45% below 2005 in 2030; Mexico net zero by 2050, in English and Chinese; New Zealand
100% renewable electricity by 2030; Chile carbon neutrality by 2050; China's peak before 2030 and neutrality before
2060, in two articles; Kazakhstan neutrality before 2060).

Optional: the working groups the statements set up (a partnership launch, not owed), the statements recalled from
2016 and 2019 (year only). Not records: the joint statements on trade, the readouts of calls (nothing issued), the
next ministerial announced for next year, the Ottawa talks (no named event).
"""
from __future__ import annotations

from webbuild import agreement, commitment as _cm, event, gold_document, recalled_agreement

CANADA = ["Canada", "加拿大"]
MEXICO = ["Mexico", "United Mexican States", "墨西哥", "墨西哥合众国", "墨方"]
CHILE = ["Chile", "Republic of Chile", "智利"]
NZ = ["New Zealand", "新西兰"]
CHINA = ["China", "People's Republic of China", "中国", "中华人民共和国", "中方", "我国"]
KAZ = ["Kazakhstan", "Republic of Kazakhstan", "哈萨克斯坦", "哈萨克斯坦共和国", "哈方"]

EVENTS = [
    event("E-TASMAN-2024", ["Tasman Clean Power Ministerial", "first Tasman Clean Power Ministerial",
                            "First Tasman Clean Power Ministerial", "1st Tasman Clean Power Ministerial"],
          "2024-03-05", ["2024-03-07"], "Wellington", "NZ", ["ng02"]),
    event("E-CNKZ-2024", ["China-Kazakhstan Ministerial Dialogue on Climate Change",
                          "First China-Kazakhstan Ministerial Dialogue on Climate Change",
                          "China-Kazakhstan Climate Change Ministerial Dialogue",
                          "首届中哈气候变化部长级对话会", "中哈气候变化部长级对话会"],
          "2024-06-10", ["2024-06-11"], "Ürümqi", "CN", ["df02"]),
]

AGREEMENTS = [
    agreement("A-CAMX-2024", ["joint_statement", "declaration"], [CANADA, MEXICO], "2024-05-21", ["Ottawa", None],
              ["ng01"]),
    agreement("A-CAMX-WG-2024", ["partnership", "agreement"], [CANADA, MEXICO], "2024-05-21", ["Ottawa", None],
              ["ng01"], optional=True),
    recalled_agreement("A-CAMX-2016", ["declaration", "joint_statement"], [CANADA, MEXICO], "2016", "ng01"),
    agreement("A-WELLINGTON-2024", ["declaration", "joint_statement"], [CANADA, CHILE, NZ], "2024-03-07",
              ["Wellington", None], ["ng02"], event="E-TASMAN-2024"),
    agreement("A-CNMX-2024", ["joint_statement", "declaration"], [CHINA, MEXICO], "2024-11-19", ["Beijing", None],
              ["df01"]),
    agreement("A-CNMX-WG-2024", ["partnership", "agreement"], [CHINA, MEXICO], "2024-11-19", ["Beijing", None],
              ["df01"], optional=True),
    agreement("A-CNKZ-2024", ["joint_statement", "declaration"], [CHINA, KAZ], "2024-06-11", ["Ürümqi", None],
              ["df02"], event="E-CNKZ-2024"),
    recalled_agreement("A-CNNZ-2019", ["joint_statement", "declaration"], [CHINA, NZ], "2019", "df03"),
]

COMMITMENTS = [
    _cm("C-CA-2030", CANADA, "emissions_reduction", 2030, ["ng01"], base_year=2005, reduction_pct_min=40,
        reduction_pct_max=45),
    _cm("C-MX-NZ-2050", MEXICO, "carbon_neutrality", 2050, ["ng01", "df01"]),
    _cm("C-NZ-RE-2030", NZ, "renewable_share", 2030, ["ng02"], share_pct=100),
    _cm("C-CL-CN-2050", CHILE, "carbon_neutrality", 2050, ["ng02"]),
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["df01", "df02"]),
    _cm("C-CN-CN-2060", CHINA, "carbon_neutrality", 2060, ["df01", "df02"]),
    _cm("C-KZ-CN-2060", KAZ, "carbon_neutrality", 2060, ["df02"]),
]
for _c in COMMITMENTS:  # announced at the event of the article that is their only evidence
    if _c["evidence"] == ["ng02"]:
        _c["event"] = "E-TASMAN-2024"
    elif _c["evidence"] == ["df02"]:
        _c["event"] = "E-CNKZ-2024"


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-second test web (tests/sixtysecondweb.py: northgate, "
                        "dongfang), written by hand from the texts (tests/data/sixtysecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "dongfang":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
