"""Gold records of the sixty-fourth test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: Liaoning and South Dakota's memorandum signed after the meeting in Shenyang (Oct 24, 2024), South Dakota
and Jinzhou's memorandum ("哈特韦尔还与锦州市签署": the governor signs for his state), the Liaoning development and
reform commission and the Maine energy office's agreement signed before the two leaders (witnesses, no parties; Jun 12),
Maine's two port memorandums with Dandong and Yingkou ("先后与丹东市、营口市签署": one per city; any day of the visit),
Qiqihar's and San Antonio's bodies' memorandum witnessed by the party secretary and the mayor (Sep 10) and the two
cities' letter of intent signed by the two mayors (Sep 10).

Optional: the 2024 Northeast Asia forum the Delaware delegation attended (named and dated: an event may be given or
not). Not records: the agreement "将在明年适时签署", the friendship memorandum "将尽快签署", the Toledo courtesy call
("适时签署"), the exchange meeting in Harbin (no day).
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, event, gold_json


def _city(en: str, zh: str, *more: str) -> list[str]:
    """A Chinese prefecture city's accepted names: English forms and its Chinese name with and without 市/人民政府."""
    return [en, f"{en} City", f"{en} Municipality", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"City of {en}", *more, zh, f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


def _state(en: str, zh: str) -> list[str]:
    """A US state's accepted names, English and Chinese (with and without 美国)."""
    return [en, f"State of {en}", f"{en} State", f"{zh}州", f"美国{zh}州", zh, f"{zh}州政府"]


LIAONING = ["Liaoning", "Liaoning Province", "Liaoning Provincial Government", "Liaoning Provincial People's Government",
            "辽宁省", "辽宁", "辽宁省人民政府", "辽宁省政府"]
SDAKOTA = _state("South Dakota", "南达科他")
MAINE = _state("Maine", "缅因")
JINZHOU = _city("Jinzhou", "锦州")
DANDONG = _city("Dandong", "丹东")
YINGKOU = _city("Yingkou", "营口")
QIQIHAR = _city("Qiqihar", "齐齐哈尔")
SANANTONIO = ["San Antonio", "City of San Antonio", "San Antonio City", "圣安东尼奥市", "美国圣安东尼奥市", "圣安东尼奥",
              "圣安东尼奥市政府"]
LNDRC = ["Liaoning Provincial Development and Reform Commission", "Liaoning Development and Reform Commission",
         "Development and Reform Commission of Liaoning Province", "辽宁省发展和改革委员会", "辽宁省发展改革委", "辽宁省发改委"]
MEEO = ["Maine Energy Office", "Maine Governor's Energy Office", "Energy Office of Maine", "缅因州能源办公室"]
QQDRC = ["Qiqihar Development and Reform Commission", "Qiqihar Municipal Development and Reform Commission",
         "齐齐哈尔市发展和改革委员会", "齐齐哈尔市发展改革委", "齐齐哈尔市发改委"]
SAOS = ["San Antonio Office of Sustainability", "Office of Sustainability of San Antonio",
        "City of San Antonio Office of Sustainability", "圣安东尼奥市可持续发展办公室"]

MOU = ["mou", "agreement", "partnership"]
AG = ["agreement", "partnership", "mou"]
VISIT_DAYS = ["2024-06-11", "2024-06-12", "2024-06-13", None]

EVENTS = [
    event("E-NEA-2024", ["2024东北亚绿色低碳发展论坛", "东北亚绿色低碳发展论坛",
                         "2024 Northeast Asia Green and Low-Carbon Development Forum",
                         "Northeast Asia Green and Low-Carbon Development Forum"],
          "2024-09-19", ["2024-09-19", None], "Shenyang", "CN", ["ln03"], optional=True),
]

AGREEMENTS = [
    agreement("A-LN-SD-2024", ["mou"], [LIAONING, SDAKOTA], "2024-10-24", ["Shenyang", None], ["ln01"]),
    agreement("A-SD-JZ-2024", ["mou"], [SDAKOTA, JINZHOU], "2024-10-24", ["Shenyang", "Jinzhou", None], ["ln01"]),
    agreement("A-LNDRC-MEEO-2024", AG, [LNDRC, MEEO], "2024-06-12", ["Shenyang", None], ["ln02"]),
    agreement_days("A-ME-DD-2024", ["mou"], [MAINE, DANDONG], VISIT_DAYS, ["Dandong", "Shenyang", None], ["ln02"]),
    agreement_days("A-ME-YK-2024", ["mou"], [MAINE, YINGKOU], VISIT_DAYS, ["Yingkou", "Shenyang", None], ["ln02"]),
    agreement("A-QQDRC-SAOS-2024", ["mou"], [QQDRC, SAOS], "2024-09-10", ["Qiqihar", None], ["qq01"]),
    agreement("A-QQ-SA-2024", MOU, [QIQIHAR, SANANTONIO], "2024-09-10", ["Qiqihar", None], ["qq01"]),
]
for _a in AGREEMENTS:  # no signing here is at a named event: an event may be given or not, only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

ABOUT = ("Expected records for the sixty-fourth test web (tests/sixtyfourthweb.py: lnfao, qqhr), written by hand from "
         "the texts (tests/data/sixtyfourthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. ln03 and qq02 hold no agreement; there is no commitment in this web.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, [])
