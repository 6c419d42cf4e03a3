"""Gold records of the twenty-eighth test web, written from the texts of articles.py before the extractor was run on
them.

Four gatherings are events: the Major Economies Forum on Energy and Climate (held by video on 17 June 2022: no city),
the Powering Past Coal Alliance Global Summit (a two-day virtual summit that "opened on Tuesday", 2 March 2021: no
city), the seventh Our Ocean Conference (Koror, 13-14 April 2022, co-hosted by Palau and the United States; "the Palau
conference" on the wire) and the Conference of New England Governors and Eastern Canadian Premiers (Boston, "opened on
Thursday", 7 September 2023). A grid study and conferences that "will be held" are none. One memorandum (the United
States and Palau, at the ocean conference). Commitments: targets in bullet lists ("Japan: 46% below 2013 levels by
2030", "Canada — 40 to 45 per cent ..."), a table-like list ("Palau | 100% renewable electricity | 2032"), "no later
than", "raised its target to", "brought forward ... from 2050 to 2045" (the new date only), "at least" (no maximum),
"between 70 and 75 percent below business as usual" (no base year), "halve ... by 2030 from 2005 levels", a
per-capita cap, methane cuts, coal exits and zero-emission car sales (other), a governor's pledge for the state and a
company's pledge in a quote. Optional: Germany's earlier coal-exit deadline told as background and Rhode Island's
2033 renewable deadline told in passing. Negatives: achievements (cut 20 percent since 2013, fallen 20% since 2005,
closed 60 units), forecasts, calls on others, goals without a number or year (Mexico, Scotland, Connecticut), a
replaced target (Rhode Island's 2030 goal), demand "could double by 2050".
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document


def _country(name: str, *more: str) -> list[str]:
    return [name, f"Government of {name}", *more]


JAPAN = _country("Japan", "Japanese Government")
CANADA = _country("Canada", "Canadian Government", "Government of Canada")
KOREA = ["Republic of Korea", "South Korea", "Korea", "ROK", "Government of the Republic of Korea",
         "Korean Government"]
ARGENTINA = _country("Argentina", "Argentine Republic", "Argentine Government")
NIGERIA = _country("Nigeria", "Federal Republic of Nigeria", "Nigerian Government", "Federal Government of Nigeria")
CHILE = _country("Chile", "Republic of Chile", "Chilean Government")
MONTENEGRO = _country("Montenegro")
SPAIN = _country("Spain", "Kingdom of Spain", "Spanish Government")
SLOVAKIA = _country("Slovakia", "Slovak Republic", "Slovak Government")
DENMARK = _country("Denmark", "Kingdom of Denmark", "Danish Government")
GERMANY = _country("Germany", "Federal Republic of Germany", "German Government", "German Federal Government")
PALAU = _country("Palau", "Republic of Palau", "Palauan Government")
FIJI = _country("Fiji", "Republic of Fiji", "Fijian Government")
PANAMA = _country("Panama", "Republic of Panama", "Panamanian Government")
MARSHALL = ["Marshall Islands", "Republic of the Marshall Islands", "RMI", "Government of the Marshall Islands"]
PHILIPPINES = _country("Philippines", "the Philippines", "Republic of the Philippines", "Philippine Government")
USA = ["United States", "United States of America", "U.S.", "US", "USA", "U.S. Government", "US Government",
       "Government of the United States"]
MAERSK = ["A.P. Moller-Maersk", "Maersk", "A.P. Moller - Maersk", "A.P. Møller-Mærsk", "A.P. Moller Maersk",
          "Moller-Maersk", "Maersk Group"]
IBERDROLA = ["Iberdrola", "Iberdrola S.A.", "Iberdrola SA", "Iberdrola Group"]
MASSACHUSETTS = ["Massachusetts", "Commonwealth of Massachusetts", "State of Massachusetts",
                 "Massachusetts state government"]
NOVA_SCOTIA = ["Nova Scotia", "Province of Nova Scotia", "Government of Nova Scotia", "Nova Scotia government"]
MAINE = ["Maine", "State of Maine", "Maine state government"]
RHODE_ISLAND = ["Rhode Island", "State of Rhode Island"]

MEF = ["Major Economies Forum on Energy and Climate", "Major Economies Forum", "MEF",
       "Major Economies Forum on Energy and Climate 2022", "2022 Major Economies Forum on Energy and Climate"]
PPCA = ["Powering Past Coal Alliance Global Summit", "Powering Past Coal Alliance Summit", "PPCA Global Summit",
        "PPCA Summit", "Powering Past Coal Alliance Global Summit 2021", "Powering Past Coal Summit"]
OOC = ["Our Ocean Conference", "seventh Our Ocean Conference", "7th Our Ocean Conference", "Our Ocean Conference 2022",
       "Our Ocean 2022", "Palau conference", "Our Ocean Palau", "Our Ocean Conference in Palau"]
NEGECP = ["Conference of New England Governors and Eastern Canadian Premiers",
          "annual Conference of New England Governors and Eastern Canadian Premiers",
          "New England Governors and Eastern Canadian Premiers", "New England Governors and Eastern Canadian Premiers "
          "Conference", "NEG/ECP", "NEG-ECP", "NEG/ECP Conference", "Conference of New England Governors and Eastern "
          "Canadian Premiers 2023"]

EVENTS = [  # a virtual gathering has no city and no host country to give ("")
    _ev("E-MEF-2022", MEF, "2022-06-17", ["2022-06-17", None], "", "", ["gov01"]),
    _ev("E-PPCA-2021", PPCA, "2021-03-02", ["2021-03-03", None], "", "", ["gov02", "hwr03"]),
    _ev("E-OOC-2022", OOC, "2022-04-13", ["2022-04-14", None], "Koror", "PW", ["gov03", "hwr02"]),
    _ev("E-NEGECP-2023", NEGECP, "2023-09-07", [None], "Boston", "US", ["hwr01"]),
]
AGREEMENTS = [
    _ag("A-US-PW-2022", ["mou", "agreement"], [USA, PALAU], "2022-04-13", ["Koror", None], ["gov03"],
        event="E-OOC-2022"),
]
COMMITMENTS = [
    _cm("C-JP-46-2030", JAPAN, "emissions_reduction", 2030, ["gov01"], base_year=2013, reduction_pct_min=46,
        reduction_pct_max=46),
    _cm("C-CA-40-2030", CANADA, "emissions_reduction", 2030, ["gov01"], base_year=2005, reduction_pct_min=40,
        reduction_pct_max=45),
    _cm("C-KR-40-2030", KOREA, "emissions_reduction", 2030, ["gov01"], base_year=2018, reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-AR-NZ-2050", ARGENTINA, "carbon_neutrality", 2050, ["gov01"]),
    _cm("C-NG-CH4-2031", NIGERIA, "emissions_reduction", 2031, ["gov01"], reduction_pct_min=60,
        reduction_pct_max=60),
    _cm("C-CL-COAL-2040", CHILE, "other", 2040, ["gov02", "hwr03"]),
    _cm("C-ME-COAL-2035", MONTENEGRO, "other", 2035, ["gov02"]),
    _cm("C-ES-ZEV-2040", SPAIN, "other", 2040, ["gov02"]),
    _cm("C-SK-COAL-2023", SLOVAKIA, "other", 2023, ["gov02"]),
    _cm("C-PW-RE-2032", PALAU, "renewable_share", 2032, ["gov03"]),
    _cm("C-FJ-NZ-2050", FIJI, "carbon_neutrality", 2050, ["gov03"]),
    _cm("C-PA-NEUTRAL-2050", PANAMA, "carbon_neutrality", 2050, ["gov03"]),
    _cm("C-MAERSK-NEUTRAL-2040", MAERSK, "carbon_neutrality", 2040, ["gov03"]),
    _cm("C-MA-50-2030", MASSACHUSETTS, "emissions_reduction", 2030, ["hwr01"], base_year=1990,
        reduction_pct_min=50, reduction_pct_max=50),
    _cm("C-NS-53-2030", NOVA_SCOTIA, "emissions_reduction", 2030, ["hwr01"], base_year=2005, reduction_pct_min=53,
        reduction_pct_max=53),
    _cm("C-ME-NEUTRAL-2045", MAINE, "carbon_neutrality", 2045, ["hwr01"]),
    _cm("C-PW-HALVE-2030", PALAU, "emissions_reduction", 2030, ["hwr02"], base_year=2005, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-MH-PC-2035", MARSHALL, "per_capita_limit", 2035, ["hwr02"], per_capita_t=1.5),
    _cm("C-PH-BAU-2030", PHILIPPINES, "emissions_reduction", 2030, ["hwr02"], reduction_pct_min=70,
        reduction_pct_max=75),
    _cm("C-IBE-NEUTRAL-2030", IBERDROLA, "carbon_neutrality", 2030, ["hwr02"]),
    _cm("C-DK-70-2030", DENMARK, "emissions_reduction", 2030, ["hwr03"], base_year=1990, reduction_pct_min=70),
    _cm("C-DE-COAL-2038", GERMANY, "other", 2038, ["hwr03"], optional=True),
    _cm("C-RI-RE-2033", RHODE_ISLAND, "renewable_share", 2033, ["hwr04"], optional=True),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the twenty-eighth test web (tests/twentyeighthweb.py: gov, hwr), "
                         "written by hand from the texts (tests/data/twentyeighthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
