"""Gold records of the fortieth test web, written from the texts of articles.py before the extractor was run on them.

One record per signing. zz01: 郑州市人民政府 and 圣保罗州政府, named in the sentence before "双方签署了《…谅解备忘录》",
on 本周二 of a Thursday page (14 May 2024), in Zhengzhou; the vice-governors who witnessed are no parties. zz02: Henan
and South Australia's renewal (续签, 昨日: 8 Nov 2023, Zhengzhou); the first signing "于2018年" is an optional record
(the development webs' practice for recalled agreements); the trade bodies' 农产品贸易 agreement is no record (trade
only). zz03: three parties (郑州市人民政府、法国开发署及欧洲投资银行) "共同签署" a 框架协议, 近日 (month or none).
hq01: 水电国际 (PowerChina's unit; the parent's names are accepted, as devweb-c does for Energy China) with ONEE (a
协议, 18 Mar 2025, Rabat; the counsellor and the secretary-general witnessed) and with MASEN (a 意向书 the same day).
hq02: a company's 购电协议 (PPA) with a state utility abroad IS a record: devweb-c keeps a company's commercial
contract on a storage plant (A-GZB-GLOBELEQ-2025) and devweb-a's chrome trap "Utility and megacity sign wind power
purchase MOU" reads as one; 日前 (month or none), Belgrade; the same day Heilongjiang and Serbia's energy ministry
sign a 联合声明 (joint_statement or declaration). Negatives: zz04 (座谈 and 洽谈, 拟签署, a 签约仪式 将于 October),
hq03 (会谈, 洽谈, 将于年底前签署, a ceremony 定于11月; a tourism-only agreement). No events and no commitments.
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _days, gold_document

ZHENGZHOU = ["Zhengzhou", "Zhengzhou Municipal People's Government", "Zhengzhou Municipal Government",
             "City of Zhengzhou", "Zhengzhou City", "Zhengzhou Municipality", "郑州", "郑州市", "郑州市人民政府"]
SAO_PAULO = ["São Paulo", "Sao Paulo", "São Paulo State", "Sao Paulo State", "State of São Paulo", "State of Sao Paulo",
             "São Paulo State Government", "Government of the State of São Paulo", "巴西圣保罗州", "圣保罗州",
             "圣保罗州政府", "巴西圣保罗州政府"]
HENAN = ["Henan", "Henan Province", "Henan Provincial Government", "Henan Provincial People's Government",
         "Government of Henan Province", "河南", "河南省", "河南省人民政府", "河南省政府"]
SOUTH_AUSTRALIA = ["South Australia", "State of South Australia", "Government of South Australia",
                   "South Australian Government", "南澳大利亚州", "澳大利亚南澳大利亚州", "南澳大利亚州政府", "南澳"]
AFD = ["Agence Française de Développement", "Agence Francaise de Developpement", "AFD", "French Development Agency",
       "法国开发署"]
EIB = ["European Investment Bank", "EIB", "欧洲投资银行"]
SINOHYDRO = ["PowerChina International Group", "PowerChina International Group Limited", "Sinohydro International",
             "Sinohydro Corporation", "Sinohydro", "PowerChina", "Power Construction Corporation of China",
             "中国水电建设集团国际工程有限公司", "水电国际", "中国电建"]
ONEE = ["Office National de l'Electricité et de l'Eau Potable", "Office National de l'Electricite et de l'Eau Potable",
        "ONEE", "National Office of Electricity and Drinking Water", "Moroccan National Office of Electricity and "
        "Drinking Water", "摩洛哥国家电力和饮用水办公室"]
MASEN = ["Moroccan Agency for Sustainable Energy", "MASEN", "Masen", "摩洛哥可持续能源署"]
HEI = ["Harbin Electric International", "Harbin Electric International Company Limited",
       "Harbin Electric International Co., Ltd.", "Harbin Electric International Engineering Co., Ltd.", "HEI",
       "Harbin Electric", "哈电国际", "哈电国际工程有限责任公司"]
EPS = ["Elektroprivreda Srbije", "EPS", "Electric Power Industry of Serbia", "Serbian state power company",
       "Serbia's state power utility", "塞尔维亚国家电力公司"]
HEILONGJIANG = ["Heilongjiang", "Heilongjiang Province", "Heilongjiang Provincial Government",
                "Heilongjiang Provincial People's Government", "Government of Heilongjiang Province", "黑龙江",
                "黑龙江省", "黑龙江省人民政府"]
SERBIA_MME = ["Ministry of Mining and Energy of Serbia", "Serbian Ministry of Mining and Energy",
              "Ministry of Mining and Energy", "Ministry of Mining and Energy of the Republic of Serbia",
              "塞尔维亚矿业和能源部"]


AGREEMENTS = [
    _ag("A-ZZ-SP-2024", ["mou"], [ZHENGZHOU, SAO_PAULO], "2024-05-14", ["Zhengzhou"], ["zz01"]),
    _ag("A-HN-SA-2023", ["mou", "agreement"], [HENAN, SOUTH_AUSTRALIA], "2023-11-08", ["Zhengzhou"], ["zz02"]),
    _days("A-HN-SA-2018", ["mou", "agreement"], [HENAN, SOUTH_AUSTRALIA], ["2018", None], [None], [], optional=True,
          evidence_optional=["zz02"]),
    _days("A-ZZ-AFD-EIB-2024", ["agreement", "mou", "partnership"], [ZHENGZHOU, AFD, EIB], [None, "2024-09"],
          ["Zhengzhou"], ["zz03"]),
    _ag("A-SINOHYDRO-ONEE-2025", ["agreement"], [SINOHYDRO, ONEE], "2025-03-18", ["Rabat"], ["hq01"]),
    _ag("A-SINOHYDRO-MASEN-2025", ["mou", "agreement", "partnership"], [SINOHYDRO, MASEN], "2025-03-18", ["Rabat"],
        ["hq01"]),
    _days("A-HEI-EPS-2024", ["agreement"], [HEI, EPS], [None, "2024-04"], ["Belgrade"], ["hq02"]),
    _days("A-HLJ-SERBIA-2024", ["joint_statement", "declaration"], [HEILONGJIANG, SERBIA_MME], [None, "2024-04"],
          ["Belgrade", None], ["hq02"]),
]
for _a in AGREEMENTS:  # no event is told; one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the fortieth test web (tests/fortiethweb.py: zzwsb, hqny), written by "
                         "hand from the texts (tests/data/fortiethweb/articles.py) before the extractor was run; format "
                         "of shared/gold/seeds.json. zz04 and hq03 hold no record.", "zh", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": []})
