"""Gold records of the seventieth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the Caprock Energy Storage Forum (Lubbock, March 10-11, 2026; hp01, hosted by the association), the
中美（保定）氢能产业合作对接会 (Baoding, June 15, 2026; bd01) and the 首届中美绿色供热合作论坛 (Huangshi, September 22-23,
2026; bd03). A signing ceremony is no event (hp02, bd02). A program under whose auspices a signing was made (hp03) is
no event either.

Agreements hold exactly their parties: never a witness (a lieutenant governor, a party secretary, a vice mayor, a
consul, 市委书记, the other city's mayor who witnessed), an attendee (representatives of a league, a chamber, a
department; 出席签约仪式), a host, co-organiser or sponsor (the association, its chapter, a foreign affairs office, a
foundation, 主办/承办/协办 bodies, 国家能源局), a moderator (主持), or the program of the auspices. The signers who
"代表双方签约" stand for their bodies: those bodies are the parties (bd01: 保定市投资促进局 and 蓝岭氢能公司; bd02: the
two cities). Unknown Chinese company names stay in Chinese.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, event, gold_document

LUBBOCK = ["Lubbock", "City of Lubbock"]
WUZHOU = ["Wuzhou", "Wuzhou Municipal People's Government", "梧州", "梧州市", "梧州市人民政府"]
CUYAHOGA = ["Cuyahoga Thermal Systems"]
MINJIANG = ["Zhangzhou Minjiang Heat Pump Co., Ltd.", "Zhangzhou Minjiang Heat Pump Co.", "Zhangzhou Minjiang Heat Pump",
            "Zhangzhou Minjiang Heat Pump Co. Ltd."]
AKRON = ["Akron", "City of Akron"]
ZHANGZHOU = ["Zhangzhou", "Zhangzhou Municipal People's Government", "漳州", "漳州市", "漳州市人民政府"]
RAPID_CITY = ["Rapid City", "City of Rapid City"]
TAIAN = ["Tai'an", "Taian", "泰安", "泰安市"]
BAODING = ["Baoding", "保定", "保定市", "保定市人民政府", "Baoding Municipal People's Government"]
AMARILLO = ["Amarillo", "City of Amarillo", "阿马里洛", "阿马里洛市", "阿马里洛市政府"]
BD_IPB = ["保定市投资促进局", "Baoding Investment Promotion Bureau", "Baoding Municipal Investment Promotion Bureau"]
LANLING = ["蓝岭氢能公司", "美国蓝岭氢能公司"]
PUTIAN = ["Putian", "莆田", "莆田市", "莆田市人民政府"]
YAKIMA = ["Yakima", "City of Yakima", "亚基马", "亚基马市"]
HUANGSHI = ["Huangshi", "黄石", "黄石市", "黄石市人民政府"]
CEDAR_RAPIDS = ["Cedar Rapids", "City of Cedar Rapids", "锡达拉皮兹", "锡达拉皮兹市"]
HENGTAI = ["湖北恒泰热能有限公司", "恒泰热能"]
BEIXING = ["北星热泵公司", "美国北星热泵公司"]

_H2 = "中美（保定）氢能产业合作对接会"
_HEAT = "中美绿色供热合作论坛"
EVENTS = [
    event("E-CAPROCK-2026", ["Caprock Energy Storage Forum", "the Caprock Energy Storage Forum"], "2026-03-10",
          ["2026-03-11"], "Lubbock", "US", ["hp01"]),
    event("E-BDH2-2026", [_H2, "中美(保定)氢能产业合作对接会", "中美氢能产业合作对接会", f"2026{_H2}"], "2026-06-15",
          ["2026-06-15", None], "Baoding", "CN", ["bd01"]),
    event("E-HSHEAT-2026", [_HEAT, f"首届{_HEAT}", f"第一届{_HEAT}"], "2026-09-22", ["2026-09-23"], "Huangshi", "CN",
          ["bd03"]),
]

_FORUM_DAYS = ["2026-09-22", "2026-09-23"]  # "论坛期间": either day of the forum
AGREEMENTS = [
    agreement("A-LBK-WZ-2026", ["mou"], [LUBBOCK, WUZHOU], "2026-03-11", ["Lubbock", None], ["hp01"],
              event="E-CAPROCK-2026"),
    agreement("A-CTS-MJ-2026", ["agreement"], [CUYAHOGA, MINJIANG], "2026-04-20", ["Akron", None], ["hp02"]),
    agreement("A-AKR-ZZ-2026", ["agreement", "partnership"], [AKRON, ZHANGZHOU], "2026-04-20", ["Akron", None],
              ["hp02"]),
    agreement("A-RC-TA-2026", ["partnership", "agreement"], [RAPID_CITY, TAIAN], "2026-05-06", ["Rapid City", None],
              ["hp03"]),
    agreement("A-BD-AMA-2026", ["mou"], [BAODING, AMARILLO], "2026-06-15", ["Baoding", None], ["bd01"],
              event="E-BDH2-2026"),
    agreement("A-BDIPB-LL-2026", ["agreement"], [BD_IPB, LANLING], "2026-06-15", ["Baoding", None], ["bd01"],
              event="E-BDH2-2026"),
    agreement("A-PT-YAK-2026", ["mou", "agreement"], [PUTIAN, YAKIMA], "2026-07-08", ["Putian", None], ["bd02"]),
    agreement_days("A-HS-CR-2026", ["mou"], [HUANGSHI, CEDAR_RAPIDS], _FORUM_DAYS, ["Huangshi", None], ["bd03"],
                   event="E-HSHEAT-2026"),
    agreement_days("A-HT-BX-2026", ["agreement"], [HENGTAI, BEIXING], _FORUM_DAYS, ["Huangshi", None], ["bd03"],
                   event="E-HSHEAT-2026"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventieth test web (tests/seventiethweb.py: hpta, bdzs), written "
                        "by hand from the texts (tests/data/seventiethweb/articles.py) before the extractor was run; "
                        "format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "bdzs":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
