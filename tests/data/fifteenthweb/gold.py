"""Gold records of the fifteenth test web, written from the texts of articles.py before the extractor was run on them.

Events are the gatherings the stories report as where something was signed; start_on is the first day, city where
it was held. One gathering reported in two languages (the Seattle forum in e03 and z01, COP22 in e02 and z02) is ONE
row, and so is its signing. Negatives: e04 and z04 hold no record (a press conference, a webinar, a state assembly,
a sports conference, an annual meeting and a summit to come, a summit of 2019 or 2015 recalled, a 会见/会谈, the
全国人民代表大会, a trade fair); so are the earlier editions the positive stories recall (Seoul 2015, Salt Lake City
2011, Beijing 2013) and the CEM to be held in Chile next year. Chrome headlines are traps.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

# the record builders of the seventh web's gold (one format for every web)
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
_ev, _ag = _seventh._ev, _seventh._ag

MONTREAL = ["Montréal", "Montreal", "City of Montréal", "City of Montreal", "Ville de Montréal", "蒙特利尔", "蒙特利尔市"]
PARIS = ["Paris", "City of Paris", "Ville de Paris", "巴黎", "巴黎市"]
CALIFORNIA = ["California", "State of California", "加利福尼亚州", "加州", "美国加利福尼亚州", "加州政府"]
JIANGSU = ["Jiangsu", "Jiangsu Province", "江苏省", "江苏", "Jiangsu Provincial Government", "江苏省人民政府"]
WASHINGTON = ["Washington", "Washington State", "State of Washington", "华盛顿州", "美国华盛顿州"]
SICHUAN = ["Sichuan", "Sichuan Province", "四川省", "四川", "Sichuan Provincial Government", "四川省人民政府"]
NEA = ["National Energy Administration", "NEA", "国家能源局", "中国国家能源局", "China National Energy Administration"]
NRCAN = ["Natural Resources Canada", "NRCan", "Ministry of Natural Resources of Canada", "加拿大自然资源部",
         "Department of Natural Resources Canada", "Canada Ministry of Natural Resources"]

ICLEI = ["ICLEI World Congress 2018", "ICLEI World Congress", "2018 ICLEI World Congress", "ICLEI世界大会",
         "2018年ICLEI世界大会"]
COP22 = ["COP22", "COP 22", "22nd Conference of the Parties", "2016 United Nations Climate Change Conference",
         "UN Climate Change Conference COP22", "Marrakech Climate Change Conference", "22nd UN Climate Change Conference",
         "第22届联合国气候变化大会", "第二十二届联合国气候变化大会", "马拉喀什气候大会", "联合国气候变化马拉喀什大会"]
GOVERNORS = ["Third U.S.-China Governors Forum", "U.S.-China Governors Forum", "US-China Governors Forum",
             "China-U.S. Governors Forum", "Third China-U.S. Governors Forum", "3rd U.S.-China Governors Forum",
             "第三届中美省州长论坛", "中美省州长论坛"]
CEM10 = ["Clean Energy Ministerial", "CEM10", "10th Clean Energy Ministerial", "Tenth Clean Energy Ministerial",
         "第十届清洁能源部长级会议", "清洁能源部长级会议",
         "第十届清洁能源部长级会议暨第四届创新使命部长级会议"]

EVENTS = [
    _ev("E-ICLEI-2018", ICLEI, "2018-06-19", [None, "2018-06-22"], "Montréal", "CA", ["e01"]),
    # the UN conference's first day is the text's (e02's "opened on November 7", z02's 11月7日开幕); NULL is not wrong
    _ev("E-COP22", COP22, "2016-11-07", [None, "2016-11-18"], "Marrakesh", "MA", ["e02", "z02"]),
    _ev("E-GOV3", GOVERNORS, "2015-09-22", [None, "2015-09-22"], "Seattle", "US", ["e03", "z01"]),
    _ev("E-CEM10", CEM10, "2019-05-27", [None, "2019-05-29"], "Vancouver", "CA", ["z03"]),
]
for _e in EVENTS[1:2]:
    _e["start_on"]["accept"].insert(0, None)
AGREEMENTS = [
    _ag("A-MTL-PAR", ["mou"], [MONTREAL, PARIS], "2018-06-20", ["Montréal", None], ["e01"], event="E-ICLEI-2018"),
    _ag("A-CA-JS", ["mou"], [CALIFORNIA, JIANGSU], "2016-11-15", ["Marrakesh", None], ["e02", "z02"],
        event="E-COP22"),
    _ag("A-WA-SC", ["mou"], [WASHINGTON, SICHUAN], "2015-09-22", ["Seattle", None], ["e03", "z01"],
        event="E-GOV3"),
    _ag("A-NEA-NRCAN", ["mou"], [NEA, NRCAN], None, ["Vancouver", None], ["z03"], event="E-CEM10"),
]
AGREEMENTS[-1]["signed_on"]["accept"] = [None, "2019-05"]
COMMITMENTS: list = []


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    arts = {}
    for a in articles:
        arts[a["id"]] = {"fingerprint": a["fingerprint"], "language": "en" if a["site"] == "citynet" else "zh",
                         "published_on": a["date"], "must_contain": a["must_contain"],
                         "must_not_contain": traps[a["site"]] + chrome[a["site"]]}
    return {"about": "Expected records for the fifteenth test web (tests/fifteenthweb.py: citynet, lvse), written by "
                     "hand from the texts (tests/data/fifteenthweb/articles.py) before the extractor was run; format "
                     "of shared/gold/seeds.json. e04 and z04 hold no record.",
            "articles": arts, "events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS}
