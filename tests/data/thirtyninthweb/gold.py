"""Gold records of the thirty-ninth test web, written from the texts of articles.py before the extractor was run on
them.

Agreements (one record per signing): Manitoba and Sichuan's memorandum (Chengdu, "on Tuesday" on a Wednesday page: 13
May 2025; the signers "on behalf of" each government are not parties); Manitoba and Heilongjiang's memorandum renewed
"last Tuesday" on a Friday page (16 September 2025; 9 September accepted: "last Tuesday" may mean the week before;
a renewal is a row of its own, as the development webs' A-CA-GD-2015 and A-EFC-HAINAN-2023); the University of
Manitoba, Northeast Agricultural University and HAAS (named only by the acronym defined a paragraph earlier) "during
the same visit" (the day is not told: September 2025 or either Tuesday, or none); Manitoba's accession to the Powering
Past Coal Alliance's declaration (a body's instrument signed by a joiner: the body is the other party, as the
nineteenth web's A-HB-U2-2019); Argonne and QIBEBT's letter of intent (Lemont, Monday 7 April 2025; the Chinese Academy
of Sciences is tolerated); PNNL, the University of Washington and SARI (Richland, Tuesday 15 July 2025); Queensland and
Shaanxi ("The two sides agreed to cooperate on ..." after "attended a signing ceremony in Xi'an on Monday": 20 October
2025).
Optional: Winnipeg's signing of the Edmonton Declaration (a lone new signatory of a declaration no body in the text
owns: one party only), and the agreements quoted as past background (Manitoba and Sichuan "Under a 2015 agreement",
the Heilongjiang memorandum first signed in 2020, the University of Queensland and Northwest University "under a 2018
agreement"), as the development webs keep recalled agreements optional.
Negatives: talks with nothing signed (Manitoba Hydro and State Grid Sichuan, PNNL and Tianjin University, Brookhaven and
the Institute of Engineering Thermophysics), agreements "expected to be signed next month" (twice), trade deals,
Brandon that "formally joined" a programme, Churchill "admitted to" a forum and Gold Coast that "formally joined" ICLEI
Oceania (membership, as the development webs' Kaohsiung joining ICLEI). No commitments and no events.
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _days, gold_document, recalled_agreement as _recalled

MANITOBA = ["Manitoba", "Province of Manitoba", "Government of Manitoba", "Manitoba government", "Manitoba Agriculture",
            "Manitoba Department of Agriculture"]
SICHUAN = ["Sichuan", "Sichuan Province", "Sichuan province", "Sichuan Provincial People's Government",
           "Sichuan Provincial Government", "Government of Sichuan", "四川", "四川省", "四川省人民政府"]
HEILONGJIANG = ["Heilongjiang", "Heilongjiang Province", "Heilongjiang province", "Heilongjiang Provincial Government",
                "Heilongjiang Provincial People's Government",
                "Heilongjiang Provincial Department of Agriculture and Rural Affairs", "黑龙江", "黑龙江省",
                "黑龙江省农业农村厅"]
UMANITOBA = ["University of Manitoba", "U of M", "UM"]
NEAU = ["Northeast Agricultural University", "NEAU", "东北农业大学"]
HAAS = ["Heilongjiang Academy of Agricultural Sciences", "HAAS", "黑龙江省农业科学院"]
WINNIPEG = ["Winnipeg", "City of Winnipeg", "Winnipeg City Council"]
PPCA = ["Powering Past Coal Alliance", "PPCA"]
ARGONNE = ["Argonne National Laboratory", "Argonne", "ANL"]
QIBEBT = ["Qingdao Institute of Bioenergy and Bioprocess Technology", "QIBEBT",
          "Qingdao Institute of Bioenergy and Bioprocess Technology of the Chinese Academy of Sciences",
          "中国科学院青岛生物能源与过程研究所", "青岛能源所"]
CAS = ["Chinese Academy of Sciences", "CAS", "中国科学院"]
PNNL = ["Pacific Northwest National Laboratory", "PNNL"]
UW = ["University of Washington", "UW"]
SARI = ["Shanghai Advanced Research Institute", "SARI", "中国科学院上海高等研究院", "上海高等研究院"]
QUEENSLAND = ["Queensland", "Queensland Government", "State of Queensland", "Government of Queensland"]
SHAANXI = ["Shaanxi", "Shaanxi Province", "Shaanxi province", "Shaanxi Provincial People's Government",
           "Shaanxi Provincial Government", "陕西", "陕西省", "陕西省人民政府"]
UQ = ["University of Queensland", "The University of Queensland", "UQ"]
NWU = ["Northwest University", "西北大学"]


AGREEMENTS = [
    _ag("A-MB-SC-2025", ["mou", "agreement"], [MANITOBA, SICHUAN], "2025-05-13", ["Chengdu", None], ["mb01"]),
    _recalled("A-MB-SC-2015", ["agreement", "mou", "partnership"], [MANITOBA, SICHUAN], "2015", "mb01"),
    _days("A-MB-HLJ-2025", ["mou", "agreement"], [MANITOBA, HEILONGJIANG], ["2025-09-16", "2025-09-09"],
          ["Harbin", None], ["mb02"]),
    _recalled("A-MB-HLJ-2020", ["mou", "agreement"], [MANITOBA, HEILONGJIANG], "2020", "mb02"),
    _days("A-UM-NEAU-HAAS-2025", ["agreement", "partnership"], [UMANITOBA, NEAU, HAAS],
          ["2025-09-16", "2025-09-09", "2025-09", None], ["Harbin", None], ["mb02"]),
    _ag("A-WPG-EDM-2025", ["declaration", "agreement"], [WINNIPEG], "2025-11-03", ["Winnipeg", None], [],
        optional=True, evidence_optional=["mb03"]),
    _ag("A-MB-PPCA-2025", ["declaration", "agreement", "partnership"], [MANITOBA, PPCA], "2025-11-03",
        ["Winnipeg", None], ["mb03"]),
    _ag("A-ANL-QIBEBT-2025", ["mou", "agreement"], [ARGONNE, QIBEBT], "2025-04-07", ["Lemont", None], ["lb01"],
        parties_optional=[CAS]),
    _ag("A-PNNL-UW-SARI-2025", ["agreement", "partnership"], [PNNL, UW, SARI], "2025-07-15", ["Richland", None],
        ["lb02"], parties_optional=[CAS]),
    _ag("A-QLD-SN-2025", ["agreement", "partnership", "mou"], [QUEENSLAND, SHAANXI], "2025-10-20", ["Xi'an", None],
        ["lb03"]),
    _recalled("A-UQ-NWU-2018", ["agreement", "partnership", "mou"], [UQ, NWU], "2018", "lb03"),
]
for _a in AGREEMENTS:  # no event is told; one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the thirty-ninth test web (tests/thirtyninthweb.py: mbnews, labnews), "
                         "written by hand from the texts (tests/data/thirtyninthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": []})
