"""Gold records of the twenty-third test web, written from the texts of articles.py before the extractor was run on
them.

One gathering is an event: Invest Karnataka 2022, the Global Investors Meet in Bengaluru (2-4 November 2022).
Agreements: two three-party ones (Gujarat, GUVNL and TBEA, told by both sites, signed in Gandhinagar on 12 March 2019;
Delhi, DTC and EESL, signed on Monday 3 June 2019), three told in one list at Invest Karnataka (3 November 2022), and
NTPC-Rajasthan in Jaipur (Friday 1 October 2021, both sites). Commitments: renewable GW targets of Gujarat (2022, both
sites), Rajasthan (2025), Karnataka (2030) and NTPC (2032), electric bus fleets of Delhi and BMTC (2030), all `other`;
Qinghai's 100 percent renewable power by 2030 (`renewable_share`). Negatives: talks, plans to sign, a trade deal under
negotiation, past results (capacity added, installed, crossed, shares rose). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

GUJARAT = ["Gujarat", "Government of Gujarat", "Gujarat government", "Gujarat Government", "Gujarat State Government",
           "State of Gujarat"]
GUVNL = ["Gujarat Urja Vikas Nigam Limited", "Gujarat Urja Vikas Nigam Ltd", "GUVNL", "Gujarat Urja Vikas Nigam"]
TBEA = ["TBEA", "TBEA Co., Ltd.", "TBEA Co. Ltd.", "TBEA Co Ltd", "TBEA Co.", "TBEA Co", "特变电工"]
QINGHAI = ["Qinghai", "Qinghai Province", "Qinghai province", "青海", "青海省"]
RAJASTHAN = ["Rajasthan", "Government of Rajasthan", "Rajasthan government", "Rajasthan Government", "State of Rajasthan"]
NTPC = ["NTPC", "NTPC Limited", "NTPC Ltd", "NTPC Ltd."]
DELHI = ["Delhi", "Government of Delhi", "Delhi government", "Delhi Government", "Government of NCT of Delhi",
         "National Capital Territory of Delhi", "NCT of Delhi", "New Delhi"]
DTC = ["Delhi Transport Corporation", "DTC"]
EESL = ["Energy Efficiency Services Limited", "Energy Efficiency Services Ltd", "EESL"]
KARNATAKA = ["Karnataka", "Government of Karnataka", "Karnataka government", "Karnataka Government",
             "State of Karnataka"]
JINKO = ["JinkoSolar", "Jinko Solar", "JinkoSolar Holding", "JinkoSolar Holding Co., Ltd.", "晶科能源"]
BMTC = ["Bangalore Metropolitan Transport Corporation", "BMTC"]
TATA = ["Tata Motors", "Tata Motors Limited", "Tata Motors Ltd"]
KREDL = ["Karnataka Renewable Energy Development Limited", "Karnataka Renewable Energy Development Ltd", "KREDL"]
IISC = ["Indian Institute of Science", "IISc"]

EVENTS = [
    _ev("E-IK-2022", ["Invest Karnataka 2022", "Invest Karnataka", "Global Investors Meet",
                      "Invest Karnataka 2022 Global Investors Meet", "Karnataka Global Investors Meet",
                      "Global Investors Meet 2022"],
        "2022-11-02", ["2022-11-04", None], "Bengaluru", "IN", ["pib02"]),
]
AGREEMENTS = [
    _ag("A-GJ-GUVNL-TBEA-2019", ["mou", "agreement"], [GUJARAT, GUVNL, TBEA], "2019-03-12", ["Gandhinagar", None],
        ["bsd01", "pib01"]),
    _ag("A-NTPC-RJ-2021", ["mou", "agreement"], [NTPC, RAJASTHAN], "2021-10-01", ["Jaipur", None], ["bsd02", "pib03"]),
    _ag("A-DL-DTC-EESL-2019", ["agreement", "mou"], [DELHI, DTC, EESL], "2019-06-03", ["Delhi", "New Delhi", None],
        ["bsd03"]),
    _ag("A-KA-JINKO-2022", ["mou", "agreement"], [KARNATAKA, JINKO], "2022-11-03", ["Bengaluru", None], ["pib02"],
        event="E-IK-2022"),
    _ag("A-BMTC-TATA-2022", ["agreement", "mou"], [BMTC, TATA], "2022-11-03", ["Bengaluru", None], ["pib02"],
        event="E-IK-2022"),
    _ag("A-KREDL-IISC-2022", ["mou", "agreement"], [KREDL, IISC], "2022-11-03", ["Bengaluru", None], ["pib02"],
        event="E-IK-2022"),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-GJ-30GW-2022", GUJARAT, "other", 2022, ["bsd01", "pib01"]),
    _cm("C-QH-RE100-2030", QINGHAI, "renewable_share", 2030, ["bsd01"]),
    _cm("C-RJ-30GW-2025", RAJASTHAN, "other", 2025, ["bsd02"]),
    _cm("C-DL-EBUS-2030", DELHI, "other", 2030, ["bsd03"]),
    _cm("C-KA-10GW-2030", KARNATAKA, "other", 2030, ["pib02"]),
    _cm("C-BMTC-EBUS-2030", BMTC, "other", 2030, ["pib02"]),
    _cm("C-NTPC-60GW-2032", NTPC, "other", 2032, ["pib03"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the twenty-third test web (tests/twentythirdweb.py: bsd, pib), written "
                         "by hand from the texts (tests/data/twentythirdweb/articles.py) before the extractor was run; "
                         "format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
