"""Articles of the fifty-first test web (tests/fiftyfirstweb.py), written for issue 17 (an honest held-out estimate of
signings listed in tables and bullet lists, English and Chinese): results pages of forums and summits that list their
signings one agreement per row, with ordinary prose around them.

hcforum: an English forum-results site ("Outcomes" pages, "Share this page", a "Forum Secretariat" footer);
ahportal: a Chinese provincial portal (当前位置, 信息来源 and 浏览次数 under the title, 扫码阅读手机版, 【纠错】).
An item of `paras` is a paragraph (str) or a block (dict): {"table": [header, *rows], "caption": ..., "box": ...},
{"ul": [...]} or {"ol": [...]} (with an optional "box" class for a side box).
Angles: a captioned table "Partners | Instrument | Field"; an ordered list "Agreements signed at the roundtable:"
("A and B: instrument on ..."); bullets written into paragraphs ("• A and B: ..."); a 签约项目 | 签约单位 table; a
甲方 | 乙方 | 协议名称 table; an inline list "签约项目如下：（一）…；（二）…".
Negatives: a table of projects with investment figures but no signing (en02, zh03), a list of attending delegations
(en02, zh02), a table of a previous edition's signings in a review box (en01, zh03).
All people are invented; the institutions are real or plausible.
"""
from __future__ import annotations

