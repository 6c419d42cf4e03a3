"""Articles of the twenty-second test web (tests/twentysecondweb.py), written for issue 17 (an honest held-out
estimate of resolution): the same signings and pledges told two or three times by an English wire, a Simplified
Chinese portal and a Traditional Chinese (Hong Kong, bilingual names) site, with the variation real sites have.

Retold: a state and a province's memorandum (an MOU in English, the 发展和改革委员会 signing for the province in
Simplified Chinese, 框架協議 "last week" in Traditional Chinese); a wind-turbine maker by its English trade name and by
its Chinese legal name signing with a city / its municipal government at a convention named in full, short and in
Chinese (one page gives no day); a pledge with and without its base year. Traps: the same state and province signing
a second instrument a year later, a renewal beside the memorandum it renews, a different pair at the same convention,
two pledges of one province (a 2030 peak and 2060 neutrality).
"""
from __future__ import annotations

ARTICLES = [
    # --- wire: an English wire --------------------------------------------------------------------------------------
    dict(id="w01", site="wire", path="/world/2024/05/15/minnesota-shaanxi-clean-energy-mou.html", date="2024-05-15",
         title="Minnesota, China's Shaanxi sign clean energy memorandum",
         paras=["XI'AN, China, May 14 -- Minnesota and China's Shaanxi province on Tuesday signed a memorandum of "
                "understanding on clean energy and climate cooperation in Xi'an, the provincial capital.",
                "The two sides will exchange experience on wind power, grid storage and building efficiency.",
                "Shaanxi aims to peak its carbon emissions before 2030 and to achieve carbon neutrality before 2060.",
                "Minnesota has committed to cutting its greenhouse gas emissions 50 percent below 2005 levels by "
                "2030."],
         fingerprint="exchange experience on wind power, grid storage",
         must_contain=["signed a memorandum of understanding on clean energy and climate cooperation"]),
    dict(id="w02", site="wire", path="/business/2024/09/21/goldwind-hefei-manufacturing-convention.html",
         date="2024-09-21",
         title="Goldwind signs turbine plant deal with Hefei at manufacturing convention",
         paras=["HEFEI, China, Sept 20 -- Wind turbine maker Goldwind signed a cooperation agreement with the city of "
                "Hefei on Friday to build a turbine assembly plant, at the 2024 World Manufacturing Convention.",
                "The convention runs from Sept 20 to Sept 23 in Hefei.",
                "Separately, Trina Solar signed a framework agreement with the Anhui provincial government at the "
                "convention to expand solar module production in the province."],
         fingerprint="to build a turbine assembly plant",
         must_contain=["Goldwind signed a cooperation agreement with the city of Hefei"]),
    dict(id="w03", site="wire", path="/us/2025/06/11/minnesota-shaanxi-ev-charging.html", date="2025-06-11",
         title="Minnesota, Shaanxi sign EV charging agreement",
         paras=["SAINT PAUL, Minn., June 10 -- Minnesota and Shaanxi province on Tuesday signed a cooperation "
                "agreement on electric vehicle charging in Saint Paul, a year after the two sides signed a "
                "clean energy memorandum of understanding in Xi'an.",
                "Under the agreement, the two sides will share standards for public charging networks.",
                "Minnesota aims to cut its greenhouse gas emissions 50 percent by 2030."],
         fingerprint="share standards for public charging networks",
         must_contain=["signed a cooperation agreement on electric vehicle charging"]),
    dict(id="w04", site="wire", path="/us/2025/03/18/wisconsin-jiangxi-renew-mou.html", date="2025-03-18",
         title="Wisconsin, Jiangxi renew clean energy memorandum",
         paras=["MADISON, Wis., March 17 -- Wisconsin and China's Jiangxi province on Monday renewed their memorandum "
                "of understanding on clean energy cooperation for another five years.",
                "The two sides first signed the memorandum in Nanchang on June 3, 2020.",
                "Officials said the renewal adds cooperation on battery recycling."],
         fingerprint="renewal adds cooperation on battery recycling",
         must_contain=["renewed their memorandum of understanding on clean energy cooperation"]),
    # --- portal: a Simplified Chinese portal ------------------------------------------------------------------------
    dict(id="p01", site="portal", path="/2024-05/15/content_30567712.htm", date="2024-05-15",
         title="陕西省与美国明尼苏达州签署清洁能源合作备忘录",
         paras=["5月14日，陕西省发展和改革委员会代表陕西省与美国明尼苏达州在西安签署清洁能源合作备忘录。",
                "双方将在风电、电网储能和建筑节能等领域开展交流合作。",
                "陕西省提出，力争2030年前实现碳达峰、2060年前实现碳中和。"],
         fingerprint="风电、电网储能和建筑节能",
         must_contain=["陕西省发展和改革委员会代表陕西省与美国明尼苏达州在西安签署清洁能源合作备忘录"]),
    dict(id="p02", site="portal", path="/2024-09/21/content_30611840.htm", date="2024-09-21",
         title="2024世界制造业大会在合肥开幕 一批重大项目集中签约",
         paras=["9月20日，2024世界制造业大会在合肥开幕，大会将持续至9月23日。",
                "开幕当天，新疆金风科技股份有限公司与合肥市人民政府签署合作协议，将在合肥建设风电机组总装基地。",
                "天合光能股份有限公司与安徽省人民政府签署战略合作框架协议，扩大光伏组件产能。"],
         fingerprint="风电机组总装基地",
         must_contain=["新疆金风科技股份有限公司与合肥市人民政府签署合作协议"]),
    # --- hk: a Traditional Chinese site (Hong Kong), English names in brackets ----------------------------------------
    dict(id="h01", site="hk", path="/article/20240520/s00013/1716180000001", date="2024-05-20",
         title="明尼蘇達州與陝西省簽署清潔能源框架協議",
         paras=["美國明尼蘇達州（Minnesota）與陝西省上週在西安簽署清潔能源框架協議，雙方將加強風電和儲能合作。",
                "明尼蘇達州承諾，到2030年將溫室氣體排放量減少50%。"],
         fingerprint="雙方將加強風電和儲能合作",
         must_contain=["與陝西省上週在西安簽署清潔能源框架協議"]),
    dict(id="h02", site="hk", path="/article/20240923/s00004/1727070000002", date="2024-09-23",
         title="金風科技與合肥市政府簽署合作備忘錄",
         paras=["金風科技（Goldwind）與合肥市政府在世界製造業大會期間簽署合作備忘錄，將在合肥興建風機總裝廠。",
                "本屆世界製造業大會於9月20日至23日在合肥舉行。"],
         fingerprint="將在合肥興建風機總裝廠",
         must_contain=["金風科技（Goldwind）與合肥市政府在世界製造業大會期間簽署合作備忘錄"]),
]
