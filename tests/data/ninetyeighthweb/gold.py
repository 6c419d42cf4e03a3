"""Gold records of the ninety-eighth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the 3rd Tashkent International Investment Forum (2-3 May 2024, Tashkent; zq01's three signings on its first
day) and Baku Energy Week with its 29th Baku Energy Forum (4-6 June 2024, Baku; mn02's three memoranda), one event
each. Agreements: zq01's "分别与A、B、C签署X、Y和Z" are three (the ministry "乌兹别克斯坦投资、工业和贸易部" is one name;
江毅 and the minister are witnesses); zq02's numbered list and mn01 tell the same three documents of 23 April 2025 in
Beijing (each one row with both pages as evidence; the memorandum's parties are SPIC and Azerbaijan's Ministry of
Energy, the others SPIC's units with SOCAR and the Renewable Energy Agency, never SPIC itself; the state visit is no
event); zq03's two (13 Nov 2024, Lima); mn02's numbered list of three memoranda (4 June 2024, Baku); ow01's "separate
memorandums with A and B" (Monday = 7 Oct 2024, Kuala Lumpur; the minister is present, no party); ow02's memorandum
(Tuesday = 27 Feb 2024, Bogotá); ow03's "signed agreements with A, B and C" (Wednesday = 15 Jan 2025, Muscat).
Commitments: China Huadian's peak by 2025 and non-fossil capacity shares for 2025 and 2030 (zq04; its 75 GW of new
capacity and China's 2030/2060 goals optional); Azerbaijan's 30% renewable capacity by 2030 and 35%/40% below 1990 by
2030/2050 (mn02); TNB's net zero by 2050, Malaysia's 70% renewable capacity by 2050 and LONGi's 100% renewable
electricity by 2028 (ow01); Envision's value-chain neutrality by 2028 (ow02; its neutrality "since 2022" is a result);
Oman's net zero by 2050 (ow03). Not records: "乌方与各国企业共签署总额超过265亿美元的合作协议" (no parties), a plant's
avoided 190万吨 CO2, shares and capacity reached, Luz del Sur's acquisition of 2020, a tender award and "合同预计将于近期
签署" (zq06), talks (zq05, mn03), a quarter's statistics and results (mn04, ow04). zq05, zq06, mn03, mn04 and ow04
hold no record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

HUADIAN = ["China Huadian Corporation", "China Huadian Corporation Ltd.", "China Huadian Group", "China Huadian",
           "Huadian", "China Huadian Corp", "China Huadian Group Co., Ltd.", "中国华电集团有限公司", "中国华电集团",
           "中国华电", "华电集团"]
UZ_MOE = ["Ministry of Energy of Uzbekistan", "Ministry of Energy of the Republic of Uzbekistan",
          "Uzbekistan Ministry of Energy", "Uzbek Ministry of Energy", "Uzbekistan's Ministry of Energy",
          "乌兹别克斯坦能源部", "乌兹别克斯坦共和国能源部"]
UZ_MIIT = ["Ministry of Investment, Industry and Trade of Uzbekistan",
           "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan",
           "Uzbekistan Ministry of Investment, Industry and Trade", "Uzbek Ministry of Investment, Industry and Trade",
           "乌兹别克斯坦投资、工业和贸易部", "乌兹别克斯坦投资工业贸易部", "乌兹别克斯坦投资、工业与贸易部"]
UZ_GRID = ["National Electric Grid of Uzbekistan", "National Electric Networks of Uzbekistan",
           "Uzbekistan National Electric Grid", "Uzbekistan National Grid Company", "Uzbekistan National Grid",
           "National Grid Company of Uzbekistan", "乌兹别克斯坦国家电网公司", "乌兹别克斯坦国家电网"]
SPIC = ["State Power Investment Corporation", "State Power Investment Corporation Limited", "SPIC",
        "State Power Investment Corp", "国家电力投资集团有限公司", "国家电力投资集团", "国家电投"]
AZ_MOE = ["Ministry of Energy of Azerbaijan", "Ministry of Energy of the Republic of Azerbaijan",
          "Azerbaijan Ministry of Energy", "Azerbaijani Ministry of Energy", "Azerbaijan's Ministry of Energy",
          "阿塞拜疆共和国能源部", "阿塞拜疆能源部"]
CPID = ["China Power International Development Limited", "China Power International Development",
        "China Power International Development Ltd.", "China Power", "中国电力国际发展有限公司", "中国电力国际发展",
        "中国电力"]
SOCAR = ["State Oil Company of Azerbaijan Republic", "State Oil Company of the Azerbaijan Republic", "SOCAR",
         "State Oil Company of Azerbaijan", "Azerbaijan State Oil Company", "阿塞拜疆国家石油公司"]
SEP = ["Shanghai Electric Power Co., Ltd.", "Shanghai Electric Power Company Limited", "Shanghai Electric Power",
       "Shanghai Electric Power Co.", "上海电力股份有限公司", "上海电力"]
AREA = ["Azerbaijan Renewable Energy Agency", "Renewable Energy Agency of Azerbaijan",
        "Azerbaijan Renewable Energy Agency under the Ministry of Energy", "AREA", "阿塞拜疆可再生能源署"]
CTGI = ["China Three Gorges International Corporation", "China Three Gorges International",
        "China Three Gorges International Limited", "China Three Gorges International Co., Ltd.",
        "Three Gorges International", "CTGI", "中国三峡国际股份有限公司", "三峡国际"]
PE_MINEM = ["Ministry of Energy and Mines of Peru", "Peruvian Ministry of Energy and Mines", "Peru Ministry of Energy "
            "and Mines", "Ministry of Energy and Mines", "MINEM", "Ministerio de Energía y Minas",
            "Ministerio de Energía y Minas del Perú", "秘鲁能源和矿业部", "秘鲁能源矿业部"]
PROINV = ["ProInversión", "ProInversion", "Private Investment Promotion Agency", "Private Investment Promotion Agency "
          "of Peru", "Peru Private Investment Promotion Agency", "Peruvian Private Investment Promotion Agency",
          "秘鲁私人投资促进署"]
DATANG_OV = ["China Datang Overseas Investment Co., Ltd.", "China Datang Overseas Investment Co. Ltd.",
             "China Datang Overseas Investment", "China Datang Overseas Investment Company",
             "中国大唐集团海外投资有限公司", "大唐海外投资有限公司"]
DATANG = ["China Datang Corporation", "China Datang Corp", "China Datang Corporation Ltd.", "China Datang",
          "Datang", "China Datang Group", "中国大唐集团有限公司", "中国大唐"]
ENVISION = ["Envision Energy", "Envision", "Envision Group", "Envision Energy Co., Ltd.", "远景能源", "远景科技集团",
            "远景"]
LONGI = ["LONGi Green Energy Technology Co., Ltd.", "LONGi Green Energy Technology", "LONGi", "LONGi Green Energy",
         "Longi Green Energy Technology Co., Ltd.", "隆基绿能科技股份有限公司", "隆基绿能", "隆基"]
TNB = ["Tenaga Nasional Berhad", "TNB", "Tenaga Nasional", "Tenaga", "马来西亚国家能源公司"]
CO_MINENERGIA = ["Ministry of Mines and Energy of Colombia", "Colombian Ministry of Mines and Energy",
                 "Colombia's Ministry of Mines and Energy", "Colombia Ministry of Mines and Energy",
                 "Ministry of Mines and Energy", "Ministerio de Minas y Energía", "MinEnergía"]
OM_MEM = ["Ministry of Energy and Minerals of Oman", "Oman Ministry of Energy and Minerals",
          "Omani Ministry of Energy and Minerals", "Oman's Ministry of Energy and Minerals",
          "Ministry of Energy and Minerals", "阿曼能源和矿产部"]
AZERBAIJAN = ["Azerbaijan", "Republic of Azerbaijan", "Azerbaijani Government", "Government of Azerbaijan",
              "阿塞拜疆"]
MALAYSIA = ["Malaysia", "Government of Malaysia", "Malaysian Government", "马来西亚"]
OMAN = ["Oman", "Sultanate of Oman", "Government of Oman", "阿曼"]
CHINA = ["China", "People's Republic of China", "中国"]

EVENTS = [
    event("E-TIIF-2024", ["Tashkent International Investment Forum", "3rd Tashkent International Investment Forum",
                          "Third Tashkent International Investment Forum", "TIIF", "TIIF 2024",
                          "Tashkent International Investment Forum 2024", "第三届塔什干国际投资论坛",
                          "塔什干国际投资论坛"], "2024-05-02", ["2024-05-03"], "Tashkent", "UZ", ["zq01"]),
    event("E-BEW-2024", ["Baku Energy Week", "Baku Energy Week 2024", "29th Baku Energy Week", "Baku Energy Forum",
                         "29th Baku Energy Forum", "Baku Energy Forum 2024"], "2024-06-04", ["2024-06-06"], "Baku",
          "AZ", ["mn02"]),
]

AGREEMENTS = [
    agreement("A-HUADIAN-UZMOE-2024", ["agreement"], [HUADIAN, UZ_MOE], "2024-05-02", ["Tashkent"], ["zq01"],
              event="E-TIIF-2024"),
    agreement("A-HUADIAN-UZMIIT-2024", ["mou"], [HUADIAN, UZ_MIIT], "2024-05-02", ["Tashkent"], ["zq01"],
              event="E-TIIF-2024"),
    agreement("A-HUADIAN-UZGRID-2024", ["agreement"], [HUADIAN, UZ_GRID], "2024-05-02", ["Tashkent"], ["zq01"],
              event="E-TIIF-2024"),
    agreement("A-SPIC-AZMOE-2025", ["mou"], [SPIC, AZ_MOE], "2025-04-23", ["Beijing"], ["zq02", "mn01"]),
    agreement("A-CPID-SOCAR-2025", ["agreement"], [CPID, SOCAR], "2025-04-23", ["Beijing"], ["zq02", "mn01"]),
    agreement("A-SEP-AREA-2025", ["agreement"], [SEP, AREA], "2025-04-23", ["Beijing"], ["zq02", "mn01"]),
    agreement("A-CTGI-MINEM-2024", ["mou"], [CTGI, PE_MINEM], "2024-11-13", ["Lima"], ["zq03"]),
    agreement("A-CTGI-PROINV-2024", ["agreement"], [CTGI, PROINV], "2024-11-13", ["Lima"], ["zq03"]),
    agreement("A-AZMOE-DATANG-2024", ["mou"], [AZ_MOE, DATANG_OV], "2024-06-04", ["Baku"], ["mn02"],
              event="E-BEW-2024"),
    agreement("A-AZMOE-ENVISION-2024", ["mou"], [AZ_MOE, ENVISION], "2024-06-04", ["Baku"], ["mn02"],
              event="E-BEW-2024"),
    agreement("A-AZMOE-LONGI-2024", ["mou"], [AZ_MOE, LONGI], "2024-06-04", ["Baku"], ["mn02"],
              event="E-BEW-2024"),
    agreement("A-TNB-DATANG-2024", ["mou"], [TNB, DATANG], "2024-10-07", ["Kuala Lumpur"], ["ow01"]),
    agreement("A-TNB-LONGI-2024", ["mou"], [TNB, LONGI], "2024-10-07", ["Kuala Lumpur"], ["ow01"]),
    agreement("A-COMINENERGIA-ENVISION-2024", ["mou"], [CO_MINENERGIA, ENVISION], "2024-02-27",
              ["Bogota", "Bogotá"], ["ow02"]),
    agreement("A-OMMEM-HUADIAN-2025", ["agreement"], [OM_MEM, HUADIAN], "2025-01-15", ["Muscat"], ["ow03"]),
    agreement("A-OMMEM-CTGI-2025", ["agreement"], [OM_MEM, CTGI], "2025-01-15", ["Muscat"], ["ow03"]),
    agreement("A-OMMEM-ENVISION-2025", ["agreement"], [OM_MEM, ENVISION], "2025-01-15", ["Muscat"], ["ow03"]),
]

COMMITMENTS = [
    commitment("C-HUADIAN-PEAK-2025", HUADIAN, "emissions_peak", 2025, ["zq04"]),
    commitment("C-HUADIAN-NF-2025", HUADIAN, "renewable_share", 2025, ["zq04"]),
    commitment("C-HUADIAN-NF-2030", HUADIAN, "renewable_share", 2030, ["zq04"]),
    commitment("C-HUADIAN-NE-2025", HUADIAN, "other", 2025, [], optional=True, evidence_optional=["zq04"]),
    commitment("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, [], optional=True, evidence_optional=["zq04"]),
    commitment("C-CN-CN-2060", CHINA, "carbon_neutrality", 2060, [], optional=True, evidence_optional=["zq04"]),
    commitment("C-AZ-RE-2030", AZERBAIJAN, "renewable_share", 2030, ["mn02"]),
    commitment("C-AZ-35-2030", AZERBAIJAN, "emissions_reduction", 2030, ["mn02"], base_year=1990,
               reduction_pct_min=35, reduction_pct_max=35),
    commitment("C-AZ-40-2050", AZERBAIJAN, "emissions_reduction", 2050, ["mn02"], base_year=1990,
               reduction_pct_min=40, reduction_pct_max=40),
    commitment("C-TNB-NZ-2050", TNB, "carbon_neutrality", 2050, ["ow01"]),
    commitment("C-MY-RE-2050", MALAYSIA, "renewable_share", 2050, ["ow01"]),
    commitment("C-LONGI-RE-2028", LONGI, "renewable_share", 2028, ["ow01"]),
    commitment("C-ENVISION-CN-2028", ENVISION, "carbon_neutrality", 2028, ["ow02"]),
    commitment("C-OMAN-NZ-2050", OMAN, "carbon_neutrality", 2050, ["ow03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the ninety-eighth test web (tests/ninetyeighthweb.py: zqnw, minenergy, "
                        "orientwire), written by hand from the texts (tests/data/ninetyeighthweb/articles.py) before "
                        "the extractor was run; format of shared/gold/seeds.json. zq05, zq06, mn03, mn04 and ow04 "
                        "hold no record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "zqnw":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
