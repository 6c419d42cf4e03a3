"""Gold records of the seventy-second test web, written from the texts of articles.py before the extractor was run on
them.

A pledge made by a group goes to each member the text names (never to members it does not name: "等6个城市" names
three, so three records), and to the coalition as actor only when the text names no member ("The 14 mayors of the
High Plains Climate Compact committed", "联盟各成员城市承诺"). Not records: an observer's or an absent member's non-pledge
(Great Falls, Pocatello in pp03, 濮阳, 信阳), a target the coalition "encourages" (鼓励) its members to adopt.

Events: the two dated Chinese meetings (黄淮低碳城市联盟第三次市长联席会议 in 商丘 on 5月19日, the 联盟年会 in 周口 on
11月5日); the pledge of hh01 was made there (会上).
"""
from __future__ import annotations

from webbuild import commitment as _cm, event, gold_document

COMPACT = ["High Plains Climate Compact", "the High Plains Climate Compact"]
POCATELLO = ["Pocatello", "City of Pocatello"]
CASPER = ["Casper", "City of Casper"]
GRAND_ISLAND = ["Grand Island", "City of Grand Island"]
IDAHO_FALLS = ["Idaho Falls", "City of Idaho Falls"]
ALLIANCE = ["黄淮低碳城市联盟"]  # an unknown Chinese coalition keeps its Chinese name


def _zh_city(en: str, zh: str) -> list[str]:
    return [en, zh, f"{zh}市", f"{en} Municipal People's Government", f"{zh}市人民政府"]


SHANGQIU, ZHOUKOU, HEZE = _zh_city("Shangqiu", "商丘"), _zh_city("Zhoukou", "周口"), _zh_city("Heze", "菏泽")
LIAOCHENG, BINZHOU = _zh_city("Liaocheng", "聊城"), _zh_city("Binzhou", "滨州")

_MEET = "黄淮低碳城市联盟第三次市长联席会议"
_ANNUAL = "黄淮低碳城市联盟年会"
EVENTS = [
    event("E-HHMAYORS-2025", [_MEET, "第三次市长联席会议", "黄淮低碳城市联盟市长联席会议"], "2025-05-19",
          ["2025-05-19", None], "Shangqiu", "CN", ["hh01"]),
    event("E-HHANNUAL-2025", [_ANNUAL, f"2025{_ANNUAL}", f"2025年{_ANNUAL}", "联盟年会"], "2025-11-05",
          ["2025-11-05", None], "Zhoukou", "CN", ["hh02"]),
]

_CUT = dict(base_year=2018, reduction_pct_min=45, reduction_pct_max=45)
COMMITMENTS = [
    _cm("C-PO-2032", POCATELLO, "emissions_reduction", 2032, ["pp01"], **_CUT),
    _cm("C-CS-2032", CASPER, "emissions_reduction", 2032, ["pp01"], **_CUT),
    _cm("C-GI-2032", GRAND_ISLAND, "emissions_reduction", 2032, ["pp01"], **_CUT),
    _cm("C-HPCC-NEUTRAL", COMPACT, "carbon_neutrality", 2045, ["pp02"]),
    _cm("C-IF-RE2030", IDAHO_FALLS, "renewable_share", 2030, ["pp03"], share_pct=60),
    _cm("C-CS-RE2030", CASPER, "renewable_share", 2030, ["pp03"], share_pct=60),
    _cm("C-SQ-PEAK", SHANGQIU, "emissions_peak", 2030, ["hh01"], event="E-HHMAYORS-2025"),
    _cm("C-ZK-PEAK", ZHOUKOU, "emissions_peak", 2030, ["hh01"], event="E-HHMAYORS-2025"),
    _cm("C-HZ-PEAK", HEZE, "emissions_peak", 2030, ["hh01"], event="E-HHMAYORS-2025"),
    _cm("C-HHLM-2035", ALLIANCE, "emissions_reduction", 2035, ["hh02"], base_year=2020, reduction_pct_min=30,
        reduction_pct_max=30),
    _cm("C-LC-RE2030", LIAOCHENG, "renewable_share", 2030, ["hh03"], share_pct=50),
    _cm("C-BZ-RE2030", BINZHOU, "renewable_share", 2030, ["hh03"], share_pct=50),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-second test web (tests/seventysecondweb.py: plainspact, "
                        "hhcity), written by hand from the texts (tests/data/seventysecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": [], "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "hhcity":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
