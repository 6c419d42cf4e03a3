"""Gold records of the hundred-and-ninth test web, written from the texts of articles.py before the extractor was run on
them.

No events (signing ceremonies, a groundbreaking, an opening and a workshop are no gatherings of the seeds' kind).
Agreements: each instrument with the parties that signed it, never a witness or an official who attended (刘平, 马静,
黄迪南 at the Shanghai signing; 倪强 and 冯飞 in Haikou; 宋乐伟 and 上田达郎 "见证下" in Xuzhou), never a parent's
project name read as a party. The Shanghai hydrogen-base investment agreement is ONE row from two pages (lq01 Chinese,
ap01 English, "on Tuesday" = 1 March 2022): its three investors are required, the park's committee (a signatory in
the Chinese report, not named in the English one) is an optional party; the English report names the parents (Air
Liquide, Shenergy Group), so each investor's list takes its parent's names. Toyota China-Haima is ONE row (lq02, ap02
"on Friday" = 24 March 2023); XCMG-Toyota (lq04) is another row. The Changchun hydrogen-base agreement has three
parties (吉电股份, 国家电投氢能公司, the zone's committee); cc03 recalls it (optional evidence). DEA-CNREC (ap03,
"on Thursday" = 23 February 2012).
Cities: lq04 and cc01 name no place of signing (a party secretary witnesses in Xuzhou; the ceremony is "举行"), so
null is accepted beside the city they imply, as the development webs accept it (devweb-a cn03, mw05); this was
corrected after the first run, which the gold had wrongly required a city for.
Commitments: Air Liquide's 33% below 2020 by 2035 and neutrality by 2050 (ap01), Toyota's life-cycle neutrality by
2050 (ap02), Jilin's peak before 2030 (cc01). Optional: Hainan's end of fuel-car sales by 2030 (lq02, ap02), Shanghai's
10,000 fuel-cell vehicles and 70 stations by 2025 (lq01, ap01), China's 15% non-fossil share by 2020 (ap03).
None: a board's approval to sign (lq03), an opening (lq05), a work meeting (cc02), a meeting with no signing (cc03), a
workshop (ap04), a pilot discussed (ap03), projects "有望年内签约" (cc01), trial fleet plans (ap02).
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document

AIR_LIQUIDE = ["Air Liquide", "Air Liquide Group", "Air Liquide SA", "液化空气集团", "液化空气"]
ALC = ["Air Liquide China", "Air Liquide (China) Investment Co., Ltd.", "Air Liquide (China) Investment",
       "液化空气（中国）投资有限公司", "液化空气中国", *AIR_LIQUIDE]
SCIPI = ["Shanghai Chemical Industry Park Investment Co", "Shanghai Chemical Industry Park Investment Co., Ltd.",
         "Shanghai Chemical Industry Park Investment", "Shanghai Chemical Industry Park Investment Industrial Co., Ltd.",
         "上海化学工业区投资实业有限公司", "上海化工区投资实业公司", "化工区投资实业"]
SHENERGY = ["上海申能能创能源发展有限公司", "申能能创", "Shenergy Group", "Shenergy", "Shenergy (Group) Co., Ltd.",
            "申能集团", "申能（集团）有限公司"]
SCIP = ["上海化学工业区管理委员会", "上海化工区管委会", "上海化学工业区", "上海化工区",
        "Shanghai Chemical Industry Park Administrative Committee", "Shanghai Chemical Industry Park"]
TOYOTA = ["Toyota Motor Corporation", "Toyota Motor Corp", "Toyota", "丰田汽车公司", "丰田汽车", "丰田"]
TOYOTA_CN = ["Toyota Motor (China) Investment Co., Ltd.", "Toyota Motor (China) Investment Co",
             "Toyota Motor (China) Investment", "Toyota China", "丰田汽车（中国）投资有限公司", "丰田中国", *TOYOTA]
HAIMA = ["Haima Automobile", "Haima Automobile Co., Ltd.", "Haima Automobile Group", "Haima", "海马汽车股份有限公司",
         "海马汽车"]
XCMG = ["XCMG", "XCMG Group", "Xuzhou Construction Machinery Group", "Xuzhou Construction Machinery Group Co., Ltd.",
        "徐州工程机械集团有限公司", "徐工集团"]
JIDIAN = ["Jilin Electric Power", "Jilin Electric Power Co., Ltd.", "Jilin Electric Power Company Limited",
          "吉林电力股份有限公司", "吉电股份"]
SPIC_H2 = ["SPIC Hydrogen Energy", "SPIC Hydrogen Energy Co., Ltd.",
           "SPIC Hydrogen Energy Technology Development Co., Ltd.", "国家电投集团氢能科技发展有限公司",
           "国家电投氢能公司", "国家电投集团氢能公司", "国氢科技", "State Power Investment Corporation", "SPIC",
           "国家电力投资集团有限公司", "国家电投"]
ZONE = ["中韩（长春）国际合作示范区管理委员会", "中韩（长春）国际合作示范区", "中韩示范区",
        "China-Korea (Changchun) International Cooperation Demonstration Zone",
        "China-Korea (Changchun) International Cooperation Demonstration Zone Administrative Committee",
        "Sino-Korean (Changchun) International Cooperation Demonstration Zone",
        "China-ROK (Changchun) International Cooperation Demonstration Zone"]
DEA = ["Danish Energy Agency", "DEA", "Energistyrelsen", "丹麦能源署"]
CNREC = ["China National Renewable Energy Centre", "China National Renewable Energy Center", "CNREC",
         "国家可再生能源中心"]
JILIN = ["Jilin", "Jilin Province", "Jilin Provincial Government", "吉林省", "吉林省人民政府", "吉林省能源局",
         "Jilin Provincial Energy Administration", "Jilin Provincial Energy Bureau"]
HAINAN = ["Hainan", "Hainan Province", "Hainan Provincial Government", "海南省", "海南"]
SHANGHAI = ["Shanghai", "Shanghai Municipal Government", "Shanghai Municipality", "上海市", "上海"]
CHINA = ["China", "People's Republic of China", "中国"]
FRAMEWORK = ["agreement", "partnership"]

AGREEMENTS = [
    agreement("A-SHH2BASE-2022", FRAMEWORK, [SCIPI, ALC, SHENERGY], "2022-03-01", ["Shanghai"], ["lq01", "ap01"],
              parties_optional=[SCIP], evidence_optional=["lq05"]),
    agreement("A-TOYOTACN-HAIMA-2023", FRAMEWORK, [TOYOTA_CN, HAIMA], "2023-03-24", ["Haikou"], ["lq02", "ap02"],
              evidence_optional=["lq04"]),
    agreement("A-XCMG-TOYOTA-2023", FRAMEWORK, [XCMG, TOYOTA], "2023-07-25", ["Xuzhou", None], ["lq04"]),
    agreement("A-CCH2BASE-2021", ["agreement"], [JIDIAN, SPIC_H2, ZONE], "2021-04-26", ["Changchun", None], ["cc01"],
              evidence_optional=["cc03"]),
    agreement("A-DEA-CNREC-2012", FRAMEWORK, [DEA, CNREC], "2012-02-23", ["Beijing", None], ["ap03"]),
]

COMMITMENTS = [
    commitment("C-AIRLIQUIDE-33-2035", AIR_LIQUIDE, "emissions_reduction", 2035, ["ap01"], base_year=2020,
               reduction_pct_min=33),
    commitment("C-AIRLIQUIDE-NZ-2050", AIR_LIQUIDE, "carbon_neutrality", 2050, ["ap01"]),
    commitment("C-TOYOTA-NZ-2050", TOYOTA, "carbon_neutrality", 2050, ["ap02"]),
    commitment("C-JILIN-PEAK-2030", JILIN, "emissions_peak", 2030, ["cc01"]),
    commitment("C-HAINAN-ICE-2030", HAINAN, "other", 2030, [], optional=True, evidence_optional=["lq02", "ap02"]),
    commitment("C-SHANGHAI-FCV-2025", SHANGHAI, "other", 2025, [], optional=True, evidence_optional=["lq01", "ap01"]),
    commitment("C-CHINA-NF-2020", CHINA, "renewable_share", 2020, [], optional=True, evidence_optional=["ap03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (lqny and ccinvest in Chinese, apledger in English) and records."""
    doc = gold_document("Expected records for the hundred-and-ninth test web (tests/hundredninthweb.py: lqny, "
                        "ccinvest, apledger), written by hand from the texts (tests/data/hundredninthweb/articles.py) "
                        "before the extractor was run; format of shared/gold/seeds.json. lq03, lq05, cc02, cc03 and "
                        "ap04 hold no record.", "zh", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "apledger":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
