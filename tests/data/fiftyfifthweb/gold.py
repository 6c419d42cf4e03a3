"""Gold records of the fifty-fifth test web, written from the texts of articles.py before the extractor was run on them.

Agreements (one record per signing; a date on a January page that names a December day or "last December"/上月 is the
previous year's):
* Yichang and Vermont's clean energy memorandum, 16 Dec 2025 (lp01: "on Tuesday" on a page of 17 Dec; the correction
  line confirms Tuesday), told again with no date (lp02), with its month only (lp04: "last December" on a January page)
  and in Chinese (df01: 去年12月16日): ONE row with four pieces of evidence.
* Yichang and Vermont's separate forest carbon cooperation agreement, signed the same day (lp01): a second row.
* Fresno and Zhanjiang's memorandum of 19 Dec 2022 (lp05: "on Monday" at Fresno City Hall) and its renewal of
  28 Dec 2025 in Zhanjiang (lp03: "signed on Dec. 28" on a page of 6 Jan 2026; df02: 上月28日 on a page of 7 Jan 2026):
  two rows, never merged. The first signing recalled by lp03 ("three years ago") and df02 (2022年12月) may add those
  pages to the 2022 row's evidence.
Not records: Dayton and Shaoguan's sister-city agreement "will sign ... on Jan. 5" (lp02, a page of 29 Dec 2025: an
announced signing is not a signing; a row for it would present a guess as fact), Vermont's talks with Hubei's commerce
department (no agreement reached), a trade office weighed, a trade mission hoped for.
Commitments: Baosteel Zhanjiang Iron & Steel's peak by 2028 (lp03 and df02: one row, two pieces of evidence) and its
30 percent cut from 2020 levels by 2035 (lp03). No event.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document

YICHANG = ["Yichang", "Yichang Municipal People's Government", "Yichang Municipal Government", "Yichang City",
           "Yichang Government", "宜昌", "宜昌市", "宜昌市人民政府"]
VERMONT = ["Vermont", "State of Vermont", "Government of Vermont", "Vermont State", "佛蒙特州", "美国佛蒙特州"]
FRESNO = ["Fresno", "City of Fresno", "Fresno City", "弗雷斯诺", "弗雷斯诺市", "美国弗雷斯诺市"]
ZHANJIANG = ["Zhanjiang", "Zhanjiang Municipal People's Government", "Zhanjiang Municipal Government", "Zhanjiang City",
             "湛江", "湛江市", "湛江市人民政府"]
BZIS = ["Baosteel Zhanjiang Iron & Steel", "Baosteel Zhanjiang Iron and Steel",
        "Baosteel Zhanjiang Iron & Steel Co., Ltd.", "Baosteel Zhanjiang Iron and Steel Co., Ltd.",
        "Zhanjiang Iron & Steel", "宝钢湛江钢铁有限公司", "宝钢湛江钢铁", "湛江钢铁"]

AGREEMENTS = [
    _ag("A-YC-VT-MOU-2025", ["mou"], [YICHANG, VERMONT], "2025-12-16", ["Yichang"], ["lp01", "lp02", "lp04", "df01"]),
    _ag("A-YC-VT-FOREST-2025", ["agreement", "partnership"], [YICHANG, VERMONT], "2025-12-16", ["Yichang"], ["lp01"]),
    _ag("A-FR-ZJ-2022", ["mou"], [FRESNO, ZHANJIANG], "2022-12-19", ["Fresno"], ["lp05"]),
    _ag("A-FR-ZJ-2025", ["mou"], [FRESNO, ZHANJIANG], "2025-12-28", ["Zhanjiang"], ["lp03", "df02"]),
]
for _a in AGREEMENTS:  # no event is told: one named would be wrong, none is fine
    del _a["event"]

COMMITMENTS = [
    _cm("C-BZIS-PEAK-2028", BZIS, "emissions_peak", 2028, ["lp03", "df02"]),
    _cm("C-BZIS-CUT-2035", BZIS, "emissions_reduction", 2035, ["lp03"], base_year=2020, reduction_pct_min=30,
        reduction_pct_max=30),
]
for _c in COMMITMENTS:  # told at no gathering: the event may be given or not
    del _c["event"]

ABOUT = ("Expected records for the fifty-fifth test web (tests/fiftyfifthweb.py: lakepost, dfhz), written by hand "
         "from the texts (tests/data/fiftyfifthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. Dates across a year's turn and one memorandum told by four pages.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    arts = gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # the Chinese portal's pages
        if a["site"] == "dfhz":
            arts["articles"][a["id"]]["language"] = "zh"
    return arts
