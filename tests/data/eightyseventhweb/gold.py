"""Gold records of the eighty-seventh test web, written by hand from the texts of articles.py before the extractor was
run on them.

Agreements: 株洲市人民政府 and the city government of Erlangen (25 Sep 2024, Zhuzhou; the 中德低碳产业园 agreement is
only planned), 高雄市政府 and 北九州市政府 (15 Oct 2024, Kaohsiung; 陳其邁 a witness), the letters of intent of 新北市
環境保護局 and San José's Environmental Services Department (19 Mar 2025, by video: no city), and the memorandum of
環境及生態局 and New Zealand's Ministry for the Environment (18 Mar 2024, Hong Kong; the consul general attends only).
Commitments: 株洲's peak before 2030, its non-fossil shares of 22% (2025) and 25% (2030), its CO2 intensity 18% below
2020 by 2025; 天元区's peak by 2028, 攸县's 30% non-fossil share by 2025 and peak before 2029; 高雄's net zero by 2050
(淨零 is carbon_neutrality) and its 30% cut below 2005 (民國94年) by 2030; 新北's net zero by 2050 (宣示 in 民國111年);
Hong Kong's halving below 2005 by 2035, neutrality by 2050 and 7.5-10% renewables by 2035. Optional: Taiwan's 2050
pathway (gd01), Hong Kong's end of new fuel-car registrations by 2035 (`other`).
No record: zz04 (a 调研), zz05 (a 宣传周 and an 倡议书 nobody signs), gd04 (a call, nothing signed), gd05 (a 推動會報; an
ordinance to be drafted), hk03 (a visit). Achieved figures (19.3%, 18%, 28%) and targets without a number (省下达的能耗
双控目标, 15% "其後") are no pledges.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, gold_json

ZHUZHOU = ["Zhuzhou", "Zhuzhou City", "Zhuzhou Municipal People's Government", "Zhuzhou Municipal Government",
           "株洲", "株洲市", "株洲市人民政府", "株洲市政府"]
ERLANGEN = ["Erlangen", "City of Erlangen", "Erlangen City Government", "埃朗根", "埃朗根市", "埃朗根市政府",
            "德国埃朗根市", "德国埃朗根市政府"]
TIANYUAN = ["Tianyuan District", "Tianyuan", "天元区", "株洲市天元区"]
YOUXIAN = ["You County", "Youxian", "Youxian County", "攸县", "株洲市攸县"]
KAOHSIUNG = ["Kaohsiung", "Kaohsiung City", "Kaohsiung City Government", "高雄", "高雄市", "高雄市政府"]
KITAKYUSHU = ["Kitakyushu", "Kitakyushu City", "City of Kitakyushu", "北九州", "北九州市", "北九州市政府", "日本北九州市",
              "日本北九州市政府"]
NTPC_EPD = ["新北市政府環境保護局", "新北市環境保護局", "新北市環保局", "New Taipei City Environmental Protection Department",
            "Environmental Protection Department, New Taipei City Government",
            "New Taipei City Government Environmental Protection Department"]
NEW_TAIPEI = ["New Taipei", "New Taipei City", "New Taipei City Government", "新北", "新北市", "新北市政府"]
SJ_ESD = ["San José Environmental Services Department", "San Jose Environmental Services Department",
          "Environmental Services Department, City of San José", "City of San Jose Environmental Services Department",
          "聖荷西市環境服務局", "美國加州聖荷西市環境服務局", "加州聖荷西市環境服務局"]
EEB = ["Environment and Ecology Bureau", "Hong Kong Environment and Ecology Bureau",
       "Environment and Ecology Bureau of Hong Kong", "環境及生態局", "香港特區政府環境及生態局"]
NZ_MFE = ["Ministry for the Environment", "New Zealand Ministry for the Environment",
          "Ministry for the Environment of New Zealand", "新西蘭環境部", "紐西蘭環境部"]
HK = ["Hong Kong", "Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "Government of the HKSAR",
      "HKSAR Government", "香港", "香港特區", "香港特別行政區", "香港特區政府", "香港特別行政區政府"]
TAIWAN = ["Taiwan", "Executive Yuan", "臺灣", "台灣", "行政院"]

AGREEMENTS = [
    agreement("A-ZZ-ERLANGEN-2024", ["mou"], [ZHUZHOU, ERLANGEN], "2024-09-25", ["Zhuzhou"], ["zz03"]),
    agreement("A-KH-KITAKYUSHU-2024", ["mou"], [KAOHSIUNG, KITAKYUSHU], "2024-10-15", ["Kaohsiung"], ["gd02"]),
    agreement_days("A-NTPCEPD-SJESD-2025", ["agreement", "mou", "declaration"], [NTPC_EPD, SJ_ESD], ["2025-03-19"],
                   [None], ["gd03"]),
    agreement("A-EEB-NZMFE-2024", ["mou"], [EEB, NZ_MFE], "2024-03-18", ["Hong Kong"], ["hk01"]),
]
for _a in AGREEMENTS:  # no signing is said to be part of an event
    del _a["event"]


def _opt(c: dict) -> dict:
    c["optional"] = True
    c["evidence_optional"], c["evidence"] = c["evidence"], []
    return c


COMMITMENTS = [
    commitment("C-ZZ-PEAK-2030", ZHUZHOU, "emissions_peak", 2030, ["zz01"]),
    commitment("C-ZZ-NF-2025", ZHUZHOU, "renewable_share", 2025, ["zz01"]),
    commitment("C-ZZ-NF-2030", ZHUZHOU, "renewable_share", 2030, ["zz01"]),
    commitment("C-ZZ-CI-2025", ZHUZHOU, "emissions_reduction", 2025, ["zz01"], base_year=2020,
               reduction_pct_min=18, reduction_pct_max=18),
    commitment("C-TY-PEAK-2028", TIANYUAN, "emissions_peak", 2028, ["zz02"]),
    commitment("C-YX-NF-2025", YOUXIAN, "renewable_share", 2025, ["zz02"]),
    commitment("C-YX-PEAK-2029", YOUXIAN, "emissions_peak", 2029, ["zz02"]),
    commitment("C-KH-NZ-2050", KAOHSIUNG, "carbon_neutrality", 2050, ["gd01"]),
    commitment("C-KH-GHG2005-2030", KAOHSIUNG, "emissions_reduction", 2030, ["gd01"], base_year=2005,
               reduction_pct_min=30, reduction_pct_max=30),
    commitment("C-NTPC-NZ-2050", NEW_TAIPEI, "carbon_neutrality", 2050, ["gd03"]),
    commitment("C-HK-GHG2005-2035", HK, "emissions_reduction", 2035, ["hk02"], base_year=2005,
               reduction_pct_min=50, reduction_pct_max=50),
    commitment("C-HK-CN-2050", HK, "carbon_neutrality", 2050, ["hk02"]),
    commitment("C-HK-RE-2035", HK, "renewable_share", 2035, ["hk02"]),
    _opt(commitment("C-TW-NZ-2050", TAIWAN, "carbon_neutrality", 2050, ["gd01"])),
    _opt(commitment("C-HK-CARS-2035", HK, "other", 2035, ["hk02"])),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records (all pages Chinese)."""
    return gold_json("Expected records for the eighty-seventh test web (tests/eightyseventhweb.py: zzxw, gdxw, hkgov), "
                     "written by hand from the texts (tests/data/eightyseventhweb/articles.py) before the extractor was "
                     "run; format of shared/gold/seeds.json. zz04, zz05, gd04, gd05 and hk03 hold no record.",
                     articles, traps, chrome, [], AGREEMENTS, COMMITMENTS)
