"""Gold records of the twelfth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a person who signs stands for the government or body he heads.
Negatives (no record may come from them): w04 whole (a trade mission: "is expected to sign a letter of intent", talks,
a $300 million trade agreement, a webinar; its headline "Premier Signs Deals In China" says otherwise); "are in
talks on a clean-energy memorandum", "is expected to sign a memorandum ... on Friday", "held talks on a similar
pact"; "agreed to step up cooperation"; "The center was established in 2009" (no instrument); "has operated since
2013", "fell 24.8 per cent between 2005 and 2019" (past facts); sister provinces / states (no climate instrument);
"carbon neutral by mid-century" (no year: no row); "builds on earlier climate statements" (none named). Optional:
the EU-China summit (no climate gathering), the United States and China as the countries behind their ministries.
Changed after the first run (semantics, not text): China's carbon-intensity cut, written as optional 'other', is
optional emissions_reduction as devweb-c's gold reads such a cut (gv04); the Strategic and Economic Dialogue is an
optional event (the spec's events are "meetings whose results are reported").
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

# the record builders of the seventh web's gold (one format for every web)
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
_ag, _cm = _seventh._ag, _seventh._cm

ONTARIO = ["Ontario", "Province of Ontario", "Government of Ontario", "安大略省"]
QUEBEC = ["Quebec", "Québec", "Province of Quebec", "Government of Quebec", "魁北克省"]
CALIFORNIA = ["California", "State of California", "加利福尼亚州", "加州"]
BC = ["British Columbia", "B.C.", "BC", "Province of British Columbia", "不列颠哥伦比亚省"]
VICTORIA = ["Victoria", "State of Victoria", "Victorian Government", "Victoria (Australia)", "维多利亚州"]
EU = ["European Union", "EU", "欧盟"]
CHINA = ["China", "People's Republic of China", "中国"]
USA = ["United States", "U.S.", "US", "United States of America", "美国"]
MOST = ["Ministry of Science and Technology", "China's Ministry of Science and Technology",
        "Ministry of Science and Technology of China", "MOST", "科学技术部", "科技部"]
DOE = ["U.S. Department of Energy", "Department of Energy", "United States Department of Energy", "DOE",
       "美国能源部"]
BERKELEY = ["UC Berkeley", "University of California, Berkeley", "University of California Berkeley", "Berkeley",
            "加州大学伯克利分校"]
TSINGHUA = ["Tsinghua University", "Tsinghua", "清华大学"]
UC = ["University of California", "UC", "加州大学"]

EVENTS = [
    {"key": "E-EUCN-SUMMIT", "optional": True, "names": ["EU-China summit", "20th EU-China summit"],
     "start_on": {"accept": [None, "2018-07-16"]}, "city": "Beijing", "country": "CN", "evidence": ["k01"]},
    # a meeting whose results are reported (the spec's events); its place only follows from the signing's
    {"key": "E-SED", "optional": True, "names": ["Strategic and Economic Dialogue",
                                                 "U.S.-China Strategic and Economic Dialogue"],
     "start_on": {"accept": [None, "2016-06-06"]}, "city": "Beijing", "country": "CN", "evidence": ["c01"]},
]
AGREEMENTS = [
    _ag("A-WCI-LINK", ["agreement"], [ONTARIO, QUEBEC, CALIFORNIA], "2017-09-22", [None, "Toronto"], ["w01"]),
    _ag("A-EU-CN-2018", ["joint_statement", "declaration"], [EU, CHINA], "2018-07-16", ["Beijing", None], ["k01"],
        event=None),
    _ag("A-CA-MOST", ["agreement", "mou"], [CALIFORNIA, MOST], "2017-06-06", ["Beijing", None], ["k02"],
        parties_optional=[CHINA]),
    _ag("A-CERC-2016", ["agreement", "mou"], [DOE, MOST], "2016-06-06", ["Beijing", None], ["c01"],
        parties_optional=[USA, CHINA]),
    _ag("A-UCB-THU", ["mou", "partnership"], [BERKELEY, TSINGHUA], "2019-09-23", ["Berkeley", None], ["c02"]),
]
for _a in AGREEMENTS:
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-ON-2020", ONTARIO, "emissions_reduction", 2020, ["w01"], base_year=1990, reduction_pct_min=15,
        reduction_pct_max=15),
    _cm("C-ON-2030", ONTARIO, "emissions_reduction", 2030, ["w01"], base_year=1990, reduction_pct_min=37,
        reduction_pct_max=37),
    _cm("C-ON-2050", ONTARIO, "emissions_reduction", 2050, ["w01"], base_year=1990, reduction_pct_min=80,
        reduction_pct_max=80),
    _cm("C-QC-2030", QUEBEC, "emissions_reduction", 2030, ["w01"], base_year=1990, reduction_pct_min=37.5,
        reduction_pct_max=37.5),
    _cm("C-BC-2030", BC, "emissions_reduction", 2030, ["w02"], base_year=2007, reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-BC-2040", BC, "emissions_reduction", 2040, ["w02"], base_year=2007, reduction_pct_min=60,
        reduction_pct_max=60),
    _cm("C-BC-2050", BC, "emissions_reduction", 2050, ["w02"], base_year=2007, reduction_pct_min=80,
        reduction_pct_max=80),
    _cm("C-VIC-2030", VICTORIA, "emissions_reduction", 2030, ["w03"], base_year=2005, reduction_pct_min=45,
        reduction_pct_max=50),
    _cm("C-VIC-NZ", VICTORIA, "carbon_neutrality", 2050, ["w03"]),
    _cm("C-VIC-RE", VICTORIA, "renewable_share", 2025, ["w03"], share_pct=100),
    _cm("C-EU-2030", EU, "emissions_reduction", 2030, ["k01"], base_year=1990, reduction_pct_min=40),
    _cm("C-CN-PEAK", CHINA, "emissions_peak", 2030, ["k01"]),
    # a cut of CO2 per unit of GDP against a base year: emissions_reduction as devweb-c's gold reads it (gv04)
    _cm("C-CN-INTENSITY", CHINA, "emissions_reduction", 2030, ["k01"], base_year=2005, reduction_pct_min=60,
        reduction_pct_max=65, optional=True),
    _cm("C-CA-2030", CALIFORNIA, "emissions_reduction", 2030, ["k02"], base_year=1990, reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-CA-NEUTRAL", CALIFORNIA, "carbon_neutrality", 2045, ["c02"]),
    _cm("C-UC-NEUTRAL", UC, "carbon_neutrality", 2025, ["c02"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    from webbuild import gold_document

    about = ("Expected records for the twelfth test web (tests/twelfthweb.py: govwire, insights, campus), written by "
             "hand from the texts (tests/data/twelfthweb/articles.py) before the extractor was run; format of "
             "shared/gold/seeds.json. w04 holds no record; see gold.py for the negatives.")
    return gold_document(about, "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
