"""Gold records of the nineteenth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a province, city or institute is named as it names itself, with its
government's names beside. Signed days come from the text's date (gov01 "June 6"), a weekday against the page date
(paper01, gov03, paper02), a relative day ("last Thursday", "last Tuesday") or the day given (net02, net03). The
Under2 Coalition's General Assembly is an event; a trade mission is none. Joining a coalition by signing its MOU is an
agreement between the member and the coalition. The institute of the Chinese Academy of Sciences may bring the
Academy along (optional party). Negatives: sister ties of old (1979, 1981), talks, a letter of intent discussed and not
signed, agreements to be signed next month or next year, a meeting to be hosted next spring; gov02's "the signing of
Alberta's carbon capture memorandum with Heilongjiang last week" tells gov01's memorandum again (not evidence required,
a second row would be a duplicate). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

ALBERTA = ["Alberta", "Government of Alberta", "Province of Alberta", "Alberta government", "Alberta Government"]
HEILONGJIANG = ["Heilongjiang", "Heilongjiang Province", "Heilongjiang Provincial Government",
                "Heilongjiang provincial government", "Heilongjiang Provincial People's Government", "黑龙江", "黑龙江省"]
UCALGARY = ["University of Calgary", "UCalgary", "U of C"]
DICP = ["Dalian Institute of Chemical Physics", "Dalian Institute of Chemical Physics of the Chinese Academy of Sciences",
        "Dalian Institute of Chemical Physics, Chinese Academy of Sciences", "DICP", "中国科学院大连化学物理研究所",
        "大连化学物理研究所", "大连化物所"]
CAS = ["Chinese Academy of Sciences", "CAS", "中国科学院"]
KITAKYUSHU = ["Kitakyushu", "City of Kitakyushu", "Kitakyushu City", "Kitakyushu City Government", "北九州", "北九州市"]
DALIAN = ["Dalian", "Dalian Municipal People's Government", "Dalian Municipal Government", "Dalian municipal government",
          "City of Dalian", "Dalian City", "大连", "大连市", "大连市人民政府"]
HUBEI = ["Hubei", "Hubei Province", "Hubei Provincial Government", "Hubei provincial government",
         "Hubei Provincial People's Government", "湖北", "湖北省"]
UNDER2 = ["Under2 Coalition", "Under2", "Under2 MOU", "The Climate Group", "Climate Group"]
KAWASAKI = ["Kawasaki", "City of Kawasaki", "Kawasaki City", "Kawasaki City Government", "川崎", "川崎市"]
SHENYANG = ["Shenyang", "Shenyang Municipal People's Government", "Shenyang Municipal Government",
            "Shenyang municipal government", "City of Shenyang", "Shenyang City", "沈阳", "沈阳市", "沈阳市人民政府"]
IGES = ["Institute for Global Environmental Strategies", "IGES"]
CATALONIA = ["Catalonia", "Government of Catalonia", "Generalitat de Catalunya", "Catalan government", "Catalunya"]

ASSEMBLY = ["Under2 Coalition General Assembly", "Under2 General Assembly", "General Assembly of the Under2 Coalition",
            "Under2 Coalition's General Assembly", "Under2 Coalition General Assembly 2019"]
EVENTS = [
    _ev("E-U2GA-2019", ASSEMBLY, "2019-12-10", ["2019-12-10", None], "Madrid", "ES", ["paper03", "net02"]),
]
AGREEMENTS = [
    _ag("A-AB-HL-2018", ["mou", "agreement"], [ALBERTA, HEILONGJIANG], "2018-06-06", ["Harbin", None],
        ["gov01", "paper01"]),
    _ag("A-UC-DICP-2019", ["agreement", "mou", "partnership"], [UCALGARY, DICP], "2019-09-24", ["Calgary", None],
        ["gov03"], parties_optional=[CAS]),
    _ag("A-KK-DL-2019", ["agreement", "mou", "partnership"], [KITAKYUSHU, DALIAN], "2019-10-17", ["Dalian", None],
        ["paper02", "net01"]),
    _ag("A-HB-U2-2019", ["partnership", "mou", "agreement"], [HUBEI, UNDER2], "2019-12-10", ["Madrid", None],
        ["paper03", "net02"], event="E-U2GA-2019"),
    _ag("A-KW-SY-2019", ["mou", "agreement"], [KAWASAKI, SHENYANG, IGES], "2019-08-27", ["Shenyang", None], ["net03"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-AB-METHANE-2025", ALBERTA, "emissions_reduction", 2025, ["gov01"], base_year=2014, reduction_pct_min=45,
        reduction_pct_max=45),
    _cm("C-AB-NZ-2050", ALBERTA, "carbon_neutrality", 2050, ["gov02"]),
    _cm("C-KK-GHG-2030", KITAKYUSHU, "emissions_reduction", 2030, ["net01"], base_year=2013, reduction_pct_min=47,
        reduction_pct_max=47),
    _cm("C-HB-PEAK-2030", HUBEI, "emissions_peak", 2030, ["net02"]),
    _cm("C-CT-RE-2030", CATALONIA, "renewable_share", 2030, ["net04"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the nineteenth test web (tests/nineteenthweb.py: gov, paper, net), "
                         "written by hand from the texts (tests/data/nineteenthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
