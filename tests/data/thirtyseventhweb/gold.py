"""Gold records of the thirty-seventh test web, written from the texts of articles.py before the extractor was run on
them.

Agreements (one record per signing): Virginia and Wenzhou's memorandum (Richmond, "last week" on a page of Wednesday 14
June 2023: the month is told, not the day); New Jersey and Jiaxing (told only inside the governor's quote, Trenton,
Sept. 12 2023); Rutgers University and JA Solar (New Brunswick, Sept. 14 2023); The Nature Conservancy and the SEE
Foundation (passive, parties in the next paragraph, Beijing, March 19 2024); the Institute for Sustainable Communities
and Friends of Nature's memorandum renewed "earlier this month" (March 2024); the University of Tennessee and EVE
Energy ("on Monday" on a Friday page: 6 May 2024); Kentucky and Datong (signed by the governor and the mayor "on
Tuesday" on a Thursday page: 20 August 2024; the "Updated" stamp of the next day is not the page's date); Georgia Tech
and Tongwei ("on Tuesday", Atlanta, 12 November 2024).
Past agreements recalled with their years (the friendship-port agreement of 2016, the memorandum first signed in 2019,
Kentucky's 1987 trade understanding with Jiangsu, Georgia Tech and Huawei's 2015 agreement) are optional records, as the
development webs' gold keeps recalled agreements (A-NWPCAS-2008, A-CA-GD-2013, A-KHH-ICLEI-2011).
Negatives: talks (New Jersey's utility board and Jiaxing's grid company, Hohhot and Metro Nashville, Georgia and
Tongwei), a visit, a planned memorandum "expected to be signed in the spring" (twice), trade missions' purchase
contracts, exchange agreements covering students only. No commitments and no events.
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _days, gold_document, recalled_agreement as _recalled

VIRGINIA = ["Virginia", "Commonwealth of Virginia", "State of Virginia", "Government of Virginia"]
WENZHOU = ["Wenzhou", "Wenzhou Municipal People's Government", "Wenzhou Municipal Government", "Wenzhou City",
           "City of Wenzhou", "Wenzhou Municipality", "温州", "温州市", "温州市人民政府"]
PORT_VA = ["Port of Virginia", "Virginia Port Authority"]
PORT_WZ = ["Port of Wenzhou", "Wenzhou Port"]
NEW_JERSEY = ["New Jersey", "State of New Jersey", "Government of New Jersey"]
JIAXING = ["Jiaxing", "Jiaxing Municipal People's Government", "Jiaxing Municipal Government", "City of Jiaxing",
           "Jiaxing City", "Jiaxing Municipality", "嘉兴", "嘉兴市", "嘉兴市人民政府"]
RUTGERS = ["Rutgers University", "Rutgers", "Rutgers, The State University of New Jersey"]
JA_SOLAR = ["JA Solar Technology Co.", "JA Solar Technology", "JA Solar", "JA Solar Technology Co., Ltd.",
            "晶澳太阳能", "晶澳科技"]
TNC = ["The Nature Conservancy", "Nature Conservancy", "TNC", "大自然保护协会"]
SEE = ["SEE Foundation", "SEE", "Society of Entrepreneurs and Ecology", "阿拉善SEE基金会", "阿拉善SEE"]
ISC = ["Institute for Sustainable Communities", "ISC"]
FON = ["Friends of Nature", "自然之友"]
UT = ["University of Tennessee", "University of Tennessee, Knoxville", "UT", "University of Tennessee Knoxville"]
EVE = ["EVE Energy Co.", "EVE Energy", "EVE Energy Co., Ltd.", "亿纬锂能"]
KENTUCKY = ["Kentucky", "Commonwealth of Kentucky", "State of Kentucky", "Government of Kentucky"]
DATONG = ["Datong", "Datong Municipal People's Government", "Datong Municipal Government", "City of Datong",
          "Datong City", "Datong Municipality", "大同", "大同市", "大同市人民政府"]
JIANGSU = ["Jiangsu", "Jiangsu Province", "Jiangsu province", "江苏", "江苏省"]
GEORGIA_TECH = ["Georgia Institute of Technology", "Georgia Tech"]
TONGWEI = ["Tongwei", "Tongwei Co.", "Tongwei Co., Ltd.", "Tongwei Company", "通威", "通威股份"]
HUAWEI = ["Huawei", "Huawei Technologies", "Huawei Technologies Co., Ltd.", "华为"]


AGREEMENTS = [
    _days("A-VA-WZ-2023", ["mou", "agreement"], [VIRGINIA, WENZHOU], ["2023-06", None], ["Richmond", None],
          ["lv01"]),
    _recalled("A-PORTVA-WZPORT-2016", ["agreement", "partnership", "mou"], [PORT_VA, PORT_WZ], "2016", "lv01"),
    _ag("A-NJ-JX-2023", ["agreement", "partnership", "mou"], [NEW_JERSEY, JIAXING], "2023-09-12", ["Trenton", None],
        ["lv02"]),
    _ag("A-RU-JA-2023", ["agreement", "partnership"], [RUTGERS, JA_SOLAR], "2023-09-14", ["New Brunswick", None],
        ["lv02"]),
    _ag("A-TNC-SEE-2024", ["agreement", "partnership"], [TNC, SEE], "2024-03-19", ["Beijing", None], ["lv03"]),
    _days("A-ISC-FON-2024", ["mou", "agreement"], [ISC, FON], ["2024-03", None], [None], ["lv03"]),
    _recalled("A-ISC-FON-2019", ["mou", "agreement"], [ISC, FON], "2019", "lv03"),
    _ag("A-UT-EVE-2024", ["agreement", "partnership"], [UT, EVE], "2024-05-06", ["Knoxville", None], ["cl01"]),
    _ag("A-KY-DT-2024", ["agreement", "partnership", "mou"], [KENTUCKY, DATONG], "2024-08-20", ["Frankfort", None],
        ["cl02"]),
    _recalled("A-KY-JS-1987", ["agreement", "mou"], [KENTUCKY, JIANGSU], "1987", "cl02"),
    _ag("A-GT-TW-2024", ["agreement", "partnership"], [GEORGIA_TECH, TONGWEI], "2024-11-12", ["Atlanta", None],
        ["cl04"]),
    _recalled("A-GT-HW-2015", ["agreement", "partnership"], [GEORGIA_TECH, HUAWEI], "2015", "cl04"),
]
for _a in AGREEMENTS:  # no event is told; one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the thirty-seventh test web (tests/thirtyseventhweb.py: longview, "
                         "courier), written by hand from the texts (tests/data/thirtyseventhweb/articles.py) before "
                         "the extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": []})
