"""Articles of the eighty-eighth test web (tests/eightyeighthweb.py), written for issue 17 (a held-out estimate of ONE
FACT TOLD MANY WAYS): the green-cooperation memorandum of Yangzhou (扬州) and Lahti, Finland, signed at a forum in
Yangzhou, a circular-economy agreement signed beside it, the two cities' twin-city agreement signed in Lahti five months
later, Yangzhou's peak target and Lahti's 80% target, each told by the Chinese city's portal, the city's English
edition and the Finnish city's newsroom: dated on one site and not on another, the partner by its full government name
on one and bare on another, a target restated a year later with another verb, a headline-only mention, the forum named
in Chinese and in English, recalls of the memorandum in later stories. Negative pages: a visit that only plans a
memorandum (yz02), a tourism expo's unrelated deals (yz04), a plan without targets (en04), a seminar (lh02).

yzgov: 中国扬州 (扬州市人民政府门户网站, GBK). yzen: Yangzhou, China (the city's English edition, its sitemap).
lahti: the City of Lahti's newsroom (English, its RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- yzgov: the Chinese city portal (GBK) -------------------------------------------------------------------
    dict(id="yz01", site="yzgov", path="/zgyz/yzyw/202505/b3c1f0e2a9d84c6e.shtml", date="2025-05-15",
         source="扬州日报",
         title="中芬（扬州）绿色城市合作论坛在扬举行 我市与芬兰拉赫蒂市签署绿色低碳合作备忘录",
         paras=["5月14日，中芬（扬州）绿色城市合作论坛在扬州国际展览中心举行。论坛以“运河城市·绿色未来”为主题，来自中芬两国"
                "政府部门、企业、高校和科研机构的代表约300人参加。芬兰驻上海总领事馆、省外办有关负责同志出席。",
                "论坛开幕式上，扬州市人民政府与芬兰拉赫蒂市政府签署《绿色低碳城市合作备忘录》。根据备忘录，双方将在清洁供热、"
                "废弃物资源化利用、可持续交通和城市规划等领域开展交流合作，并建立市长年度对话机制。市长王宏远与拉赫蒂市市长"
                "尤哈·萨洛宁代表双方签约。",
                "同日，扬州市发展和改革委员会与芬兰拉赫蒂地区发展公司（LADEC）签署循环经济与清洁能源合作协议，双方将在扬州"
                "经济技术开发区共建中芬循环经济创新中心，推动芬兰循环经济技术和企业在扬落地。",
                "王宏远在致辞中表示，扬州正深入推进碳达峰碳中和各项工作，力争2030年前实现碳达峰。拉赫蒂是2021年欧洲绿色之都，"
                "在城市减排、循环经济等方面积累了丰富经验，希望双方以此次签约为契机，推动合作项目尽快落地见效。",
                "萨洛宁表示，拉赫蒂市已承诺到2030年温室气体排放量较1990年减少80%，愿与扬州分享在区域供热去煤化、生物质能源"
                "利用和垃圾分类等方面的做法。",
                "论坛期间，与会嘉宾还围绕绿色建筑、低碳园区建设等议题进行了深入交流，并参观了扬州经济技术开发区光伏产业园。"],
         fingerprint="与会嘉宾还围绕绿色建筑、低碳园区建设等议题进行了深入交流",
         must_contain=["并建立市长年度对话机制"]),
    dict(id="yz02", site="yzgov", path="/zgyz/yzyw/202409/5e0a7d14c2b64f19.shtml", date="2024-09-12",
         source="市外办",
         title="芬兰拉赫蒂市代表团来扬考察交流",
         paras=["9月10日至11日，芬兰拉赫蒂市副市长安妮·韦斯特林率代表团来扬考察交流。副市长陈立群会见代表团一行。",
                "陈立群介绍了扬州经济社会发展和生态文明建设情况。她表示，扬州与拉赫蒂同为重视生态环境保护的城市，希望双方"
                "加强在环保技术、清洁能源和城市管理等领域的交流合作。",
                "韦斯特林表示，拉赫蒂愿与扬州探讨建立友好交流关系。双方商定，将就签署合作备忘录保持密切沟通，争取在明年举办的"
                "绿色城市合作论坛期间取得成果。",
                "在扬期间，代表团实地考察了扬州市生活垃圾焚烧发电厂和古运河生态修复工程。"],
         fingerprint="代表团实地考察了扬州市生活垃圾焚烧发电厂和古运河生态修复工程",
         must_contain=["希望双方加强在环保技术、清洁能源和城市管理等领域的交流合作"]),
    dict(id="yz03", site="yzgov", path="/zgyz/yzyw/202510/9a41c6b7e0f34d28.shtml", date="2025-10-23",
         source="扬州日报",
         title="扬州市与芬兰拉赫蒂市正式缔结友好城市关系",
         paras=["当地时间10月21日，正在芬兰访问的扬州市代表团在拉赫蒂市政厅出席两市缔结友好城市关系签字仪式。市长王宏远与"
                "拉赫蒂市市长尤哈·萨洛宁分别代表两市签署《中华人民共和国江苏省扬州市与芬兰共和国拉赫蒂市建立友好城市关系"
                "协议书》。",
                "根据协议书，两市将本着平等互利的原则，在经济贸易、科技、环保、教育、文化等领域开展广泛交流与合作。",
                "王宏远表示，今年5月两市签署绿色低碳城市合作备忘录以来，双方在清洁供热、循环经济等领域的合作取得积极进展。"
                "正式缔结友好城市关系，为两市深化全方位合作搭建了更高平台。",
                "访问期间，代表团还考察了拉赫蒂地区发展公司和拉赫蒂大学园区，并与当地企业就生物质供热项目进行了洽谈。"],
         fingerprint="并与当地企业就生物质供热项目进行了洽谈",
         must_contain=["在经济贸易、科技、环保、教育、文化等领域开展广泛交流与合作"]),
    dict(id="yz04", site="yzgov", path="/zgyz/yzyw/202509/17d2e8a05b6c4f3a.shtml", date="2025-09-27",
         source="扬州日报",
         title="2025扬州运河文化旅游博览会开幕 现场签约文旅项目32个",
         paras=["9月26日，2025扬州运河文化旅游博览会在扬州国际展览中心开幕。本届博览会设运河城市、非遗文创、智慧文旅等"
                "六大展区，吸引国内外500余家展商参展。",
                "开幕式上，32个文旅项目现场签约，总投资186亿元，涵盖旅游度假区、文化街区改造和演艺综合体等。市文化广电和旅游局"
                "与一家在线旅游平台签署战略合作协议，共同推广“运河三湾”等旅游线路。",
                "博览会将持续至9月29日，其间还将举办运河城市旅游推介会、非遗展演等20余场活动。"],
         fingerprint="其间还将举办运河城市旅游推介会、非遗展演等20余场活动",
         must_contain=["本届博览会设运河城市、非遗文创、智慧文旅等六大展区"]),
    dict(id="yz05", site="yzgov", path="/zgyz/yzyw/202604/c82f5b39d1e04a67.shtml", date="2026-04-09",
         source="市发展改革委",
         title="市碳达峰碳中和工作领导小组召开全体会议",
         paras=["4月8日，市碳达峰碳中和工作领导小组召开全体会议，总结2025年工作，部署2026年重点任务。市长王宏远主持会议"
                "并讲话。",
                "会议通报，2025年全市单位地区生产总值能耗下降3.6%，可再生能源装机容量突破500万千瓦，与芬兰拉赫蒂市在清洁供热"
                "领域的合作项目进展顺利。",
                "会议强调，要锚定目标不动摇，确保扬州2030年前实现碳排放达峰，加快推进能源结构、产业结构和交通运输结构调整，"
                "扎实开展低碳园区、近零碳社区试点建设。"],
         fingerprint="扎实开展低碳园区、近零碳社区试点建设",
         must_contain=["总结2025年工作，部署2026年重点任务"]),
    # --- yzen: the city's English edition (sitemap) --------------------------------------------------------------
    dict(id="en01", site="yzen", path="/en/news/local/2025-05/16/content_61408.html", date="2025-05-16",
         source="Yangzhou Daily",
         title="China-Finland (Yangzhou) Green City Cooperation Forum held in Yangzhou",
         paras=["The China-Finland (Yangzhou) Green City Cooperation Forum was held at Yangzhou International Exhibition "
                "Center on May 14, attracting some 300 representatives of government departments, enterprises, "
                "universities and research institutions from the two countries.",
                "At the opening ceremony, the Municipal People's Government of Yangzhou and the City of Lahti, Finland "
                "inked a memorandum of understanding on green and low-carbon city cooperation. According to the MOU, the "
                "two sides will carry out exchanges and cooperation in clean heating, waste recycling, sustainable "
                "transport and urban planning, and establish an annual mayors' dialogue mechanism.",
                "Meanwhile, Yangzhou Municipal Development and Reform Commission and Lahti Region Development LADEC signed "
                "a cooperation agreement on circular economy and clean energy. The two sides will jointly build a "
                "China-Finland circular economy innovation center in Yangzhou Economic and Technological Development "
                "Zone.",
                "Mayor Wang Hongyuan said in his speech that Yangzhou is making solid efforts to peak carbon emissions and "
                "achieve carbon neutrality, and strives to hit its carbon peak before 2030. He expressed the hope that "
                "the two sides would take the signing as an opportunity to promote the early implementation of "
                "cooperation projects.",
                "Juha Salonen, Mayor of Lahti, said that Lahti, the European Green Capital 2021, is willing to share its "
                "experience in phasing out coal from district heating, bioenergy utilization and waste sorting with "
                "Yangzhou."],
         fingerprint="is willing to share its experience in phasing out coal from district heating",
         must_contain=["establish an annual mayors' dialogue mechanism"]),
    dict(id="en02", site="yzen", path="/en/news/photos/2025-05/15/content_61397.html", date="2025-05-15",
         source="yangzhou.gov.cn",
         title="Yangzhou, Lahti ink MOU on green cooperation",
         paras=["Guests visit an exhibition of Finnish clean technologies at Yangzhou International Exhibition Center on "
                "May 14. More than 40 Finnish companies showcased their technologies in district heating, "
                "waste-to-energy and water treatment at the exhibition, held alongside the China-Finland (Yangzhou) "
                "Green City Cooperation Forum. [Photo by Zhang Min/For yangzhou.gov.cn]"],
         fingerprint="More than 40 Finnish companies showcased their technologies in district heating",
         must_contain=["Guests visit an exhibition of Finnish clean technologies"]),
    dict(id="en03", site="yzen", path="/en/news/local/2025-10/24/content_63012.html", date="2025-10-24",
         source="Yangzhou Daily",
         title="Yangzhou and Lahti establish sister-city relations",
         paras=["Yangzhou and Lahti, Finland officially established sister-city relations on October 21 local time, "
                "when Mayor Wang Hongyuan and Lahti Mayor Juha Salonen signed the agreement on the establishment of "
                "friendly city relations at Lahti City Hall.",
                "Under the agreement, the two cities will carry out extensive exchanges and cooperation in economy and "
                "trade, science and technology, environmental protection, education and culture on the basis of "
                "equality and mutual benefit.",
                "Wang said that since the two cities inked a memorandum of understanding on green and low-carbon "
                "cooperation in May, cooperation in clean heating and circular economy has made positive progress.",
                "During the visit, the Yangzhou delegation also visited Lahti Region Development LADEC and Lahti "
                "University Campus, and held talks with local companies on biomass heating projects."],
         fingerprint="held talks with local companies on biomass heating projects",
         must_contain=["on the basis of equality and mutual benefit"]),
    dict(id="en04", site="yzen", path="/en/news/local/2025-07/08/content_62155.html", date="2025-07-08",
         source="Yangzhou Daily",
         title="Yangzhou unveils action plan for building a 'zero-waste city'",
         paras=["Yangzhou has released an action plan for building a \"zero-waste city\", according to the municipal "
                "bureau of ecology and environment.",
                "The plan outlines 28 tasks in areas including household waste sorting, construction waste recycling, "
                "green packaging and the use of agricultural straw. The city will select 10 pilot communities and five "
                "pilot industrial parks this year.",
                "Officials said the city would also learn from the experience of its international partners in waste "
                "sorting and resource recovery."],
         fingerprint="The city will select 10 pilot communities and five pilot industrial parks this year",
         must_contain=["The plan outlines 28 tasks in areas including household waste sorting"]),
    # --- lahti: the Finnish city's newsroom (RSS) ----------------------------------------------------------------
    dict(id="lh01", site="lahti", path="/en/news/lahti-and-yangzhou-agree-to-cooperate-on-green-transition/",
         date="2025-05-20", contact="International Affairs Director Mikko Rantala, tel. +358 44 716 2231",
         title="Lahti and Yangzhou agree to cooperate on green transition",
         paras=["Lahti and the Chinese city of Yangzhou have signed a memorandum of understanding on cooperation in the "
                "green transition. The memorandum was signed during Mayor Juha Salonen's visit to Yangzhou, where he "
                "spoke at the China–Finland Green City Cooperation Forum.",
                "The cooperation will focus on clean heating, the circular economy, sustainable mobility and urban "
                "planning. The mayors of the two cities will also meet once a year.",
                "Lahti Region Development LADEC signed a separate agreement with the Yangzhou Development and Reform "
                "Commission on a circular economy innovation centre, which will help Finnish companies in the sector "
                "to enter the Chinese market.",
                "“Yangzhou is a city of 4.5 million people with an ambitious climate programme. We have a lot to offer "
                "each other, and the memorandum gives our companies and experts a framework to work together,” Salonen "
                "says.",
                "Lahti aims to reduce its greenhouse gas emissions by 80 percent from 1990 levels by 2030. The city "
                "stopped using coal in energy production in 2019.",
                "Yangzhou is located on the Grand Canal in Jiangsu Province, some 250 kilometres north-west of "
                "Shanghai."],
         fingerprint="some 250 kilometres north-west of Shanghai",
         must_contain=["The mayors of the two cities will also meet once a year"]),
    dict(id="lh02", site="lahti", path="/en/news/nordic-circular-economy-days-gather-experts-in-lahti/",
         date="2025-08-28", contact="Project Manager Sanna Koivisto, tel. +358 44 716 3580",
         title="Nordic Circular Economy Days gather experts in Lahti",
         paras=["More than 600 experts from the Nordic countries, the Baltic states and Asia gathered in Lahti this week "
                "for the Nordic Circular Economy Days.",
                "The two-day event focused on textile recycling, construction materials and the role of cities in "
                "public procurement. Delegations from Yangzhou and two other Chinese cities also took part.",
                "The organisers hope that the event will lead to new cooperation between companies, and several "
                "partnerships are currently being discussed."],
         fingerprint="several partnerships are currently being discussed",
         must_contain=["The two-day event focused on textile recycling"]),
    dict(id="lh03", site="lahti", path="/en/news/lahti-and-yangzhou-become-twin-cities/",
         date="2025-10-22", contact="International Affairs Director Mikko Rantala, tel. +358 44 716 2231",
         title="Lahti and Yangzhou become twin cities",
         paras=["Lahti and Yangzhou became twin cities on 21 October, when Mayor Juha Salonen and Yangzhou's Mayor Wang "
                "Hongyuan signed the twin city agreement at Lahti City Hall. Yangzhou is Lahti's first twin city in "
                "Asia.",
                "The agreement builds on the memorandum of understanding the cities signed in Yangzhou in May. "
                "Cooperation covers the economy, education, culture and the environment.",
                "The twelve-member delegation from Yangzhou also visited LADEC and the Lahti University Campus."],
         fingerprint="The twelve-member delegation from Yangzhou also visited LADEC",
         must_contain=["Yangzhou is Lahti's first twin city in Asia"]),
    dict(id="lh04", site="lahti", path="/en/news/lahtis-emissions-fell-71-percent-from-1990/",
         date="2026-05-12", contact="Environmental Director Liisa Heinonen, tel. +358 44 716 4102",
         title="Lahti's emissions fell 71 percent from 1990",
         paras=["Greenhouse gas emissions in Lahti were 71 percent lower in 2025 than in 1990, according to the city's "
                "latest emissions report. Emissions per resident fell to 2.9 tonnes.",
                "The biggest reductions came from district heating and electricity. Emissions from road traffic "
                "decreased only slightly.",
                "The city remains committed to cutting its emissions by 80 percent by 2030 compared with 1990. "
                "Reaching the target will require faster progress in transport, according to the report."],
         fingerprint="Emissions from road traffic decreased only slightly",
         must_contain=["Emissions per resident fell to 2.9 tonnes"]),
]
