"""Gold records of the forty-ninth test web, written from the texts of articles.py before the extractor was run on them.

Language and text (as the development webs do): an article's language is its page's main language, the one its
headline and first text are in - English for all six (un03's headline is Chinese, its story English). A copy of the
same text in a second language (mo*: the traditional-Chinese release under the English one; un01, un02: the 中文摘要
box) is no more text: the gold neither asks for it nor forbids it, and it tells no second record. Each article holds
ONE agreement or pledge, told in both languages: one record. A name glossed in brackets ("Taiyuan University of
Technology (太原理工大学)") is one party under either name. Those attending or supporting (Hengqin, Wuhan University)
are no parties. Chrome headlines are traps. The forum of mo02, where the pledge was told, is an optional event (its
opening day only).
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

DSPA = ["Environmental Protection Bureau", "Macao Environmental Protection Bureau", "DSPA",
        "Environmental Protection Bureau of the Macao SAR Government", "Environmental Protection Bureau (DSPA)",
        "環境保護局", "澳門特別行政區政府環境保護局", "澳门环境保护局", "环境保护局"]
ZHUHAI = ["Zhuhai Municipal Bureau of Ecology and Environment", "Zhuhai Bureau of Ecology and Environment",
          "珠海市生態環境局", "珠海市生态环境局"]
DNREC = ["Delaware Department of Natural Resources and Environmental Control", "DNREC",
         "Department of Natural Resources and Environmental Control", "特拉華州自然資源及環境管制部",
         "美國特拉華州自然資源及環境管制部"]
MINES = ["Colorado School of Mines", "Mines", "科罗拉多矿业大学"]
TYUT = ["Taiyuan University of Technology", "太原理工大学", "太原理工大學"]
NMED = ["New Mexico Environment Department", "NMED", "新墨西哥州环境厅"]
HUBEI = ["Hubei Provincial Department of Ecology and Environment", "Hubei Department of Ecology and Environment",
         "湖北省生态环境厅"]
MACAO = ["Macao SAR Government", "Macao Special Administrative Region Government", "Government of the Macao SAR",
         "Government of the Macao Special Administrative Region", "Macao", "Macau", "Macao SAR", "澳門特別行政區政府", "澳門特區政府", "澳门特别行政区政府", "澳門"]
LINGNAN = ["Lingnan University", "嶺南大學", "岭南大学"]

MIECF = ["Macao International Environmental Co-operation Forum and Exhibition", "MIECF",
         "Macao International Environmental Cooperation Forum and Exhibition", "澳門國際環保合作發展論壇及展覽"]
EVENTS = [  # where the pledge was told: the text gives its opening day only; optional
    _ev("E-MIECF-2024", MIECF, "2024-09-02", ["2024-09-02", None], "Macao", "CN", ["mo02"], optional=True),
]

AGREEMENTS = [
    _ag("A-DSPA-ZHUHAI-2024", ["mou"], [DSPA, ZHUHAI], "2024-05-13", ["Macao", "Macau"], ["mo01"]),
    _ag("A-DSPA-DNREC-2024", ["mou", "agreement"], [DSPA, DNREC], "2024-11-19", ["Macao", "Macau"], ["mo03"]),
    _ag("A-MINES-TYUT-2024", ["mou"], [MINES, TYUT], "2024-04-16", ["Golden"], ["un01"]),
    _ag("A-NMED-HUBEI-2024", ["mou"], [NMED, HUBEI], "2024-06-25", ["Albuquerque"], ["un02"]),
]
COMMITMENTS = [
    _cm("C-MACAO-NEUTRAL-2050", MACAO, "carbon_neutrality", 2050, ["mo02"]),
    _cm("C-LINGNAN-NEUTRAL-2035", LINGNAN, "carbon_neutrality", 2035, ["un03"]),
]
for _c in COMMITMENTS:  # a pledge told at no named gathering of the gold: the event may be given or not
    del _c["event"]
for _a in AGREEMENTS:
    _a["event"] = None

ABOUT = ("Expected records for the forty-ninth test web (tests/fortyninthweb.py: mogov, unews; bilingual and "
         "mixed-script pages), written by hand from the texts (tests/data/fortyninthweb/articles.py) before the "
         "extractor was run; format of shared/gold/seeds.json.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language en, text checks) and records."""
    return gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
