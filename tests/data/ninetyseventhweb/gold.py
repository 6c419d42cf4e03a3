"""Gold records of the ninety-seventh test web, written from the texts of articles.py before the extractor was run on
them.

* E-TAINAN-NZCF-2026, the 2026 Tainan International Net-Zero Cities Forum (2026臺南國際淨零城市論壇), 21-22 April 2026
  in Tainan ("今（21）日 ... 開幕", "論壇為期兩天", "明（22）日"): tn01, tn01en, fw02 (fw02 gives no end day).
* A-TAINAN-AUSTIN-2026, the climate-action memorandum of Tainan (臺南市) and the City of Austin (美國德州奧斯汀市),
  signed 21 April 2026 at the forum in Tainan: tn01, tn01en, fw02.
* A-HSINCHU-TOYAMA-2026, the low-carbon city memorandum of Hsinchu City (新竹市, 竹市) and Toyama City (富山市),
  signed on the 10th (February 2026, the page is of 11 February) at Toyama's city hall: lv01.
* A-PINGTUNG-ESBJERG-2026, the offshore-wind memorandum of Pingtung County and Esbjerg, 12 May 2026 in Pingtung: fw03.
* Commitments: Chiayi City's net zero by 2050 and 30% below 2005 by 2030 (lv02); Far EasTone's 100% renewable
  electricity by 2040 and 60% by 2030 (lv03); Tainan's net zero by 2050 and 28% below 2005 (民國94年) by 2030
  (tn02, tn02en); UMC's 100% renewable electricity by 2050, 50% by 2030 and net zero by 2050 (fw01).
No records: lv04 (a council sends back a draft ordinance: its 2050 and 25% targets were never adopted), lv05 (an ICLEI
meeting attended, views exchanged, nothing signed), tn03 (a visit; a letter of intent to be drafted and signed next
year), fw04 (a visit; a friendship agreement only discussed). Neither Hsinchu's plan "to be proposed this year", the
results (嘉義市 2024 emissions, Tainan's 11% by 民國113年, UMC's 9%), Far EasTone's letter of intent with an unnamed
developer, nor RE100's membership counts are records.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

TAINAN = ["臺南市", "臺南市政府", "台南市", "台南市政府", "臺南", "台南", "Tainan", "Tainan City", "Tainan City Government"]
AUSTIN = ["City of Austin", "Austin", "奧斯汀市", "奧斯汀", "美國德州奧斯汀市", "德州奧斯汀市", "Austin, Texas"]
HSINCHU = ["新竹市", "新竹市政府", "竹市", "Hsinchu", "Hsinchu City", "Hsinchu City Government"]
TOYAMA = ["富山市", "日本富山市", "Toyama", "Toyama City", "富山市政府"]
PINGTUNG = ["Pingtung County", "Pingtung", "Pingtung County Government", "屏東縣", "屏東縣政府"]
ESBJERG = ["Esbjerg", "Esbjerg Municipality", "City of Esbjerg", "Esbjerg Kommune"]
CHIAYI = ["嘉義市", "嘉義市政府", "嘉市", "Chiayi", "Chiayi City", "Chiayi City Government"]
FET = ["遠傳電信", "遠傳", "遠傳電信股份有限公司", "Far EasTone", "Far EasTone Telecommunications",
       "Far EasTone Telecommunications Co., Ltd.", "FET"]
UMC = ["United Microelectronics Corp.", "United Microelectronics Corporation", "United Microelectronics", "UMC",
       "聯華電子", "聯電"]
FORUM = "E-TAINAN-NZCF-2026"

EVENTS = [
    event(FORUM, ["2026臺南國際淨零城市論壇", "臺南國際淨零城市論壇", "2026 Tainan International Net-Zero Cities Forum",
                  "Tainan International Net-Zero Cities Forum", "International Net-Zero Cities Forum"],
          "2026-04-21", ["2026-04-22", None], "Tainan", "TW", ["tn01", "tn01en", "fw02"]),
]

AGREEMENTS = [
    agreement("A-TAINAN-AUSTIN-2026", ["mou"], [TAINAN, AUSTIN], "2026-04-21", ["Tainan"], ["tn01", "tn01en", "fw02"],
              event=FORUM),
    agreement("A-HSINCHU-TOYAMA-2026", ["mou"], [HSINCHU, TOYAMA], "2026-02-10", ["Toyama", None], ["lv01"]),
    agreement("A-PINGTUNG-ESBJERG-2026", ["mou"], [PINGTUNG, ESBJERG], "2026-05-12", ["Pingtung", None], ["fw03"]),
]

COMMITMENTS = [
    commitment("C-CHIAYI-NZ-2050", CHIAYI, "carbon_neutrality", 2050, ["lv02"]),
    commitment("C-CHIAYI-30-2030", CHIAYI, "emissions_reduction", 2030, ["lv02"], base_year=2005,
               reduction_pct_min=30, reduction_pct_max=30),
    commitment("C-FET-RE-2040", FET, "renewable_share", 2040, ["lv03"]),
    commitment("C-FET-RE-2030", FET, "renewable_share", 2030, ["lv03"]),
    commitment("C-TAINAN-NZ-2050", TAINAN, "carbon_neutrality", 2050, ["tn02", "tn02en"]),
    commitment("C-TAINAN-28-2030", TAINAN, "emissions_reduction", 2030, ["tn02", "tn02en"], base_year=2005,
               reduction_pct_min=28, reduction_pct_max=28),
    commitment("C-UMC-RE-2050", UMC, "renewable_share", 2050, ["fw01"]),
    commitment("C-UMC-RE-2030", UMC, "renewable_share", 2030, ["fw01"]),
    commitment("C-UMC-NZ-2050", UMC, "carbon_neutrality", 2050, ["fw01"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (lvmd and tnpr's Chinese pages in Chinese, the others in English) and
    records."""
    doc = gold_document("Expected records for the ninety-seventh test web (tests/ninetyseventhweb.py: lvmd, tnpr, "
                        "fmwire), written by hand from the texts (tests/data/ninetyseventhweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. lv04, lv05, tn03 and fw04 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] in ("lvmd", "tnpr") and a.get("lang") != "en":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
