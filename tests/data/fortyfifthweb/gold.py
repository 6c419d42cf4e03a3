"""Gold records of the forty-fifth test web, written from the texts of articles.py before the extractor was run on them.

A declaration, an initiative or a joint statement issued by several named cities is ONE agreement whose parties are
all the named cities (devweb gold: one agreement with all named parties), dated the day it was adopted, at the
gathering's city. Each item of a 成果清单 of signed agreements is its own agreement of the gathering. A pledge told at
a gathering (在论坛上宣布, 承诺 at a dialogue of the summit) is a commitment of that gathering; a city's target is its
government's. A signing at a 分论坛 is the bigger gathering's (lz01: the congress, 20-22 Nov, holds the sub-forum; the
sub-forum is no event of its own), and a 云端 session of a summit is no event of its own (hj03). An online forum is an
event with no city and no host country (lz02). Negatives: a 新闻发布会 announcing a summit to come and a 筹备会 (no
event: hj02, lz03; targets told at a 筹备会 are commitments with no event), a previous edition recalled (上届, 上一届,
首届: no event; its declaration names no party: no agreement), results achieved (已完成, 累计: no commitment).
Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_json


def _city(en: str, zh: str, *more: str) -> list[str]:
    """A city's accepted names: its English forms and its Chinese name with and without 市."""
    return [en, f"{en} Municipality", f"{en} Municipal Government", f"City of {en}", f"{en} City", *more, zh,
            f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


QUANZHOU = _city("Quanzhou", "泉州")
JOHANNESBURG = _city("Johannesburg", "约翰内斯堡", "City of Johannesburg Metropolitan Municipality")
KAZAN = _city("Kazan", "喀山")
FORTALEZA = _city("Fortaleza", "福塔莱萨")
BENGALURU = _city("Bengaluru", "班加罗尔", "Bangalore", "Bruhat Bengaluru Mahanagara Palike")
HAIKOU = _city("Haikou", "海口")
BANGKOK = _city("Bangkok", "曼谷", "Bangkok Metropolitan Administration")
PHNOMPENH = _city("Phnom Penh", "金边", "Phnom Penh Capital Administration")
KUALALUMPUR = _city("Kuala Lumpur", "吉隆坡", "Kuala Lumpur City Hall")
XINING = _city("Xining", "西宁")
LIUZHOU = _city("Liuzhou", "柳州")
HOHHOT = _city("Hohhot", "呼和浩特")
ULAANBAATAR = _city("Ulaanbaatar", "乌兰巴托", "Ulan Bator")
IRKUTSK = _city("Irkutsk", "伊尔库茨克")
NANNING = _city("Nanning", "南宁")
BEIHAI = _city("Beihai", "北海")
QINZHOU = _city("Qinzhou", "钦州")
FJENERGY = ["Fujian Energy Group", "Fujian Provincial Energy Group", "Fujian Energy Group Co., Ltd.", "福建省能源集团",
            "福建省能源集团有限责任公司", "福建能源集团"]
CITYPOWER = ["City Power Johannesburg", "City Power", "Johannesburg City Power", "约翰内斯堡电力公司"]
MOHURD = ["Ministry of Housing and Urban-Rural Development", "MOHURD",
          "Ministry of Housing and Urban-Rural Development of the People's Republic of China",
          "Ministry of Housing and Urban-Rural Development of China", "住房和城乡建设部", "住建部",
          "中华人民共和国住房和城乡建设部"]
BRCITIES = ["Ministry of Cities", "Brazilian Ministry of Cities", "Ministry of Cities of Brazil", "Ministério das Cidades",
            "巴西城市部"]

BRICS = ["2024 BRICS Cities Climate Cooperation Forum", "BRICS Cities Climate Cooperation Forum",
         "2024 BRICS Urban Climate Cooperation Forum", "BRICS Urban Climate Cooperation Forum",
         "2024金砖国家城市气候合作论坛", "金砖国家城市气候合作论坛"]
APAC = ["2024 Asia-Pacific Cities Climate Summit", "Asia-Pacific Cities Climate Summit",
        "2024 Asia Pacific Cities Climate Summit", "Asia Pacific Cities Climate Summit", "2024亚太城市气候峰会",
        "亚太城市气候峰会"]
BEIBU = ["2nd Pan-Beibu Gulf Cities Green Development Congress", "Pan-Beibu Gulf Cities Green Development Congress",
         "Second Pan-Beibu Gulf Cities Green Development Congress", "2nd Pan-Beibu Gulf Cities Green Development Conference",
         "Pan-Beibu Gulf Cities Green Development Conference", "第二届泛北部湾城市绿色发展大会", "泛北部湾城市绿色发展大会"]
CMR = ["China-Mongolia-Russia Cities Green Energy Cooperation Forum", "China–Mongolia–Russia Cities Green Energy "
       "Cooperation Forum", "China-Mongolia-Russia Urban Green Energy Cooperation Forum", "中蒙俄城市绿色能源合作论坛"]

EVENTS = [
    _ev("E-BRICSCC-2024", BRICS, "2024-07-13", ["2024-07-15"], "Quanzhou", "CN", ["hj01"]),
    _ev("E-APCCS-2024", APAC, "2024-10-22", ["2024-10-24"], "Haikou", "CN", ["hj03"]),
    _ev("E-PBGCGD-2023", BEIBU, "2023-11-20", ["2023-11-22"], "Liuzhou", "CN", ["lz01"]),
    _ev("E-CMRGE-2024", CMR, "2024-03-28", ["2024-03-28", None], "", "", ["lz02"]),
]

AGREEMENTS = [
    # hj01: the declaration of five cities, adopted on the first day; three signings at the closing
    _ag("A-QZ-DECL-2024", ["declaration", "joint_statement"], [QUANZHOU, JOHANNESBURG, KAZAN, FORTALEZA, BENGALURU],
        "2024-07-13", ["Quanzhou"], ["hj01"], event="E-BRICSCC-2024"),
    _ag("A-QZ-KAZAN-2024", ["agreement", "partnership"], [QUANZHOU, KAZAN], "2024-07-15", ["Quanzhou"], ["hj01"],
        event="E-BRICSCC-2024"),
    _ag("A-FJENERGY-CITYPOWER-2024", ["agreement"], [FJENERGY, CITYPOWER], "2024-07-15", ["Quanzhou"], ["hj01"],
        event="E-BRICSCC-2024"),
    _ag("A-MOHURD-BRCITIES-2024", ["mou"], [MOHURD, BRCITIES], "2024-07-15", ["Quanzhou"], ["hj01"],
        event="E-BRICSCC-2024"),
    # hj03: the initiative of five cities, on the summit's first day
    _ag("A-APCCS-INIT-2024", ["declaration", "joint_statement", "partnership"],
        [HAIKOU, BANGKOK, PHNOMPENH, KUALALUMPUR, XINING], "2024-10-22", ["Haikou"], ["hj03"], event="E-APCCS-2024"),
    # lz01: signed at the congress's 绿色交通 sub-forum on the 21st
    _ag("A-LZ-PP-2023", ["mou"], [LIUZHOU, PHNOMPENH], "2023-11-21", ["Liuzhou"], ["lz01"], event="E-PBGCGD-2023"),
    # lz02: the joint statement of three cities at an online forum
    _ag("A-CMR-JS-2024", ["joint_statement", "declaration"], [HOHHOT, ULAANBAATAR, IRKUTSK], "2024-03-28", [None],
        ["lz02"], event="E-CMRGE-2024"),
]

COMMITMENTS = [
    _cm("C-QZ-PEAK-2028", QUANZHOU, "emissions_peak", 2028, ["hj01"], event="E-BRICSCC-2024"),
    _cm("C-JHB-NEUTRAL-2040", JOHANNESBURG, "carbon_neutrality", 2040, ["hj01"], event="E-BRICSCC-2024"),
    _cm("C-BKK-CUT-2030", BANGKOK, "emissions_reduction", 2030, ["hj03"], event="E-APCCS-2024", base_year=2018,
        reduction_pct_min=30, reduction_pct_max=30),
    _cm("C-XN-CLEAN-2025", XINING, "renewable_share", 2025, ["hj03"], event="E-APCCS-2024"),
    _cm("C-LZ-NEV-2027", LIUZHOU, "other", 2027, ["lz01"], event="E-PBGCGD-2023"),
    _cm("C-HH-NE-2025", HOHHOT, "other", 2025, ["lz02"], event="E-CMRGE-2024"),
    # lz03: targets told at a 筹备会 (no event)
    _cm("C-NN-PEAK-2028", NANNING, "emissions_peak", 2028, ["lz03"]),
    _cm("C-BH-PEAK-2029", BEIHAI, "emissions_peak", 2029, ["lz03"]),
    _cm("C-QinZ-PEAK-2030", QINZHOU, "emissions_peak", 2030, ["lz03"]),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the forty-fifth test web (tests/fortyfifthweb.py: hjfb, lzxw), written by hand from the "
         "texts (tests/data/fortyfifthweb/articles.py) before the extractor was run; format of shared/gold/seeds.json. "
         "hj02 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
