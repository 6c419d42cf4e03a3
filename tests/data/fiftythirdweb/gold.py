"""Gold records of the fifty-third test web, written from the texts of articles.py before the extractor was run on them.

A sister-city relation (缔结友好城市关系) is no climate agreement (RECORDS.md: agreements are climate-cooperation
instruments); the low-carbon cooperation agreement signed at the same ceremony is one (sm01: one row, parties the two
cities). A 管委会's 战略合作框架协议 with a company is an agreement of the zone's committee (sm03); a county government
and a local state enterprise that 正式签约 sign an agreement (jl01); a county's memorandum with a foreign town is a
`mou` (jl03: 魏茨镇 is known to no table: its name stays Chinese or is Weiz, never pinyin). A signing ceremony is no
event; a 新闻发布会 is none. A prefecture's plan targets are the city's (sm02), a county's 光伏装机 target is an `other`
commitment of the county (jl02). Negatives: 十三五 achievements (下降了), national targets cited (国家提出), 预计, 拟签约
and 意向 (no agreement, no commitment). Tampere's own 2030 neutrality target, told as background, may be given or not.
Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_json


def _gov(en: str, zh: str, unit: str, *more: str) -> list[str]:
    """A Chinese city's or county's accepted names: English forms and its Chinese name with and without 市/县."""
    kind = "City" if unit == "市" else "County"
    return [en, f"{en} {kind}", f"{en} Municipality" if unit == "市" else f"{en} County Government",
            f"{en} Municipal Government" if unit == "市" else f"{en} County People's Government",
            f"{kind} of {en}", *more, zh, f"{zh}{unit}", f"{zh}{unit}人民政府", f"{zh}{unit}政府"]


SANMING = _gov("Sanming", "三明", "市")
JIANGLE = _gov("Jiangle", "将乐", "县")
TAMPERE = ["Tampere", "City of Tampere", "Tampere City", "坦佩雷", "坦佩雷市", "芬兰坦佩雷市"]
WEIZ = ["Weiz", "Weiz Town", "Town of Weiz", "魏茨", "魏茨镇", "奥地利魏茨镇"]
SMHTZ = ["Sanming High-tech Industrial Development Zone Management Committee", "Sanming High-tech Zone Management "
         "Committee", "Sanming High-tech Industrial Development Zone", "Sanming High-tech Zone",
         "Sanming Hi-tech Industrial Development Zone", "Sanming Hi-Tech Zone", "三明高新技术产业开发区管委会",
         "三明高新技术产业开发区管理委员会", "三明高新技术产业开发区", "三明高新区", "三明高新区管委会"]
ENVISION = ["Envision Group", "Envision", "Envision Technology Group", "远景科技集团", "远景集团", "远景"]
SGSM = ["State Grid Sanming Power Supply Company", "State Grid Sanming Electric Power Supply Company",
        "State Grid Sanming Power Supply Co.", "Sanming Power Supply Company", "国网三明供电公司", "国网福建三明供电公司",
        "国网三明供电"]

EVENTS: list = []

AGREEMENTS = [
    # sm01: the low-carbon cooperation agreement of the two cities (the sister-city agreement itself is no record)
    _ag("A-SM-TAMPERE-2024", ["agreement", "partnership"], [SANMING, TAMPERE], "2024-11-08", ["Sanming"], ["sm01"]),
    # sm03: the zone committee's framework agreement with a company
    _ag("A-SMHTZ-ENVISION-2024", ["agreement", "partnership"], [SMHTZ, ENVISION], "2024-09-25", ["Sanming", None],
        ["sm03"]),
    # jl01: a county government and a local state enterprise
    _ag("A-JL-SGSM-2024", ["agreement", "partnership"], [JIANGLE, SGSM], "2024-01-17", [None, "Jiangle", "Sanming"],
        ["jl01"]),
    # jl03: a county's memorandum with a foreign town
    _ag("A-JL-WEIZ-2024", ["mou"], [JIANGLE, WEIZ], "2024-10-15", [None, "Jiangle", "Sanming"], ["jl03"]),
]

COMMITMENTS = [
    _cm("C-SM-NF-2025", SANMING, "renewable_share", 2025, ["sm02"], share_pct=32),
    _cm("C-SM-CO2INT-2025", SANMING, "emissions_reduction", 2025, ["sm02"], base_year=2020, reduction_pct_min=19.5,
        reduction_pct_max=19.5),
    _cm("C-SM-PEAK-2028", SANMING, "emissions_peak", 2028, ["sm02"]),
    _cm("C-JL-PV-2025", JIANGLE, "other", 2025, ["jl02"]),
    _cm("C-JL-PEAK-2027", JIANGLE, "emissions_peak", 2027, ["jl02"]),
    # background: Tampere's own target, told as what the city has set (may be given or not)
    _cm("C-TAMPERE-NEUTRAL-2030", TAMPERE, "carbon_neutrality", 2030, [], optional=True, evidence_optional=["sm01"]),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the fifty-third test web (tests/fiftythirdweb.py: smgov, jlrm), written by hand from the "
         "texts (tests/data/fiftythirdweb/articles.py) before the extractor was run; format of shared/gold/seeds.json. "
         "There is no event in this web.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
