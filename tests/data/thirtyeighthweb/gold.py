"""Gold records of the thirty-eighth test web, written from the texts of articles.py before the extractor was run on them.

A province's or a city's target is its government's; a group's target is the group's. Two actors in one sentence with
分别于 years each pledge their own year. Events: the 第三届 forum in Nanchang (jx02: opened 8 Nov 2023 at a venue,
closed 9 Nov) where cities told targets, the 第二届 steel congress in Beijing (jn01: 16 Jun 2022, 为期两天) where groups
pledged, and the 云上 summit (jn02: online, no city and no host country). A firm's own press conference (jn03) and a
commission's press conference (jx03) are publications, not gatherings: no event (devweb gold holds no 发布会 event;
what Chalco pledged there is a commitment with no event). Negatives: results (已下降, 完成, 已达到, 已达), forecasts
(预计, 有望), plans only being drafted (正在编制, 征求意见稿: Nanchang's and Henan's), the nation's targets restated
(optional). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import commitment as _cm, event as _ev, gold_json

CHINA = ["China", "People's Republic of China", "PRC", "Chinese Government", "中国", "国家", "我国"]
JIANGXI = ["Jiangxi", "Jiangxi Province", "Jiangxi Provincial Government", "Jiangxi Provincial People's Government",
           "Government of Jiangxi Province", "江西", "江西省", "江西省人民政府", "江西省政府"]
NANCHANG = ["Nanchang", "Nanchang Municipality", "Nanchang Municipal Government", "Nanchang Municipal People's "
            "Government", "City of Nanchang", "南昌", "南昌市", "南昌市人民政府"]
GANZHOU = ["Ganzhou", "Ganzhou Municipality", "Ganzhou Municipal Government", "City of Ganzhou", "赣州", "赣州市",
           "赣州市人民政府"]
JINGDEZHEN = ["Jingdezhen", "Jingdezhen Municipality", "Jingdezhen Municipal Government", "City of Jingdezhen",
              "景德镇", "景德镇市", "景德镇市人民政府"]
SHANGRAO = ["Shangrao", "Shangrao Municipality", "Shangrao Municipal Government", "City of Shangrao", "上饶", "上饶市",
            "上饶市人民政府"]
JIUJIANG = ["Jiujiang", "Jiujiang Municipality", "Jiujiang Municipal Government", "City of Jiujiang", "九江", "九江市",
            "九江市人民政府"]
ANSTEEL = ["Ansteel", "Ansteel Group", "Ansteel Group Corporation", "Ansteel Group Co., Ltd.", "Anshan Iron and Steel",
           "鞍钢", "鞍钢集团", "鞍钢集团有限公司"]
CNBM = ["CNBM", "China National Building Material", "China National Building Material Group",
        "China National Building Material Group Co., Ltd.", "China National Building Material Company", "中国建材",
        "中国建材集团", "中国建材集团有限公司"]
CRRC = ["CRRC", "CRRC Corporation", "CRRC Corporation Limited", "CRRC Group", "China CRRC", "中国中车", "中国中车集团",
        "中国中车集团有限公司", "中车"]
TONGWEI = ["Tongwei", "Tongwei Group", "Tongwei Co., Ltd.", "Tongwei Co.", "通威", "通威集团", "通威股份"]
JASOLAR = ["JA Solar", "JA Solar Technology", "JA Solar Technology Co., Ltd.", "JA Solar Holdings", "晶澳", "晶澳科技",
           "晶澳太阳能"]
CHALCO = ["Chinalco", "Aluminum Corporation of China", "Aluminum Corporation of China Limited", "Chalco",
          "China Aluminum Group", "Chinalco Group", "中国铝业", "中国铝业集团", "中国铝业集团有限公司", "中铝", "中铝集团"]

FORUM = ["2023 3rd Middle Yangtze River Urban Agglomeration Green and Low-Carbon Development Forum",
         "3rd Middle Yangtze River Urban Agglomeration Green and Low-Carbon Development Forum",
         "Middle Yangtze River Urban Agglomeration Green and Low-Carbon Development Forum",
         "Third Middle Yangtze River Urban Agglomeration Green and Low-Carbon Development Forum",
         "2023第三届长江中游城市群绿色低碳发展论坛", "第三届长江中游城市群绿色低碳发展论坛", "长江中游城市群绿色低碳发展论坛"]
STEEL = ["2022 (2nd) Steel Industry Low-Carbon Development Congress", "2nd Steel Industry Low-Carbon Development Congress",
         "Steel Industry Low-Carbon Development Congress", "Steel Industry Low-Carbon Development Conference",
         "Second Steel Industry Low-Carbon Development Congress", "2022（第二届）钢铁行业低碳发展大会",
         "第二届钢铁行业低碳发展大会", "钢铁行业低碳发展大会", "2022钢铁行业低碳发展大会"]
PVCLOUD = ["2022 PV Industry Cloud Summit", "PV Industry Cloud Summit", "2022 Photovoltaic Industry Cloud Summit",
           "Photovoltaic Industry Cloud Summit", "2022 Photovoltaic Industry Online Summit", "2022光伏产业云上峰会",
           "光伏产业云上峰会"]

EVENTS = [
    _ev("E-CZYF-2023", FORUM, "2023-11-08", ["2023-11-09"], "Nanchang", "CN", ["jx02"]),
    _ev("E-STEELLC-2022", STEEL, "2022-06-16", ["2022-06-17", None], "Beijing", "CN", ["jn01"]),
    _ev("E-PVCLOUD-2022", PVCLOUD, "2022-09-22", ["2022-09-22", None], "", "", ["jn02"]),
]

COMMITMENTS = [
    # jx01: the province's plan
    _cm("C-JX-NF-2025", JIANGXI, "renewable_share", 2025, ["jx01"]),
    _cm("C-JX-CO2INT-2025", JIANGXI, "emissions_reduction", 2025, ["jx01"], base_year=2020, reduction_pct_min=19.5,
        reduction_pct_max=19.5),
    _cm("C-JX-NF-2030", JIANGXI, "renewable_share", 2030, ["jx01"]),
    _cm("C-JX-CO2INT-2030", JIANGXI, "emissions_reduction", 2030, ["jx01"], base_year=2005, reduction_pct_min=65),
    _cm("C-JX-PEAK-2030", JIANGXI, "emissions_peak", 2030, ["jx01"]),
    # jx02: cities at the forum
    _cm("C-NC-PV-2025", NANCHANG, "other", 2025, ["jx02"], event="E-CZYF-2023"),
    _cm("C-NC-CO2INT-2025", NANCHANG, "emissions_reduction", 2025, ["jx02"], event="E-CZYF-2023", base_year=2020,
        reduction_pct_min=20, reduction_pct_max=20),
    _cm("C-GZ-NF-2025", GANZHOU, "renewable_share", 2025, ["jx02"], event="E-CZYF-2023"),
    _cm("C-JDZ-PEAK-2028", JINGDEZHEN, "emissions_peak", 2028, ["jx02"], event="E-CZYF-2023"),
    _cm("C-SR-PEAK-2030", SHANGRAO, "emissions_peak", 2030, ["jx02"], event="E-CZYF-2023"),
    _cm("C-JJ-EV-2025", JIUJIANG, "other", 2025, ["jx02"], event="E-CZYF-2023"),
    _cm("C-JJ-EV-2030", JIUJIANG, "other", 2030, ["jx02"], event="E-CZYF-2023"),
    _cm("C-JJ-CHARGE-2025", JIUJIANG, "other", 2025, ["jx02"], event="E-CZYF-2023"),
    # jn01: groups at the steel congress
    _cm("C-ANSTEEL-PEAK-2025", ANSTEEL, "emissions_peak", 2025, ["jn01"], event="E-STEELLC-2022"),
    _cm("C-ANSTEEL-CUT-2035", ANSTEEL, "emissions_reduction", 2035, ["jn01"], event="E-STEELLC-2022",
        reduction_pct_min=30, reduction_pct_max=30),
    _cm("C-ANSTEEL-NEUTRAL-2050", ANSTEEL, "carbon_neutrality", 2050, ["jn01"], event="E-STEELLC-2022"),
    _cm("C-CNBM-PEAK-2025", CNBM, "emissions_peak", 2025, ["jn01"], event="E-STEELLC-2022"),
    _cm("C-CRRC-PEAK-2028", CRRC, "emissions_peak", 2028, ["jn01"], event="E-STEELLC-2022"),
    # jn02: firms at the cloud summit
    _cm("C-TONGWEI-NEUTRAL-2023", TONGWEI, "carbon_neutrality", 2023, ["jn02"], event="E-PVCLOUD-2022"),
    _cm("C-JASOLAR-RE100-2030", JASOLAR, "renewable_share", 2030, ["jn02"], event="E-PVCLOUD-2022"),
    # jn03: a group's plan published at its own press conference (no event)
    _cm("C-CHALCO-PEAK-2025", CHALCO, "emissions_peak", 2025, ["jn03"]),
    _cm("C-CHALCO-CUT-2035", CHALCO, "emissions_reduction", 2035, ["jn03"], reduction_pct_min=40,
        reduction_pct_max=40),
    # the nation's targets restated as background (jx01, jn04)
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["jx01"], optional=True),
    _cm("C-CN-NEUTRAL-2060", CHINA, "carbon_neutrality", 2060, ["jx01"], optional=True),
    _cm("C-CN-NF-2025", CHINA, "renewable_share", 2025, ["jn04"], optional=True),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the thirty-eighth test web (tests/thirtyeighthweb.py: jxfgw, zgjn), written by hand "
         "from the texts (tests/data/thirtyeighthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. jx03 and jn04 hold no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, [], COMMITMENTS)
