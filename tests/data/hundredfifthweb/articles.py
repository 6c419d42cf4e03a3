"""Articles of the hundred-and-fifth test web (tests/hundredfifthweb.py), written for issue 17 (a held-out estimate on
CHRONICLES AND TIMELINES): pages that tell many past agreements as dated entries (a provincial foreign-affairs
office's 大事记 of a sister-state relationship, a sister-state site's "milestones" page, a news site's 友城交往大事记)
next to ordinary news pages that tell some of the same agreements with the day (one agreement, one row), and entries
and pages that are no records (a state visit, a delegation received, an anniversary marked, a forum attended, talks
on "exploring" cooperation). The relationships are real (Fujian and Tasmania, sister states since 1981; Fuzhou and
Hobart, sister cities since 1980; Fuzhou and Tacoma, since 1994); the climate and energy instruments, their months
and days, and every quote are invented for this web. Actors no other web uses.

fjfao:  福建省人民政府外事办公室 (a Chinese foreign-affairs portal, UTF-8, found through its sitemap).
tasgp:  Tasmania Global Partnerships (an English sister-state site, its listing paged by "Older posts").
rcnews: 榕城新闻网 (a Chinese news site in GBK, read through its RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- fjfao: 福建省人民政府外事办公室 ------------------------------------------------------------------------
    dict(id="fj01", site="fjfao", path="/zwgk/yhsz/202401/t20240115_6402218.htm", date="2024-01-15",
         source="福建省人民政府外事办公室",
         title="福建省与澳大利亚塔斯马尼亚州友好交往大事记",
         paras=["福建省与澳大利亚塔斯马尼亚州远隔重洋，两地均以山海资源丰富、清洁能源占比高著称。四十多年来，"
                "两省州在经贸、教育、农业、能源和应对气候变化等领域的交流合作不断深化。现将两省州友好交往"
                "主要事项整理如下。",
                "1981年11月，福建省与澳大利亚塔斯马尼亚州签署建立友好省州关系协议书，塔州成为福建省在大洋洲"
                "结好的第一个友好省州。",
                "1988年5月，福建省农业代表团访问塔州，考察当地苹果种植和乳制品加工。",
                "2014年11月，国家主席习近平对塔斯马尼亚州进行访问，两省州友好交往进入新阶段。",
                "2016年3月，福建省发展和改革委员会与塔斯马尼亚州政府州发展部在福州签署可再生能源合作谅解备忘录。",
                "2017年5月，塔斯马尼亚州议会代表团访问福建，参观了福清核电站和平潭海上风电项目。",
                "2019年9月，福建省投资开发集团有限责任公司与塔斯马尼亚水电公司签署抽水蓄能和风电技术合作协议。",
                "2021年11月，两省州以视频连线方式举行结好40周年纪念活动，福建省人民政府与塔斯马尼亚州政府"
                "签署《关于深化绿色低碳合作的谅解备忘录》。",
                "2023年6月，福建省代表团出席在霍巴特举行的塔斯马尼亚—中国商务论坛，双方表示将研究在氢能领域"
                "开展合作的可能性。",
                "（本大事记根据省外办档案整理，如有疏漏，欢迎指正。）"],
         fingerprint="现将两省州友好交往主要事项整理如下",
         must_contain=["塔州成为福建省在大洋洲结好的第一个友好省州",
                       "福建省代表团出席在霍巴特举行的塔斯马尼亚—中国商务论坛"]),
    dict(id="fj02", site="fjfao", path="/xxgk/gzdt/201603/t20160323_1190457.htm", date="2016-03-23",
         source="福建省发展和改革委员会",
         title="省发改委与澳大利亚塔斯马尼亚州州发展部签署可再生能源合作谅解备忘录",
         paras=["3月22日，福建省发展和改革委员会与澳大利亚塔斯马尼亚州政府州发展部在福州签署可再生能源合作"
                "谅解备忘录。省发改委主要负责同志和塔州州发展部秘书长分别代表双方签字，塔州驻华商务代表等出席"
                "签字仪式。",
                "根据备忘录，双方将在风电、抽水蓄能、海洋能和电网调度等领域开展政策交流和技术合作，定期互派"
                "专家考察，并支持两地企业参与对方的清洁能源项目。",
                "塔斯马尼亚州水电资源丰富，目前约九成电力来自可再生能源。福建省是我国东南沿海清洁能源大省，"
                "近年来核电、风电和水电装机规模稳步增长。",
                "塔州州发展部秘书长在签字仪式上表示，塔州愿把在水电和电网运行方面积累的经验与福建分享。省发改委"
                "负责同志表示，备忘录的签署为两省州在能源领域的务实合作搭建了新平台。",
                "双方还商定，将于年内研究筹办两省州清洁能源合作研讨会。"],
         fingerprint="塔斯马尼亚州水电资源丰富，目前约九成电力来自可再生能源",
         must_contain=["双方将在风电、抽水蓄能、海洋能和电网调度等领域开展政策交流和技术合作"]),
    dict(id="fj03", site="fjfao", path="/xxgk/gzdt/202409/t20240912_6521305.htm", date="2024-09-12",
         source="福建省人民政府外事办公室",
         title="省外办负责同志会见塔斯马尼亚州议会代表团",
         paras=["9月11日，省外办主要负责同志在福州会见了来访的澳大利亚塔斯马尼亚州议会代表团一行。",
                "会见中，省外办负责同志介绍了福建省经济社会发展情况，回顾了两省州结好四十多年来在经贸、教育和"
                "清洁能源领域取得的合作成果，希望双方以明年为契机，进一步密切各层级往来。",
                "代表团团长感谢福建方面的热情接待，表示塔州议会高度重视对华友好交往，愿为两省州在绿色能源、"
                "旅游和高等教育等领域探讨新的合作方向发挥积极作用。",
                "访问期间，代表团还将前往厦门和宁德，参观新能源企业和港口设施。省外办相关处室负责同志参加会见。"],
         fingerprint="希望双方以明年为契机，进一步密切各层级往来",
         must_contain=["愿为两省州在绿色能源、旅游和高等教育等领域探讨新的合作方向发挥积极作用"]),
    dict(id="fj04", site="fjfao", path="/xxgk/gzdt/202111/t20211127_5781146.htm", date="2021-11-27",
         source="福建省人民政府外事办公室",
         title="福建省与塔斯马尼亚州举行结好40周年视频纪念活动",
         paras=["11月26日，福建省与澳大利亚塔斯马尼亚州以视频连线方式举行结好40周年纪念活动。省领导和塔州"
                "州长分别在福州和霍巴特主会场致辞。",
                "活动中，福建省人民政府与塔斯马尼亚州政府签署《关于深化绿色低碳合作的谅解备忘录》。根据备忘录，"
                "双方将在氢能、绿色航运、林业碳汇和清洁能源人才培养等领域加强合作。",
                "塔州州长在致辞中表示，四十年前两地结为友好省州时，很少有人能想到今天的合作会如此广泛。希望双方"
                "在应对气候变化方面携手树立地方合作的典范。",
                "纪念活动上还播放了两省州友好交往专题片，并共同发布了结好40周年纪念画册。两地多所学校、企业和"
                "友好团体代表在线参加活动。"],
         fingerprint="纪念活动上还播放了两省州友好交往专题片",
         must_contain=["双方将在氢能、绿色航运、林业碳汇和清洁能源人才培养等领域加强合作"]),
    # --- tasgp: Tasmania Global Partnerships (English) --------------------------------------------------------
    dict(id="en01", site="tasgp", path="/sister-states/fujian/milestones/", date="2024-03-04",
         source="Department of State Growth",
         title="Tasmania and Fujian: milestones of our sister-state relationship",
         paras=["Tasmania's sister-state relationship with Fujian Province in south-east China is one of the oldest "
                "between an Australian state and a Chinese province. Fujian, home to more than 41 million people, "
                "is a coastal province with a large clean-energy sector, and the relationship has grown from "
                "cultural and agricultural exchange into trade, education and energy cooperation.",
                "The City of Hobart has also been a sister city of Fuzhou, Fujian's capital, since 1980."],
         entries=[("November 1981", "Tasmania and Fujian Province sign the agreement establishing sister-state "
                                    "relations, Tasmania's first sister-state relationship in Asia."),
                  ("May 1988", "A Fujian agricultural delegation visits Tasmania's apple and dairy regions."),
                  ("November 2014", "President Xi Jinping visits Hobart during his state visit to Australia."),
                  ("March 2016", "The Department of State Growth and the Fujian Development and Reform Commission "
                                 "sign a memorandum of understanding on renewable energy cooperation in Fuzhou."),
                  ("September 2019", "Hydro Tasmania and Fujian Investment & Development Group sign a technical "
                                     "cooperation agreement on pumped hydro and wind energy."),
                  ("November 2021", "The 40th anniversary is marked with a virtual ceremony, at which the "
                                    "Tasmanian Government and the Fujian Provincial People's Government sign a "
                                    "memorandum of understanding on deepening green and low-carbon cooperation."),
                  ("June 2023", "A Fujian delegation attends the Tasmania-China Business Forum in Hobart.")],
         fingerprint="one of the oldest between an Australian state and a Chinese province",
         must_contain=["the relationship has grown from cultural and agricultural exchange"]),
    dict(id="en02", site="tasgp", path="/news/2024/04/hobart-fuzhou-low-carbon-cities-mou/", date="2024-04-17",
         source="City of Hobart",
         title="Hobart and Fuzhou sign low-carbon cities memorandum",
         paras=["The City of Hobart and the Fuzhou Municipal People's Government signed a memorandum of "
                "understanding on low-carbon city cooperation on Tuesday at Hobart Town Hall, adding a climate "
                "chapter to a sister-city relationship that dates back to 1980.",
                "Under the memorandum, the two councils will share experience on electric buses, building energy "
                "efficiency and urban tree canopy, and will set up a working group of officers that meets online "
                "twice a year.",
                "\"Fuzhou has electrified almost its entire bus fleet, and we have a lot to learn from that,\" the "
                "Lord Mayor said after the signing. \"In turn, Hobart's work on bushfire-resilient green spaces is "
                "something our friends in Fuzhou are keen to see.\"",
                "The Fuzhou delegation of 12, led by a vice mayor, also visited the University of Tasmania's "
                "Institute for Marine and Antarctic Studies before leaving for Melbourne.",
                "Council will consider a proposal for a student exchange with Fuzhou schools at its May meeting."],
         fingerprint="adding a climate chapter to a sister-city relationship that dates back to 1980",
         must_contain=["the two councils will share experience on electric buses"]),
    dict(id="en03", site="tasgp", path="/news/2019/09/hydro-tasmania-fujian-agreement/", date="2019-09-12",
         source="Hydro Tasmania",
         title="Hydro Tasmania and Fujian investor agree to share pumped hydro know-how",
         paras=["Hydro Tasmania signed a technical cooperation agreement with Fujian Investment & Development Group "
                "(FIDG) in Fuzhou on Wednesday, covering pumped hydro storage, wind farm operations and dam safety.",
                "FIDG is the provincial government's main investment vehicle and holds stakes in hydro, nuclear and "
                "offshore wind projects across Fujian. Under the agreement, engineers from both sides will take part "
                "in joint studies and short secondments over the next three years.",
                "The agreement comes as Hydro Tasmania works on its Battery of the Nation program, which looks at "
                "adding up to 4,800 megawatts of pumped hydro capacity in Tasmania.",
                "\"Fujian has built pumped hydro at a scale and pace few places can match,\" Hydro Tasmania's chief "
                "executive said. \"We think there is real value in comparing notes.\"",
                "Hydro Tasmania has held preliminary talks with other Chinese utilities, but no further agreements "
                "have been concluded."],
         fingerprint="FIDG is the provincial government's main investment vehicle",
         must_contain=["engineers from both sides will take part in joint studies and short secondments"]),
    dict(id="en04", site="tasgp", path="/news/2023/06/fujian-delegation-renewables-tour/", date="2023-06-23",
         source="Department of State Growth",
         title="Fujian delegation tours Tasmania's wind farms and hydro stations",
         paras=["A 20-member delegation from Fujian Province spent three days this week touring wind farms, hydro "
                "power stations and green hydrogen project sites around Tasmania.",
                "The visit followed the Tasmania-China Business Forum in Hobart on Monday, where the delegation heard "
                "presentations from state agencies and local companies on renewable energy, aquaculture and "
                "international education.",
                "No agreements were signed during the visit. Officials from both sides said they would keep talking "
                "about possible hydrogen cooperation and could look at a formal arrangement in the future.",
                "The delegation also met the Minister for Trade and Major Investment and visited the Bell Bay "
                "industrial precinct, which has been earmarked for hydrogen production."],
         fingerprint="spent three days this week touring wind farms",
         must_contain=["No agreements were signed during the visit"]),
    # --- rcnews: 榕城新闻网 (GBK) -------------------------------------------------------------------------------
    dict(id="rc01", site="rcnews", path="/system/2024/04/18/030112874.shtml", date="2024-04-18",
         author="林晓岚",
         title="福州与澳大利亚霍巴特市签署低碳城市合作谅解备忘录",
         paras=["本网讯 当地时间4月16日，正在澳大利亚访问的福州市代表团在霍巴特市政厅出席签约仪式，福州市人民政府"
                "与霍巴特市政府签署低碳城市合作谅解备忘录。",
                "根据备忘录，两市将在新能源公交、建筑节能、城市绿地建设等方面开展经验交流，并成立工作组定期举行"
                "线上会商。",
                "福州与霍巴特于1980年结为友好城市，是福州市最早缔结的国际友城之一。目前，福州全市公交车基本"
                "实现电动化。",
                "访问期间，代表团还参观了塔斯马尼亚大学海洋与南极研究所，并与当地企业就水产养殖合作进行了交流。"],
         fingerprint="是福州市最早缔结的国际友城之一",
         must_contain=["两市将在新能源公交、建筑节能、城市绿地建设等方面开展经验交流"]),
    dict(id="rc02", site="rcnews", path="/system/2024/12/30/030451906.shtml", date="2024-12-30",
         author="陈思远",
         title="福州国际友城交往大事记",
         paras=["本网讯 截至2024年底，福州市已与全球18个城市缔结友好城市关系。记者梳理了福州与两个较早结好的"
                "友城之间的交往历程。",
                "1980年12月　福州市与澳大利亚霍巴特市签署建立友好城市关系协议书。",
                "1994年5月　福州市与美国塔科马市签署建立友好城市关系协议书。",
                "2004年9月　塔科马市市长率团访问福州，出席两市结好10周年纪念活动。",
                "2017年6月　福州市人民政府与塔科马市政府在塔科马签署绿色港口与清洁交通合作备忘录。",
                "2020年12月　福州与霍巴特两市以视频方式庆祝结好40周年。",
                "2024年4月　福州市人民政府与霍巴特市政府签署低碳城市合作谅解备忘录。",
                "2024年10月　霍巴特市议会代表团来榕访问，参观闽江河口湿地和城市内河治理项目。",
                "福州市外办相关负责人表示，下一步将推动友城合作从人文交流向绿色发展等领域延伸。"],
         fingerprint="记者梳理了福州与两个较早结好的友城之间的交往历程",
         must_contain=["截至2024年底，福州市已与全球18个城市缔结友好城市关系"]),
    dict(id="rc03", site="rcnews", path="/system/2024/06/05/030205517.shtml", date="2024-06-05",
         author="林晓岚",
         title="福州代表团出席2024世界城市峰会",
         paras=["本网讯 6月2日至4日，2024世界城市峰会在新加坡举行。福州市代表团应邀出席峰会，并参加了城市"
                "可持续发展和气候韧性分论坛。",
                "在分论坛上，代表团介绍了福州在内河治理、公交电动化和“串珠公园”建设方面的做法。来自多个国家的"
                "市长和城市规划专家就城市绿色转型进行了交流。",
                "会议期间，代表团还与新加坡宜居城市中心进行了工作交流，双方表示今后可在城市更新领域探讨合作。",
                "此次出席峰会未签署合作文件。"],
         fingerprint="代表团介绍了福州在内河治理、公交电动化和“串珠公园”建设方面的做法",
         must_contain=["此次出席峰会未签署合作文件"]),
    dict(id="rc04", site="rcnews", path="/system/2017/06/15/015327701.shtml", date="2017-06-15",
         author="郑一凡",
         title="福州与美国塔科马市签署绿色港口与清洁交通合作备忘录",
         paras=["本网讯 当地时间6月13日，福州市人民政府与美国塔科马市政府在塔科马签署绿色港口与清洁交通合作备忘录。",
                "根据备忘录，两市将在港口岸电、电动集卡和清洁能源船舶等方面分享经验，并支持两地港口企业开展"
                "交流。",
                "塔科马市是美国西海岸重要港口城市，与福州于1994年结为友好城市。",
                "签约前，福州市代表团还参观了塔科马港集装箱码头的岸电设施，并与华盛顿州有关部门座谈。"],
         fingerprint="塔科马市是美国西海岸重要港口城市",
         must_contain=["两市将在港口岸电、电动集卡和清洁能源船舶等方面分享经验"]),
]
