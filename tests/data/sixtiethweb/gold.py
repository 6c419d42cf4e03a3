"""Gold records of the sixtieth test web, written from the texts of articles.py before the extractor was run on them.

Each record is tied to its own item of a digest page: the item's own dateline, date and place; nothing reaches the next
item. An item with no signing and no pledge (Fargo studying a partnership, Billings' council, Tallahassee hoping to sign
"a similar agreement", 常德's charging posts, 泰州's MOU to be signed next month, 鹰潭's meeting) makes no record. A
sister-city climate agreement is an agreement; 合作协议 an agreement, 合作备忘录 an MOU. A place the item does not name
is no city (None); dh02's 【岳阳】 header is the item's dateline, so Yueyang or none. Carbon intensity down 25% from
2020 by 2030 is an emissions_reduction (the fifth web's practice).
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document


def _city(en: str, zh: str) -> list[str]:
    return [en, f"{en} City", f"City of {en}", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"People's Government of {en}", f"{en} City Government", zh, f"{zh}市", f"{zh}市人民政府"]


MISSOULA, TOPEKA, CHEYENNE = _city("Missoula", "米苏拉"), _city("Topeka", "托皮卡"), _city("Cheyenne", "夏延")
LANSING, PUEBLO, ITHACA = _city("Lansing", "兰辛"), _city("Pueblo", "普韦布洛"), _city("Ithaca", "伊萨卡")
BOZEMAN, TALLAHASSEE = _city("Bozeman", "博兹曼"), _city("Tallahassee", "塔拉赫西")
LINCOLN, BILLINGS = _city("Lincoln", "林肯"), _city("Billings", "比林斯")
YANCHENG, RIZHAO, QUZHOU = _city("Yancheng", "盐城"), _city("Rizhao", "日照"), _city("Quzhou", "衢州")
YUEYANG, CHANGDE = _city("Yueyang", "岳阳"), _city("Changde", "常德")
YIYANG, NANPING = _city("Yiyang", "益阳"), _city("Nanping", "南平")

AGREEMENTS = [
    _ag("A-MISSOULA-YANCHENG-2024", ["mou"], [MISSOULA, YANCHENG], "2024-04-15", ["Missoula"], ["pp01"]),
    _ag("A-CHEYENNE-RIZHAO-2024", ["agreement"], [CHEYENNE, RIZHAO], "2024-04-18", ["Rizhao"], ["pp01"]),
    _ag("A-LANSING-QUZHOU-2024", ["agreement"], [LANSING, QUZHOU], "2024-06-10", ["Lansing"], ["pp02"]),
    _ag("A-PUEBLO-YUEYANG-2024", ["mou"], [PUEBLO, YUEYANG], "2024-06-12", ["Yueyang"], ["pp02"]),
    _ag("A-BOZEMAN-CHANGDE-2024", ["agreement"], [BOZEMAN, CHANGDE], "2024-09-17", [None], ["pp03"]),
    _ag("A-YANCHENG-TALLAHASSEE-2024", ["mou"], [YANCHENG, TALLAHASSEE], "2024-05-06", ["Yancheng"], ["dh01"]),
    _ag("A-YUEYANG-LINCOLN-2024", ["agreement"], [YUEYANG, LINCOLN], "2024-07-01", ["Yueyang", None], ["dh02"]),
    _ag("A-BILLINGS-YIYANG-2024", ["mou"], [BILLINGS, YIYANG], "2024-10-14", ["Yiyang"], ["dh03"]),
    _ag("A-NANPING-ITHACA-2024", ["agreement"], [NANPING, ITHACA], "2024-10-15", [None], ["dh03"]),
]

COMMITMENTS = [
    _cm("C-TOPEKA-NEUTRAL-2045", TOPEKA, "carbon_neutrality", 2045, ["pp01"]),
    _cm("C-ITHACA-60-2035", ITHACA, "emissions_reduction", 2035, ["pp03"], base_year=2010, reduction_pct_min=60),
    _cm("C-RIZHAO-PEAK-2028", RIZHAO, "emissions_peak", 2028, ["dh01"]),
    _cm("C-QUZHOU-CI-2030", QUZHOU, "emissions_reduction", 2030, ["dh02"], base_year=2020, reduction_pct_min=25),
]

ABOUT = ("Expected records for the sixtieth test web (tests/sixtiethweb.py: pplex, dhnet; digest and roundup pages "
         "of several short items, English and Chinese), written by hand from the texts "
         "(tests/data/sixtiethweb/articles.py) before the extractor was run; format of shared/gold/seeds.json.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language per site, text checks) and records."""
    doc = gold_document(ABOUT, "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "dhnet":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
