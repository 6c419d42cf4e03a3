"""Gold records of the twentieth test web, written from the texts of articles.py before the extractor was run on them.

Five gatherings are events: the One Planet Summit in Paris (12 December 2017) and in Nairobi (14 March 2019), two
rows with one name; the tenth Petersberg Climate Dialogue (Berlin, 13-14 May 2019); the second Ministerial on Climate
Action (Brussels, 20-21 June 2018); the U.N. session SB50 (Bonn, 17-27 June 2019). A webinar, a press briefing, an
exhibition, a panel, a side event and every summit "to be held" are none. One memorandum is signed (Kenya and the
African Development Bank, on the sidelines of the one-day Nairobi summit); the Carbon Neutrality Coalition launched in
Paris names one member (optional). Commitments: pledges of countries, cities, utilities and a bank, one per actor for
"the mayors of Nairobi, Accra and Dakar committed ..."; "at least 40 percent" has no maximum; "halve ... compared
with 2002" is 50 percent below 2002; a cut below business-as-usual has no base year (not checked). Optional: a coal
exit, a car-sales ban, a bank's finance exit (other), and Germany's earlier 2020 goal restated as background.
Negatives: achievements (cut 31 percent, fell 30 percent, already 22 percent below, already more than 80 percent), a
forecast, calls on others, what a report or the IPCC says is needed, proposals not adopted, goals without a number or
year. Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

NZ = ["New Zealand", "NZ", "Government of New Zealand", "New Zealand Government"]
KENYA = ["Kenya", "Republic of Kenya", "Government of Kenya", "Kenyan Government", "Government of the Republic of Kenya"]
AFDB = ["African Development Bank", "AfDB", "African Development Bank Group", "AfDB Group"]
WORLD_BANK = ["World Bank Group", "World Bank", "WBG"]
NAIROBI = ["Nairobi", "City of Nairobi", "Nairobi City County", "Nairobi County"]
ACCRA = ["Accra", "City of Accra", "Accra Metropolitan Assembly"]
DAKAR = ["Dakar", "City of Dakar", "Ville de Dakar"]
GERMANY = ["Germany", "Federal Republic of Germany", "German Government", "Federal Government of Germany",
           "German Federal Government"]
BONN = ["Bonn", "City of Bonn", "Bundesstadt Bonn"]
IRELAND = ["Ireland", "Republic of Ireland", "Government of Ireland", "Irish Government"]
INDONESIA = ["Indonesia", "Republic of Indonesia", "Government of Indonesia", "Indonesian Government"]
NORWAY = ["Norway", "Kingdom of Norway", "Government of Norway", "Norwegian Government"]
ORSTED = ["Ørsted", "Orsted", "Ørsted A/S", "Orsted A/S"]
ENEL = ["Enel", "Enel S.p.A.", "Enel SpA", "Enel Group"]
HSBC = ["HSBC", "HSBC Holdings", "HSBC Holdings plc", "HSBC Group"]
LISBON = ["Lisbon", "City of Lisbon", "Lisbon City Council", "Câmara Municipal de Lisboa", "Lisboa"]
OSLO = ["Oslo", "City of Oslo", "Oslo Municipality", "Oslo kommune"]
PORTUGAL = ["Portugal", "Portuguese Republic", "Government of Portugal", "Portuguese Government"]

OPS = ["One Planet Summit"]
EVENTS = [
    _ev("E-OPS-PARIS-2017", OPS + ["One Planet Summit 2017", "One Planet Summit Paris", "Paris One Planet Summit"],
        "2017-12-12", ["2017-12-12", None], "Paris", "FR", ["ops01", "mdl01"]),
    _ev("E-OPS-NBO-2019", OPS + ["One Planet Summit Nairobi", "One Planet Summit 2019", "One Planet Summit Africa",
                                "Nairobi One Planet Summit"],
        "2019-03-14", ["2019-03-14", None], "Nairobi", "KE", ["ops02"]),
    _ev("E-PCD-2019", ["Petersberg Climate Dialogue", "tenth Petersberg Climate Dialogue",
                       "10th Petersberg Climate Dialogue", "Petersberg Climate Dialogue X",
                       "Petersberg Climate Dialogue 2019", "Petersberg Dialogue"],
        "2019-05-13", ["2019-05-14", None], "Berlin", "DE", ["mdl02", "tti01"]),
    _ev("E-MOCA-2018", ["Ministerial on Climate Action", "second Ministerial on Climate Action", "MoCA", "MoCA 2018",
                        "2nd Ministerial on Climate Action", "Ministerial on Climate Action (MoCA)"],
        "2018-06-20", ["2018-06-21", None], "Brussels", "BE", ["tti02"]),
    _ev("E-SB50-2019", ["SB50", "SB 50", "50th session of the U.N. subsidiary bodies", "50th session of the UN subsidiary "
                        "bodies", "50th session of the Subsidiary Bodies", "Bonn Climate Change Conference",
                        "U.N. climate talks", "UN climate talks", "Bonn climate talks", "Bonn Climate Conference",
                        "U.N. climate talks in Bonn", "UN Climate Change Conference"],
        "2019-06-17", ["2019-06-27", None], "Bonn", "DE", ["mdl03"]),
]
AGREEMENTS = [
    _ag("A-KE-AFDB-2019", ["mou", "agreement"], [KENYA, AFDB], "2019-03-14", ["Nairobi", None], ["ops02"],
        event="E-OPS-NBO-2019"),
    _ag("A-CNC-2017", ["partnership", "declaration", "agreement"], [NZ], "2017-12-12", ["Paris", None], ["ops01"],
        optional=True),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-NZ-NEUTRAL-2050", NZ, "carbon_neutrality", 2050, ["ops01", "mdl01"]),
    _cm("C-WB-OILGAS-2019", WORLD_BANK, "other", 2019, ["ops01"], optional=True),
    _cm("C-KE-RE-2030", KENYA, "renewable_share", 2030, ["ops02"]),
    _cm("C-NBO-ZEBUS-2027", NAIROBI, "other", 2027, ["ops02"]),
    _cm("C-ACC-ZEBUS-2027", ACCRA, "other", 2027, ["ops02"]),
    _cm("C-DKR-ZEBUS-2027", DAKAR, "other", 2027, ["ops02"]),
    _cm("C-DE-NEUTRAL-2050", GERMANY, "carbon_neutrality", 2050, ["mdl02", "tti01"]),
    _cm("C-DE-40-2020", GERMANY, "emissions_reduction", 2020, ["mdl02"], base_year=1990, reduction_pct_min=40,
        reduction_pct_max=40, optional=True),
    _cm("C-BONN-NEUTRAL-2035", BONN, "carbon_neutrality", 2035, ["mdl03"]),
    _cm("C-IE-CARS-2030", IRELAND, "other", 2030, ["mdl03"], optional=True),
    _cm("C-ID-BAU-2030", INDONESIA, "emissions_reduction", 2030, ["tti01"], reduction_pct_min=29,
        reduction_pct_max=41),
    _cm("C-NO-40-2030", NORWAY, "emissions_reduction", 2030, ["tti02"], base_year=1990, reduction_pct_min=40),
    _cm("C-ORSTED-NEUTRAL-2025", ORSTED, "carbon_neutrality", 2025, ["tti03"]),
    _cm("C-ENEL-COAL-2027", ENEL, "other", 2027, ["tti03"], optional=True),
    _cm("C-HSBC-NZ-2050", HSBC, "carbon_neutrality", 2050, ["tti03"]),
    _cm("C-LIS-HALVE-2030", LISBON, "emissions_reduction", 2030, ["tti04"], base_year=2002, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-LIS-PC-2030", LISBON, "per_capita_limit", 2030, ["tti04"], per_capita_t=2),
    _cm("C-OSLO-95-2030", OSLO, "emissions_reduction", 2030, ["tti04"], base_year=2009, reduction_pct_min=95,
        reduction_pct_max=95),
    _cm("C-PT-SOLAR-2030", PORTUGAL, "other", 2030, ["tti04"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the twentieth test web (tests/twentiethweb.py: ops, mdl, tti), written "
                         "by hand from the texts (tests/data/twentiethweb/articles.py) before the extractor was run; "
                         "format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
