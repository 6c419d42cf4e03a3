"""Gold records of the twenty-sixth test web, written from the texts of articles.py before the extractor was run on
them.

One gathering is an event: the U.S.-China Subnational Clean Energy Forum in Boston (14-15 May 2019), where three pairs
signed (one agreement per pair) and three bodies signed a three-party agreement. Other agreements: Massachusetts and
Liaoning's sister-state agreement (signed by the two governors "on behalf of" the two governments, 20 September 2018,
recalled in ma02) and DOER's letter of intent with the Liaoning DRC beside it (no day of its own); DOER and the
Hangzhou DRC's renewed memorandum (Thursday 4 March 2021, parties told in the sentence after; the 2016 original is
optional); the Prairie Research Institute and the Henan Academy of Sciences (Monday 23 October 2017, recalled in il04);
Illinois, Guizhou University and EDF (Guiyang, Nov. 8 2019; the signers and the witnesses are not parties); Illinois and
Jilin (signed by the governor and the party secretary "for" the state and the province) and the Illinois Commerce
Commission's letter of intent with the Jilin Energy Administration (Springfield, Wednesday 15 January 2020).
Commitments: Massachusetts' net zero by 2050, Illinois' 100 percent clean energy by 2050. Negatives: talks, planned
signings, soybean purchases, a joint degree (education only), an education-only letter of intent recalled.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

MASSACHUSETTS = ["Massachusetts", "Commonwealth of Massachusetts", "State of Massachusetts",
                 "Massachusetts state government", "Government of Massachusetts"]
LIAONING = ["Liaoning", "Liaoning Province", "Liaoning province", "Liaoning Provincial People's Government",
            "Liaoning Provincial Government", "辽宁", "辽宁省", "辽宁省人民政府"]
DOER = ["Massachusetts Department of Energy Resources", "Department of Energy Resources", "DOER",
        "Massachusetts DOER"]
LIAONING_DRC = ["Liaoning Provincial Development and Reform Commission", "Liaoning Development and Reform Commission",
                "Development and Reform Commission of Liaoning Province", "Liaoning DRC", "辽宁省发展和改革委员会"]
PENNSYLVANIA = ["Pennsylvania", "Commonwealth of Pennsylvania", "State of Pennsylvania"]
HENAN = ["Henan", "Henan Province", "Henan province", "Henan Provincial People's Government", "河南", "河南省"]
CONNECTICUT = ["Connecticut", "State of Connecticut"]
GUANGXI = ["Guangxi", "Guangxi Zhuang Autonomous Region", "Guangxi Autonomous Region", "广西", "广西壮族自治区"]
JILIN = ["Jilin", "Jilin Province", "Jilin province", "Jilin Provincial People's Government", "吉林", "吉林省"]
MASSCEC = ["Massachusetts Clean Energy Center", "MassCEC"]
JILIN_UNIVERSITY = ["Jilin University", "吉林大学"]
NRDC = ["Natural Resources Defense Council", "NRDC"]
HANGZHOU_DRC = ["Hangzhou Municipal Development and Reform Commission", "Hangzhou Development and Reform Commission",
                "Development and Reform Commission of Hangzhou Municipality", "Hangzhou DRC", "杭州市发展和改革委员会"]
PRAIRIE = ["Prairie Research Institute", "Prairie Research Institute at the University of Illinois Urbana-Champaign",
           "Prairie Research Institute at the University of Illinois", "University of Illinois Prairie Research Institute"]
HENAN_ACADEMY = ["Henan Academy of Sciences", "河南省科学院"]
ILLINOIS_UNIVERSITY = ["University of Illinois Urbana-Champaign", "University of Illinois at Urbana-Champaign",
                       "University of Illinois", "UIUC", "Illinois"]
GUIZHOU_UNIVERSITY = ["Guizhou University", "贵州大学"]
EDF = ["Environmental Defense Fund", "EDF"]
ILLINOIS = ["Illinois", "State of Illinois", "Illinois state government", "Government of Illinois"]
ICC = ["Illinois Commerce Commission", "ICC"]
JILIN_ENERGY = ["Jilin Provincial Energy Administration", "Jilin Energy Administration", "Jilin Provincial Energy Bureau",
                "吉林省能源局"]

FORUM = "E-SUBNATIONAL-2019"
FORUM_DAYS = ["2019-05-14", "2019-05-15", None]  # "met ... on Tuesday and Wednesday": the day of a pair is not told
EVENTS = [
    _ev(FORUM, ["U.S.-China Subnational Clean Energy Forum", "US-China Subnational Clean Energy Forum",
                "Subnational Clean Energy Forum", "U.S.-China Subnational Clean Energy Forum 2019"],
        "2019-05-14", ["2019-05-15", None], "Boston", "US", ["ma02"]),
]


def _days(key, kinds, parties, days, cities, evidence, **extra) -> dict:
    """A gold agreement whose signing day may be any of `days` (None: the text does not settle it)."""
    a = _ag(key, kinds, parties, days[0], cities, evidence, **extra)
    a["signed_on"] = {"accept": days}
    return a


AGREEMENTS = [
    _ag("A-MA-LN-2018", ["agreement", "mou", "partnership"], [MASSACHUSETTS, LIAONING], "2018-09-20", ["Boston", None],
        ["ma01"]),
    _days("A-DOER-LNDRC-2018", ["mou", "agreement"], [DOER, LIAONING_DRC], ["2018-09-20", None], ["Boston", None],
          ["ma01"]),
    _ag("A-PA-HA-2019", ["agreement", "mou"], [PENNSYLVANIA, HENAN], "2019-05-14", ["Boston", None], ["ma02"],
        event=FORUM),
    _days("A-CT-GX-2019", ["mou", "agreement"], [CONNECTICUT, GUANGXI], FORUM_DAYS, ["Boston", None], ["ma02"],
          event=FORUM),
    _days("A-MA-JL-2019", ["mou", "agreement"], [MASSACHUSETTS, JILIN], FORUM_DAYS, ["Boston", None], ["ma02"],
          event=FORUM),
    _days("A-MASSCEC-JLU-NRDC-2019", ["agreement", "mou"], [MASSCEC, JILIN_UNIVERSITY, NRDC], FORUM_DAYS,
          ["Boston", None], ["ma02"], event=FORUM),
    _ag("A-DOER-HZDRC-2021", ["mou", "agreement"], [DOER, HANGZHOU_DRC], "2021-03-04", [None], ["ma03"]),
    _days("A-DOER-HZDRC-2016", ["mou", "agreement"], [DOER, HANGZHOU_DRC], ["2016", None], [None], ["ma03"],
          optional=True),
    _ag("A-PRI-HAS-2017", ["mou", "agreement"], [PRAIRIE, HENAN_ACADEMY], "2017-10-23", ["Champaign", "Urbana", None],
        ["il01"]),
    _ag("A-UIUC-GZU-EDF-2019", ["agreement", "mou"], [ILLINOIS_UNIVERSITY, GUIZHOU_UNIVERSITY, EDF], "2019-11-08",
        ["Guiyang", None], ["il02"]),
    _ag("A-IL-JL-2020", ["partnership", "agreement", "mou"], [ILLINOIS, JILIN], "2020-01-15", ["Springfield", None],
        ["il03"]),
    _ag("A-ICC-JLEA-2020", ["mou", "agreement"], [ICC, JILIN_ENERGY], "2020-01-15", ["Springfield", None], ["il03"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-MA-NZ-2050", MASSACHUSETTS, "carbon_neutrality", 2050, ["ma01"]),
    _cm("C-IL-CE-2050", ILLINOIS, "renewable_share", 2050, ["il02"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the twenty-sixth test web (tests/twentysixthweb.py: mass, illinews), "
                         "written by hand from the texts (tests/data/twentysixthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
