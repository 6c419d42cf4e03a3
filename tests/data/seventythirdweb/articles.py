"""Articles of the seventy-third test web (tests/seventythirdweb.py), written for issue 17 (a held-out estimate of
AGREEMENTS RENEWED, EXTENDED, EXPANDED, AMENDED OR UPGRADED, English and Chinese): each page tells one agreement's
later life (a renewal signed on a day, an amendment, an old agreement only restated with its renewal year, a renewal
only under negotiation, 续签/延期/扩展合作范围, 签署补充协议/升级). Actors no other web uses.

idgov: an English state newsroom (Idaho governor's office). jxwb: a Chinese provincial 外事 portal (Jiangxi).
"""
from __future__ import annotations

ARTICLES = [
    # --- idgov: an English state newsroom ---------------------------------------------------------------------------
    dict(id="ig01", site="idgov", path="/governor/news/2026/03/pocatello-pingxiang-renewal.html",
         date="2026-03-04", title="Pocatello and Pingxiang renew geothermal heating memorandum",
         paras=["POCATELLO - On March 3, 2026, the City of Pocatello and the Pingxiang Municipal People's Government "
                "renewed their 2016 memorandum of understanding on geothermal district heating for five more years, "
                "signing the renewal at Pocatello City Hall.",
                "The renewed memorandum also extends the cooperation to heat pumps for public schools.",
                "Since 2016 engineers from both cities have traded visits every winter."],
         fingerprint="engineers from both cities have traded visits every winter",
         must_contain=["renewed their 2016 memorandum of understanding on geothermal district heating"]),
    dict(id="ig02", site="idgov", path="/governor/news/2026/05/twin-falls-yuxi-amendment.html",
         date="2026-05-13", title="Twin Falls and Yuxi amend clean water agreement to add methane capture",
         paras=["TWIN FALLS - The City of Twin Falls and Yuxi, Yunnan Province, signed an amendment to their 2019 "
                "clean water cooperation agreement in Twin Falls on May 12, 2026, expanding it to cover methane "
                "capture at dairy farms and wastewater plants.",
                "The amendment runs through 2030.",
                "Dairy cooperatives in the Magic Valley will host the first pilot digesters."],
         fingerprint="Dairy cooperatives in the Magic Valley will host",
         must_contain=["signed an amendment to their 2019 clean water cooperation agreement"]),
    dict(id="ig03", site="idgov", path="/governor/news/2026/07/idaho-falls-yichun-visit.html",
         date="2026-07-21", title="Yichun delegation tours Idaho Falls battery recycling plant",
         paras=["IDAHO FALLS - A delegation from Yichun, Jiangxi Province, toured a battery recycling plant in Idaho "
                "Falls on Monday.",
                "The 2018 sister-city agreement between Idaho Falls and Yichun, renewed in 2023, has brought more than "
                "forty student exchanges.",
                "Officials of both cities are negotiating an expansion of the agreement to cover lithium recycling, "
                "and a renewal could be signed next year.",
                "The plant recovers lithium and cobalt from used car batteries."],
         fingerprint="recovers lithium and cobalt from used car batteries",
         must_contain=["renewed in 2023, has brought more than forty student exchanges"]),
    # --- jxwb: a Chinese provincial 外事 portal -----------------------------------------------------------------------
    dict(id="jx01", site="jxwb", path="/wsdt/2026/0319/art_4401.html", date="2026-03-19",
         title="吉安市与美国卡斯珀市续签友好交流合作备忘录",
         paras=["3月18日，吉安市人民政府与美国怀俄明州卡斯珀市在吉安续签《友好交流合作备忘录》，将双方2017年签署的备忘录"
                "延期五年，并将合作范围扩展至光伏和储能领域。",
                "根据续签的备忘录，两市将每年互派技术人员交流。",
                "卡斯珀市代表团还参观了吉安市的光伏组件工厂。"],
         fingerprint="卡斯珀市代表团还参观了吉安市的光伏组件工厂",
         must_contain=["将合作范围扩展至光伏和储能领域"]),
    dict(id="jx02", site="jxwb", path="/wsdt/2026/0910/art_4467.html", date="2026-09-10",
         title="宜春市与美国俾斯麦市友好关系升级",
         paras=["9月9日，宜春市与美国北达科他州俾斯麦市在宜春签署补充协议，双方2019年建立的友好交流城市关系由此升级为"
                "友好城市关系，合作范围扩展至锂电池回收和风电运维。",
                "两市还商定在2027年续签新能源合作备忘录，具体内容仍在磋商中。",
                "俾斯麦市代表团参观了宜春锂电新能源产业园。"],
         fingerprint="俾斯麦市代表团参观了宜春锂电新能源产业园",
         must_contain=["双方2019年建立的友好交流城市关系由此升级为友好城市关系"]),
]
