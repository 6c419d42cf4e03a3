"""Gold records of the eightieth test web, written from the texts of articles.py before the extractor was run on them.

A declaration signed by many (14 cities, 138 mayors, more than 300 leaders, more than 1,000 mayors, more than 60
governments) has as parties only the signatories the text names ("among them A, B, C and D", "signed first by A and
by B", "A與B等...簽署"); hosts, chairs and speakers are not parties (Frank Jensen, Eric Garcetti, Bloomberg,
Bainimarama, UCLG and ICLEI as organisations; ICLEI is tolerated on the Bonn-Fiji Commitment because its president
signed, as Bonn's mayor). A pledge goes to the one actor who told it to the summit (Toronto, North Rhine-Westphalia,
Scotland), with the summit as its event. Not records: the declarations' own goals that name no figure ("a planetary
health diet by 2030", "2025年前推行主要的清潔空氣政策", "voluntarily reduce"), the Paris City Hall Declaration's
"support ambitious long-term goals such as 100 percent renewable energy ... or an 80 percent reduction ... by 2050"
(goals to support, offered as alternatives, by signatories not named one by one), peaks already reached (30個成員城市
... 達到峰值), money (US$65 million), a call on all cities ("calls on all cities to adopt ... 50 percent"), plans
without a figure (Hong Kong, Macao) and summits announced for later (ma04 Rio 2025, un04 the Local Climate Action
Summit announced in June 2023). Mexico City's programme aim of "seven million tonnes ... by 2012" is a quantity, not
a share: optional.

Stories on two pages (one row each): the Bonn-Fiji Commitment and North Rhine-Westphalia's targets (ma03, hk04), the
Paris City Hall Declaration (un01, hk02; restated in the un03 stocktake), the C40 World Mayors Summit 2019 (ma01,
hk01; the Good Food Cities Declaration is restated in hk01 without names), Toronto's net zero by 2050 (ma01; restated
in un03).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

COPENHAGEN = ["Copenhagen", "City of Copenhagen", "Copenhagen Municipality", "哥本哈根"]
MILAN = ["Milan", "Milano", "City of Milan", "Comune di Milano", "米蘭", "米兰"]
QUEZON = ["Quezon City", "Quezon City Government", "Quezon"]
TORONTO = ["Toronto", "City of Toronto", "多倫多", "多伦多"]
LONDON = ["London", "Greater London Authority", "Mayor of London", "倫敦", "伦敦"]
PARIS = ["Paris", "City of Paris", "Ville de Paris", "巴黎", "巴黎市"]
SEOUL = ["Seoul", "Seoul Metropolitan Government", "首爾", "首尔"]
MEXICO_CITY = ["Mexico City", "Mexico City Government", "Government of Mexico City", "Ciudad de México"]
ISTANBUL = ["Istanbul", "İstanbul", "Istanbul Metropolitan Municipality"]
BONN = ["Bonn", "City of Bonn", "Bundesstadt Bonn", "波恩", "波恩市"]
NRW = ["North Rhine-Westphalia", "State of North Rhine-Westphalia", "Nordrhein-Westfalen", "NRW",
       "North Rhine-Westphalia State Government", "北萊茵-威斯特法倫州", "北萊茵-威斯特法倫", "北莱茵-威斯特法伦州",
       "北莱茵-威斯特法伦"]
ICLEI = ["ICLEI", "ICLEI - Local Governments for Sustainability", "ICLEI – Local Governments for Sustainability"]
RIO = ["Rio de Janeiro", "City of Rio de Janeiro", "Rio", "里約熱內盧", "里约热内卢"]
UAE = ["United Arab Emirates", "UAE", "阿聯酋", "阿联酋"]
GERMANY = ["Germany", "Federal Republic of Germany", "Government of Germany", "German Government"]
KENYA = ["Kenya", "Republic of Kenya", "Government of Kenya"]
CHILE = ["Chile", "Republic of Chile", "Government of Chile"]
SCOTLAND = ["Scotland", "Scottish Government", "Government of Scotland"]

C40_2019 = "E-C40WMS-2019"
WMSC_2010 = "E-WMSC-2010"
CSLRL_2017 = "E-CSLRL-2017"
CSLL_2015 = "E-CSLL-2015"
LCAS_2023 = "E-LCAS-2023"
EVENTS = [
    event(C40_2019, ["C40 World Mayors Summit", "C40 World Mayors Summit 2019", "2019 C40 World Mayors Summit",
                     "C40 Mayors Summit", "C40世界市長峰會", "C40峰會", "C40世界市长峰会"],
          "2019-10-09", ["2019-10-12", None], "Copenhagen", "DK", ["ma01", "hk01"], evidence_optional=["un03"]),
    event(WMSC_2010, ["World Mayors Summit on Climate", "2010 World Mayors Summit on Climate",
                      "World Mayors Summit on Climate 2010"],
          "2010-11-21", ["2010-11-21", None], "Mexico City", "MX", ["ma02"]),
    event(CSLRL_2017, ["Climate Summit of Local and Regional Leaders", "Climate Summit for Local and Regional Leaders",
                       "2017 Climate Summit of Local and Regional Leaders", "地方及區域領袖氣候峰會",
                       "地方及区域领袖气候峰会"],
          "2017-11-12", ["2017-11-12", None], "Bonn", "DE", ["ma03", "hk04"]),
    event(CSLL_2015, ["Climate Summit for Local Leaders", "2015 Climate Summit for Local Leaders", "地方領袖氣候峰會",
                      "地方领袖气候峰会"],
          "2015-12-04", ["2015-12-04", None], "Paris", "FR", ["un01", "hk02"], evidence_optional=["un03"]),
    event(LCAS_2023, ["Local Climate Action Summit", "COP28 Local Climate Action Summit", "地方氣候行動峰會",
                      "首屆地方氣候行動峰會", "地方气候行动峰会"],
          "2023-12-01", ["2023-12-02", None], "Dubai", "AE", ["un02"], evidence_optional=["hk03", "un04"]),
    # The UN conferences the summits were held during: the gathering around the one where the signing was is optional
    # (docs/events.md, the development webs' practice). Added after the first run, which counted them as false rows.
    event("E-COP21", ["COP21", "COP 21", "2015 United Nations Climate Change Conference", "21st Conference of the Parties",
                      "第21届联合国气候变化大会"], "2015-11-30", ["2015-12-11", "2015-12-12", None], "Paris", "FR", [],
          optional=True, evidence_optional=["un01", "hk02"]),
    event("E-COP23", ["COP23", "COP 23", "2017 United Nations Climate Change Conference", "23rd Conference of the Parties"],
          "2017-11-06", ["2017-11-17", "2017-11-18", None], "Bonn", "DE", [], optional=True,
          evidence_optional=["ma03", "hk04"]),
    event("E-COP28", ["COP28", "COP 28", "2023 United Nations Climate Change Conference", "28th Conference of the Parties"],
          "2023-11-30", ["2023-12-12", "2023-12-13", None], "Dubai", "AE", [], optional=True,
          evidence_optional=["un02", "hk03", "un04"]),
]

AGREEMENTS = [
    agreement("A-GOODFOOD-2019", ["declaration"], [COPENHAGEN, MILAN, QUEZON, TORONTO], "2019-10-10",
              ["Copenhagen"], ["ma01"], event=C40_2019, evidence_optional=["hk01"]),
    agreement("A-CLEANAIR-2019", ["declaration"], [LONDON, PARIS, MILAN, SEOUL], "2019-10-10", ["Copenhagen"],
              ["hk01"], event=C40_2019),
    agreement("A-MEXICOPACT-2010", ["declaration", "agreement"], [MEXICO_CITY, ISTANBUL], "2010-11-21",
              ["Mexico City"], ["ma02"], event=WMSC_2010),
    agreement("A-BONNFIJI-2017", ["declaration", "agreement"], [BONN, NRW], "2017-11-12", ["Bonn"], ["ma03", "hk04"],
              event=CSLRL_2017, parties_optional=[ICLEI]),
    agreement("A-PARISCITYHALL-2015", ["declaration"], [PARIS, RIO], "2015-12-04", ["Paris"], ["un01", "hk02"],
              event=CSLL_2015, evidence_optional=["un03"]),
    agreement("A-CHAMP-2023", ["partnership", "declaration", "agreement"], [UAE, GERMANY, KENYA, CHILE],
              "2023-12-01", ["Dubai", None], ["un02"], event=LCAS_2023),
]

COMMITMENTS = [
    commitment("C-TORONTO-NZ2050", TORONTO, "carbon_neutrality", 2050, ["ma01"], event=C40_2019,
               evidence_optional=["un03"]),
    commitment("C-NRW-2020", NRW, "emissions_reduction", 2020, ["ma03", "hk04"], event=CSLRL_2017, base_year=1990,
               reduction_pct_min=25),
    commitment("C-NRW-2050", NRW, "emissions_reduction", 2050, ["ma03", "hk04"], event=CSLRL_2017, base_year=1990,
               reduction_pct_min=80),
    commitment("C-SCOTLAND-NZ2045", SCOTLAND, "carbon_neutrality", 2045, ["un02"], event=LCAS_2023),
    commitment("C-MEXICOCITY-2012", MEXICO_CITY, "emissions_reduction", 2012, [], optional=True,
               evidence_optional=["ma02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its site's language) and records."""
    doc = gold_document("Expected records for the eightieth test web (tests/eightiethweb.py: metroalliance, hkgreen, "
                        "unpress), written by hand from the texts (tests/data/eightiethweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. ma04, hk03 and un04 hold no record.",
                        "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "hkgreen":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
