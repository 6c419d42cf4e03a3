"""Gold records of the sixty-first test web, written from the texts of articles.py before the extractor was run on them.

Only what was concluded is a record (shared/spec/RECORDS.md: an agreement is a signed instrument, a commitment a
target an actor holds). No record: a signing postponed (推迟签署, 暂缓签署), a draft (草案), "agreed in principle"
(原则上同意), "expected to sign", "will sign next month" (有望签署, 拟签署, 将于…签署), "did not sign", "failed to reach
an agreement" (未能签署), an MOU "which was never signed". An ENDING (withdrew from, suspended, terminated, expired;
退出, 终止, 到期) is no new record: the instrument stays where a page reports its signing (the Burlington-Rizhao MOU of
vt01, suspended in vt03: vt03 is optional evidence), and one recalled with its signing year only is an optional record
(the development webs' practice: Montpelier-Meizhou 2019, Vermont-Quzhou 2015, 揭阳-梅州 2021, 揭阳-韶关 2018); one
ended whose signing no page reports (揭阳-汕尾) is none. A target dropped is no commitment ("drop its 2030 net-zero
target", 放弃2030年实现碳达峰的目标); the weaker one set in its place is (Montpelier 50% below 2018 by 2035, 揭阳 peak by
2032). Yulin, a name two cities bear, is also accepted with its province (陕西省榆林市, the text's own form:
added after the first run, a real gold error). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, recalled_agreement as _recalled


def _city(en: str, zh: str, *more: str) -> list[str]:
    return [en, f"{en} City", f"City of {en}", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"People's Government of {en}", *more, zh, f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


BURLINGTON = _city("Burlington", "伯灵顿", "Burlington, Vermont")
RIZHAO, SHANWEI = _city("Rizhao", "日照"), _city("Shanwei", "汕尾")
YULIN = _city("Yulin", "榆林", "陕西省榆林市", "Yulin, Shaanxi")
MONTPELIER = _city("Montpelier", "蒙彼利埃", "Montpelier, Vermont")
MEIZHOU, QUZHOU, JIEYANG = _city("Meizhou", "梅州"), _city("Quzhou", "衢州"), _city("Jieyang", "揭阳")
SHAOGUAN, DONGYING = _city("Shaoguan", "韶关"), _city("Dongying", "东营")
VERMONT = ["Vermont", "State of Vermont", "Vermont State Government", "佛蒙特州", "佛蒙特"]
NEW_BRUNSWICK = ["New Brunswick", "Province of New Brunswick", "Government of New Brunswick", "新不伦瑞克省",
                 "新不伦瑞克"]
MAUI = ["Maui County", "County of Maui", "Maui", "毛伊县", "毛伊县政府", "夏威夷州毛伊县"]

AGREEMENTS = [
    _ag("A-BTV-RZ-2024", ["mou"], [BURLINGTON, RIZHAO], "2024-04-16", ["Burlington"], ["vt01"],
        evidence_optional=["vt03"]),
    _ag("A-VT-NB-2024", ["mou"], [VERMONT, NEW_BRUNSWICK], "2024-07-05", ["Montpelier"], ["vt02"]),
    _ag("A-DY-MAUI-2024", ["mou"], [DONGYING, MAUI], "2024-03-12", ["Dongying"], ["ny01"]),
    _ag("A-YL-QZ-2024", ["agreement"], [YULIN, QUZHOU], "2024-06-19", ["Yulin"], ["ny02"]),
    # endings of instruments whose signing no page reports, recalled with their year: optional
    _recalled("A-MPL-MZ-2019", ["agreement", "partnership"], [MONTPELIER, MEIZHOU], "2019", "vt03"),
    _recalled("A-VT-QZ-2015", ["mou"], [VERMONT, QUZHOU], "2015", "vt03"),
    _recalled("A-JY-MZ-2021", ["agreement"], [JIEYANG, MEIZHOU], "2021", "ny03"),
    _recalled("A-JY-SG-2018", ["mou"], [JIEYANG, SHAOGUAN], "2018", "ny03"),
]

COMMITMENTS = [
    _cm("C-BTV-NZ-2030", BURLINGTON, "carbon_neutrality", 2030, ["vt01"]),
    _cm("C-VT-40-2030", VERMONT, "emissions_reduction", 2030, ["vt02"], base_year=1990, reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-MPL-50-2035", MONTPELIER, "emissions_reduction", 2035, ["vt03"], base_year=2018, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-DY-PEAK-2028", DONGYING, "emissions_peak", 2028, ["ny01"]),
    _cm("C-QZ-RE-2030", QUZHOU, "renewable_share", 2030, ["ny02"], share_pct=60),
    _cm("C-JY-PEAK-2032", JIEYANG, "emissions_peak", 2032, ["ny03"]),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    del _c["event"]

ABOUT = ("Expected records for the sixty-first test web (tests/sixtyfirstweb.py: vtledger, nyzx; what concludes "
         "nothing: negated, modal and ended agreements and pledges), written by hand from the texts "
         "(tests/data/sixtyfirstweb/articles.py) before the extractor was run; format of shared/gold/seeds.json.")
LANGUAGE = {"vtledger": "en", "nyzx": "zh"}


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language of its site, text checks) and records."""
    arts = {a["id"]: {"fingerprint": a["fingerprint"], "language": LANGUAGE[a["site"]], "published_on": a["date"],
                      "must_contain": a["must_contain"], "must_not_contain": traps[a["site"]] + chrome[a["site"]]}
            for a in articles}
    return {"about": ABOUT, "articles": arts, "events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS}
