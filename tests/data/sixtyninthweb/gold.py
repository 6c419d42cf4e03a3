"""Gold records of the sixty-ninth test web, written from the texts of articles.py before the extractor was run on
them.

Agreements, one per page, each named by its title with its parties inside it: West Virginia-Tangshan memorandum (mou,
May 20, 2025, Tangshan), the West Virginia-Handan Clean Energy Partnership (partnership, September 9, 2025,
Charleston), the Morgantown-Qinhuangdao Low-Carbon Cities Action Plan (an instrument the two cities signed:
agreement, November 3, 2025), the Qinhuangdao-New Hampshire memorandum (mou, June 12, 2025, Qinhuangdao), the
Qinhuangdao-Hobart framework agreement (agreement, August 26, 2025, Hobart) and the Qinhuangdao-Anchorage cooperation
agreement (agreement, October 15, 2025, signed by video: no city). Commitments: Qinhuangdao's peak before 2029, told
inside the trap (《秦皇岛市碳达峰实施方案》 is a plan, no agreement). No events.
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document

WEST_VIRGINIA = ["West Virginia", "State of West Virginia", "西弗吉尼亚州", "西弗吉尼亚"]
TANGSHAN = ["Tangshan", "City of Tangshan", "唐山", "唐山市"]
HANDAN = ["Handan", "邯郸", "邯郸市"]
MORGANTOWN = ["Morgantown", "City of Morgantown", "摩根敦"]
QINHUANGDAO = ["Qinhuangdao", "City of Qinhuangdao", "秦皇岛", "秦皇岛市"]
NEW_HAMPSHIRE = ["New Hampshire", "State of New Hampshire", "新罕布什尔州", "新罕布什尔", "美国新罕布什尔州"]
HOBART = ["Hobart", "City of Hobart", "霍巴特", "霍巴特市"]
ANCHORAGE = ["Anchorage", "Municipality of Anchorage", "安克雷奇", "安克雷奇市"]

AGREEMENTS = [
    agreement("A-WV-TS-2025", ["mou"], [WEST_VIRGINIA, TANGSHAN], "2025-05-20", ["Tangshan", None], ["wv01"]),
    agreement("A-WV-HD-2025", ["partnership"], [WEST_VIRGINIA, HANDAN], "2025-09-09", ["Charleston", None],
              ["wv02"]),
    agreement("A-MG-QHD-2025", ["agreement", "partnership"], [MORGANTOWN, QINHUANGDAO], "2025-11-03",
              ["Morgantown", None], ["wv03"]),
    agreement("A-QHD-NH-2025", ["mou"], [QINHUANGDAO, NEW_HAMPSHIRE], "2025-06-12", ["Qinhuangdao", None], ["qw01"]),
    agreement("A-QHD-HB-2025", ["agreement"], [QINHUANGDAO, HOBART], "2025-08-26", ["Hobart", None], ["qw02"]),
    agreement("A-QHD-AC-2025", ["agreement"], [QINHUANGDAO, ANCHORAGE], "2025-10-15", [None], ["qw03"]),
]

COMMITMENTS = [commitment("C-QHD-PEAK-2029", QINHUANGDAO, "emissions_peak", 2029, ["qw02"])]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-ninth test web (tests/sixtyninthweb.py: wvgov, qhdwb), written "
                        "by hand from the texts (tests/data/sixtyninthweb/articles.py) before the extractor was run; "
                        "format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "qhdwb":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
