"""Gold records of the forty-seventh test web, written from the texts of articles.py before the extractor was run on them.

How a network declaration is recorded (devweb-a's practice: the signatories are the parties, hosts and witnesses are
not): a city that "became the Nth city to sign" a network's declaration or to join its programme makes one agreement
of the city and the network (agreement_type declaration; a programme's charter may read as an agreement or a
partnership), dated on the signing day. A declaration "endorsed by 14 cities including A, B and C" is one agreement of
the three named cities (the network hosting it may be named or not: parties_optional); the eleven unnamed are not
guessed. "Signatories commit to ..." gives one commitment per NAMED signatory. A network's goal for its members (all
carbon neutral by 2050; a 100 percent renewable supply by 2040) is optional. "Renewed its commitment to ... by 2030" is
the city's commitment (no agreement: a letter to a programme is no signing).
Negatives: "is considering joining", "was invited to sign", a campaign launched with no signer (and its ask of
signatories), a city that left a network, results ("cut its emissions by 39 percent since 1990", "71 percent", "80
percent renewable"), a past pledge recalled ("first made the pledge in 2019": the same commitment, one row).
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

CNCA = ["Carbon Neutral Cities Alliance", "CNCA", "the Carbon Neutral Cities Alliance"]
CLIMATE_ALLIANCE = ["Climate Alliance", "Klima-Bündnis", "the Climate Alliance"]
CLIENTEARTH = ["ClientEarth", "Client Earth"]
FOSHAN_EEB = ["Foshan Municipal Bureau of Ecology and Environment", "Foshan Bureau of Ecology and Environment",
              "Foshan Ecology and Environment Bureau", "Foshan Municipal Ecology and Environment Bureau",
              "佛山市生态环境局", "Foshan", "佛山", "佛山市"]
FOSHAN = ["Foshan", "Foshan City", "Foshan Municipal Government", "佛山", "佛山市", "佛山市人民政府"]
HELSINKI = ["Helsinki", "City of Helsinki", "Helsingfors"]
LYON = ["Lyon", "City of Lyon", "Ville de Lyon"]
NANTES = ["Nantes", "City of Nantes", "Ville de Nantes"]
SEVILLE = ["Seville", "Sevilla", "City of Seville"]
AARHUS = ["Aarhus", "Aarhus Municipality", "City of Aarhus", "Århus"]

MEETING = ["2024 Carbon Neutral Cities Alliance Annual Meeting", "Carbon Neutral Cities Alliance Annual Meeting",
           "CNCA Annual Meeting", "2024 CNCA Annual Meeting", "Carbon Neutral Cities Alliance's annual meeting",
           "Annual Meeting of the Carbon Neutral Cities Alliance"]

EVENTS = [_ev("E-CNCA-AM-2024", MEETING, "2024-06-17", ["2024-06-19"], "Turku", "FI", ["cn02"])]

AGREEMENTS = [
    _ag("A-HEL-CCD-2024", ["declaration", "agreement"], [HELSINKI, CNCA], "2024-03-13", ["Helsinki"], ["cn01"]),
    _ag("A-CCD-TURKU-2024", ["declaration", "agreement"], [LYON, NANTES, SEVILLE], "2024-06-18", ["Turku"], ["cn02"],
        event="E-CNCA-AM-2024", parties_optional=[CNCA]),
    _ag("A-CE-FOSHAN-2024", ["mou"], [CLIENTEARTH, FOSHAN_EEB], "2024-05-20", ["Foshan"], ["eb01"]),
    _ag("A-NANTES-100RC-2024", ["declaration", "agreement", "partnership"], [NANTES, CLIMATE_ALLIANCE], "2024-11-25",
        ["Nantes"], ["eb02"]),
]
for _a in AGREEMENTS:  # no event is told: one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    _cm("C-HEL-EMB-2030", HELSINKI, "emissions_reduction", 2030, ["cn01"], base_year=2020, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-HEL-MACH-2025", HELSINKI, "other", 2025, ["cn01"]),
    _cm("C-CNCA-NEUTRAL-2050", CNCA, "carbon_neutrality", 2050, ["cn01"], optional=True),
    _cm("C-LYON-CONS-2030", LYON, "emissions_reduction", 2030, ["cn02"], base_year=2020, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-NANTES-CONS-2030", NANTES, "emissions_reduction", 2030, ["cn02"], base_year=2020, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-SEV-CONS-2030", SEVILLE, "emissions_reduction", 2030, ["cn02"], base_year=2020, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-LYON-MACH-2027", LYON, "other", 2027, ["cn02"]),
    _cm("C-NANTES-MACH-2027", NANTES, "other", 2027, ["cn02"]),
    _cm("C-SEV-MACH-2027", SEVILLE, "other", 2027, ["cn02"]),
    _cm("C-AARHUS-RE-2030", AARHUS, "renewable_share", 2030, ["cn03"], share_pct=100),
    _cm("C-CA-RE-2040", CLIMATE_ALLIANCE, "renewable_share", 2040, ["cn03"], optional=True),
    _cm("C-FOSHAN-PEAK-2028", FOSHAN, "emissions_peak", 2028, ["eb01"]),
    _cm("C-NANTES-RE-2035", NANTES, "renewable_share", 2035, ["eb02"], share_pct=100),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the forty-seventh test web (tests/fortyseventhweb.py: cnca, ecoblog), written by hand "
         "from the texts (tests/data/fortyseventhweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. eb03 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document(ABOUT, "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
