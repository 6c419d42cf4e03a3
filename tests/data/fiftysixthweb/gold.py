"""Gold records of the fifty-sixth test web, written from the texts of articles.py before the extractor was run on
them.

Commitments only (no event, no agreement). Each company's own stated target: Halvard Energy's 100% carbon-free
electricity by 2050 (a clean share of electricity: `renewable_share`, as the thirty-fifth web reads it), its 80% cut
from 2005 by 2030 ("the company"), its last coal unit retired by 2028 (`other`, as the thirty-fifth web reads
coal exits) and its SBTi-validated intensity cut of 30% by 2032 versus 2019; its subsidiary Halvard Gas Utilities'
net-zero operations by 2040 and methane cut of 50% from 2020 by 2030 ("The subsidiary"); Brevik Motor's 100%
renewable electricity for its plants by 2030, net-zero operations by 2038 and carbon-neutral vehicles by 2050 (one
sentence); Tamarack Power & Light's 75% cut from 2005 by 2035 and coal exit by 2031, its parent Tamarack Energy
Holdings' net zero by 2050; Kestrel Utilities' carbon-free electricity by 2045; Marlowe Energy's SBTi intensity cut
of 40% by 2030 versus 2020.

Not records: the forward-looking-statements boilerplate ("reaching net-zero emissions by 2045 ... subject to risks"),
an analyst's or consultants' estimate ("could cut", "estimate ... will fall"), progress so far ("has cut emissions
35% since 2005", "fell 18% between 2019 and 2023"), a caution that targets "are subject to risks". Optional (a
third party's own goal cited in a company's story: neither owed nor wrong when given to that party; given to the
company telling it, it is a false row): Westmark Utilities' net zero by 2045, Larchmont Autos' 50% by 2030 from
2019, Osprey Foods' and Norrland Cloud's 100% renewable electricity by 2030.
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document

HALVARD = ["Halvard Energy Corporation", "Halvard Energy", "Halvard Energy Corp.", "Halvard", "HLVD"]
HALVARD_GAS = ["Halvard Gas Utilities", "Halvard Gas"]
BREVIK = ["Brevik Motor Company", "Brevik Motor", "Brevik Motor Co.", "Brevik", "BRVK"]
TAMARACK_PL = ["Tamarack Power & Light Co.", "Tamarack Power & Light", "Tamarack Power & Light Company",
               "Tamarack Power and Light"]
TAMARACK_HOLD = ["Tamarack Energy Holdings Inc.", "Tamarack Energy Holdings", "Tamarack Energy Holdings, Inc.", "TMRK"]
KESTREL = ["Kestrel Utilities Corp.", "Kestrel Utilities", "Kestrel Utilities Corporation", "Kestrel", "KSTL"]
MARLOWE = ["Marlowe Energy LLC", "Marlowe Energy"]
WESTMARK = ["Westmark Utilities"]
LARCHMONT = ["Larchmont Autos"]
OSPREY = ["Osprey Foods"]
NORRLAND = ["Norrland Cloud"]

COMMITMENTS = [
    _cm("C-HLVD-CFE-2050", HALVARD, "renewable_share", 2050, ["hv01"], share_pct=100),
    _cm("C-HLVD-80-2030", HALVARD, "emissions_reduction", 2030, ["hv01"], base_year=2005, reduction_pct_min=80),
    _cm("C-HLVD-COAL-2028", HALVARD, "other", 2028, ["hv01"]),
    _cm("C-HLVD-INT-2032", HALVARD, "emissions_reduction", 2032, ["hv03"], base_year=2019, reduction_pct_min=30),
    _cm("C-HLVDGAS-NZ-2040", HALVARD_GAS, "carbon_neutrality", 2040, ["hv02"]),
    _cm("C-HLVDGAS-50-2030", HALVARD_GAS, "emissions_reduction", 2030, ["hv02"], base_year=2020,
        reduction_pct_min=50),
    _cm("C-BRVK-RE-2030", BREVIK, "renewable_share", 2030, ["gl01"], share_pct=100),
    _cm("C-BRVK-NZ-2038", BREVIK, "carbon_neutrality", 2038, ["gl01"]),
    _cm("C-BRVK-CN-2050", BREVIK, "carbon_neutrality", 2050, ["gl01"]),
    _cm("C-TPL-75-2035", TAMARACK_PL, "emissions_reduction", 2035, ["gl02"], base_year=2005, reduction_pct_min=75),
    _cm("C-TPL-COAL-2031", TAMARACK_PL, "other", 2031, ["gl02"]),
    _cm("C-TMRK-NZ-2050", TAMARACK_HOLD, "carbon_neutrality", 2050, ["gl02"]),
    _cm("C-KSTL-CFE-2045", KESTREL, "renewable_share", 2045, ["gl03"], share_pct=100),
    _cm("C-MARLOWE-INT-2030", MARLOWE, "emissions_reduction", 2030, ["gl03"], base_year=2020, reduction_pct_min=40),
    _cm("C-WESTMARK-NZ-2045", WESTMARK, "carbon_neutrality", 2045, ["hv03"], optional=True),
    _cm("C-LARCHMONT-50-2030", LARCHMONT, "emissions_reduction", 2030, ["gl01"], optional=True, base_year=2019,
        reduction_pct_min=50),
    _cm("C-OSPREY-RE-2030", OSPREY, "renewable_share", 2030, ["hv02"], optional=True, share_pct=100),
    _cm("C-NORRLAND-RE-2030", NORRLAND, "renewable_share", 2030, ["gl03"], optional=True, share_pct=100),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records."""
    return gold_document("Expected records for the fifty-sixth test web (tests/fiftysixthweb.py: halvard, gridledger), "
                         "written by hand from the texts (tests/data/fiftysixthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": [], "commitments": COMMITMENTS})
