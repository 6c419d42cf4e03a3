"""Gold records of the sixty-sixth test web, written from the texts of articles.py before the extractor was run on
them.

No events, no agreements. Commitments (figures written in words, fractions and Chinese numerals):
Kalamazoo 50% below 2010 by 2030 ("by half"); Portage Creek Paper Company 40% below 2019 by 2032 ("forty percent");
Bellingham a quarter of its power from renewables by 2027 and 80-90% below 2015 by 2040; Providence 40% of municipal
electricity from renewables by 2030 ("by the end of the decade" in a plan for the 2020s) and two-thirds below 2005 by
2040; 汉中 peak before 2030 and neutrality before 2060; 安康 half below 2020 by 2035 and 三成 (30%) renewable power by
2030; 秦巴绿能集团 at least 65% below 2022 by 2032 (no upper bound) and 65% renewable capacity by 2030 (全角 figures).
Not records: "net zero emissions by mid-century" (no year), "“十四五”期间" (a plan period), the past falls ("fell by a
third", "已下降百分之二十", "已下降两成", "dropped by a quarter"), a population and a budget.
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document

KALAMAZOO = ["Kalamazoo", "City of Kalamazoo"]
PORTAGE = ["Portage Creek Paper Company", "Portage Creek Paper Co.", "Portage Creek Paper"]
BELLINGHAM = ["Bellingham", "City of Bellingham"]
PROVIDENCE = ["Providence", "City of Providence"]
HANZHONG = ["Hanzhong", "汉中", "汉中市", "Hanzhong Municipal People's Government", "汉中市人民政府"]
ANKANG = ["Ankang", "安康", "安康市", "Ankang Municipal People's Government", "安康市人民政府"]
QINBA = ["秦巴绿能集团"]  # an unknown Chinese company keeps its Chinese name

COMMITMENTS = [
    _cm("C-KZ-2030", KALAMAZOO, "emissions_reduction", 2030, ["ch01"], base_year=2010, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-PC-2032", PORTAGE, "emissions_reduction", 2032, ["ch01"], base_year=2019, reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-BH-RE2027", BELLINGHAM, "renewable_share", 2027, ["ch02"], share_pct=25),
    _cm("C-BH-2040", BELLINGHAM, "emissions_reduction", 2040, ["ch02"], base_year=2015, reduction_pct_min=80,
        reduction_pct_max=90),
    _cm("C-PV-RE2030", PROVIDENCE, "renewable_share", 2030, ["ch03"], share_pct=40),
    _cm("C-PV-2040", PROVIDENCE, "emissions_reduction", 2040, ["ch03"], base_year=2005, reduction_pct_min=66.67,
        reduction_pct_max=66.67),
    _cm("C-HZ-PEAK", HANZHONG, "emissions_peak", 2030, ["sf01"]),
    _cm("C-HZ-NEUTRAL", HANZHONG, "carbon_neutrality", 2060, ["sf01"]),
    _cm("C-AK-2035", ANKANG, "emissions_reduction", 2035, ["sf02"], base_year=2020, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-AK-RE2030", ANKANG, "renewable_share", 2030, ["sf02"], share_pct=30),
    _cm("C-QB-2032", QINBA, "emissions_reduction", 2032, ["sf03"], base_year=2022, reduction_pct_min=65),
    _cm("C-QB-RE2030", QINBA, "renewable_share", 2030, ["sf03"], share_pct=65),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-sixth test web (tests/sixtysixthweb.py: cityhall, shengfu), "
                        "written by hand from the texts (tests/data/sixtysixthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": [], "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "shengfu":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
