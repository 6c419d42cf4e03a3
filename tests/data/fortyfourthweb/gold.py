"""Gold records of the forty-fourth test web, written from the texts of articles.py before the extractor was run on them.

Agreements (one record per signing; witnesses are not parties): the People's Government of Gansu Province and the State
of Nebraska's memorandum (Lanzhou, "on Tuesday" under a dateline of 14 May 2024); the Department of Ecology and
Environment of Qinghai Province and Montana State University's cooperation agreement and the Xining Municipal Bureau of
Commerce and the Montana Department of Commerce's memorandum, both signed during the forum (Xining, 10 Sept 2024, the
forum's event); Shaanxi and Missouri's sister-province agreement (Xi'an, 18 June 2024); Yanchang Petroleum and the
University of Kansas's memorandum (Xi'an, 26 March 2024).
Event: the 3rd China-US Grassland Carbon Forum ("opened on Tuesday in Xining", two days: ends 11 Sept).
Commitments: a province's own plan (Shanxi: peak before 2030, neutrality before 2060, 12 percent non-fossil by 2025,
CO2 per unit of GDP 16 percent below 2020 by 2025) and companies' pledges (Jinneng Holding: peak 2028, neutrality 2058;
Yanchang Petroleum: peak 2028, neutrality 2055, 20 percent below 2020 per unit of output by 2030). The nation's targets
restated as background are optional (devweb gold: C-CN-* optional). A target year told with "before" is that year.
Negatives: talks (Qinghai's grassland bureau and Wyoming; Shaanxi and Indiana), a visit, "agreed to explore", "plan to
sign" (Gansu's foreign affairs office and Nebraska's agriculture department; Xi'an's commerce bureau and the IEDC), a
sister-province relationship maintained for a decade (no year, no signing told), results (installed capacity, coal
output, tonnes injected) and a forecast ("is expected to exceed").
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

CHINA = ["China", "People's Republic of China", "PRC", "Chinese Government", "中国", "国家", "我国"]
GANSU = ["Gansu", "Gansu Province", "People's Government of Gansu Province", "Gansu Provincial People's Government",
         "Gansu Provincial Government", "Government of Gansu Province", "甘肃", "甘肃省", "甘肃省人民政府"]
NEBRASKA = ["Nebraska", "State of Nebraska", "Government of Nebraska"]
QH_DEE = ["Department of Ecology and Environment of Qinghai Province", "Qinghai Department of Ecology and Environment",
          "Qinghai Provincial Department of Ecology and Environment", "Qinghai Ecology and Environment Department",
          "青海省生态环境厅"]
MSU = ["Montana State University", "MSU"]
XINING_COM = ["Xining Municipal Bureau of Commerce", "Xining Bureau of Commerce", "Xining Commerce Bureau", "西宁市商务局"]
MT_COM = ["Montana Department of Commerce", "Montana Commerce Department"]
SHAANXI = ["Shaanxi", "Shaanxi Province", "People's Government of Shaanxi Province", "Shaanxi Provincial People's "
           "Government", "Shaanxi Provincial Government", "Government of Shaanxi Province", "陕西", "陕西省",
           "陕西省人民政府"]
MISSOURI = ["Missouri", "State of Missouri", "Government of Missouri"]
YANCHANG = ["Shaanxi Yanchang Petroleum (Group) Co., Ltd.", "Shaanxi Yanchang Petroleum", "Yanchang Petroleum",
            "Shaanxi Yanchang Petroleum Group", "Yanchang Petroleum Group", "Shaanxi Yanchang Petroleum (Group)",
            "延长石油", "陕西延长石油（集团）有限责任公司", "陕西延长石油集团"]
KU = ["University of Kansas", "KU", "The University of Kansas"]
SHANXI = ["Shanxi", "Shanxi Province", "People's Government of Shanxi Province", "Shanxi Provincial People's Government",
          "Shanxi Provincial Government", "Government of Shanxi Province", "山西", "山西省", "山西省人民政府"]
JINNENG = ["Jinneng Holding Group", "Jinneng Holding", "Jinneng Group", "Jinneng Holding Group Co., Ltd.", "晋能控股集团",
           "晋能控股"]

FORUM = ["3rd China-US Grassland Carbon Forum", "China-US Grassland Carbon Forum", "Third China-US Grassland Carbon Forum",
         "The 3rd China-US Grassland Carbon Forum", "2024 China-US Grassland Carbon Forum"]

EVENTS = [_ev("E-CUSGCF-2024", FORUM, "2024-09-10", ["2024-09-11", None], "Xining", "CN", ["hx02"])]

AGREEMENTS = [
    _ag("A-GS-NE-2024", ["mou"], [GANSU, NEBRASKA], "2024-05-14", ["Lanzhou"], ["hx01"]),
    _ag("A-QHDEE-MSU-2024", ["agreement", "partnership"], [QH_DEE, MSU], "2024-09-10", ["Xining"], ["hx02"],
        event="E-CUSGCF-2024"),
    _ag("A-XNCOM-MTCOM-2024", ["mou"], [XINING_COM, MT_COM], "2024-09-10", ["Xining"], ["hx02"], event="E-CUSGCF-2024"),
    _ag("A-SX-MO-2024", ["agreement", "partnership", "mou"], [SHAANXI, MISSOURI], "2024-06-18", ["Xi'an"], ["sx01"]),
    _ag("A-YC-KU-2024", ["mou"], [YANCHANG, KU], "2024-03-26", ["Xi'an"], ["sx02"]),
]
for _a in AGREEMENTS:  # no event is told: one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    _cm("C-SHANXI-PEAK-2030", SHANXI, "emissions_peak", 2030, ["hx03"]),
    _cm("C-SHANXI-NEUTRAL-2060", SHANXI, "carbon_neutrality", 2060, ["hx03"]),
    _cm("C-SHANXI-NF-2025", SHANXI, "renewable_share", 2025, ["hx03"]),
    _cm("C-SHANXI-CO2INT-2025", SHANXI, "emissions_reduction", 2025, ["hx03"], base_year=2020,
        reduction_pct_min=16, reduction_pct_max=16),
    _cm("C-JINNENG-PEAK-2028", JINNENG, "emissions_peak", 2028, ["hx03"]),
    _cm("C-JINNENG-NEUTRAL-2058", JINNENG, "carbon_neutrality", 2058, ["hx03"]),
    _cm("C-YC-PEAK-2028", YANCHANG, "emissions_peak", 2028, ["sx02"]),
    _cm("C-YC-NEUTRAL-2055", YANCHANG, "carbon_neutrality", 2055, ["sx02"]),
    _cm("C-YC-CUT-2030", YANCHANG, "emissions_reduction", 2030, ["sx02"], base_year=2020, reduction_pct_min=20,
        reduction_pct_max=20),
    # the nation's targets restated as background
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["hx03"], optional=True),
    _cm("C-CN-NEUTRAL-2060", CHINA, "carbon_neutrality", 2060, ["hx03"], optional=True),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the forty-fourth test web (tests/fortyfourthweb.py: huaxin, sxportal), written by hand "
         "from the texts (tests/data/fortyfourthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. sx03 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
