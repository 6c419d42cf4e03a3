"""Articles of the thirty-fourth test web (tests/thirtyfourthweb.py), written for issue 17 (page reading on templates
nobody here has seen, round 3): a Drupal city government newsroom, a Hugo NGO blog and a Chinese news-app share page,
each with chrome kinds the other webs lack, telling two signings and two pledges, beside a page with no record.

Each article: `paras` (the body, one paragraph each); `stamp` (the date as the template prints it) where the template
prints one; `seo_title` (the <title>, unlike the h1) on the blog. `fingerprint` / `must_contain` are body text; the
site's chrome and traps are checked absent on every page of the site (build.py), `no` adds page-own chrome.
"""
from __future__ import annotations

ARTICLES = [
    # --- cityhall: a Drupal city government newsroom; the date only in a "Date:" field row after the body ----------
    dict(id="h01", site="cityhall", path="/news/tucson-and-lanzhou-sign-desert-cities-memorandum", date="2024-05-14",
         stamp="Tuesday, May 14, 2024",
         title="Tucson and Lanzhou sign desert cities memorandum",
         paras=["TUCSON, Ariz. - The City of Tucson and the City of Lanzhou, China, signed a memorandum of "
                "understanding on Monday to cooperate on solar energy, water conservation and urban forestry in desert "
                "cities.",
                "The memorandum was signed at City Hall by Mayor Regina Romero and Lanzhou Vice Mayor Ma Jun, who led a "
                "delegation of 12 officials.",
                "\"Lanzhou and Tucson both know what it means to run a city on scarce water,\" Romero said.",
                "The two cities will hold a joint workshop on rooftop solar permitting in Lanzhou next year."],
         fingerprint="run a city on scarce water",
         must_contain=["signed a memorandum of understanding on Monday to cooperate on solar energy",
                       "joint workshop on rooftop solar permitting in Lanzhou next year"],
         no=[]),
    dict(id="h02", site="cityhall", path="/news/mayor-and-council-adopt-climate-action-plan", date="2024-09-05",
         stamp="09/05/2024",
         title="Mayor and Council adopt climate action plan",
         paras=["TUCSON, Ariz. - The Mayor and Council on Wednesday adopted the city's climate action plan, which "
                "commits the City of Tucson to reach carbon neutrality by 2045.",
                "The plan was drafted over two years with residents, neighborhood associations, businesses and the "
                "University of Arizona.",
                "It calls for shade trees along 100 miles of streets, more frequent bus service and electric vehicle "
                "chargers at every library.",
                "City staff will report on the plan's progress to the Mayor and Council every year."],
         fingerprint="shade trees along 100 miles of streets",
         must_contain=["commits the City of Tucson to reach carbon neutrality by 2045",
                       "report on the plan's progress to the Mayor and Council every year"],
         no=[]),
    # --- greenpath: a Hugo NGO blog; the date only in the URL, a "Reading time" line, <title> unlike the h1 -----------
    dict(id="n01", site="greenpath", path="/blog/2023/09/18/raleigh-and-hefei-sign-green-building-memorandum/",
         date="2023-09-18",
         seo_title="What Raleigh's new partnership with Hefei means for green buildings",
         title="Raleigh and Hefei sign green building memorandum",
         paras=["Raleigh, North Carolina, and Hefei, the capital of China's Anhui province, signed a memorandum of "
                "understanding on green buildings and energy-efficient housing on September 15 in Hefei.",
                "The memorandum commits the two cities to share building codes, train inspectors and pilot "
                "passive-house standards in public housing.",
                "It is the first climate agreement between a North Carolina city and a Chinese city, according to "
                "GreenPath's tracker of subnational partnerships.",
                "Advocates said the real test will be whether the cities fund the inspector exchanges in next year's "
                "budgets."],
         fingerprint="pilot passive-house standards in public housing",
         must_contain=["signed a memorandum of understanding on green buildings and energy-efficient housing",
                       "fund the inspector exchanges in next year's budgets"],
         no=["What Raleigh's new partnership"]),
    dict(id="n02", site="greenpath", path="/blog/2024/02/07/spokane-and-yinchuan-discuss-solar-cooperation/",
         date="2024-02-07",
         seo_title="Spokane-Yinchuan solar talks: no deal yet",
         title="Spokane and Yinchuan officials discuss solar cooperation",
         paras=["Officials from Spokane, Washington, and Yinchuan, the capital of China's Ningxia region, met online on "
                "February 5 to discuss solar farms and dryland agriculture.",
                "No agreement was signed, and both sides said they would consider a memorandum of understanding later "
                "in the year.",
                "Spokane's sustainability office said it wanted to learn from Yinchuan's experience with solar panels "
                "built above farmland."],
         fingerprint="solar panels built above farmland",
         must_contain=["No agreement was signed, and both sides said they would consider a memorandum"],
         no=["no deal yet"]),
    # --- kehuduan: a Chinese news-app share page; "2023-09-16 10:31:07 来源：…", 编辑/审核 lines, 打开APP banners -----
    dict(id="k01", site="kehuduan", path="/h5/detail?id=58231", date="2023-09-16", stamp="2023-09-16 10:31:07",
         source="合肥日报", editor="王芳", checker="刘强",
         title="合肥与美国罗利市签署绿色建筑合作备忘录",
         paras=["9月15日，合肥市人民政府与美国北卡罗来纳州罗利市在合肥签署绿色建筑合作备忘录。",
                "根据备忘录，双方将在建筑节能标准、检查人员培训和被动式住宅试点等方面开展交流合作。",
                "合肥市相关负责人表示，此次合作将助力合肥建设绿色低碳城市。"],
         fingerprint="检查人员培训和被动式住宅试点",
         must_contain=["合肥市人民政府与美国北卡罗来纳州罗利市在合肥签署绿色建筑合作备忘录",
                       "助力合肥建设绿色低碳城市"],
         no=["王芳", "刘强"]),
    dict(id="k02", site="kehuduan", path="/h5/detail?id=60417", date="2024-05-20", stamp="2024-05-20 09:12:44",
         source="兰州晚报", editor="赵敏", checker="孙磊",
         title="兰州市印发碳达峰实施方案",
         paras=["近日，兰州市印发《兰州市碳达峰实施方案》，提出力争2030年前实现碳达峰。",
                "方案提出，将重点推进工业、建筑、交通等领域节能降碳，加快发展光伏发电。",
                "5月13日，兰州市与美国亚利桑那州图森市签署合作备忘录，双方将在太阳能和节水等领域开展合作。"],
         fingerprint="重点推进工业、建筑、交通等领域节能降碳",
         must_contain=["力争2030年前实现碳达峰", "兰州市与美国亚利桑那州图森市签署合作备忘录"],
         no=["赵敏", "孙磊"]),
]
