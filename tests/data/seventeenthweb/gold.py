"""Gold records of the seventeenth test web, written from the texts of articles.py before the extractor was run on them.

Commitments only (no event, no agreement is told). Semantics as shared/gold/seeds.json and the development webs: one
row per actor, type and target year; "X percent below 1990 levels" gives base_year and the figure as min and max;
"at least"/"more than" X gives the minimum only; a range both; a share of renewable electricity is renewable_share
with share_pct; "carbon neutral", "net zero", "carbon negative" are carbon_neutrality; a cut with no base year has
none; zero-emission car sales are `other`. A pledge told of several actors ("the three states will", "both cities
pledged", "each of the signatories commits") is one row per actor.
Negatives (no row): "are projected to fall 30 percent by 2030" (forecast), "has cut emissions ... by about half
since 2005", "has already cut its emissions 42 percent since 2005", "has already returned its emissions to 1990
levels" (past results), "The IPCC says global emissions must fall 45 percent" (another's figure, not a pledge), "A
bill that would commit Oregon ... did not pass" (no law), "wants to become the greenest city", "lead the country on
clean transportation", "build a green, low-carbon economy" (no number, no year), "coal consumption is expected to
keep falling", "emissions rose 4 percent last year", "founded in 1975".
Optional: "carbon-free electricity by 2040" (a clean, not only renewable, share), "halve emissions from road
transport by the end of the decade" (the year only follows from the page's date), Stockholm "fossil-fuel free by
2040", China's cut per unit of GDP (read as devweb-c's gold reads it), Microsoft's carbon removal by 2050, Hainan's
end of fossil-fuel car sales, The Climate Pledge as a declaration of its signatories.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm

NEW_YORK = ["New York", "New York State", "State of New York", "NY", "纽约州"]
WASHINGTON = ["Washington", "Washington State", "State of Washington", "WA", "华盛顿州"]
CALIFORNIA = ["California", "State of California", "CA", "加州", "加利福尼亚州"]
HAWAII = ["Hawaii", "State of Hawaii", "Hawai'i", "夏威夷州", "夏威夷"]
COPENHAGEN = ["Copenhagen", "City of Copenhagen", "哥本哈根"]
VANCOUVER = ["Vancouver", "City of Vancouver", "温哥华"]
SEATTLE = ["Seattle", "City of Seattle", "西雅图"]
STOCKHOLM = ["Stockholm", "City of Stockholm", "斯德哥尔摩"]
SHANGHAI = ["Shanghai", "Shanghai Municipality", "Shanghai Municipal Government", "上海", "上海市"]
CHINA = ["China", "People's Republic of China", "中国"]
MICROSOFT = ["Microsoft", "Microsoft Corporation", "Microsoft Corp.", "微软"]
VERIZON = ["Verizon", "Verizon Communications"]
INFOSYS = ["Infosys", "Infosys Limited"]
RECKITT = ["Reckitt Benckiser", "Reckitt", "Reckitt Benckiser Group"]
BAOWU = ["China Baowu Steel Group", "China Baowu Steel Group Corp", "China Baowu", "Baowu", "中国宝武", "宝武"]
CTG = ["China Three Gorges Corp", "China Three Gorges Corporation", "China Three Gorges", "Three Gorges", "CTG",
       "中国三峡集团", "三峡集团"]
ALIBABA = ["Alibaba", "Alibaba Group", "阿里巴巴"]
TENCENT = ["Tencent", "Tencent Holdings", "腾讯"]
HAINAN = ["Hainan", "Hainan Province", "海南", "海南省"]

AGREEMENTS = [
    _ag("A-CLIMATE-PLEDGE", ["declaration", "agreement", "partnership"], [VERIZON, INFOSYS, RECKITT], None,
        [None], ["a02"], optional=True),
]
AGREEMENTS[0]["signed_on"]["accept"] = [None, "2020-09-22", "2020-09", "2020"]
del AGREEMENTS[0]["event"]


def _cut(key, actor, year, ev, base, lo, hi=None, **extra):
    """An emissions_reduction of `lo` (to `hi`; the same where not given) percent against `base` by `year`."""
    figures = {"reduction_pct_min": lo, "reduction_pct_max": lo if hi is None else hi}
    if base is not None:
        figures["base_year"] = base
    return _cm(key, actor, "emissions_reduction", year, ev, **figures, **extra)


COMMITMENTS = [
    _cut("C-NY-2050", NEW_YORK, 2050, ["s01"], 1990, 85),
    _cm("C-NY-RE-2030", NEW_YORK, "renewable_share", 2030, ["s01"], share_pct=70),
    _cm("C-NY-CF-2040", NEW_YORK, "renewable_share", 2040, ["s01"], optional=True),
    _cut("C-WA-2030", WASHINGTON, 2030, ["s02"], 1990, 45),
    _cut("C-WA-2040", WASHINGTON, 2040, ["s02"], 1990, 70),
    _cut("C-WA-2050", WASHINGTON, 2050, ["s02"], 1990, 95),
    _cm("C-HI-RE-2045", HAWAII, "renewable_share", 2045, ["s02"], share_pct=100),
    _cm("C-HI-CN-2045", HAWAII, "carbon_neutrality", 2045, ["s02"]),
    _cut("C-NY-2025", NEW_YORK, 2025, ["s03"], 2005, 26, 28),
    _cut("C-CA-2025", CALIFORNIA, 2025, ["s03"], 2005, 26, 28),
    _cut("C-WA-2025", WASHINGTON, 2025, ["s03"], 2005, 26, 28),
    _cm("C-WA-ZEV-2030", WASHINGTON, "other", 2030, ["s03"]),
    _cm("C-CPH-CN-2025", COPENHAGEN, "carbon_neutrality", 2025, ["s04"]),
    _cm("C-VAN-CN-2050", VANCOUVER, "carbon_neutrality", 2050, ["s04"]),
    _cm("C-SEA-CN-2050", SEATTLE, "carbon_neutrality", 2050, ["s04"]),
    _cut("C-SEA-ROAD-2030", SEATTLE, 2030, ["s04"], None, 50, optional=True),
    _cm("C-STO-PC-2020", STOCKHOLM, "per_capita_limit", 2020, ["s04"], per_capita_t=2.2),
    _cm("C-STO-FF-2040", STOCKHOLM, "carbon_neutrality", 2040, ["s04"], optional=True),
    _cm("C-STO-FFO-2040", STOCKHOLM, "other", 2040, ["s04"], optional=True),
    _cm("C-SH-PEAK-2025", SHANGHAI, "emissions_peak", 2025, ["a01"]),
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["a01"]),
    _cm("C-CN-CN-2060", CHINA, "carbon_neutrality", 2060, ["a01"]),
    _cm("C-CN-CI-2030", CHINA, "emissions_reduction", 2030, ["a01"], base_year=2005, reduction_pct_min=65,
        optional=True),
    _cm("C-MS-NEG-2030", MICROSOFT, "carbon_neutrality", 2030, ["a02"]),
    _cm("C-MS-NEGO-2030", MICROSOFT, "other", 2030, ["a02"], optional=True),
    _cm("C-MS-REMOVE-2050", MICROSOFT, "other", 2050, ["a02"], optional=True),
    _cm("C-MS-REMOVEN-2050", MICROSOFT, "carbon_neutrality", 2050, ["a02"], optional=True),
    _cm("C-MS-HALF-2030", MICROSOFT, "emissions_reduction", 2030, ["a02"], reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-MS-RE-2025", MICROSOFT, "renewable_share", 2025, ["a02"], share_pct=100),
    _cm("C-VZ-NZ-2040", VERIZON, "carbon_neutrality", 2040, ["a02"]),
    _cm("C-INFY-NZ-2040", INFOSYS, "carbon_neutrality", 2040, ["a02"]),
    _cm("C-RB-NZ-2040", RECKITT, "carbon_neutrality", 2040, ["a02"]),
    _cm("C-HN-CARS-2030", HAINAN, "other", 2030, ["a02"], optional=True),
    # a03, added after the first round's fixes (gold written before the extractor ran on it)
    _cm("C-BW-PEAK-2023", BAOWU, "emissions_peak", 2023, ["a03"]),
    _cm("C-BW-30-2035", BAOWU, "emissions_reduction", 2035, ["a03"], reduction_pct_min=30, reduction_pct_max=30),
    _cm("C-BW-CN-2050", BAOWU, "carbon_neutrality", 2050, ["a03"]),
    _cm("C-CTG-PEAK-2023", CTG, "emissions_peak", 2023, ["a03"]),
    _cm("C-CTG-CN-2040", CTG, "carbon_neutrality", 2040, ["a03"]),
    _cm("C-ALI-CN-2030", ALIBABA, "carbon_neutrality", 2030, ["a03"]),
    _cm("C-TC-CN-2030", TENCENT, "carbon_neutrality", 2030, ["a03"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    from webbuild import gold_document

    about = ("Expected records for the seventeenth test web (tests/seventeenthweb.py: statedesk, asiaen), written by "
             "hand from the texts (tests/data/seventeenthweb/articles.py) before the extractor was run; format of "
             "shared/gold/seeds.json. Commitments only; see gold.py for the negatives.")
    return gold_document(about, "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
