"""Gold records of the eighty-eighth test web, written from the texts of articles.py before the extractor was run on
them.

Each fact is held ONCE, with every article that tells it as its evidence (the web measures duplicates):
* E-YZ-FORUM-2025, the forum named 中芬（扬州）绿色城市合作论坛 and "China-Finland (Yangzhou) Green City Cooperation
  Forum" (one day, 14 May 2025, Yangzhou): yz01, en01, en02 (the photo caption names it), lh01 (without the city's
  bracket: "China–Finland Green City Cooperation Forum").
* A-YZ-LAHTI-MOU-2025, the memorandum of the two cities' governments (扬州市人民政府, "the Municipal People's Government
  of Yangzhou" / 拉赫蒂市政府, "the City of Lahti", bare "Lahti"), 14 May 2025 in Yangzhou at the forum: dated in yz01
  and en01, undated in lh01 ("have signed ... during Mayor ...'s visit"), told only by the headline of en02
  ("Yangzhou, Lahti ink MOU ..."); recalled with its month only in yz03, en03, lh03 (optional evidence).
* A-YZDRC-LADEC-2025, the circular-economy agreement of 扬州市发展和改革委员会 and 芬兰拉赫蒂地区发展公司（LADEC）, the
  same day and place: yz01, en01, lh01 (undated there, "the Yangzhou Development and Reform Commission").
* A-YZ-LAHTI-TWIN-2025, the twin-city agreement (友好城市关系协议书), 21 October 2025 in Lahti: yz03, en03, lh03.
* C-YZ-PEAK-2030, Yangzhou's carbon peak before 2030: yz01 (力争), en01 ("strives to hit its carbon peak before
  2030"), restated a year later in yz05 (确保扬州2030年前实现碳排放达峰).
* C-LAHTI-80-2030, Lahti's 80% cut from 1990 by 2030: yz01 (已承诺 ... 较1990年减少80%), lh01 ("aims to reduce"),
  restated in lh04 ("remains committed to cutting").
Parties are the signers (never the mayors who signed for them, the consulate or the provincial office at the forum).
No records: yz02 (a visit; a memorandum only planned), yz04 (tourism deals), en04 (a plan with no year), lh02 (a
seminar; partnerships "being discussed"), the results of yz05 (能耗下降3.6%) and lh04 (71 percent lower in 2025).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

YANGZHOU = ["扬州市人民政府", "扬州市政府", "扬州市", "扬州", "Yangzhou", "Yangzhou Municipal People's Government",
            "Municipal People's Government of Yangzhou", "People's Government of Yangzhou Municipality",
            "Yangzhou Municipal Government", "Yangzhou City", "江苏省扬州市", "中华人民共和国江苏省扬州市"]
LAHTI = ["City of Lahti", "Lahti", "Lahti City", "Lahti City Government", "拉赫蒂市", "拉赫蒂市政府", "拉赫蒂",
         "芬兰拉赫蒂市", "芬兰拉赫蒂市政府", "芬兰共和国拉赫蒂市"]
YZDRC = ["扬州市发展和改革委员会", "扬州市发改委", "Yangzhou Municipal Development and Reform Commission",
         "Yangzhou Development and Reform Commission"]
LADEC = ["Lahti Region Development LADEC", "LADEC", "Lahti Region Development LADEC Ltd", "Lahti Region Development",
         "拉赫蒂地区发展公司", "芬兰拉赫蒂地区发展公司", "芬兰拉赫蒂地区发展公司（LADEC）"]

EVENTS = [
    event("E-YZ-FORUM-2025", ["中芬（扬州）绿色城市合作论坛", "中芬绿色城市合作论坛",
                              "China-Finland (Yangzhou) Green City Cooperation Forum",
                              "China-Finland Green City Cooperation Forum",
                              "China–Finland Green City Cooperation Forum", "Green City Cooperation Forum"],
          "2025-05-14", ["2025-05-14", None], "Yangzhou", "CN", ["yz01", "en01", "en02", "lh01"]),
]

AGREEMENTS = [
    agreement("A-YZ-LAHTI-MOU-2025", ["mou"], [YANGZHOU, LAHTI], "2025-05-14", ["Yangzhou"],
              ["yz01", "en01", "en02", "lh01"], event="E-YZ-FORUM-2025", evidence_optional=["yz03", "en03", "lh03"]),
    agreement("A-YZDRC-LADEC-2025", ["agreement", "partnership"], [YZDRC, LADEC], "2025-05-14", ["Yangzhou"],
              ["yz01", "en01", "lh01"], event="E-YZ-FORUM-2025"),
    agreement("A-YZ-LAHTI-TWIN-2025", ["agreement", "partnership"], [YANGZHOU, LAHTI], "2025-10-21", ["Lahti"],
              ["yz03", "en03", "lh03"]),
]

COMMITMENTS = [
    commitment("C-YZ-PEAK-2030", YANGZHOU, "emissions_peak", 2030, ["yz01", "en01", "yz05"]),
    commitment("C-LAHTI-80-2030", LAHTI, "emissions_reduction", 2030, ["yz01", "lh01", "lh04"], base_year=1990,
               reduction_pct_min=80),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (yzgov in Chinese, the others in English) and records."""
    doc = gold_document("Expected records for the eighty-eighth test web (tests/eightyeighthweb.py: yzgov, yzen, "
                        "lahti), written by hand from the texts (tests/data/eightyeighthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. Each fact once, every article telling "
                        "it as evidence. yz02, yz04, en04 and lh02 hold no record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "yzgov":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
