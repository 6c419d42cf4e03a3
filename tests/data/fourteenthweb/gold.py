"""Gold records of the fourteenth test web, written from the texts of articles.py before the extractor was run on them.

Each fact is told two to four times; each must be ONE row. Parties list every acceptable name of each side; a
Chinese name no table renders may stay as written, never pinyin. The Sunnylands statement was released on 14
November in Washington and is dated the 15th from Beijing: either day. The Shanghai statement (17 April 2021) is
named by two pages only as "in April 2021" / "2021年4月" beside Sunnylands: it is another row, never Sunnylands'.
The 2018 emissions-trading memorandum (the Commission and the ministry, the same day as the leaders' statement) and
the 2015 joint statement (the same two sides three years before) are rows of their own, as is the Glasgow
declaration of 2021 (a joint declaration in English, 聯合宣言 in Chinese). The U.S. pledge is 50 to 52 percent; w04's
"at least 50 percent" restates it. The governors sign for
California and Sichuan. The 20th EU-China Summit is the one gathering named. Chrome headlines are traps.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

# the record builders of the seventh web's gold (one format for every web)
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
_ag, _cm, _ev = _seventh._ag, _seventh._cm, _seventh._ev

USA = ["United States", "United States of America", "US", "U.S.", "USA", "美国", "美國"]
CHINA = ["China", "People's Republic of China", "中国", "中國", "中华人民共和国"]
EU = ["European Union", "EU", "欧盟", "歐盟"]
COMMISSION = ["European Commission", "欧盟委员会", "歐盟委員會"] + EU
MEE = ["Ministry of Ecology and Environment", "China's Ministry of Ecology and Environment", "生态环境部",
       "中国生态环境部", "中华人民共和国生态环境部"] + CHINA
CALIFORNIA = ["California", "State of California", "加利福尼亚州", "加州", "美国加州", "美国加利福尼亚州",
              "加利福尼亚州政府", "美国加利福尼亚州政府", "加州政府", "美國加州"]
SICHUAN = ["Sichuan", "Sichuan Province", "Sichuan Provincial Government", "Sichuan Provincial People's Government",
           "四川省", "四川", "四川省人民政府", "四川省政府"]

SUMMIT = ["20th EU-China Summit", "EU-China Summit", "20th China-EU Summit", "China-EU Summit",
          "第二十次中国－欧盟领导人会晤", "第二十次中国-欧盟领导人会晤", "中国－欧盟领导人会晤", "中欧领导人会晤"]
EVENTS = [
    _ev("E-EUCN-2018", SUMMIT, "2018-07-16", [None, "2018-07-16"], "Beijing", "CN", ["w02", "p02"]),
]
AGREEMENTS = [
    _ag("A-SUNNY-2023", ["joint_statement", "declaration"], [USA, CHINA], "2023-11-14", ["Washington", None],
        ["w01", "p01", "c01"]),
    _ag("A-SH-2021", ["joint_statement", "declaration"], [USA, CHINA], "2021-04-17", ["Shanghai", None], ["c03"]),
    _ag("A-GLASGOW-2021", ["joint_statement", "declaration"], [USA, CHINA], "2021-11-10", ["Glasgow", None],
        ["w05", "c04"]),
    _ag("A-EUCN-2018", ["joint_statement", "declaration"], [EU, CHINA], "2018-07-16", ["Beijing", None],
        ["w02", "p02"], event="E-EUCN-2018"),
    _ag("A-ETS-2018", ["mou"], [COMMISSION, MEE], "2018-07-16", ["Beijing", None], ["w02", "p02"],
        event="E-EUCN-2018"),
    _ag("A-EUCN-2015", ["joint_statement", "declaration"], [EU, CHINA], "2015-06-29", ["Brussels", None], ["p03"]),
    _ag("A-CA-SC-2017", ["mou", "agreement"], [CALIFORNIA, SICHUAN], "2017-06-05", ["Chengdu", None],
        ["w03", "p04", "c02"]),
]
AGREEMENTS[0]["signed_on"]["accept"].append("2023-11-15")  # released on the 14th in Washington, the 15th in Beijing
AGREEMENTS[1]["signed_on"]["accept"].append("2021-04-18")  # the 17th in the U.S., the 18th in Beijing
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-US-2030", USA, "emissions_reduction", 2030, ["w01", "p01", "w04"], base_year=2005, reduction_pct_min=50,
        reduction_pct_max=52),
    _cm("C-EU-2030", EU, "emissions_reduction", 2030, ["w02", "p02"], base_year=1990, reduction_pct_min=40),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    arts = {}
    for a in articles:
        arts[a["id"]] = {"fingerprint": a["fingerprint"], "language": "en" if a["site"] == "wire" else "zh",
                         "published_on": a["date"], "must_contain": a["must_contain"],
                         "must_not_contain": traps[a["site"]] + chrome[a["site"]]}
    return {"about": "Expected records for the fourteenth test web (tests/fourteenthweb.py: wire, people, cna), "
                     "written by hand from the texts (tests/data/fourteenthweb/articles.py) before the extractor was "
                     "run; format of shared/gold/seeds.json. Every fact is told several times: one row each.",
            "articles": arts, "events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS}
