"""Articles of the thirty-third test web (tests/thirtythirdweb.py), written for issue 17 (an honest held-out estimate of
RESOLUTION across two languages): a Chinese provincial government portal and the same province's English edition
telling the same facts about Jiangxi's cooperation with Saxony.

jxgov: the Chinese portal (发布时间 and 来源 under the title, 【打印】【关闭】 after the body);
jxen: its English edition (a "Updated: YYYY-MM-DD HH:MM" line, "Source: ..." line, "Editor:" after the body).
Angles: parties named differently in the two languages (江西省生态环境厅 / "Department of Ecology and Environment of
Jiangxi Province" / "the provincial environment department"; a German ministry by its official English name and its
Chinese calque; a company's Chinese name 赣星新能源 vs its English trade name Starwell Energy), dates told differently
(本月12日 / "on September 12" / undated "recently"), a pledge with and without its base year ("18%左右" / "about 18
percent"), an event named with and without its edition (第五届 / "the fifth" / "the forum"). Traps that must stay two
rows: the same two parties' 2019 memorandum and 2023 renewal; the province's environment department and its energy
administration signing with the same ministry on the same day; Jiujiang's 2025 and 2030 targets.
"""
from __future__ import annotations

ARTICLES = [
    # --- jxgov: the Chinese provincial portal ----------------------------------------------------------------------
    dict(id="z01", site="jxgov", path="/art/2019/11/6/art_393_2019110601.html", date="2019-11-06",
         title="江西省生态环境厅与德国萨克森州签署环境合作谅解备忘录",
         paras=["本月5日，江西省代表团在德国德累斯顿访问期间，江西省生态环境厅与德国萨克森州能源、气候保护、环境和农业部"
                "签署环境合作谅解备忘录。双方将在大气污染防治、土壤修复和气候变化应对等领域开展交流合作。",
                "江西省与萨克森州于2012年建立友好省州关系。",
                "双方商定，将于明年在南昌共同举办绿色低碳合作论坛。"],
         fingerprint="江西省代表团在德国德累斯顿访问期间",
         must_contain=["签署环境合作谅解备忘录", "江西省与萨克森州于2012年建立友好省州关系"]),
    dict(id="z02", site="jxgov", path="/art/2023/9/13/art_393_2023091302.html", date="2023-09-13",
         title="第五届江西—萨克森绿色低碳合作论坛在南昌举行",
         paras=["本月12日，第五届江西—萨克森绿色低碳合作论坛在南昌举行。中德两国政府部门、企业和研究机构代表约300人参加。",
                "论坛上，江西省生态环境厅与德国萨克森州能源、气候保护、环境和农业部续签环境合作谅解备忘录。双方于2019年"
                "首次签署该备忘录。",
                "同日，江西省能源局与德国萨克森州能源、气候保护、环境和农业部签署能源转型合作协议，双方将在氢能、储能和"
                "智能电网等领域开展合作。",
                "论坛期间，江西赣星新能源科技有限公司与萨克森州经济促进公司签署氢能产业合作协议。",
                "据悉，第六届论坛将于2025年在德国莱比锡举行。"],
         fingerprint="中德两国政府部门、企业和研究机构代表约300人参加",
         must_contain=["续签环境合作谅解备忘录", "第六届论坛将于2025年在德国莱比锡举行"]),
    dict(id="z03", site="jxgov", path="/art/2023/9/15/art_394_2023091503.html", date="2023-09-15",
         title="九江市发布碳达峰实施方案",
         paras=["九江市日前印发《九江市碳达峰实施方案》。方案提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年"
                "下降18%左右；到2030年，单位地区生产总值二氧化碳排放比2005年下降65%以上。",
                "2022年，全市单位地区生产总值二氧化碳排放较2020年已下降7.5%。",
                "九江市有关负责人在第五届江西—萨克森绿色低碳合作论坛上介绍了方案内容。"],
         fingerprint="九江市日前印发",
         must_contain=["下降18%左右", "较2020年已下降7.5%"]),
    # --- jxen: the province's English edition ----------------------------------------------------------------------
    dict(id="e01", site="jxen", path="/news/2019-11/07/c_20191107_5512.htm", date="2019-11-07",
         title="Jiangxi, Saxony sign environmental cooperation MOU",
         paras=["The Department of Ecology and Environment of Jiangxi Province signed a memorandum of understanding on "
                "environmental cooperation with the Saxon State Ministry for Energy, Climate Protection, Environment and "
                "Agriculture in Dresden, Germany, on Nov 5.",
                "The two sides will cooperate on air pollution control, soil remediation and climate change response.",
                "Jiangxi and the German state of Saxony established friendly relations in 2012."],
         fingerprint="cooperate on air pollution control, soil remediation and climate change response",
         must_contain=["signed a memorandum of understanding on environmental cooperation"]),
    dict(id="e02", site="jxen", path="/news/2023-09/13/c_20230913_8821.htm", date="2023-09-13",
         title="Fifth Jiangxi-Saxony green cooperation forum held in Nanchang",
         paras=["The fifth Jiangxi-Saxony Green and Low-Carbon Cooperation Forum was held in Nanchang, capital of "
                "Jiangxi province, on September 12, drawing about 300 officials, business people and researchers from "
                "China and Germany.",
                "At the forum, the Department of Ecology and Environment of Jiangxi Province and Saxony's State Ministry "
                "for Energy, Climate Protection, Environment and Agriculture renewed their memorandum of understanding on "
                "environmental cooperation, first signed in 2019.",
                "On the same day, the Jiangxi Provincial Energy Administration signed an energy transition cooperation "
                "agreement with the Saxon ministry, covering hydrogen, energy storage and smart grids.",
                "Starwell Energy, a new-energy technology company based in Jiangxi, signed a hydrogen industry "
                "cooperation agreement with Saxony Trade & Invest Corporation during the event.",
                "The sixth forum is scheduled to take place in Leipzig in 2025."],
         fingerprint="drawing about 300 officials, business people and researchers",
         must_contain=["renewed their memorandum of understanding on environmental cooperation"]),
    dict(id="e03", site="jxen", path="/news/2023-09/20/c_20230920_9047.htm", date="2023-09-20",
         title="Jiangxi and Saxony deepen green ties",
         paras=["Jiangxi's cooperation with the German state of Saxony on green development is gaining momentum, "
                "officials said.",
                "The provincial environment department recently renewed its memorandum of understanding on environmental "
                "cooperation with the Saxon State Ministry for Energy, Climate Protection, Environment and Agriculture at "
                "the forum in Nanchang.",
                "Jiujiang, a city on the Yangtze River in the north of the province, aims to cut its carbon dioxide "
                "emissions per unit of GDP by about 18 percent by 2025, and by more than 65 percent from 2005 levels by "
                "2030.",
                "Starwell Energy recently signed a hydrogen cooperation agreement with Saxony Trade & Invest Corporation."],
         fingerprint="cooperation with the German state of Saxony on green development is gaining momentum",
         must_contain=["aims to cut its carbon dioxide emissions per unit of GDP by about 18 percent by 2025"]),
]
