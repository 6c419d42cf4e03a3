"""Gold records of the seventy-sixth test web, written from the texts of articles.py before the extractor was run on
them.

No events (no gathering is named) and no commitments. Agreements, one a page, each party the region or, where the
text names the city, the city, never the country and never the region a named city lies in: Inner Mongolia and
Saskatchewan (nm01, in Hohhot), Inner Mongolia and the Occitanie Region (a letter of intent: an MOU or agreement;
nm02, in Toulouse), Chifeng and Belo Horizonte (never Minas Gerais, the state it is the capital of; by video link, no
city; nm03), Guangxi and Thuringia (图林根州, in Nanning; gx01), Fangchenggang and Hamamatsu (日本静冈县滨松市: the
city, never Shizuoka; in Hamamatsu; gx02), Guangxi and Chungcheongbuk-do (韩国忠清北道, in Cheongju; gx03).

The trap (gx04): 百色市人民政府 signs an investment agreement with a company "总部位于韩国京畿道的" - Gyeonggi is only
where the company is based and never a party. The city-company investment agreement itself is optional (a storage
project's investment deal, not plainly a climate-cooperation agreement): accepted, not required.
"""
from __future__ import annotations

from webbuild import agreement, gold_document

INNER_MONGOLIA = ["Inner Mongolia", "Inner Mongolia Autonomous Region", "the Inner Mongolia Autonomous Region",
                  "内蒙古", "内蒙古自治区"]
SASKATCHEWAN = ["Saskatchewan", "Province of Saskatchewan", "the Province of Saskatchewan", "Government of Saskatchewan",
                "萨斯喀彻温省"]
OCCITANIE = ["Occitanie", "Occitanie Region", "the Occitanie Region", "Occitanie Region of France", "Région Occitanie",
             "Occitania", "奥克西塔尼大区"]
CHIFENG = ["Chifeng", "Chifeng City", "赤峰", "赤峰市"]
BELO_HORIZONTE = ["Belo Horizonte", "City of Belo Horizonte", "贝洛奥里藏特"]
GUANGXI = ["Guangxi", "Guangxi Zhuang Autonomous Region", "广西", "广西壮族自治区", "广西壮族自治区人民政府"]
THURINGIA = ["Thuringia", "Free State of Thuringia", "Thüringen", "图林根州", "德国图林根州", "图林根州政府",
             "德国图林根州政府"]
FANGCHENGGANG = ["Fangchenggang", "防城港", "防城港市"]
HAMAMATSU = ["Hamamatsu", "Hamamatsu City", "滨松", "滨松市", "日本滨松市", "日本静冈县滨松市"]
CHUNGBUK = ["Chungcheongbuk-do", "North Chungcheong Province", "North Chungcheong", "Chungbuk", "Chungcheongbuk",
            "Chungcheongbuk Province", "忠清北道", "韩国忠清北道"]
BAISE = ["Baise", "百色", "百色市", "百色市人民政府"]
HANXING = ["韩星储能株式会社", "韩星储能"]

AGREEMENTS = [
    agreement("A-NM-SK-2026", ["mou"], [INNER_MONGOLIA, SASKATCHEWAN], "2026-05-13", ["Hohhot", None], ["nm01"]),
    agreement("A-NM-OCC-2026", ["mou", "agreement"], [INNER_MONGOLIA, OCCITANIE], "2026-06-23", ["Toulouse", None],
              ["nm02"]),
    agreement("A-CF-BH-2026", ["mou"], [CHIFENG, BELO_HORIZONTE], "2026-09-08", [None], ["nm03"]),
    agreement("A-GX-TH-2026", ["agreement"], [GUANGXI, THURINGIA], "2026-04-15", ["Nanning", None], ["gx01"]),
    agreement("A-FCG-HMM-2026", ["mou"], [FANGCHENGGANG, HAMAMATSU], "2026-07-08", ["Hamamatsu", None], ["gx02"]),
    agreement("A-GX-CB-2026", ["mou"], [GUANGXI, CHUNGBUK], "2026-10-20", ["Cheongju", None], ["gx03"]),
    agreement("A-BS-HX-2026", ["agreement"], [BAISE, HANXING], "2026-11-04", ["Baise", None], ["gx04"],
              optional=True),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-sixth test web (tests/seventysixthweb.py: nmgov, gxfao), "
                        "written by hand from the texts (tests/data/seventysixthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "gxfao":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
