"""Gold records of the eighty-fourth test web, written from the texts of articles.py before the extractor was run on
them.

No events (signing ceremonies, a Landtag vote and visits are no gatherings whose results the pages report).
Agreements: NSW and the Commonwealth (ns01, "today" in Sydney); Baden-Württemberg and Québec's joint declaration of
intent ("on Tuesday" = 11 Oct 2022, Montréal; the signatories' ministries accepted for the two governments); the
renewed Climate Protection Pact of the state and its three municipal associations (4 parties, "on Monday" = 18 Jul
2022, Stuttgart; the first pact of 2015 is recalled: optional); 山西省人民政府 and 中国华能 (8月25日, 太原; the vice
governor and the general manager sign, the governor and the chairman attend: no witnesses as parties); 长治市人民政府 and
晋能控股集团 (6月8日, 长治). Commitments: NSW's 50%/2005/2030, 70%/2005/2035 and net zero 2050 (ns02; ns01 restates
the 2050 objective: optional evidence); Baden-Württemberg's neutrality by 2040 and 65%/1990/2030 (bw01); Shanxi's peak
before 2030 and non-fossil shares for 2025 and 2030 (sx01). Optional: Germany's 2045 neutrality (bw01), Québec's
37.5%/1990/2030 (bw02), the Roadmap's 12 GW by 2030 (ns03) and Huaneng's planned 10 GW in Shanxi (sx02), as `other`.
Not records: results (NSW 29 per cent below 2005 in 2021, BW 21 per cent below 1990, Shanxi's 41% of capacity), a
forecast (90 million tonnes by 2030), funding, land shares, plans to explore or to prepare a declaration (ns04, bw04,
sx04). ns04, bw04, sx04 and sx05 hold no record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document, recalled_agreement

NSW = ["New South Wales", "NSW", "NSW Government", "New South Wales Government", "Government of New South Wales",
       "State of New South Wales", "新南威尔士州"]
COMMONWEALTH = ["Australia", "Australian Government", "Commonwealth", "Commonwealth of Australia",
                "Commonwealth Government", "Government of Australia", "Australian Commonwealth Government"]
BW = ["Baden-Württemberg", "Baden-Wurttemberg", "Baden-Wuerttemberg", "State of Baden-Württemberg",
      "Baden-Württemberg State Government", "Government of Baden-Württemberg", "巴登-符腾堡州"]
BW_ECON = BW + ["Baden-Württemberg Ministry of Economic Affairs, Labour and Tourism",
                "Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg",
                "Ministry of Economic Affairs, Labour and Tourism of Baden-Württemberg"]
BW_ENV = BW + ["Baden-Württemberg Ministry of the Environment, Climate Protection and the Energy Sector",
               "Ministry of the Environment, Climate Protection and the Energy Sector Baden-Württemberg",
               "Ministry of the Environment, Climate Protection and the Energy Sector of Baden-Württemberg"]
QUEBEC = ["Québec", "Quebec", "Government of Québec", "Government of Quebec", "Gouvernement du Québec",
          "Province of Québec", "Province of Quebec", "Québec Ministry of Economy and Innovation",
          "Quebec Ministry of Economy and Innovation", "Ministère de l'Économie et de l'Innovation"]
GEMEINDETAG = ["Gemeindetag Baden-Württemberg", "Gemeindetag", "Baden-Württemberg Association of Towns and "
               "Municipalities", "Association of Towns and Municipalities of Baden-Württemberg"]
STAEDTETAG = ["Städtetag Baden-Württemberg", "Städtetag", "Staedtetag Baden-Württemberg",
              "Association of Cities of Baden-Württemberg", "Baden-Württemberg Association of Cities"]
LANDKREISTAG = ["Landkreistag Baden-Württemberg", "Landkreistag", "Association of Rural Districts of "
                "Baden-Württemberg", "Baden-Württemberg Association of Rural Districts",
                "Baden-Württemberg County Association"]
SHANXI = ["Shanxi", "Shanxi Province", "Shanxi Provincial People's Government", "Shanxi Provincial Government",
          "山西省人民政府", "山西省", "山西"]
HUANENG = ["China Huaneng Group", "China Huaneng Group Co., Ltd.", "Huaneng", "China Huaneng", "Huaneng Group",
           "中国华能集团有限公司", "中国华能集团", "华能集团", "中国华能"]
CHANGZHI = ["Changzhi", "Changzhi Municipal People's Government", "Changzhi Municipal Government",
            "Changzhi City", "长治市人民政府", "长治市", "长治"]
JINNENG = ["Jinneng Holding Group", "Jinneng Holding Group Co., Ltd.", "Jinneng Holding", "Jinneng Group",
           "晋能控股集团有限公司", "晋能控股集团", "晋能控股"]
GERMANY = ["Germany", "Federal Republic of Germany", "German Federal Government", "德国"]

AGREEMENTS = [
    agreement("A-NSW-CTH-2020", ["mou"], [NSW, COMMONWEALTH], "2020-01-31", ["Sydney"], ["ns01"]),
    agreement("A-BW-QUEBEC-2022", ["declaration", "mou"], [BW_ECON, QUEBEC], "2022-10-11",
              ["Montreal", "Montréal"], ["bw02"]),
    agreement("A-BW-PACT-2022", ["agreement", "partnership"], [BW_ENV, GEMEINDETAG, STAEDTETAG, LANDKREISTAG],
              "2022-07-18", ["Stuttgart"], ["bw03"]),
    recalled_agreement("A-BW-PACT-2015", ["agreement", "partnership"],
                       [BW_ENV, GEMEINDETAG, STAEDTETAG, LANDKREISTAG], "2015", "bw03"),
    agreement("A-SHANXI-HUANENG-2022", ["agreement"], [SHANXI, HUANENG], "2022-08-25", ["Taiyuan"], ["sx02"]),
    agreement("A-CHANGZHI-JINNENG-2023", ["agreement"], [CHANGZHI, JINNENG], "2023-06-08", ["Changzhi"], ["sx03"]),
]

COMMITMENTS = [
    commitment("C-NSW-NZ-2050", NSW, "carbon_neutrality", 2050, ["ns02"], evidence_optional=["ns01"]),
    commitment("C-NSW-50-2030", NSW, "emissions_reduction", 2030, ["ns02"], base_year=2005,
               reduction_pct_min=50, reduction_pct_max=50),
    commitment("C-NSW-70-2035", NSW, "emissions_reduction", 2035, ["ns02"], base_year=2005,
               reduction_pct_min=70, reduction_pct_max=70),
    commitment("C-NSW-RE-2030", NSW, "other", 2030, [], optional=True, evidence_optional=["ns03"]),
    commitment("C-BW-CN-2040", BW_ENV, "carbon_neutrality", 2040, ["bw01"]),
    commitment("C-BW-65-2030", BW_ENV, "emissions_reduction", 2030, ["bw01"], base_year=1990,
               reduction_pct_min=65, reduction_pct_max=65),
    commitment("C-DE-CN-2045", GERMANY, "carbon_neutrality", 2045, [], optional=True, evidence_optional=["bw01"]),
    commitment("C-QUEBEC-2030", QUEBEC, "emissions_reduction", 2030, [], optional=True, evidence_optional=["bw02"],
               base_year=1990, reduction_pct_min=37.5, reduction_pct_max=37.5),
    commitment("C-SHANXI-PEAK-2030", SHANXI, "emissions_peak", 2030, ["sx01"]),
    commitment("C-SHANXI-NF-2025", SHANXI, "renewable_share", 2025, ["sx01"]),
    commitment("C-SHANXI-NF-2030", SHANXI, "renewable_share", 2030, ["sx01"]),
    commitment("C-HUANENG-SX-2025", HUANENG, "other", 2025, [], optional=True, evidence_optional=["sx02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the eighty-fourth test web (tests/eightyfourthweb.py: nswnews, bwpress, "
                        "sxgov), written by hand from the texts (tests/data/eightyfourthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. ns04, bw04, sx04 and sx05 hold no "
                        "record.", "zh", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "sxgov":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
