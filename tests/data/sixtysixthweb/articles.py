"""Articles of the sixty-sixth test web (tests/sixtysixthweb.py), written for issue 17 (a held-out estimate of NUMBERS
WRITTEN IN WORDS, FRACTIONS AND CHINESE NUMERALS in commitments, English and Chinese): pledges whose figures carry no
digits ("by half from 2010 levels", "eighty to ninety percent", "a quarter of its power", "two-thirds below 2005
levels", "forty percent ... by the end of the decade" in a plan for the 2020s, "二〇三〇年前达峰", "百分之六十五以上",
"减少一半", "三成", 全角 "２０３０年" and "６５％"), figures that fix nothing ("net zero by mid-century", "“十四五”期间")
and one trap per page (a figure about the past, a population, a budget).

cityhall: an English city newsroom. shengfu: a Chinese provincial portal in 公文 style.
"""
from __future__ import annotations

ARTICLES = [
    # --- cityhall: an English city newsroom --------------------------------------------------------------------------
    dict(id="ch01", site="cityhall", path="/newsroom/2025/03/kalamazoo-climate-goal.html",
         date="2025-03-04", title="Kalamazoo sets new climate goal",
         paras=["Kalamazoo will cut citywide greenhouse gas emissions by half from 2010 levels by 2030, Mayor Ellen "
                "Harrow announced on Tuesday.",
                "The city also intends to reach net zero emissions by mid-century.",
                "Citywide emissions fell by a third between 2010 and 2023, according to the latest inventory of the "
                "city of about 73,000 residents.",
                "Separately, Portage Creek Paper Company said it would reduce emissions at its mill forty percent "
                "below 2019 levels by 2032.",
                "Residents can comment on the draft plan until April 30."],
         fingerprint="Residents can comment on the draft plan until April 30",
         must_contain=["by half from 2010 levels by 2030", "forty percent below 2019 levels by 2032"]),
    dict(id="ch02", site="cityhall", path="/newsroom/2025/06/bellingham-power-pledge.html",
         date="2025-06-10", title="Bellingham pledges cleaner power and deep emission cuts",
         paras=["Bellingham has pledged to get a quarter of its power from renewables by 2027.",
                "The city council also committed Bellingham to cutting emissions from city operations eighty to "
                "ninety percent below 2015 levels by 2040.",
                "The council approved a budget of forty-two million dollars for building retrofits.",
                "Staff will publish a progress dashboard this fall."],
         fingerprint="Staff will publish a progress dashboard this fall",
         must_contain=["a quarter of its power from renewables by 2027",
                       "eighty to ninety percent below 2015 levels by 2040"]),
    dict(id="ch03", site="cityhall", path="/newsroom/2026/01/providence-plan-2020s.html",
         date="2026-01-20", title="Providence adopts climate plan for the 2020s",
         paras=["Under its new climate plan for the 2020s, Providence committed to sourcing forty percent of municipal "
                "electricity from renewable sources by the end of the decade.",
                "Providence will also reduce citywide emissions two-thirds below 2005 levels by 2040.",
                "Emissions from city buildings have already dropped by a quarter since 2005.",
                "The plan was drafted with neighborhood groups over eighteen months."],
         fingerprint="drafted with neighborhood groups over eighteen months",
         must_contain=["forty percent of municipal electricity from renewable sources",
                       "two-thirds below 2005 levels by 2040"]),
    # --- shengfu: a Chinese provincial portal in 公文 style ------------------------------------------------------------
    dict(id="sf01", site="shengfu", path="/zwgk/2025/0408/art_3301.html", date="2025-04-08",
         title="汉中市印发碳达峰实施方案",
         paras=["近日，汉中市人民政府印发《汉中市碳达峰实施方案》。",
                "方案明确，汉中市确保二〇三〇年前达峰，力争二〇六〇年前实现碳中和。",
                "“十四五”期间，全市将新增光伏装机规模百分之四十。",
                "“十三五”期间，全市单位地区生产总值能耗已下降百分之二十。",
                "各县区、各部门要结合实际认真贯彻落实。"],
         fingerprint="各县区、各部门要结合实际认真贯彻落实",
         must_contain=["汉中市确保二〇三〇年前达峰", "力争二〇六〇年前实现碳中和"]),
    dict(id="sf02", site="shengfu", path="/zwgk/2025/0715/art_3419.html", date="2025-07-15",
         title="安康市部署温室气体减排工作",
         paras=["安康市人民政府日前召开专题会议，部署温室气体减排工作。",
                "会议提出，安康市温室气体排放总量到二〇三五年比二〇二〇年减少一半。",
                "到二〇三〇年，安康市可再生能源发电量占比提高到三成。",
                "与二〇一五年相比，全市排放总量已下降两成；全市常住人口二百四十九万人。"],
         fingerprint="安康市人民政府日前召开专题会议",
         must_contain=["到二〇三五年比二〇二〇年减少一半", "可再生能源发电量占比提高到三成"]),
    dict(id="sf03", site="shengfu", path="/zwgk/2025/1103/art_3562.html", date="2025-11-03",
         title="秦巴绿能集团发布绿色低碳行动方案",
         paras=["秦巴绿能集团11月3日发布绿色低碳行动方案。",
                "秦巴绿能集团承诺，到二〇三二年集团碳排放总量较二〇二二年下降百分之六十五以上。",
                "到２０３０年，秦巴绿能集团可再生能源装机占比达到６５％。",
                "截至目前，集团资产总额达三百六十亿元。"],
         fingerprint="集团资产总额达三百六十亿元",
         must_contain=["较二〇二二年下降百分之六十五以上", "可再生能源装机占比达到６５％"]),
]
