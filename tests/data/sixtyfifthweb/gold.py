"""Gold records of the sixty-fifth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the two editions of the U.S.-China Green Harbor Cities Summit, ONE row each: the first (Norfolk, September
10-11, 2024; told by hl03 and gw03, recalled by hl01 and gw02) and the second (Shantou, October 14-15, 2025; told by
hl01, hl02, gw01 and gw02; announced for "next year" by hl03 and gw03). Agreements: the Charleston-Nantong memorandum
on offshore wind (second summit, its opening day October 14, 2025; hl01 and gw01) and the Norfolk-Shantou green port
partnership (first summit, September 11, 2024 in hl03; "峰会期间" in gw03). Commitments: Norfolk's port emissions
goal (50% below 2019 by 2035) and Shantou's peak before 2028, both made at the second summit.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment as _cm, event, gold_document

NORFOLK = ["Norfolk", "City of Norfolk", "诺福克", "诺福克市", "諾福克"]
SHANTOU = ["Shantou", "汕头", "汕头市", "Shantou Municipal People's Government", "汕头市人民政府"]
CHARLESTON = ["Charleston", "City of Charleston", "查尔斯顿", "查尔斯顿市"]
NANTONG = ["Nantong", "南通", "南通市", "江苏南通市"]

_NAME = "U.S.-China Green Harbor Cities Summit"
_ZH = "中美绿色港湾城市峰会"
EVENTS = [
    event("E-GHCS-2024", [_NAME, f"first {_NAME}", f"First {_NAME}", f"1st {_NAME}", f"inaugural {_NAME}",
                          f"Inaugural {_NAME}", "Green Harbor Cities Summit", _ZH, f"首届{_ZH}", f"第一届{_ZH}"],
          "2024-09-10", ["2024-09-11"], "Norfolk", "US", ["hl03", "gw03"], evidence_optional=["hl01", "gw02"]),
    event("E-GHCS-2025", [_NAME, f"second {_NAME}", f"Second {_NAME}", f"2nd {_NAME}", "Green Harbor Cities Summit",
                          _ZH, f"第二届{_ZH}"],
          "2025-10-14", ["2025-10-15"], "Shantou", "CN", ["hl01", "hl02", "gw01", "gw02"],
          evidence_optional=["hl03", "gw03"]),
]

AGREEMENTS = [
    agreement("A-CHS-NT-2025", ["mou"], [CHARLESTON, NANTONG], "2025-10-14", ["Shantou", None], ["hl01", "gw01"],
              event="E-GHCS-2025"),
    agreement_days("A-NF-ST-2024", ["partnership", "agreement"], [NORFOLK, SHANTOU], ["2024-09-11", "2024-09-10"],
                   ["Norfolk", None], ["hl03", "gw03"], event="E-GHCS-2024"),
]

COMMITMENTS = [
    _cm("C-NF-PORT-2035", NORFOLK, "emissions_reduction", 2035, ["hl02"], base_year=2019, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-ST-PEAK-2028", SHANTOU, "emissions_peak", 2028, ["gw02"]),
]
for _c in COMMITMENTS:  # both made at the second summit
    _c["event"] = "E-GHCS-2025"


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-fifth test web (tests/sixtyfifthweb.py: harborlink, gangwan), "
                        "written by hand from the texts (tests/data/sixtyfifthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "gangwan":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
