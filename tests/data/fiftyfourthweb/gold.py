"""Gold records of the fifty-fourth test web, written from the texts of articles.py before the extractor was run on them.

Parties are bodies, never people (shared/spec/RECORDS.md, devweb-a): "Governor Daniel Harrow of Indiana" signs for
Indiana, "Party Secretary Wen Qiming of Zhejiang" for Zhejiang, "his counterpart from North Dakota" for North Dakota,
"Fort Wayne Mayor Ellen Varga" for Fort Wayne. "the state's Department of Environmental Management" is Indiana's
(the state named in the sentence before); "Lishui's ecology and environment bureau" is Lishui's bureau; "the Midwestern
state and its sister province" are Indiana and Zhejiang, named in the sentence before. A renewal, a five-year extension
and an upgrade to a strategic partnership are agreements signed that day. The 2019 first signing recalled in zj02 is an
optional record (year only). No record: a governor who witnessed or attended, a possible agreement discussed (Jinhua),
a letter of support (Indiana Finance Authority), a chairman signing for a company the text does not name (zj01).
"""
from __future__ import annotations

from webbuild import agreement as _ag, gold_document, recalled_agreement as _recalled


def _province(en: str, zh: str) -> list[str]:
    return [en, f"{en} Province", f"{en} Provincial Government", f"{en} Provincial People's Government",
            f"People's Government of {en} Province", zh, f"{zh}省", f"{zh}省人民政府", f"{zh}省政府"]


def _state(en: str, zh: str) -> list[str]:
    return [en, f"State of {en}", f"{en} State Government", f"Government of {en}", f"{en} state",
            f"{en} State", zh]


def _city(en: str, zh: str) -> list[str]:
    return [en, f"{en} City", f"City of {en}", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"People's Government of {en}", f"{en} City Government", zh, f"{zh}市", f"{zh}市人民政府"]


INDIANA = _state("Indiana", "印第安纳州")
NORTH_DAKOTA = _state("North Dakota", "北达科他州")
ZHEJIANG = _province("Zhejiang", "浙江")
FORT_WAYNE = _city("Fort Wayne", "韦恩堡")
HUZHOU = _city("Huzhou", "湖州")
IDEM = ["Indiana Department of Environmental Management", "IDEM", "Department of Environmental Management",
        "Indiana's Department of Environmental Management"]
ZJ_DEE = ["Zhejiang Provincial Department of Ecology and Environment", "Zhejiang Department of Ecology and Environment",
          "Department of Ecology and Environment of Zhejiang Province", "浙江省生态环境厅"]
LISHUI_BEE = ["Lishui Municipal Bureau of Ecology and Environment", "Lishui Bureau of Ecology and Environment",
              "Lishui Ecology and Environment Bureau", "Lishui ecology and environment bureau",
              "Lishui's ecology and environment bureau", "丽水市生态环境局"]
ODEQ = ["Oklahoma Department of Environmental Quality", "ODEQ", "Oklahoma DEQ"]

AGREEMENTS = [
    _ag("A-INDIANA-ZHEJIANG-MOU-2024", ["mou"], [INDIANA, ZHEJIANG], "2024-04-09", ["Indianapolis"], ["in01"]),
    _ag("A-IDEM-ZJDEE-2024", ["agreement"], [IDEM, ZJ_DEE], "2024-06-17", ["Hangzhou"], ["in02"]),
    _ag("A-FORTWAYNE-HUZHOU-2024", ["agreement"], [FORT_WAYNE, HUZHOU], "2024-10-01", ["Indianapolis"], ["in03"]),
    _ag("A-ZHEJIANG-NDAKOTA-2024", ["mou"], [ZHEJIANG, NORTH_DAKOTA], "2024-05-21", ["Hangzhou"], ["zj01"]),
    _ag("A-LISHUI-ODEQ-2024", ["agreement"], [LISHUI_BEE, ODEQ], "2024-08-07", ["Lishui"], ["zj02"]),
    _ag("A-INDIANA-ZHEJIANG-PARTNER-2024", ["partnership", "joint_statement"], [INDIANA, ZHEJIANG], "2024-11-11",
        ["Hangzhou"], ["zj03"]),
    _recalled("A-LISHUI-ODEQ-2019", ["agreement"], [LISHUI_BEE, ODEQ], "2019", "zj02"),
]

ABOUT = ("Expected records for the fifty-fourth test web (tests/fiftyfourthweb.py: ingov, zjen; agreements whose "
         "parties are told through people, possessives and descriptions), written by hand from the texts "
         "(tests/data/fiftyfourthweb/articles.py) before the extractor was run; format of shared/gold/seeds.json.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language en, text checks) and records."""
    return gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": []})
