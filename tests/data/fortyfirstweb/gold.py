"""Gold records of the forty-first test web, written from the texts of articles.py before the extractor was run on
them.

Events (gatherings where something was signed or pledged): Cleveland Climate Week 2024 (Cleveland, "Nov. 12-14" and
"from 12 to 14 November", "CCW" later; a recap on the network page six days after, an item in the newsletter); the
second Great Lakes–Yellow River Climate Dialogue (Detroit, "opened on Tuesday" on a Friday page, two days: 22-23 April
2025); the Global Ports Climate Roundtable (virtual, "met on Tuesday": 4 March 2025; no city, no country); the second
Pacific Islands Clean Energy Ministerial (Apia, "closed on Wednesday after two days" on a Friday page: 6-7 May 2025).
Agreements: the Lake Erie Climate Communiqué, one outcome document endorsed by four cities on the final day (one
declaration, four parties, as devweb-a's Chicago Climate Charter); Detroit and Taiyuan's memorandum, signed "on
Wednesday, on the sidelines of the dialogue". Commitments are linked to the gathering they were made at.
Negatives: past editions told as background (Cleveland 2022, Zhengzhou 2023, Nuku'alofa 2023), a webinar announced
(October 2025, May 21), an award ceremony in Singapore, a trade fair in Columbus with no pledge, the event card of the
webinar, the "Upcoming events" sidebar, Cincinnati's existing plan told without a figure.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

CLEVELAND = ["Cleveland", "City of Cleveland", "Cleveland City Government"]
TOLEDO = ["Toledo", "City of Toledo"]
BUFFALO = ["Buffalo", "City of Buffalo"]
SHAOXING = ["Shaoxing", "Shaoxing Municipal People's Government", "Shaoxing Municipal Government", "Shaoxing City",
            "绍兴", "绍兴市", "绍兴市人民政府"]
DETROIT = ["Detroit", "City of Detroit"]
TAIYUAN = ["Taiyuan", "Taiyuan Municipal People's Government", "Taiyuan Municipal Government", "Taiyuan City",
           "太原", "太原市", "太原市人民政府"]
DULUTH = ["Duluth", "City of Duluth"]
HALIFAX = ["Halifax Regional Municipality", "Halifax", "HRM"]
VANUATU = ["Vanuatu", "Republic of Vanuatu", "Government of Vanuatu"]
TONGA = ["Tonga", "Kingdom of Tonga", "Government of Tonga"]

CCW = ["Cleveland Climate Week", "Cleveland Climate Week 2024", "2024 Cleveland Climate Week", "CCW", "CCW 2024",
       "second Cleveland Climate Week"]
GLYR = ["Great Lakes–Yellow River Climate Dialogue", "Great Lakes-Yellow River Climate Dialogue",
        "Great Lakes – Yellow River Climate Dialogue", "Great Lakes Yellow River Climate Dialogue",
        "second Great Lakes–Yellow River Climate Dialogue", "second Great Lakes-Yellow River Climate Dialogue",
        "Great Lakes-Yellow River dialogue"]
PORTS = ["Global Ports Climate Roundtable", "Global Ports Climate Roundtable 2025"]
PICEM = ["Pacific Islands Clean Energy Ministerial", "second Pacific Islands Clean Energy Ministerial",
         "Pacific Islands Clean Energy Ministerial 2025", "2025 Pacific Islands Clean Energy Ministerial"]

EVENTS = [  # a virtual gathering has no city and no host country to give ("")
    _ev("E-CCW-2024", CCW, "2024-11-12", ["2024-11-14", None], "Cleveland", "US", ["mn01", "wk01"]),
    _ev("E-GLYR-2025", GLYR, "2025-04-22", ["2025-04-23", None], "Detroit", "US", ["mn02"]),
    _ev("E-PORTS-2025", PORTS, "2025-03-04", ["2025-03-04", None], "", "", ["wk02"]),
    _ev("E-PICEM-2025", PICEM, "2025-05-06", ["2025-05-07", None], "Apia", "WS", ["wk03"]),
]
AGREEMENTS = [
    _ag("A-LAKEERIE-2024", ["declaration", "agreement"], [CLEVELAND, TOLEDO, BUFFALO, SHAOXING], "2024-11-14",
        ["Cleveland", None], ["mn01"], event="E-CCW-2024"),
    _ag("A-DET-TY-2025", ["mou", "agreement"], [DETROIT, TAIYUAN], "2025-04-23", ["Detroit", None], ["mn02"],
        event="E-GLYR-2025"),
]
COMMITMENTS = [
    _cm("C-TOL-40-2030", TOLEDO, "emissions_reduction", 2030, ["mn01"], base_year=2015, reduction_pct_min=40,
        reduction_pct_max=40, event="E-CCW-2024"),
    _cm("C-SX-PEAK-2027", SHAOXING, "emissions_peak", 2027, ["mn01", "wk01"], event="E-CCW-2024"),
    _cm("C-BUF-NEUTRAL-2040", BUFFALO, "carbon_neutrality", 2040, ["wk01"], event="E-CCW-2024"),
    _cm("C-DUL-RE-2035", DULUTH, "renewable_share", 2035, ["mn02"], event="E-GLYR-2025"),
    _cm("C-HFX-50-2035", HALIFAX, "emissions_reduction", 2035, ["wk02"], base_year=2019, reduction_pct_min=50,
        reduction_pct_max=50, event="E-PORTS-2025"),
    _cm("C-VU-RE-2030", VANUATU, "renewable_share", 2030, ["wk03"], event="E-PICEM-2025"),
    _cm("C-TO-NZ-2050", TONGA, "carbon_neutrality", 2050, ["wk03"], event="E-PICEM-2025"),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the forty-first test web (tests/fortyfirstweb.py: lrcn, weekly), "
                         "written by hand from the texts (tests/data/fortyfirstweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
