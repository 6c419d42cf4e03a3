"""Articles of the seventy-fourth test web (tests/seventyfourthweb.py), written for issue 17 (a held-out estimate of
PLANS WITH MANY TARGET CLAUSES, Chinese and English): each page summarises one city's plan (碳达峰实施方案, a 十四五
规划, a 实施意见, a climate action plan, a clean energy roadmap, a climate framework), its issuer named once at the start
(…印发《…》, "The City of Hartford released ...") and its targets in long later sentences of several clauses
(方案提出，到2025年，…；到2030年，…; "The plan calls for a 45% cut ..., 100% renewable electricity by 2035 and net zero
by 2050"; "The plan also ..."), with one trap each: a result of the previous plan period (“十三五”期间…累计下降20.5%,
"fell 18 percent between 2010 and 2020") or a national target quoted for context (国家提出…).

jxfgw: a Chinese provincial 发改委 portal. hfdsus: an English city sustainability office's news page.
"""
from __future__ import annotations

ARTICLES = [
    # --- jxfgw: a Chinese provincial 发改委 portal ---------------------------------------------------------------------
    dict(id="jx01", site="jxfgw", path="/art/2025/3/14/art_3391_118.html", date="2025-03-14",
         title="宜春市印发碳达峰实施方案",
         paras=["近日，宜春市人民政府印发《宜春市碳达峰实施方案》（以下简称《方案》）。",
                "《方案》提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降19%，非化石能源消费比重达到18.5%；"
                "到2030年，单位地区生产总值二氧化碳排放比2005年下降68%以上，非化石能源消费比重达到25%左右，"
                "确保2030年前实现碳达峰。",
                "“十三五”期间，宜春市单位地区生产总值二氧化碳排放累计下降20.5%，超额完成省下达的目标任务。",
                "《方案》还部署了锂电新能源产业绿色升级、城乡建设碳达峰等十大行动。"],
         fingerprint="锂电新能源产业绿色升级、城乡建设碳达峰等十大行动",
         must_contain=["宜春市人民政府印发《宜春市碳达峰实施方案》", "非化石能源消费比重达到18.5%"]),
    dict(id="jx02", site="jxfgw", path="/art/2025/6/20/art_3391_152.html", date="2025-06-20",
         title="萍乡市出台“十四五”应对气候变化规划",
         paras=["日前，萍乡市人民政府出台《萍乡市“十四五”应对气候变化规划》。",
                "规划明确，到2025年，萍乡市单位地区生产总值能源消耗比2020年下降14.5%，单位地区生产总值二氧化碳排放比2020年"
                "下降19.5%，非化石能源消费比重提高到16%。",
                "国家提出，到2030年单位国内生产总值二氧化碳排放将比2005年下降65%以上。",
                "规划还提出，萍乡市力争2028年前实现碳排放达峰。",
                "规划同时要求加快推进煤矿塌陷区光伏项目建设。"],
         fingerprint="加快推进煤矿塌陷区光伏项目建设",
         must_contain=["萍乡市人民政府出台《萍乡市“十四五”应对气候变化规划》", "力争2028年前实现碳排放达峰"]),
    dict(id="jx03", site="jxfgw", path="/art/2025/9/5/art_3391_187.html", date="2025-09-05",
         title="吉安市发布碳达峰碳中和工作实施意见",
         paras=["9月3日，吉安市委、市政府印发《关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见》。",
                "意见提出，到2025年，吉安市非化石能源消费比重达到22%；到2030年，单位地区生产总值二氧化碳排放比2005年"
                "下降70%，风电、太阳能发电总装机容量达到500万千瓦以上；到2060年，全面实现碳中和。",
                "“十三五”时期，吉安市非化石能源消费比重提高到19.2%，超额完成省下达目标。",
                "意见还明确了井冈山红色旅游低碳示范区的建设任务。"],
         fingerprint="井冈山红色旅游低碳示范区的建设任务",
         must_contain=["吉安市委、市政府印发", "到2060年，全面实现碳中和"]),
    # --- hfdsus: an English city sustainability office ---------------------------------------------------------------
    dict(id="hf01", site="hfdsus", path="/news/2025/climate-action-plan-adopted.html", date="2025-04-09",
         title="Council adopts Hartford's first Climate Action Plan",
         paras=["The City of Hartford released its Climate Action Plan on April 8, 2025, after the City Council "
                "adopted it by a vote of 8 to 1.",
                "The plan calls for a 45% cut in citywide greenhouse gas emissions from 2019 levels by 2030, 100% "
                "renewable electricity by 2035 and net zero emissions by 2050.",
                "Citywide emissions fell 18 percent between 2010 and 2020, according to the office's last inventory.",
                "The plan also sets an interim goal of cutting emissions 70% below 2019 levels by 2040.",
                "Residents can comment on the plan's neighborhood projects at the public library through June."],
         fingerprint="comment on the plan's neighborhood projects at the public library",
         must_contain=["The City of Hartford released its Climate Action Plan",
                       "The plan calls for a 45% cut in citywide greenhouse gas emissions"]),
    dict(id="hf02", site="hfdsus", path="/news/2025/clean-energy-roadmap.html", date="2025-07-16",
         title="Roadmap sets clean power goals for city operations",
         paras=["Hartford's Department of Public Works and the sustainability office published the city's Clean "
                "Energy Roadmap on July 15, 2025.",
                "The roadmap sets targets of 50% renewable electricity for city facilities by 2030, a 30% cut in "
                "energy use in city buildings by 2028 and carbon-neutral municipal operations by 2040.",
                "City operations already cut their emissions 27 percent between 2015 and 2023 by converting "
                "streetlights to LEDs.",
                "The roadmap also commits the city to a 60 percent reduction in municipal fleet emissions below 2019 "
                "levels by 2032.",
                "A solar canopy over the Bushnell Park garage is the roadmap's first project."],
         fingerprint="A solar canopy over the Bushnell Park garage",
         must_contain=["published the city's Clean Energy Roadmap", "carbon-neutral municipal operations by 2040"]),
    dict(id="hf03", site="hfdsus", path="/news/2025/new-haven-framework.html", date="2025-10-22",
         title="Peer city New Haven releases its climate framework",
         paras=["The City of New Haven released its Climate and Sustainability Framework on October 20, 2025, "
                "the sustainability office's peer-city series reports.",
                "The framework calls for cutting communitywide emissions 50 percent below 2005 levels by 2030, "
                "drawing all of the city's electricity from renewable sources by 2030 and reaching net-zero "
                "emissions by 2045.",
                "Between 2005 and 2022, communitywide emissions dropped 24 percent, the framework's inventory shows.",
                "The framework also sets a goal of a 65 percent cut below 2005 levels by 2035.",
                "Hartford staff will compare the two cities' building programs at a joint workshop in December."],
         fingerprint="compare the two cities' building programs at a joint workshop",
         must_contain=["The City of New Haven released its Climate and Sustainability Framework",
                       "reaching net-zero emissions by 2045"]),
]