ARTICLES = [
    # --- hcforum: an English forum-results site ---------------------------------------------------------------------
    dict(id="hc01", site="hcforum", path="/outcomes/2024/tulsa-forum-signings/", date="2024-10-10",
         title="2024 Heartland-China Clean Energy Forum: agreements signed in Tulsa",
         paras=["The 2024 Heartland-China Clean Energy Forum took place in Tulsa, Oklahoma, on October 8 and 9, "
                "bringing together more than 200 officials, researchers and business leaders from the American "
                "Midwest and China.",
                "Three cooperation documents were signed at the closing session of the forum on October 9. They are "
                "listed below.",
                {"caption": "Agreements signed at the 2024 Forum",
                 "table": [["Partners", "Instrument", "Field"],
                           ["City of Tulsa and Wuhu Municipal People's Government", "Memorandum of understanding",
                            "Hydrogen fuel-cell buses"],
                           ["University of Tulsa and China Three Gorges University", "Cooperation agreement",
                            "Pumped-storage hydropower research"],
                           ["Wichita State University and Anqing Normal University", "Memorandum of understanding",
                            "Energy efficiency in buildings"]]},
                "Panel sessions covered grid storage, clean transit and the financing of rural solar projects.",
                {"box": "review", "caption": "Forum review: signed at the 2023 Forum in Wichita",
                 "table": [["Partners", "Instrument"],
                           ["City of Wichita and Bengbu Municipal People's Government", "Memorandum of understanding"]]}],
         fingerprint="bringing together more than 200 officials, researchers and business leaders",
         must_contain=["University of Tulsa and China Three Gorges University", "Panel sessions covered grid storage"]),
    dict(id="hc02", site="hcforum", path="/outcomes/2025/little-rock-roundtable/", date="2025-03-13",
         title="Mid-South-China Green Manufacturing Roundtable concludes in Little Rock",
         paras=["The Mid-South-China Green Manufacturing Roundtable was held in Little Rock, Arkansas, on March 12, "
                "2025, with a focus on electric motors, battery recycling and low-carbon building materials.",
                "Delegations attending:",
                {"ul": ["Arkansas Economic Development Commission", "City of Huntsville, Alabama",
                        "Zhuzhou Municipal People's Government", "Xiangtan Municipal Bureau of Commerce"]},
                "Agreements signed at the roundtable:",
                {"ol": ["Little Rock and Zhuzhou: sister-city memorandum of understanding on green manufacturing and "
                        "rail transit",
                        "Arkansas Economic Development Commission and Xiangtan Municipal Bureau of Commerce: "
                        "cooperation agreement on electric-motor supply chains"]},
                "Projects presented to investors:",
                {"table": [["Project", "Investor", "Investment (US$ million)"],
                           ["Battery recycling plant, Fort Smith", "Zhuzhou Smelter Group", "120"],
                           ["Solar glass line, Huntsville", "Xiangtan Electric Manufacturing", "85"]]},
                "The next roundtable will be held in Zhuzhou in 2026."],
         fingerprint="with a focus on electric motors, battery recycling and low-carbon building materials",
         must_contain=["sister-city memorandum of understanding on green manufacturing", "Solar glass line, Huntsville"]),
    dict(id="hc03", site="hcforum", path="/outcomes/2024/santa-fe-dialogue/", date="2024-06-06",
         title="Southwest-China Solar Cities Dialogue: what was signed in Santa Fe",
         paras=["The Southwest-China Solar Cities Dialogue opened in Santa Fe, New Mexico, on June 4 and closed on "
                "June 5, 2024. Mayors and planners from eight cities compared rooftop-solar permitting rules.",
                "Agreements signed on June 5:",
                "• City of Santa Fe and Tongling Municipal People's Government: memorandum of understanding on rooftop "
                "solar and community microgrids",
                "• City of Flagstaff and Huainan Municipal People's Government: cooperation agreement on solar power "
                "on reclaimed mining land",
                "Participants also visited a 10-megawatt solar farm south of the city."],
         fingerprint="Mayors and planners from eight cities compared rooftop-solar permitting rules",
         must_contain=["City of Flagstaff and Huainan Municipal People's Government", "10-megawatt solar farm"]),
    # --- ahportal: a Chinese provincial portal ------------------------------------------------------------------------
    dict(id="ah01", site="ahportal", path="/zwyw/jryw/202409/t20240921_9184452.html", date="2024-09-21",
         title="2024皖美绿色低碳合作对接会在芜湖举行",
         paras=["9月20日，2024皖美绿色低碳合作对接会在芜湖市举行。来自美国10个州和城市的80余名代表参会。",
                "会上举行了集中签约仪式，签约情况如下表：",
                {"table": [["序号", "签约项目", "签约单位"],
                           ["1", "新能源汽车零部件绿色制造合作备忘录", "芜湖市人民政府、威奇托市政府"],
                           ["2", "光伏建筑一体化技术合作协议", "安徽建工集团、亨茨维尔市政府"],
                           ["3", "清洁能源技术联合研发协议", "安徽工程大学、威奇托州立大学"]]},
                "对接会还发布了《2024皖美绿色产业合作项目清单》，涉及新能源、节能环保等领域项目30个。"],
         fingerprint="来自美国10个州和城市的80余名代表参会",
         must_contain=["光伏建筑一体化技术合作协议", "涉及新能源、节能环保等领域项目30个"]),
    dict(id="ah02", site="ahportal", path="/zwyw/sxdt/202503/t20250329_9310276.html", date="2025-03-29",
         title="2025安徽—阿肯色绿色发展合作论坛在蚌埠举行",
         paras=["3月27日至28日，2025安徽—阿肯色绿色发展合作论坛在蚌埠市举行。",
                "出席论坛的代表团包括：",
                {"ul": ["阿肯色州经济发展委员会代表团", "淮南市代表团", "马鞍山市代表团"]},
                "28日上午，论坛举行签约仪式，两地共签署合作文件2项：",
                {"caption": "签约项目一览",
                 "table": [["甲方", "乙方", "协议名称"],
                           ["蚌埠市人民政府", "小石城市政府", "《友好城市关系意向书》"],
                           ["蚌埠学院", "阿肯色州立大学", "《硅基新材料低碳技术合作备忘录》"]]},
                "与会代表还参观了蚌埠高新区光伏玻璃生产线。"],
         fingerprint="2025安徽—阿肯色绿色发展合作论坛在蚌埠市举行",
         must_contain=["《硅基新材料低碳技术合作备忘录》", "参观了蚌埠高新区光伏玻璃生产线"]),
    dict(id="ah03", site="ahportal", path="/zwyw/jryw/202411/t20241116_9236015.html", date="2024-11-16",
         title="2024马鞍山国际低碳钢铁合作峰会成果丰硕",
         paras=["11月14日至15日，2024马鞍山国际低碳钢铁合作峰会在马鞍山市举行，来自8个国家的钢铁企业和研究机构参会。",
                "15日下午，峰会举行成果发布暨签约仪式。签约项目如下：（一）马鞍山市人民政府与亨茨维尔市政府签署低碳产业合作"
                "备忘录；（二）马钢集团与美国纽柯钢铁公司签署电炉短流程炼钢技术合作协议。",
                "峰会期间发布的重点项目如下：",
                {"table": [["项目名称", "投资主体", "总投资（亿元）"],
                           ["氢冶金示范项目", "马钢集团", "45"],
                           ["钢渣综合利用项目", "马鞍山经济技术开发区", "12"]]},
                {"box": "review", "caption": "往届回顾：2023年峰会签约项目",
                 "table": [["签约项目", "签约单位"],
                           ["绿色钢铁标准合作备忘录", "马鞍山市人民政府、路易斯维尔市政府"]]}],
         fingerprint="来自8个国家的钢铁企业和研究机构参会",
         must_contain=["电炉短流程炼钢技术合作协议", "氢冶金示范项目"]),
]
