"""Gold records of the hundred-eleventh test web, written for issue 17 from the texts of articles.py before the
extractor was run on them.

Event: the Hannover Messe 2023 (17-21 April 2023, Hanover; nd01: the Lower Saxony-Anhui declaration was signed there
"on Monday" = 17 April).
Agreements: Lower Saxony-Anhui joint declaration (2023-04-17, Hanover); KEAN with the Hefei Municipal Development and
Reform Commission ("on Thursday" = 2024-05-16, Hefei; the minister leads the delegation, no party); Guangzhou-Ulsan
friendly cooperation city agreement and the three-party hydrogen memorandum of Guangzhou, Ulsan and Hyundai Motor
Company (2024-11-25, Guangzhou; told by us01 in English and gz01 in Chinese: one row each; the consul general attends,
no party); Guangzhou-São Paulo memorandum (当地时间5月19日 = 2025-05-19, São Paulo; the FAO director signs for the city);
Guangzhou-Linköping memorandum (2017-11-29, Guangzhou) and, witnessed there, Guangzhou University-Linköping University
(required) and Guangzhou Library-Linköping City Library (optional: no climate content); Ulsan-Changchun sister cities
of 1994 (us03, recalled: optional).
Commitments: Lower Saxony neutral by 2040 (nd04, restated in nd01) and at least 75% below 1990 by 2030 (nd04); Anhui's
peak before 2030 (nd01); Guangzhou's peak before 2030 (gz01); Ulsan's neutrality by 2050 (us01); Fukuoka's net zero
by 2040 (gz05). Optional: China's national peak (nd01, "China's national goal"), Germany's 2045 (nd04), the state
administration's climate neutrality from 2035 (nd04).
Not records: a working group to meet (nd01), Volkswagen Anhui's joint venture (nd01: background), a second memorandum
under discussion (nd02), heat plans by 2026 (nd02, nd04: no figure), a hydrogen memorandum that could be signed next
year (nd03), the 2026 city innovation award (gz02), the 2016 joint research centre (gz03: built, not signed), a forum
without signings (gz04), a video call that exchanged views and a memorandum to be negotiated (gz05), a trip announced
before the signing (us02), a sister city's visit (us03), installed capacities and counts of partner cities.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document, recalled_agreement

LOWER_SAXONY = ["Lower Saxony", "State of Lower Saxony", "Government of Lower Saxony", "Lower Saxony State Government",
                "State Government of Lower Saxony", "Niedersachsen", "Land Niedersachsen", "下萨克森州", "下萨克森"]
ANHUI = ["Anhui", "Anhui Province", "安徽省", "安徽", "People's Government of Anhui Province",
         "Anhui Provincial People's Government", "Anhui Provincial Government", "Government of Anhui Province",
         "Province of Anhui"]
KEAN = ["Climate Protection and Energy Agency of Lower Saxony", "KEAN", "Klimaschutz- und Energieagentur Niedersachsen",
        "Lower Saxony Climate Protection and Energy Agency", "Climate Protection and Energy Agency Lower Saxony"]
HEFEI_DRC = ["Hefei Municipal Development and Reform Commission", "Hefei Development and Reform Commission",
             "合肥市发展和改革委员会", "合肥市发改委", "Development and Reform Commission of Hefei",
             "Hefei Municipal Development & Reform Commission"]
GUANGZHOU = ["Guangzhou", "广州市", "广州", "Guangzhou Municipal People's Government", "广州市人民政府",
             "Guangzhou Municipal Government", "City of Guangzhou", "Guangzhou City"]
GZ_FAO = ["广州市人民政府外事办公室", "Foreign Affairs Office of Guangzhou Municipal People's Government",
          "Guangzhou Foreign Affairs Office", "Foreign Affairs Office of Guangzhou Municipal Government"]
ULSAN = ["Ulsan", "Ulsan Metropolitan City", "蔚山广域市", "蔚山", "蔚山市", "City of Ulsan", "Ulsan City"]
HYUNDAI = ["Hyundai Motor Company", "Hyundai Motor", "现代汽车公司", "现代汽车", "韩国现代汽车公司", "Hyundai"]
SAO_PAULO = ["São Paulo", "Sao Paulo", "圣保罗市", "圣保罗", "City of São Paulo", "São Paulo City", "Sao Paulo City",
             "巴西圣保罗市", "São Paulo City Hall"]
LINKOPING = ["Linköping", "Linkoping", "林雪平市", "林雪平", "City of Linköping", "Linköping Municipality",
             "瑞典林雪平市"]
GZU = ["Guangzhou University", "广州大学"]
LIU = ["Linköping University", "Linkoping University", "林雪平大学"]
GZLIB = ["Guangzhou Library", "广州图书馆"]
LINLIB = ["Linköping City Library", "Linkoping City Library", "林雪平市图书馆"]
CHANGCHUN = ["Changchun", "长春", "长春市", "Changchun City"]
FUKUOKA = ["Fukuoka", "Fukuoka City", "福冈市", "福冈", "City of Fukuoka", "日本福冈市"]
CHINA = ["China", "中国", "People's Republic of China"]
GERMANY = ["Germany", "Federal Republic of Germany", "德国", "German Federal Government"]

EVENTS = [
    event("E-HANNOVER-MESSE-2023", ["Hannover Messe 2023", "Hannover Messe", "HANNOVER MESSE 2023", "Hanover Fair",
                                    "Hanover Messe", "Hannover Fair 2023", "Hanover Fair 2023", "汉诺威工业博览会"],
          "2023-04-17", ["2023-04-21", None], "Hanover", "DE", ["nd01"]),
]

AGREEMENTS = [
    agreement("A-NDS-ANHUI-2023", ["declaration", "joint_statement", "agreement"], [LOWER_SAXONY, ANHUI], "2023-04-17",
              ["Hanover", "Hannover"], ["nd01"], event="E-HANNOVER-MESSE-2023"),
    agreement("A-KEAN-HEFEI-2024", ["mou"], [KEAN, HEFEI_DRC], "2024-05-16", ["Hefei"], ["nd02"]),
    agreement("A-ULSAN-GZ-2024", ["agreement", "partnership", "mou"], [ULSAN, GUANGZHOU], "2024-11-25", ["Guangzhou"],
              ["us01", "gz01"]),
    agreement("A-HYUNDAI-ULSAN-GZ-2024", ["mou", "agreement"], [GUANGZHOU, ULSAN, HYUNDAI], "2024-11-25", ["Guangzhou"],
              ["us01", "gz01"]),
    agreement("A-GZ-SAOPAULO-2025", ["mou", "agreement", "partnership"], [GUANGZHOU + GZ_FAO, SAO_PAULO], "2025-05-19",
              ["São Paulo", "Sao Paulo"], ["gz02"]),
    agreement("A-GZ-LINKOPING-2017", ["mou", "agreement"], [GUANGZHOU, LINKOPING], "2017-11-29", ["Guangzhou"],
              ["gz03"]),
    agreement("A-GZU-LIU-2017", ["mou", "agreement"], [GZU, LIU], "2017-11-29", ["Guangzhou"], ["gz03"]),
    agreement("A-GZLIB-LINLIB-2017", ["mou", "agreement"], [GZLIB, LINLIB], "2017-11-29", ["Guangzhou"], [],
              optional=True, evidence_optional=["gz03"]),
    recalled_agreement("A-ULSAN-CHANGCHUN-1994", ["agreement", "partnership", "mou"], [ULSAN, CHANGCHUN], "1994",
                       "us03"),
]

COMMITMENTS = [
    commitment("C-NDS-NEUTRAL-2040", LOWER_SAXONY, "carbon_neutrality", 2040, ["nd04", "nd01"]),
    # "at least 75 percent": the minimum only (the sixty-sixth web's practice; written 75-75 at first, corrected
    # after the first run)
    commitment("C-NDS-CUT-2030", LOWER_SAXONY, "emissions_reduction", 2030, ["nd04"], base_year=1990,
               reduction_pct_min=75),
    commitment("C-ANHUI-PEAK-2030", ANHUI, "emissions_peak", 2030, ["nd01"]),
    commitment("C-GZ-PEAK-2030", GUANGZHOU, "emissions_peak", 2030, ["gz01"]),
    commitment("C-ULSAN-NEUTRAL-2050", ULSAN, "carbon_neutrality", 2050, ["us01"]),
    commitment("C-FUKUOKA-NZ-2040", FUKUOKA, "carbon_neutrality", 2040, ["gz05"]),
    commitment("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, [], optional=True, evidence_optional=["nd01"]),
    commitment("C-DE-NEUTRAL-2045", GERMANY, "carbon_neutrality", 2045, [], optional=True,
               evidence_optional=["nd04"]),
    commitment("C-NDS-ADMIN-2035", LOWER_SAXONY + ["Lower Saxony state administration", "state administration"],
               "carbon_neutrality", 2035, [], optional=True, evidence_optional=["nd04"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (nds and ulsan in English, gzfao in Chinese) and records."""
    doc = gold_document("Expected records for the hundred-eleventh test web (tests/hundredeleventhweb.py: nds, gzfao, "
                        "ulsan), written by hand from the texts (tests/data/hundredeleventhweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. nd03, gz04, us02 and us03 hold no "
                        "required record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "gzfao":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
