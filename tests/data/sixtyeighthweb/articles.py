"""Articles of the sixty-eighth test web (tests/sixtyeighthweb.py), written for issue 17 (a held-out estimate of
CORRECTIONS, UPDATES AND PAGES WITH MANY DATES, English and Chinese): pages whose dates are not all the event's - update
stamps ("Updated March 9, 2025"), corrections that change a day ("It was Wednesday, March 5, not Tuesday, March 4"),
"Originally published ..." lines and editor's notes; Chinese 原标题/来源/编辑/责任编辑 lines, 发布时间 beside 更新时间,
notices (通知) signed off at the end by an issuing body with a date in Chinese numerals (二〇二五年四月二十八日), and
附件 lists. Each page carries one agreement, pledge or event of invented actors.

timptribune: an English local newspaper. xinangov: a Chinese city government portal of notices and news.
Each article's `stamp` is the page's visible date line (the template writes it); `modified` its update day.
"""
from __future__ import annotations

ARTICLES = [
    # --- timptribune: an English local newspaper with update stamps and corrections ---------------------------------
    dict(id="tt01", site="timptribune", path="/news/2025/03/06/provo-anshun-solar-memorandum/",
         date="2025-03-06", modified="2025-03-09",
         stamp="Updated March 9, 2025, 4:12 p.m. MST | Published March 6, 2025, 7:30 a.m. MST",
         title="Provo and Anshun sign memorandum on solar microgrids for schools",
         paras=["PROVO, Utah - Provo and the Chinese city of Anshun signed a memorandum of understanding on solar "
                "microgrids for public schools on Wednesday, March 5, 2025, at Provo City Hall.",
                "The memorandum covers joint training for technicians and an exchange of grid performance data "
                "between the two school districts.",
                "Correction: An earlier version of this article misstated the day of the signing. It was Wednesday, "
                "March 5, not Tuesday, March 4.",
                "This story has been updated with comments from the Provo school district."],
         fingerprint="exchange of grid performance data",
         must_contain=["signed a memorandum of understanding on solar microgrids",
                       "misstated the day of the signing"]),
    dict(id="tt02", site="timptribune", path="/news/2025/04/17/ogden-clean-air-forum-pledge/",
         date="2025-04-17", modified="2025-04-18",
         stamp="Updated April 18, 2025 | Published April 17, 2025",
         title="Ogden pledges deep emissions cut at Bonneville Clean Air Forum",
         paras=["OGDEN, Utah - The Bonneville Clean Air Forum opened in Ogden on Monday, April 14, and ran through "
                "Wednesday, April 16, bringing together air quality officials from across the Wasatch Front.",
                "At the forum, Ogden pledged to cut citywide greenhouse gas emissions 60 percent below 2018 levels "
                "by 2035.",
                "The city will publish an inventory of its emissions every two years.",
                "Correction: The Bonneville Clean Air Forum opened on Tuesday, April 15, not Monday, April 14, as an "
                "earlier version of this story said."],
         fingerprint="publish an inventory of its emissions every two years",
         must_contain=["Ogden pledged to cut citywide greenhouse gas emissions 60 percent below 2018 levels",
                       "opened on Tuesday, April 15, not Monday, April 14"]),
    dict(id="tt03", site="timptribune", path="/news/2024/11/20/ogden-liupanshui-sister-cities/",
         date="2024-11-20", modified="2025-01-08",
         stamp="Originally published Nov. 20, 2024. Updated Jan. 8, 2025",
         title="Ogden and Liupanshui become sister cities with clean air focus",
         paras=["LIUPANSHUI, China - Ogden and Liupanshui, a city in Guizhou Province, signed a sister-city agreement"
                " focused on clean air and coal-mine land restoration on Monday, "
                "Nov. 18, at a ceremony in Liupanshui.",
                "The agreement sets up yearly visits by municipal engineers.",
                "Editor's note: This story has been updated to add that the first student exchange under the "
                "agreement is planned for May 2025. A Tribune reporter traveled to Liupanshui on Dec. 2, 2024."],
         fingerprint="yearly visits by municipal engineers",
         must_contain=["signed a sister-city agreement focused on clean air",
                       "first student exchange under the agreement is planned for May 2025"]),
    # --- xinangov: a Chinese city government portal of notices and news ---------------------------------------------
    dict(id="gv01", site="xinangov", path="/zwgk/tzgg/202504/t20250429_1183.html",
         date="2025-04-29", modified="2025-05-06", source="黄山市生态环境局",
         title="关于举办2025年新安江生态保护论坛的通知",
         paras=["各区、县生态环境分局，有关单位：",
                "为深入推进新安江流域生态保护，经市政府同意，定于5月20日至21日在黄山市屯溪区举办2025年新安江生态保护论坛。"
                "现将有关事项通知如下：",
                "一、时间地点：5月19日全天报到，5月20日至21日开会，地点为屯溪区新安江大酒店。",
                "二、参会人员：各区、县生态环境分局负责同志，流域上下游有关单位代表。",
                "三、其他事项：请于5月12日前将参会回执报送市生态环境局。",
                "附件：1.论坛日程安排（5月20日—21日） 2.参会回执",
                "黄山市生态环境局",
                "二〇二五年四月二十八日"],
         fingerprint="流域上下游有关单位代表",
         must_contain=["定于5月20日至21日在黄山市屯溪区举办2025年新安江生态保护论坛"]),
    dict(id="gv02", site="xinangov", path="/xwzx/bmdt/202503/t20250313_1047.html",
         date="2025-03-13", modified="2025-03-15", source="黄山日报",
         title="黄池两市签署生态环境联防联治合作协议",
         paras=["原标题：携手守护皖南山水 黄池两市签署生态环境联防联治合作协议",
                "3月12日，黄山市与池州市在黄山市黄山区签署《生态环境联防联治合作协议》，双方将在大气污染联防联控、"
                "跨界河流水质监测和生态补偿等方面开展合作。",
                "根据协议，两市将建立联席会议制度，每年轮流召开一次联席会议。",
                "编辑：方琳　责任编辑：吴涛"],
         fingerprint="每年轮流召开一次联席会议",
         must_contain=["黄山市与池州市在黄山市黄山区签署《生态环境联防联治合作协议》"]),
    dict(id="gv03", site="xinangov", path="/zwgk/zcwj/202501/t20250117_0962.html",
         date="2025-01-17", modified="2025-02-03", source="黄山市人民政府办公室",
         title="黄山市人民政府关于印发黄山市碳达峰实施方案的通知",
         paras=["各区、县人民政府，黄山经济开发区管委会，市政府各部门、各直属机构：",
                "《黄山市碳达峰实施方案》已经2024年12月30日市政府第四十五次常务会议审议通过，现印发给你们，请认真贯彻执行。",
                "方案提出，黄山市力争2029年前实现碳达峰。",
                "附件：黄山市碳达峰实施方案",
                "黄山市人民政府",
                "二〇二五年一月十五日",
                "（此件公开发布）"],
         fingerprint="黄山经济开发区管委会，市政府各部门",
         must_contain=["黄山市力争2029年前实现碳达峰"]),
]
