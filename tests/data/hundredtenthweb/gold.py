"""Gold records of the hundred-and-tenth test web, written from the texts of articles.py before the extractor was run
on them.

A summit is an event from its first day, in the city where it was held (Belem, Riyadh, New Delhi, Paris, Malmo), with
every page that reports its outcome as evidence; a preview (un05) or a keynote given there (ic02) is optional
evidence. A declaration has as parties the governments the text names as signing it (the eight ACTO members of the
Belem Declaration); "participants adopted the Delhi Solar Agenda" and "ICLEI members adopted the Malmo Commitment" name
no signatory: the Delhi agenda is optional with its two co-hosts, the Malmo Commitment no record. The Just Energy
Transition Partnership launched beside the Paris summit is one agreement of Senegal and its five named partners, on
the day given ("on Thursday" / 22日), with the summit as its event. A pledge goes to the one actor who announced it,
with the summit as its event: Saudi Arabia's net zero by 2060 and 50% renewable electricity by 2030, Senegal's 40%
renewables in its capacity by 2030, Malmo's climate neutrality by 2030, Sweden's net zero by 2045 and 63% below 1990
by 2030 (outside the EU ETS). Optional: capacities and tonnes (India's 175 GW and 100 GW by 2022, Saudi Arabia's 278
million tonnes), Brazil's end of illegal deforestation by 2030, the Middle East Green Initiative Summit announced for
Monday, and the UN climate conferences recalled (Paris 2015) or ahead (Glasgow). Not records: money (700 million
euros, 2.5 billion euros, $1 trillion, 700 billion riyals), a target a council only weighs (ic03: "considering ... 80
percent below 1990 levels by 2030", "no decision has been taken"), a report launch (un06), a training course (ls05),
a treaty "first concluded in 1978" and a framework agreement that "entered into force" (no parties), a proposal that
"did not make it into the final text".

Stories on two pages (one row each): the Summit of the Amazon and the Belem Declaration (un01, ls01), the Saudi Green
Initiative Forum and both Saudi targets (un02, ls02), the International Solar Alliance Founding Conference (un03,
ls03), the Paris summit, Senegal's partnership and its 40% (un04, ls04).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

AMAZON = "E-AMAZON-2023"
SGI = "E-SGI-2021"
ISA = "E-ISA-2018"
NGFP = "E-NGFP-2023"
ICLEI_WC = "E-ICLEI-WC-2022"

BOLIVIA = ["Bolivia", "玻利维亚", "Plurinational State of Bolivia"]
BRAZIL = ["Brazil", "巴西", "Federative Republic of Brazil"]
COLOMBIA = ["Colombia", "哥伦比亚", "Republic of Colombia"]
ECUADOR = ["Ecuador", "厄瓜多尔", "Republic of Ecuador"]
GUYANA = ["Guyana", "圭亚那", "Co-operative Republic of Guyana"]
PERU = ["Peru", "秘鲁", "Republic of Peru"]
SURINAME = ["Suriname", "苏里南", "Republic of Suriname"]
VENEZUELA = ["Venezuela", "委内瑞拉", "Bolivarian Republic of Venezuela"]
SENEGAL = ["Senegal", "塞内加尔", "Republic of Senegal", "Government of Senegal"]
FRANCE = ["France", "法国", "French Republic", "Government of France"]
GERMANY = ["Germany", "德国", "Federal Republic of Germany", "Government of Germany"]
EU = ["European Union", "EU", "欧盟", "欧洲联盟"]
CANADA = ["Canada", "加拿大", "Government of Canada"]
UK = ["United Kingdom", "UK", "U.K.", "Britain", "英国", "Government of the United Kingdom"]
SAUDI = ["Saudi Arabia", "Kingdom of Saudi Arabia", "沙特阿拉伯", "沙特", "Saudi"]
INDIA = ["India", "印度", "Government of India"]
MALMO = ["Malmö", "Malmo", "City of Malmö", "Malmö Municipality", "Malmö city", "马尔默"]
SWEDEN = ["Sweden", "瑞典", "Government of Sweden"]

EVENTS = [
    event(AMAZON, ["Summit of the Amazon", "Amazon Summit", "Amazon summit", "ACTO Summit",
                   "Amazon Cooperation Treaty Organization Summit", "Summit of the Amazon Cooperation Treaty Organization",
                   "亚马孙峰会", "亚马孙合作条约组织峰会", "Cúpula da Amazônia"],
          "2023-08-08", ["2023-08-09", None], "Belém", "BR", ["un01", "ls01"], evidence_optional=["un05"]),
    event(SGI, ["Saudi Green Initiative Forum", "SGI Forum", "Saudi Green Initiative", "沙特绿色倡议论坛",
                "“沙特绿色倡议”论坛", "沙特绿色倡议"],
          "2021-10-23", ["2021-10-23", "2021-10-24", None], "Riyadh", "SA", ["un02", "ls02"]),
    event(ISA, ["International Solar Alliance Founding Conference", "Founding Conference of the International Solar "
                "Alliance", "ISA Founding Conference", "International Solar Alliance", "国际太阳能联盟成立大会"],
          "2018-03-11", ["2018-03-11", None], "New Delhi", "IN", ["un03", "ls03"]),
    event(NGFP, ["Summit for a New Global Financing Pact", "Paris Summit for a New Global Financing Pact",
                 "New Global Financing Pact Summit", "新全球融资契约峰会", "巴黎新全球融资契约峰会"],
          "2023-06-22", ["2023-06-23", None], "Paris", "FR", ["un04", "ls04"]),
    event(ICLEI_WC, ["ICLEI World Congress 2022", "ICLEI World Congress", "ICLEI World Congress 2021-2022",
                     "ICLEI World Congress 2021–2022"],
          "2022-05-11", ["2022-05-13", None], "Malmö", "SE", ["ic01"], evidence_optional=["ic02"]),
    # announced for later (un02's "on Monday", ls02's 25日) and the UN conferences recalled or ahead: optional
    event("E-MGI-2021", ["Middle East Green Initiative Summit", "MGI Summit", "“中东绿色倡议”峰会", "中东绿色倡议峰会"],
          "2021-10-25", ["2021-10-25", None], "Riyadh", "SA", [], optional=True, evidence_optional=["un02", "ls02"]),
    event("E-COP21", ["COP21", "Paris climate conference", "2015 United Nations Climate Change Conference"],
          "2015-11-30", ["2015-12-12", None], "Paris", "FR", [], optional=True, evidence_optional=["un03"]),
    event("E-COP26", ["COP26", "Glasgow climate conference", "2021 United Nations Climate Change Conference"],
          "2021-10-31", ["2021-11-12", "2021-11-13", None], "Glasgow", "GB", [], optional=True,
          evidence_optional=["un02"]),
]

AGREEMENTS = [
    agreement("A-BELEM-2023", ["declaration"], [BOLIVIA, BRAZIL, COLOMBIA, ECUADOR, GUYANA, PERU, SURINAME, VENEZUELA],
              "2023-08-08", ["Belém", "Belem"], ["un01", "ls01"], event=AMAZON),
    agreement("A-SENEGAL-JETP-2023", ["partnership", "joint_statement", "declaration", "agreement"],
              [SENEGAL, FRANCE, GERMANY, EU, CANADA, UK], "2023-06-22", ["Paris", None], ["un04", "ls04"], event=NGFP),
    agreement("A-DELHI-SOLAR-2018", ["declaration"], [INDIA, FRANCE], "2018-03-11", ["New Delhi", None], [],
              event=ISA, optional=True, evidence_optional=["un03", "ls03"]),
]

COMMITMENTS = [
    commitment("C-SAUDI-NZ-2060", SAUDI, "carbon_neutrality", 2060, ["un02", "ls02"], event=SGI),
    commitment("C-SAUDI-RE-2030", SAUDI, "renewable_share", 2030, ["un02", "ls02"], event=SGI),
    commitment("C-SENEGAL-RE-2030", SENEGAL, "renewable_share", 2030, ["un04", "ls04"], event=NGFP),
    commitment("C-MALMO-CN-2030", MALMO, "carbon_neutrality", 2030, ["ic01"], event=ICLEI_WC),
    commitment("C-SWEDEN-NZ-2045", SWEDEN, "carbon_neutrality", 2045, ["ic01"], event=ICLEI_WC),
    commitment("C-SWEDEN-63-2030", SWEDEN, "emissions_reduction", 2030, ["ic01"], event=ICLEI_WC, base_year=1990,
               reduction_pct_min=63),
    # quantities and a non-emission goal: optional
    commitment("C-SAUDI-278MT-2030", SAUDI, "other", 2030, [], optional=True, evidence_optional=["un02", "ls02"]),
    commitment("C-INDIA-175GW-2022", INDIA, "other", 2022, [], optional=True, evidence_optional=["un03", "ls03"]),
    commitment("C-INDIA-SOLAR-2022", INDIA, "other", 2022, [], optional=True, evidence_optional=["un03", "ls03"]),
    commitment("C-BRAZIL-DEFOR-2030", BRAZIL, "other", 2030, [], optional=True, evidence_optional=["un01", "ls01"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its site's language) and records."""
    doc = gold_document("Expected records for the hundred-and-tenth test web (tests/hundredtenthweb.py: unclimate, "
                        "iclei, lvsilu), written by hand from the texts (tests/data/hundredtenthweb/articles.py) before "
                        "the extractor was run; format of shared/gold/seeds.json. un05, un06, ic02, ic03 and ls05 hold "
                        "no required record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "lvsilu":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
