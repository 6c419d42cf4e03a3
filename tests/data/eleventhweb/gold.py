"""Gold records of the eleventh test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a Chinese name no table renders may stay as written, never pinyin.
Negatives: g02 (a statistics communiqué: a share of 2020, capacity 到2020年底, a five-year cut 超额完成 — results, no
pledge), n01's 双方将在…开展交流与合作 (what the memorandum covers, no second instrument), n02's 规划年生产50万辆 (a
factory's capacity, no pledge). Energy intensity (能耗…下降14%) is no emissions cut: `other` is accepted, not required.
"单位地区生产总值二氧化碳排放下降确保完成国家下达目标" states no figure: no row. The governor and the vice chairman sign
for California and the NDRC. Chrome headlines are traps.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from webbuild import gold_json

# the record builders of the seventh web's gold (one format for every web)
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
_ag, _cm = _seventh._ag, _seventh._cm

BEIJING = ["Beijing", "Beijing Municipality", "Beijing Municipal People's Government", "北京市", "北京",
           "北京市人民政府"]
SHANGHAI = ["Shanghai", "Shanghai Municipality", "Shanghai Municipal People's Government", "上海市", "上海",
            "上海市人民政府", "上海市政府"]
CALIFORNIA = ["California", "State of California", "加利福尼亚州", "加州", "美国加利福尼亚州", "加州政府",
              "美国加利福尼亚州政府"]
NDRC = ["National Development and Reform Commission", "NDRC", "国家发展改革委", "国家发展和改革委员会", "国家发改委",
        "中国国家发展和改革委员会"]
TESLA = ["Tesla", "Tesla Inc.", "Tesla, Inc.", "特斯拉", "特斯拉公司", "美国特斯拉公司"]

EVENTS: list = []
AGREEMENTS = [
    _ag("A-CA-NDRC", ["mou"], [CALIFORNIA, NDRC], "2013-09-13", ["Sacramento"], ["n01"]),
    _ag("A-SH-TSLA", ["mou"], [SHANGHAI, TESLA], "2018-07-10", ["Shanghai", None], ["n02"]),
]
for _a in AGREEMENTS:
    del _a["event"]
COMMITMENTS = [
    _cm("C-BJ-RE2025", BEIJING, "renewable_share", 2025, ["g01", "n03"], share_pct=14.4),
    _cm("C-BJ-RE2030", BEIJING, "renewable_share", 2030, ["g01", "n03"], share_pct=25),
    _cm("C-BJ-PEAK", BEIJING, "emissions_peak", 2030, ["g01", "n03"]),
    _cm("C-BJ-EI2025", BEIJING, "other", 2025, [], optional=True),  # energy intensity: no type holds it
]


ABOUT = ("Expected records for the eleventh test web (tests/eleventhweb.py: gov, news), written by hand from "
         "the texts (tests/data/eleventhweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. g02 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(articles, traps, chrome, ABOUT, EVENTS, AGREEMENTS, COMMITMENTS)
