"""Gold records of the ninetieth test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: the Company's framework agreement with the People's Government of Hami City (18 March 2026, in Hami:
hk01); the memorandum of the Company's wholly-owned subsidiary "Concord Storage" with Hithium (11 May 2026, no place:
hk03; the subsidiary or its parent are both accepted for that side); 运达股份's 《战略合作框架协议》 with
乌兰察布市人民政府 (2026年4月16日, in 乌兰察布市: cn01) and its 《战略合作协议》 with 浙江省能源集团有限公司 (2026年6月9日,
in 杭州: cn02); Covestro's ten-year PPA with Statkraft ("signed on Monday" on a Tuesday page: 2 March 2026, no place:
cv01); Covestro's climate partnership (a memorandum of understanding) with the City of Krefeld ("signed on Thursday"
at Krefeld City Hall, page of Friday 19 June 2026: 18 June: cv03).
Commitments (cv02, Covestro): climate-neutral in its own operations by 2035; net zero across the value chain by
2050; Scope 1 and 2 emissions 60 percent below 2021 by 2030; all electricity renewable by 2035.
No records: hk02 (results: avoided CO2, agreements with unnamed governments), hk04 (a green note issue, its
underwriter), cn03 (a deal being negotiated: 尚未签署), cn04 (a board election; 双碳 without years), cv04 (a
sustainability report: results), cv05 (talks; "No agreement has been signed"). The Hong Kong exchange in the
disclaimer, the utility SWK and the site operator Currenta in cv03, the officers who signed, are no parties.
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document

CONCORD = ["Concord New Energy Group Limited", "Concord New Energy Group", "Concord New Energy",
           "Concord New Energy Group Ltd", "協合新能源集團有限公司", "协合新能源集团有限公司", "协合新能源", "協合新能源"]
CONCORD_STORAGE = CONCORD + ["Concord Energy Storage Investment (Beijing) Co., Ltd.",
                             "Concord Energy Storage Investment (Beijing) Co., Ltd", "Concord Storage",
                             "Concord Energy Storage Investment"]
HAMI = ["Hami", "Hami City", "People's Government of Hami City", "Hami Government", "Hami Municipal Government",
        "Hami Municipal People's Government", "哈密", "哈密市", "哈密市人民政府"]
HITHIUM = ["Xiamen Hithium Energy Storage Technology Co., Ltd.", "Xiamen Hithium Energy Storage Technology Co., Ltd",
           "Xiamen Hithium Energy Storage Technology", "Hithium", "Xiamen Hithium", "Hithium Energy Storage",
           "厦门海辰储能科技股份有限公司", "海辰储能"]
WINDEY = ["运达能源科技集团股份有限公司", "运达股份", "运达能源", "Windey Energy Technology Group Co., Ltd.",
          "Windey Energy Technology Group", "Windey Energy Technology", "Windey"]
ULANQAB = ["乌兰察布市人民政府", "乌兰察布市", "乌兰察布", "Ulanqab", "Ulanqab City", "Ulanqab Municipal Government",
           "Ulanqab Municipal People's Government", "People's Government of Ulanqab"]
ZHENENG = ["浙江省能源集团有限公司", "浙能集团", "浙江省能源集团", "Zhejiang Provincial Energy Group Co., Ltd.",
           "Zhejiang Provincial Energy Group", "Zhejiang Energy Group", "Zhejiang Energy"]
COVESTRO = ["Covestro", "Covestro AG", "科思创"]
STATKRAFT = ["Statkraft", "Statkraft AS", "Statkraft Markets"]
KREFELD = ["City of Krefeld", "Krefeld", "Stadt Krefeld", "Krefeld City"]

AGREEMENTS = [
    agreement("A-CONCORD-HAMI-2026", ["agreement"], [CONCORD, HAMI], "2026-03-18", ["Hami", None], ["hk01"]),
    agreement("A-CONCORD-HITHIUM-2026", ["mou"], [CONCORD_STORAGE, HITHIUM], "2026-05-11", [None], ["hk03"]),
    agreement("A-WINDEY-ULANQAB-2026", ["agreement"], [WINDEY, ULANQAB], "2026-04-16", ["Ulanqab"], ["cn01"]),
    agreement("A-WINDEY-ZHENENG-2026", ["agreement"], [WINDEY, ZHENENG], "2026-06-09", ["Hangzhou"], ["cn02"]),
    agreement("A-COVESTRO-STATKRAFT-2026", ["agreement"], [COVESTRO, STATKRAFT], "2026-03-02", [None], ["cv01"]),
    agreement("A-COVESTRO-KREFELD-2026", ["mou", "partnership"], [COVESTRO, KREFELD], "2026-06-18", ["Krefeld"],
              ["cv03"]),
]

COMMITMENTS = [
    commitment("C-COVESTRO-NEUTRAL-2035", COVESTRO, "carbon_neutrality", 2035, ["cv02"]),
    commitment("C-COVESTRO-NETZERO-2050", COVESTRO, "carbon_neutrality", 2050, ["cv02"]),
    commitment("C-COVESTRO-60-2030", COVESTRO, "emissions_reduction", 2030, ["cv02"], base_year=2021,
               reduction_pct_min=60, reduction_pct_max=60),
    commitment("C-COVESTRO-RE-2035", COVESTRO, "renewable_share", 2035, ["cv02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (wdir in Chinese, the others in English) and records."""
    doc = gold_document("Expected records for the ninetieth test web (tests/ninetiethweb.py: hkir, wdir, cvnews), "
                        "written by hand from the texts (tests/data/ninetiethweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. hk02, hk04, cn03, cn04, cv04 and cv05 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "wdir":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
