"""Gold records of the hundred-sixth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the Sixth Strategic and Economic Dialogue (Beijing, July 2014: the four EcoPartnerships were signed on its
margins; en01 and zh02 tell it, ks01 names it) and the Second (Beijing, May 2010: the fossil-energy protocol renewed
during it, zh03). The pages give no opening day: the day of the signing, the day before (its true start) and none are
accepted. Agreements: the four EcoPartnerships of 10 July 2014 in Beijing (a city, a utility, a company and a
university pairing; en01 and zh02, the university's also ks01: one row each), the CERC protocol of 17 November 2009
(zh01; en02 recalls it) and its renewal of 12 November 2014 (en02: two rows, same three parties), the joint
announcement of the two presidents the same day, the EPA memorandum renewed with the Ministry of Environmental
Protection on Tuesday 7 June 2016 in Washington, the fossil-energy protocol renewed by the NEA and DOE on 25 May 2010,
K-State's renewed agreement with China Agricultural University (Monday 13 April 2015, Manhattan). The originals (1980,
2000, 2010) and the Ten-Year Framework of 2008 are recalled: optional. Commitments: the 2014 joint announcement's
three targets (US 26-28% below 2005 in 2025, China's peak around 2030 and non-fossil share around 20% by 2030), Liuzhou's
non-fossil 20% by 2020 (en01, zh02), K-State's 25% below 2012 by 2025. China's 15% non-fossil by 2020 restated on zh03
and the Clean Power Plan's 32% on en03 are optional. Not records: the workshop (en04), the delegation visit (zh04),
the campus visit (ks03), the report (ks04), talks "条件成熟时再签署", funding ($200 million, 1.5亿美元), the 36
EcoPartnerships counted, the achieved cut of 6 percent on ks02.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document

US = ["United States", "U.S.", "US", "United States of America", "USA", "美国"]
CHINA = ["China", "People's Republic of China", "中国"]
BOISE = ["Boise", "City of Boise", "Boise, Idaho", "Boise City", "博伊西", "博伊西市", "美国爱达荷州博伊西市"]
LIUZHOU = ["Liuzhou", "Liuzhou Municipal People's Government", "Liuzhou Municipal Government", "City of Liuzhou",
           "柳州", "柳州市", "柳州市人民政府"]
ALLIANT = ["Alliant Energy", "Alliant Energy Corporation", "Alliant Energy Corp.", "阿连特能源公司", "美国阿连特能源公司",
           "阿连特能源"]
HUZHOU_GRID = ["State Grid Huzhou Power Supply Company", "State Grid Huzhou Power Supply Co.", "国网湖州供电公司",
               "Huzhou Power Supply Company"]
CUMMINS = ["Cummins", "Cummins Inc.", "Cummins Inc", "康明斯", "康明斯公司", "美国康明斯公司"]
WEICHAI = ["Weichai Power", "Weichai Power Co., Ltd.", "Weichai Power Co. Ltd.", "Weichai", "潍柴动力",
           "潍柴动力股份有限公司"]
KSU = ["Kansas State University", "K-State", "Kansas State", "堪萨斯州立大学", "美国堪萨斯州立大学"]
NWAFU = ["Northwest A&F University", "Northwest A&F", "Northwest Agriculture and Forestry University",
         "Northwest A&F University in Yangling", "西北农林科技大学"]
CAU = ["China Agricultural University", "中国农业大学"]
DOE = ["U.S. Department of Energy", "US Department of Energy", "United States Department of Energy",
       "Department of Energy", "Energy Department", "DOE", "美国能源部"]
MOST = ["Ministry of Science and Technology", "China's Ministry of Science and Technology",
        "Ministry of Science and Technology of China", "MOST", "科学技术部", "中国科学技术部", "科技部"]
NEA = ["National Energy Administration", "China's National Energy Administration", "National Energy Administration "
       "of China", "NEA", "国家能源局"]
EPA = ["U.S. Environmental Protection Agency", "US Environmental Protection Agency", "Environmental Protection Agency",
       "United States Environmental Protection Agency", "EPA"]
MEP = ["Ministry of Environmental Protection", "Ministry of Ecology and Environment", "MEP", "MEE",
       "China's Ministry of Environmental Protection", "Chinese Ministry of Environmental Protection", "环境保护部",
       "生态环境部"]

SED6 = ["U.S.-China Strategic and Economic Dialogue", "US-China Strategic and Economic Dialogue",
        "Sixth U.S.-China Strategic and Economic Dialogue", "Sixth US-China Strategic and Economic Dialogue",
        "Strategic and Economic Dialogue", "S&ED", "中美战略与经济对话", "第六轮中美战略与经济对话",
        "Sixth Round of the U.S.-China Strategic and Economic Dialogue", "2014 U.S.-China Strategic and Economic Dialogue"]
SED2 = ["U.S.-China Strategic and Economic Dialogue", "US-China Strategic and Economic Dialogue",
        "Second U.S.-China Strategic and Economic Dialogue", "Second US-China Strategic and Economic Dialogue",
        "Strategic and Economic Dialogue", "S&ED", "中美战略与经济对话", "第二轮中美战略与经济对话",
        "Second Round of the U.S.-China Strategic and Economic Dialogue", "2010 U.S.-China Strategic and Economic Dialogue"]

EVENTS = [
    event("E-SED-2014", SED6, "2014-07-10", ["2014-07-10", None], "Beijing", "CN", ["en01", "zh02"],
          evidence_optional=["ks01"]),
    event("E-SED-2010", SED2, "2010-05-25", ["2010-05-25", None], "Beijing", "CN", ["zh03"]),
]
for e, first in ((EVENTS[0], "2014-07-09"), (EVENTS[1], "2010-05-24")):
    e["start_on"]["accept"] += [first, None]  # the pages name the dialogue, not its opening day

ECO = ["partnership", "mou", "agreement"]
AGREEMENTS = [
    agreement("A-BOISE-LIUZHOU-2014", ECO, [BOISE, LIUZHOU], "2014-07-10", ["Beijing"], ["en01", "zh02"],
              event="E-SED-2014"),
    agreement("A-ALLIANT-HUZHOU-2014", ECO, [ALLIANT, HUZHOU_GRID], "2014-07-10", ["Beijing"], ["en01", "zh02"],
              event="E-SED-2014"),
    agreement("A-CUMMINS-WEICHAI-2014", ECO, [CUMMINS, WEICHAI], "2014-07-10", ["Beijing"], ["en01", "zh02"],
              event="E-SED-2014"),
    agreement("A-KSU-NWAFU-2014", ECO, [KSU, NWAFU], "2014-07-10", ["Beijing"], ["en01", "zh02", "ks01"],
              event="E-SED-2014"),
    agreement_days("A-TYF-2008", ["agreement", "partnership", "declaration", "mou"], [US, CHINA], ["2008", None],
                   [None], [], optional=True, evidence_optional=["en01", "zh02"]),
    agreement("A-CERC-2009", ["agreement", "mou"], [DOE, MOST, NEA], "2009-11-17", ["Beijing"], ["zh01"],
              evidence_optional=["en02"]),
    agreement("A-CERC-2014", ["agreement", "mou"], [DOE, MOST, NEA], "2014-11-12", ["Beijing"], ["en02"]),
    agreement("A-JOINT-2014", ["joint_statement", "declaration"], [US, CHINA], "2014-11-12", ["Beijing"], ["en02"]),
    agreement("A-EPA-MEP-2016", ["mou"], [EPA, MEP], "2016-06-07", ["Washington", "Washington, D.C."], ["en03"]),
    agreement_days("A-EPA-MEP-1980", ["mou"], [EPA, MEP], ["1980", None], [None], [], optional=True,
                   evidence_optional=["en03"]),
    agreement("A-FOSSIL-2010", ["agreement", "mou"], [NEA, DOE], "2010-05-25", ["Beijing"], ["zh03"],
              event="E-SED-2010"),
    agreement_days("A-FOSSIL-2000", ["agreement", "mou"], [NEA, DOE], ["2000", None], [None], [], optional=True,
                   evidence_optional=["zh03"]),
    agreement("A-KSU-CAU-2015", ["agreement", "mou"], [KSU, CAU], "2015-04-13", ["Manhattan", None], ["ks02"]),
    agreement_days("A-KSU-CAU-2010", ["agreement", "mou"], [KSU, CAU], ["2010", None], [None], [], optional=True,
                   evidence_optional=["ks02"]),
]

COMMITMENTS = [
    commitment("C-US-2025", US, "emissions_reduction", 2025, ["en02"], base_year=2005, reduction_pct_min=26,
               reduction_pct_max=28),
    commitment("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["en02"]),
    commitment("C-CN-NF-2030", CHINA, "renewable_share", 2030, ["en02"]),
    commitment("C-LIUZHOU-NF-2020", LIUZHOU, "renewable_share", 2020, ["en01", "zh02"]),
    commitment("C-KSU-2025", KSU, "emissions_reduction", 2025, ["ks02"], base_year=2012, reduction_pct_min=25,
               reduction_pct_max=25),
    commitment("C-CN-NF-2020", CHINA, "renewable_share", 2020, [], optional=True, evidence_optional=["zh03"]),
    commitment("C-CPP-2030", US + EPA + ["Clean Power Plan"], "emissions_reduction", 2030, [], optional=True,
               evidence_optional=["en03"], base_year=2005, reduction_pct_min=32, reduction_pct_max=32),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the hundred-sixth test web (tests/hundredsixthweb.py: ecpnotes, "
                        "ndrcnea, kstate), written by hand from the texts (tests/data/hundredsixthweb/articles.py) "
                        "before the extractor was run; format of shared/gold/seeds.json. en04, zh04, ks03 and ks04 "
                        "hold no record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "ndrcnea":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
