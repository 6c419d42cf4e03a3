"""Gold records of the fifty-eighth test web, written from the texts of articles.py before the extractor was run on them.

One agreement per instrument and counterpart (shared/spec/RECORDS.md, devweb-a/b): "A signed MOUs with B and C
respectively" is two MOUs (A-B, A-C); "A and B each signed agreements with C" is two (A-C, B-C); "X signed three
agreements: with A ..., with B ..., and with C ..." is three; "A, B and C put their signatures to a joint statement" is
one joint statement of three parties. Passives and nominalisations ("was signed between", "the signing of ... between",
"the signature of the accord by", "A's agreement with B, signed Tuesday", "the pact, inked by") are signings that day;
an accord and a pact are agreements; "renewed its partnership" is a partnership signed that day ("at the same meeting":
the meeting's day, or none). "signed Tuesday" in an article of Thursday 2024-07-11 is 2024-07-09. The 2015 MOU recalled
in a relative clause (tc02) is an optional record (year only). No record: hopes to sign, talks on an MOU, an MOU
expected to be signed, a letter urging. The network's spring assembly and climate week are optional events (their
results are reported, but the text names them only through "the network").
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _ag_days, event as _event, gold_document
from webbuild import recalled_agreement as _recalled


def _city(en: str, zh: str) -> list[str]:
    return [en, f"{en} City", f"City of {en}", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"People's Government of {en}", f"{en} City Government", zh, f"{zh}市", f"{zh}市人民政府"]


def _uni(en: str, zh: str, *short: str) -> list[str]:
    return [en, zh, *short]


FRESNO, EL_PASO, LEXINGTON = _city("Fresno", "弗雷斯诺"), _city("El Paso", "埃尔帕索"), _city("Lexington", "列克星敦")
ANCHORAGE, PORTO_ALEGRE = _city("Anchorage", "安克雷奇"), _city("Porto Alegre", "阿雷格里港")
GUILIN, ZHANJIANG, YICHANG = _city("Guilin", "桂林"), _city("Zhanjiang", "湛江"), _city("Yichang", "宜昌")
JINGZHOU, ZIGONG, KAIFENG = _city("Jingzhou", "荆州"), _city("Zigong", "自贡"), _city("Kaifeng", "开封")
LIANYUNGANG = _city("Lianyungang", "连云港")
CLEMSON = _uni("Clemson University", "克莱姆森大学", "Clemson")
CQU = _uni("Chongqing University", "重庆大学")
SCU = _uni("Sichuan University", "四川大学")
XMU = _uni("Xiamen University", "厦门大学")
TULANE = _uni("Tulane University", "杜兰大学", "Tulane")
DUT = _uni("Dalian University of Technology", "大连理工大学", "DUT")
HIT = _uni("Harbin Institute of Technology", "哈尔滨工业大学", "HIT")
ASU = _uni("Arizona State University", "亚利桑那州立大学", "ASU")
OSU = _uni("Oregon State University", "俄勒冈州立大学")
LZU = _uni("Lanzhou University", "兰州大学")

AGREEMENTS = [
    _ag("A-FRESNO-GUILIN-2024", ["mou"], [FRESNO, GUILIN], "2024-03-12", ["Guilin"], ["tc01"]),
    _ag("A-FRESNO-ZHANJIANG-2024", ["mou"], [FRESNO, ZHANJIANG], "2024-03-12", ["Guilin"], ["tc01"]),
    _ag("A-ELPASO-YICHANG-2024", ["agreement"], [EL_PASO, YICHANG], "2024-05-21", ["Yichang"], ["tc02"]),
    _ag("A-LEXINGTON-YICHANG-2024", ["agreement"], [LEXINGTON, YICHANG], "2024-05-21", ["Yichang"], ["tc02"]),
    _ag_days("A-JINGZHOU-PORTOALEGRE-2024", ["mou"], [JINGZHOU, PORTO_ALEGRE], ["2024-05-21", None],
             ["Yichang", None], ["tc02"]),
    _recalled("A-ANCHORAGE-LIANYUNGANG-2015", ["mou"], [ANCHORAGE, LIANYUNGANG], "2015", "tc02"),
    _ag("A-ANCHORAGE-ZIGONG-2024", ["mou"], [ANCHORAGE, ZIGONG], "2024-09-10", ["Anchorage"], ["tc03"]),
    _ag("A-KAIFENG-ELPASO-2024", ["agreement"], [KAIFENG, EL_PASO], "2024-09-12", ["Anchorage"], ["tc03"]),
    _ag("A-CLEMSON-CQU-2024", ["agreement"], [CLEMSON, CQU], "2024-04-15", ["Chongqing"], ["rl01"]),
    _ag("A-CLEMSON-SCU-2024", ["agreement"], [CLEMSON, SCU], "2024-04-15", ["Chongqing"], ["rl01"]),
    _ag("A-CLEMSON-XMU-2024", ["agreement"], [CLEMSON, XMU], "2024-04-15", ["Chongqing"], ["rl01"]),
    _ag("A-TULANE-DUT-2024", ["agreement"], [TULANE, DUT], "2024-07-08", ["New Orleans"], ["rl02"]),
    _ag("A-TULANE-HIT-2024", ["agreement"], [TULANE, HIT], "2024-07-09", ["New Orleans"], ["rl02"]),
    _ag("A-ASU-OSU-HIT-JS-2024", ["joint_statement"], [ASU, OSU, HIT], "2024-10-14", ["Tempe"], ["rl03"]),
    _ag("A-OSU-LZU-2024", ["agreement"], [OSU, LZU], "2024-10-14", ["Tempe"], ["rl03"]),
    _ag_days("A-ASU-CQU-PARTNER-2024", ["partnership"], [ASU, CQU], ["2024-10-14", None], ["Tempe", None], ["rl03"]),
]

for _a in AGREEMENTS[2:8]:  # signed at a network gathering (an optional event): linked to it or not, both are right
    _a.pop("event")

# The network's gatherings whose results the blog reports: optional (the text names them only as "the network's spring
# assembly" and "the network's climate week").
EVENTS = [
    _event("E-TCCC-SPRING-2024", ["Two Coasts Climate Cities Spring Assembly", "Spring Assembly", "spring assembly"],
           "2024-05-21", ["2024-05-21", None], "Yichang", "CN", ["tc02"], optional=True),
    _event("E-TCCC-WEEK-2024", ["Two Coasts Climate Cities Climate Week", "Anchorage Climate Week", "Climate Week",
                                "climate week"], "2024-09-10", ["2024-09-12", None], "Anchorage", "US", ["tc03"],
           optional=True),
]

ABOUT = ("Expected records for the fifty-eighth test web (tests/fiftyeighthweb.py: tcnet, rilab; agreement clauses "
         "told with coordination, passives and nominalisations), written by hand from the texts "
         "(tests/data/fiftyeighthweb/articles.py) before the extractor was run; format of shared/gold/seeds.json.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language en, text checks) and records."""
    return gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": []})
