"""Gold records of the fifty-seventh test web, written from the texts of articles.py before the extractor was run on them.

One record a page: three agreements (a memorandum of two cities, signed in the first one named; two Chinese city
agreements, signed in the city the text names) and three pledges (a city commission's emissions cut against a base
year, a council's renewable electricity goal, a Chinese city's peak year). No event: a 推进会 and a council vote are
none. The published day is the page's own date: "2026.11.03"; "03/11/2026" is settled by the URL's /2026/1103/ (day
and month are never guessed from the order); the JSON blob's datePublished / publishedAt.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document


def _city(en: str, *more: str) -> list[str]:
    """A US city's accepted names."""
    return [en, f"City of {en}", f"{en} City", f"{en} City Council", f"{en} City Commission", f"{en} Municipal Government",
            *more]


def _zh_city(en: str, zh: str) -> list[str]:
    """A Chinese city's accepted names: English forms and its Chinese name with and without 市."""
    return [en, f"{en} Municipality", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"{en} City", f"City of {en}", zh, f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


CHATTANOOGA = _city("Chattanooga", "Chattanooga, Tennessee")
DAYTON = _city("Dayton", "Dayton, Ohio")
FORT_COLLINS = _city("Fort Collins", "Fort Collins, Colorado", "Fort Collins Utilities")
YICHANG = _zh_city("Yichang", "宜昌")
XIANGYANG = _zh_city("Xiangyang", "襄阳")
MIANYANG = _zh_city("Mianyang", "绵阳")
SHIYAN = _zh_city("Shiyan", "十堰")
DEYANG = _zh_city("Deyang", "德阳")
NANCHONG = _zh_city("Nanchong", "南充")

AGREEMENTS = [
    _ag("A-CHA-YC-2026", ["mou"], [CHATTANOOGA, YICHANG], "2026-10-14", ["Chattanooga"], ["rl01"]),
    _ag("A-XY-MY-2026", ["agreement"], [XIANGYANG, MIANYANG], "2026-11-02", ["Xiangyang"],
        ["eb01"]),
    _ag("A-DY-NC-2026", ["agreement"], [DEYANG, NANCHONG], "2026-10-28", ["Deyang"], ["eb03"]),
]
COMMITMENTS = [
    _cm("C-DAYTON-50-2035", DAYTON, "emissions_reduction", 2035, ["rl02"], base_year=2018, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-FC-RE-2030", FORT_COLLINS, "renewable_share", 2030, ["rl03"], share_pct=100),
    _cm("C-SY-PEAK-2028", SHIYAN, "emissions_peak", 2028, ["eb02"]),
]
for _c in COMMITMENTS:  # a pledge told at no gathering: the event may be given or not
    _c.pop("event", None)

ABOUT = ("Expected records for the fifty-seventh test web (tests/fiftyseventhweb.py: riverline, exbei), written by hand "
         "from the texts (tests/data/fiftyseventhweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language per site, text checks) and records."""
    doc = gold_document(ABOUT, "en", articles, traps, chrome, {"events": [], "agreements": AGREEMENTS,
                                                               "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "exbei":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
