"""Gold records of the ninety-third test web, written from the texts of articles.py before the extractor was run on
them.

Events (gatherings where something was signed; first day, city): the Hong Kong-Shenzhen Joint Working Group on
Environmental Protection meeting of 27 Feb 2024 in Hong Kong (en01, tc01, sz01), the National Ecology Day ceremony of
15 Aug 2024 in Hong Kong (tc02) and the Shenzhen metropolitan-area coordination meeting of 22 May 2024 in Shenzhen
(sz02). The 2023 working-group meeting (en03) and MIECF 2025 (en04, tc03) signed nothing: no event.
Agreements: the bureaux' agreement of 27 Feb 2024 (the Environment and Ecology Bureau and the Shenzhen Municipal
Bureau of Ecology and Environment; the two heads who witnessed are no party: one row for en01, tc01, sz01, recalled
on tc02), the marine co-operation arrangement of 16 Jun 2023 (the Environmental Protection Department and the
National Marine Environmental Monitoring Center, signed by their directors before the minister and the Secretary:
en02, tc04), the corridor framework agreement of 15 Aug 2024 (the Bureau and Shenzhen's planning and natural
resources bureau, tc02) and the five-city framework agreement of 22 May 2024 (five ecology bureaux; Guangdong's
department, under whose guidance it was signed, is no party: sz02).
Commitments: Hong Kong's carbon neutrality before 2050 and its halving of the 2005 emissions by 2035 (Tse's quote in
en01 and tc01). None: the Ng Tung River's phosphorus drop (a result), the five-year ten tasks (no figure), the
trial of electric goods vehicles (to explore), Robin's Nest's 530 hectares. en03, en04, en05, tc03 and sz03 hold no
record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

HK = ["Hong Kong", "Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR", "HKSAR Government",
      "Government of the Hong Kong Special Administrative Region", "Hong Kong Government", "Hong Kong SAR Government",
      "香港", "香港特區政府", "香港特別行政區", "香港特別行政區政府"]
EEB = ["Environment and Ecology Bureau", "EEB", "Environment and Ecology Bureau of the HKSAR Government",
       "Environment and Ecology Bureau of the Hong Kong Special Administrative Region Government",
       "HKSAR Government Environment and Ecology Bureau", "Hong Kong Environment and Ecology Bureau",
       "環境及生態局", "环境及生态局", "香港特別行政區政府環境及生態局", "香港特别行政区政府环境及生态局",
       "香港特区政府环境及生态局"]
SZEEB = ["Shenzhen Municipal Bureau of Ecology and Environment", "Shenzhen Municipal Ecology and Environment Bureau",
         "Shenzhen Ecology and Environment Bureau", "Ecology and Environment Bureau of Shenzhen Municipality",
         "Bureau of Ecology and Environment of Shenzhen Municipality", "Shenzhen Bureau of Ecology and Environment",
         "深圳市生态环境局", "深圳市生態環境局"]
EPD = ["Environmental Protection Department", "EPD", "Hong Kong Environmental Protection Department",
       "Environmental Protection Department of the HKSAR Government", "環境保護署", "环境保护署", "香港環境保護署"]
NMEMC = ["National Marine Environmental Monitoring Center", "National Marine Environmental Monitoring Centre",
         "National Marine Environmental Monitoring Center of the MEE",
         "National Marine Environmental Monitoring Center of the Ministry of Ecology and Environment",
         "國家海洋環境監測中心", "国家海洋环境监测中心", "生態環境部國家海洋環境監測中心", "生态环境部国家海洋环境监测中心"]
SZPNR = ["Shenzhen Municipal Planning and Natural Resources Bureau", "Planning and Natural Resources Bureau of Shenzhen "
         "Municipality", "Shenzhen Planning and Natural Resources Bureau", "Shenzhen Municipal Bureau of Planning and "
         "Natural Resources", "深圳市規劃和自然資源局", "深圳市规划和自然资源局"]


def _city_bureau(en: str, zh: str) -> list[str]:
    return [f"{en} Municipal Bureau of Ecology and Environment", f"{en} Municipal Ecology and Environment Bureau",
            f"{en} Ecology and Environment Bureau", f"{en} Bureau of Ecology and Environment",
            f"Ecology and Environment Bureau of {en} Municipality", f"{zh}市生态环境局"]


DONGGUAN = _city_bureau("Dongguan", "东莞")
HUIZHOU = _city_bureau("Huizhou", "惠州")
HEYUAN = _city_bureau("Heyuan", "河源")
SHANWEI = _city_bureau("Shanwei", "汕尾")

JWG = ["Hong Kong-Shenzhen Joint Working Group on Environmental Protection meeting",
       "Hong Kong-Shenzhen Joint Working Group on Environmental Protection", "港深環保合作專班會議", "港深環保合作專班",
       "深港环保合作专班2024年第一次会议", "深港环保合作专班会议", "深港环保合作专班",
       "Shenzhen-Hong Kong Environmental Protection Cooperation Task Force meeting"]
ECODAY = ["全國生態日啟動禮暨研討會", "全國生態日啟動禮", "National Ecology Day launch ceremony cum seminar",
          "National Ecology Day Launching Ceremony cum Seminar", "National Ecology Day launch ceremony",
          "全国生态日启动礼暨研讨会"]
SZMA = ["深圳都市圈生态环境共保共治协调会议", "Shenzhen Metropolitan Area Ecological and Environmental Co-protection and "
        "Co-governance Coordination Meeting", "Shenzhen Metropolitan Area ecological and environmental coordination "
        "meeting", "Shenzhen Metropolitan Area Coordination Meeting"]

EVENTS = [
    event("E-HKSZ-JWG-2024", JWG, "2024-02-27", ["2024-02-27", None], "Hong Kong", "HK", ["en01", "tc01", "sz01"]),
    event("E-ECODAY-2024", ECODAY, "2024-08-15", ["2024-08-15", None], "Hong Kong", "HK", ["tc02"]),
    event("E-SZMA-2024", SZMA, "2024-05-22", ["2024-05-22", None], "Shenzhen", "CN", ["sz02"]),
]

_AGR = ["agreement", "mou", "partnership"]
AGREEMENTS = [
    agreement("A-EEB-SZEEB-2024", ["agreement"], [EEB, SZEEB], "2024-02-27", ["Hong Kong"], ["en01", "tc01", "sz01"],
              event="E-HKSZ-JWG-2024", evidence_optional=["tc02"]),
    agreement("A-EPD-NMEMC-2023", _AGR, [EPD, NMEMC], "2023-06-16", ["Beijing"], ["en02", "tc04"]),
    agreement("A-EEB-SZPNR-2024", ["agreement"], [EEB, SZPNR], "2024-08-15", ["Hong Kong"], ["tc02"],
              event="E-ECODAY-2024"),
    agreement("A-SZMA-2024", ["agreement"], [SZEEB, DONGGUAN, HUIZHOU, HEYUAN, SHANWEI], "2024-05-22", ["Shenzhen"],
              ["sz02"], event="E-SZMA-2024"),
]

COMMITMENTS = [
    commitment("C-HK-CN-2050", HK, "carbon_neutrality", 2050, ["en01", "tc01"]),
    commitment("C-HK-HALF-2035", HK, "emissions_reduction", 2035, ["en01", "tc01"], base_year=2005,
               reduction_pct_min=50, reduction_pct_max=50),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (isden in English, isdtc and szeeb in Chinese) and records."""
    doc = gold_document("Expected records for the ninety-third test web (tests/ninetythirdweb.py: isden, isdtc, "
                        "szeeb), written by hand from the texts (tests/data/ninetythirdweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. en03, en04, en05, tc03 and sz03 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        doc["articles"][a["id"]]["language"] = "en" if a["site"] == "isden" else "zh"
    return doc
