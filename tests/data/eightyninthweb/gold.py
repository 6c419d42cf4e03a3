"""Gold records of the eighty-ninth test web, written by hand from the texts of articles.py before the extractor was run
on them.

Agreements: Yamaguchi Prefecture and Shandong Province's memorandum (22 Oct 2024, Yamaguchi City; told in English in
yg01 and in Chinese in sd01: one row), Shunan City and Weifang City's agreement (5 Feb 2025 = "February 5, Reiwa 7",
Shunan; the Governor is a witness), Gyeonggi-do and Shandong's MOU (12 Jun 2024 = "on the 12th", Jinan; gg01 and sd02:
one row), Pyeongtaek-si and Rongcheng's MOU (4 Sep 2024, Pyeongtaek; Weihai is where Rongcheng lies, no party),
德州市 and 蔚山广域市's memorandum (27 Aug 2024, 德州). Optional: the sister-state relationship of Yamaguchi and
Shandong recalled with its year (1982).
Commitments: Yamaguchi's 35.3% below FY2013 by FY2030, virtually zero by 2050 and 40% renewables by FY2030;
Gyeonggi-do's 40% below 2018 by 2030, neutrality by 2050, 30% renewables by 2030; Shandong's peak before 2030 and its
20% non-fossil share by 2030. Optional: Japan's 46% below FY2013 and Korea's 40% below 2018 by 2030.
No record: yg04 (a courtesy call and study tour), gg04 (an MOU only planned), sd04 (a call); nor the joint seminar to be
considered (yg01), Kim's meeting in Nanjing (gg01), the 意向书 to be negotiated (sd03), achieved figures (13.4%, 9.7%,
8.4%).
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document, recalled_agreement

YAMAGUCHI = ["Yamaguchi Prefecture", "Yamaguchi", "Yamaguchi Prefectural Government", "Government of Yamaguchi "
             "Prefecture", "山口县", "日本山口县", "日本国山口县", "山口县政府"]
SHANDONG = ["Shandong", "Shandong Province", "Shandong Provincial Government", "Shandong Provincial People's Government",
            "People's Government of Shandong Province", "山东", "山东省", "山东省人民政府", "山东省政府"]
SHUNAN = ["Shunan", "Shunan City", "City of Shunan", "周南市", "日本周南市"]
WEIFANG = ["Weifang", "Weifang City", "Weifang Municipal Government", "Weifang Municipal People's Government", "潍坊",
           "潍坊市", "潍坊市人民政府"]
GYEONGGI = ["Gyeonggi Province", "Gyeonggi-do", "Gyeonggi", "Gyeonggi Provincial Government", "京畿道", "韩国京畿道",
            "大韩民国京畿道"]
PYEONGTAEK = ["Pyeongtaek", "Pyeongtaek-si", "Pyeongtaek City", "City of Pyeongtaek", "平泽", "平泽市"]
RONGCHENG = ["Rongcheng", "Rongcheng City", "Rongcheng Municipal Government", "荣成", "荣成市"]
DEZHOU = ["Dezhou", "Dezhou City", "Dezhou Municipal Government", "Dezhou Municipal People's Government", "德州",
          "德州市", "德州市人民政府"]
ULSAN = ["Ulsan", "Ulsan Metropolitan City", "Ulsan City", "蔚山", "蔚山市", "蔚山广域市", "韩国蔚山广域市"]
JAPAN = ["Japan", "日本", "Government of Japan"]
KOREA = ["South Korea", "Korea", "Republic of Korea", "韩国", "大韩民国"]

AGREEMENTS = [
    agreement("A-YAMAGUCHI-SHANDONG-2024", ["mou"], [YAMAGUCHI, SHANDONG], "2024-10-22", ["Yamaguchi"],
              ["yg01", "sd01"]),
    agreement("A-SHUNAN-WEIFANG-2025", ["agreement"], [SHUNAN, WEIFANG], "2025-02-05", ["Shunan"], ["yg02"]),
    agreement("A-GYEONGGI-SHANDONG-2024", ["mou"], [GYEONGGI, SHANDONG], "2024-06-12", ["Jinan"], ["gg01", "sd02"]),
    agreement("A-PYEONGTAEK-RONGCHENG-2024", ["mou"], [PYEONGTAEK, RONGCHENG], "2024-09-04", ["Pyeongtaek"], ["gg02"]),
    agreement("A-DEZHOU-ULSAN-2024", ["mou"], [DEZHOU, ULSAN], "2024-08-27", ["Dezhou"], ["sd03"]),
]
for _a in AGREEMENTS:  # no signing is said to be part of an event
    del _a["event"]
_SISTER = recalled_agreement("A-YAMAGUCHI-SHANDONG-1982", ["agreement", "partnership", "mou", "declaration"],
                             [YAMAGUCHI, SHANDONG], "1982", "yg01")
_SISTER["evidence_optional"].append("sd01")
del _SISTER["event"]
AGREEMENTS.append(_SISTER)


def _opt(c: dict) -> dict:
    c["optional"] = True
    c["evidence_optional"], c["evidence"] = c["evidence"], []
    return c


COMMITMENTS = [
    commitment("C-YAMAGUCHI-GHG-2030", YAMAGUCHI, "emissions_reduction", 2030, ["yg03"], base_year=2013,
               reduction_pct_min=35.3, reduction_pct_max=35.3),
    commitment("C-YAMAGUCHI-CN-2050", YAMAGUCHI, "carbon_neutrality", 2050, ["yg03"]),
    commitment("C-YAMAGUCHI-RE-2030", YAMAGUCHI, "renewable_share", 2030, ["yg03"]),
    commitment("C-GYEONGGI-GHG-2030", GYEONGGI, "emissions_reduction", 2030, ["gg03"], base_year=2018,
               reduction_pct_min=40, reduction_pct_max=40),
    commitment("C-GYEONGGI-CN-2050", GYEONGGI, "carbon_neutrality", 2050, ["gg03"]),
    commitment("C-GYEONGGI-RE-2030", GYEONGGI, "renewable_share", 2030, ["gg03"]),
    commitment("C-SHANDONG-PEAK-2030", SHANDONG, "emissions_peak", 2030, ["sd02"]),
    commitment("C-SHANDONG-NF-2030", SHANDONG, "renewable_share", 2030, ["sd02"]),
    _opt(commitment("C-JAPAN-GHG-2030", JAPAN, "emissions_reduction", 2030, ["yg03"], base_year=2013,
                    reduction_pct_min=46, reduction_pct_max=46)),
    _opt(commitment("C-KOREA-GHG-2030", KOREA, "emissions_reduction", 2030, ["gg03"], base_year=2018,
                    reduction_pct_min=40, reduction_pct_max=40)),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the eighty-ninth test web (tests/eightyninthweb.py: yamaguchi, gyeonggi, "
                        "sdfao), written by hand from the texts (tests/data/eightyninthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. yg04, gg04 and sd04 hold no record.", "en",
                        articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "sdfao":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
