"""Gold records of the hundred-second test web, written from the texts of articles.py before the extractor was run on
them.

Commitments only (no event, no agreement). Following the development webs' practice (devweb-c gv04): a peak year is
`emissions_peak` whether '力争'/'strive to' or '确保'/'ensure' (Xiangyang's 2028 and 2030 are two pledges); a
non-fossil share of energy consumption by a year is `renewable_share`; a CO2-intensity cut below 2005 by a year is
`emissions_reduction` with base year 2005 ("65%以上"/"more than 65%": the minimum 65 only). A per-unit-GDP intensity
cut with no base year (Wuxi's "“十四五”期间…降低22%") and an energy-intensity cut (Jiangmen's 14.5% below 2020)
are optional `other`. China's "2030年前碳达峰、2060年前碳中和" that Xuzhou only implements (ny03) is optional for
China and nothing for Xuzhou.

* Heilongjiang (ny01 in Chinese, lt02 in English, ONE row each): peak before 2030, non-fossil ~15% by 2025 and ~20%
  by 2030, CO2 intensity 65%+ below 2005 by 2030. "确保完成国家下达目标" has no number: no record.
* Wuxi (ny02): peak before 2030 ('力争'), non-fossil 12%+ by 2025.
* Qujing (ny04, a repost of 云南日报): non-fossil 50%+ by 2025, peak before 2030.
* Hunan (hk01, Big5-HKSCS): non-fossil ~22% by 2025 and ~25% by 2030, peak before 2030.
* Jiangmen (hk02): non-fossil 30%+ by 2025, peak before 2030.
* Liaoning (lt01): non-fossil 13.7% by 2025 and ~20% by 2030, peak before 2030.
* Xiangyang (lt03): peak by 2028 (strive) and before 2030 (ensure), non-fossil 21% by 2025.
No records: ny03 (Xuzhou's results to date, a forecast of a plateau "2028年前后", a plan being drafted), ny05 (Xiangtan:
a draft discussed, no target decided), hk03 (a university model's forecast of Zhaoqing's peak "2027年前後", results),
hk04 (a forum in Wan Chai: experiences shared, nothing signed or pledged), lt04 (Karamay: a model's 2032 projection,
an 11% intensity fall achieved, a plan being drafted). Results to date (黑龙江 23.2%, 12.8%; 无锡 410万千瓦; 湖南 21.4%;
Liaoning's 60.3% coal; Xiangyang's 4.1% growth) are no records.
"""
from __future__ import annotations

from webbuild import commitment, gold_document

HLJ = ["黑龙江省", "黑龙江", "黑龙江省人民政府", "Heilongjiang", "Heilongjiang Province",
       "Heilongjiang Provincial People's Government", "Heilongjiang Provincial Government"]
WUXI = ["无锡市", "无锡", "无锡市人民政府", "Wuxi", "Wuxi City", "Wuxi Municipal People's Government",
        "Wuxi Municipal Government"]
QUJING = ["曲靖市", "曲靖", "曲靖市人民政府", "Qujing", "Qujing City", "Qujing Municipal People's Government"]
HUNAN = ["湖南省", "湖南", "湖南省人民政府", "Hunan", "Hunan Province", "Hunan Provincial People's Government"]
JIANGMEN = ["江門市", "江門", "江門市政府", "江门市", "江门", "Jiangmen", "Jiangmen City", "Jiangmen Municipal Government",
            "Jiangmen Municipal People's Government"]
LIAONING = ["Liaoning", "Liaoning Province", "辽宁省", "辽宁", "Liaoning Provincial People's Government"]
XIANGYANG = ["Xiangyang", "Xiangyang City", "襄阳市", "襄阳", "Xiangyang Municipal People's Government"]
CHINA = ["China", "People's Republic of China", "PRC", "Chinese Government", "中国", "国家"]

COMMITMENTS = [
    commitment("C-HLJ-PEAK-2030", HLJ, "emissions_peak", 2030, ["ny01", "lt02"]),
    commitment("C-HLJ-NF-2025", HLJ, "renewable_share", 2025, ["ny01", "lt02"]),
    commitment("C-HLJ-NF-2030", HLJ, "renewable_share", 2030, ["ny01", "lt02"]),
    commitment("C-HLJ-CO2INT-2030", HLJ, "emissions_reduction", 2030, ["ny01", "lt02"], base_year=2005,
               reduction_pct_min=65),
    commitment("C-WUXI-PEAK-2030", WUXI, "emissions_peak", 2030, ["ny02"]),
    commitment("C-WUXI-NF-2025", WUXI, "renewable_share", 2025, ["ny02"]),
    commitment("C-WUXI-CO2INT-2025", WUXI, "other", 2025, ["ny02"], optional=True),
    commitment("C-QUJING-NF-2025", QUJING, "renewable_share", 2025, ["ny04"]),
    commitment("C-QUJING-PEAK-2030", QUJING, "emissions_peak", 2030, ["ny04"]),
    commitment("C-HUNAN-NF-2025", HUNAN, "renewable_share", 2025, ["hk01"]),
    commitment("C-HUNAN-NF-2030", HUNAN, "renewable_share", 2030, ["hk01"]),
    commitment("C-HUNAN-PEAK-2030", HUNAN, "emissions_peak", 2030, ["hk01"]),
    commitment("C-JM-NF-2025", JIANGMEN, "renewable_share", 2025, ["hk02"]),
    commitment("C-JM-PEAK-2030", JIANGMEN, "emissions_peak", 2030, ["hk02"]),
    commitment("C-JM-ENERGYINT-2025", JIANGMEN, "other", 2025, ["hk02"], optional=True),
    commitment("C-LN-NF-2025", LIAONING, "renewable_share", 2025, ["lt01"]),
    commitment("C-LN-NF-2030", LIAONING, "renewable_share", 2030, ["lt01"]),
    commitment("C-LN-PEAK-2030", LIAONING, "emissions_peak", 2030, ["lt01"]),
    commitment("C-XY-PEAK-2028", XIANGYANG, "emissions_peak", 2028, ["lt03"]),
    commitment("C-XY-PEAK-2030", XIANGYANG, "emissions_peak", 2030, ["lt03"]),
    commitment("C-XY-NF-2025", XIANGYANG, "renewable_share", 2025, ["lt03"]),
    commitment("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["ny03"], optional=True),
    commitment("C-CN-NEUTRAL-2060", CHINA, "carbon_neutrality", 2060, ["ny03"], optional=True),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (nygc and xjsb in Chinese, ltci in English) and records."""
    doc = gold_document("Expected records for the hundred-second test web (tests/hundredsecondweb.py: nygc, xjsb, "
                        "ltci), written by hand from the texts (tests/data/hundredsecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. ny03, ny05, hk03, hk04 and lt04 hold no "
                        "record.", "zh", articles, traps, chrome,
                        {"events": [], "agreements": [], "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "ltci":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
