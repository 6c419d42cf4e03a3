"""Articles of the hundred-seventh test web (tests/hundredseventhweb.py), written for issue 17 (a held-out estimate of
JAPAN AND KOREA WITH CHINA): a Korean province's English newsroom (Jeju Special Self-Governing Province), a Japanese
city's English international-affairs pages (City of Yokkaichi) and a Chinese provincial portal (海南省人民政府网),
about the Jeju-Hainan memorandum on electric vehicles and clean energy signed at the International Electric Vehicle
Expo (told in English and in Chinese), Jeju Energy Corporation's green-hydrogen letter of intent with Zhoushan, the
memorandum of Yokkaichi and the International Center for Environmental Technology Transfer (ICETT) with Tianjin's
ecology bureau, the joint communiqué of the 21st Tripartite Environment Ministers Meeting (TEMM21, Kitakyushu,
told in English and in Chinese), the Hainan ecology department's memorandum with the Korea Environment Corporation
(韩国环境公团), the targets beside them, and pages that conclude nothing (a delegation, a youth exchange, two
friendship anniversaries without a new instrument, a prefecture's visit). Actors no other web uses.

The frames are real (the Jeju-Hainan sister ties of 1995, the International Electric Vehicle Expo held at ICC Jeju
each spring, Jeju's Carbon Free Island 2030 plan and its 2035 carbon-neutrality goal, Jeju Energy Corporation's
electrolysis plant, the Yokkaichi-Tianjin sister ties of 1980 and ICETT's training of Chinese officials, TEMM21 in
Kitakyushu on 23-24 November 2019 and its joint communiqué, Japan's 46 percent below fiscal 2013 by fiscal 2030);
the bilateral memorandums, officials' words, days and some details are written for the test and stand for a kind of
sentence, not for a record to look up.

jejunews: Jeju Special Self-Governing Province, press releases in English (a paginated board). yokkaichi: City of
Yokkaichi, International Affairs (English, a sitemap). hainangov: 海南省人民政府网 (UTF-8, an RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- jejunews: Jeju Special Self-Governing Province, English press releases --------------------------------------
    dict(id="jj01", site="jejunews", path="/eng/news/press_1187.htm", date="2019-05-08",
         title="Jeju and Hainan sign MOU on electric vehicles and clean energy at IEVE",
         paras=["Jeju Special Self-Governing Province and Hainan Province of China signed a memorandum of "
                "understanding on cooperation in electric vehicles and clean energy on May 7 at ICC Jeju, on the "
                "second day of the 6th International Electric Vehicle Expo (IEVE).",
                "Governor Won Hee-ryong and Hainan Vice Governor Shen Danyang signed the memorandum on behalf of "
                "the two provinces. Under the MOU, Jeju and Hainan will share policies on electric vehicle "
                "subsidies and charging networks, run joint research on battery reuse and wind and solar power, "
                "and invite each other's companies to their expos.",
                "The 6th IEVE runs from May 6 to 9 under the theme of electric vehicles and the future of "
                "mobility, with about 150 exhibitors from 15 countries.",
                "\u201cJeju and Hainan are both islands that have chosen to leave fossil fuels behind. By joining "
                "hands, our two islands can show the world what a carbon-free island looks like,\u201d Governor "
                "Won said.",
                "Under its Carbon Free Island 2030 plan, Jeju aims to supply 100 percent of the island's "
                "electricity from renewable sources by 2030 and to replace its cars with electric vehicles. About "
                "20,000 electric vehicles are now registered on the island.",
                "Jeju and Hainan have been sister provinces since 1995. The Hainan delegation also toured the "
                "Gasiri wind farm and the province's battery reuse center before leaving on May 9.",
                "The two sides also discussed holding a joint forum of island governments next year."],
         fingerprint="toured the Gasiri wind farm and the province's battery reuse center",
         must_contain=["will share policies on electric vehicle subsidies and charging networks"]),
    dict(id="jj02", site="jejunews", path="/eng/news/press_2214.htm", date="2023-10-19",
         title="Jeju Energy Corporation and Zhoushan to cooperate on green hydrogen",
         paras=["Jeju Energy Corporation (JEC) signed a letter of intent on green hydrogen cooperation with the "
                "Zhoushan Municipal People's Government in Zhoushan, Zhejiang Province, on Tuesday (Oct. 17).",
                "The letter was signed by JEC President Hwang Woo-hyun and a deputy mayor of Zhoushan, with the "
                "director of Jeju's Future Strategy Bureau looking on. The two sides will exchange data on "
                "producing hydrogen from offshore wind power that would otherwise be curtailed and will study "
                "hydrogen refuelling for buses and ships.",
                "JEC runs a 3.3-megawatt electrolysis plant in Gujwa that began producing green hydrogen this year. "
                "Zhoushan, an archipelago city at the mouth of Hangzhou Bay, is building offshore wind farms and a "
                "hydrogen port.",
                "Jeju has set a goal of achieving carbon neutrality by 2035, 15 years ahead of the national "
                "target. \u201cCurtailment is the price of our success with wind power. Hydrogen lets us store "
                "what we used to throw away,\u201d President Hwang said.",
                "The JEC delegation also visited a hydrogen bus depot in Hangzhou before returning on Oct. 19."],
         fingerprint="visited a hydrogen bus depot in Hangzhou before returning",
         must_contain=["will study hydrogen refuelling for buses and ships"]),
    dict(id="jj03", site="jejunews", path="/eng/news/press_2397.htm", date="2024-06-13",
         title="Fujian delegation studies Jeju's wind power and grid management",
         paras=["A 12-member delegation from the Fujian Provincial Development and Reform Commission of China "
                "visited the Jeju Provincial Government on June 12 to learn about the island's wind power and grid "
                "management.",
                "The delegation was briefed by the Future Strategy Bureau on how Jeju handles output curtailment "
                "and toured the Hallim offshore wind farm construction site and the Jeju Energy Corporation control "
                "room.",
                "Both sides said they hoped to explore cooperation on offshore wind and energy storage. No "
                "agreement was signed during the visit.",
                "Fujian, on China's southeast coast, has one of the country's largest offshore wind programs."],
         fingerprint="toured the Hallim offshore wind farm construction site",
         must_contain=["No agreement was signed during the visit"]),
    dict(id="jj04", site="jejunews", path="/eng/news/press_2851.htm", date="2025-09-26",
         title="Jeju and Hainan mark 30 years as sister provinces",
         paras=["Jeju Special Self-Governing Province and Hainan Province marked the 30th anniversary of their "
                "sister relationship with a ceremony at the Jeju Provincial Council hall on September 25.",
                "Governor Oh Young-hun and a Hainan delegation led by a vice chairman of the provincial people's "
                "congress watched a photo exhibition on three decades of exchanges, from tourism and citrus "
                "growing to the clean energy memorandum the two provinces signed at the electric vehicle expo in "
                "2019.",
                "\u201cThirty years ago we were two islands that wanted more visitors. Today we are two islands "
                "that want to be free of carbon,\u201d Governor Oh said.",
                "No new agreement was signed at the ceremony. The two provinces said they would continue the "
                "existing exchange programs and hold a youth camp in Haikou next summer."],
         fingerprint="from tourism and citrus growing to the clean energy memorandum",
         must_contain=["No new agreement was signed at the ceremony"]),
    # --- yokkaichi: City of Yokkaichi, International Affairs (English) ------------------------------------------------
    dict(id="yk01", site="yokkaichi", path="/en/international/news/1024.html", date="2024-10-28",
         title="Yokkaichi, ICETT and Tianjin sign memorandum on environmental cooperation",
         paras=["Mayor Tomohiro Mori visited Tianjin, China, from October 22 to 24 with a delegation of city "
                "officials and the International Center for Environmental Technology Transfer (ICETT).",
                "On October 23, the City of Yokkaichi, ICETT and the Tianjin Municipal Bureau of Ecology and "
                "Environment signed a memorandum of understanding on environmental cooperation at the bureau's "
                "offices in Tianjin. Under the memorandum, ICETT will train Tianjin environmental officials in "
                "Yokkaichi on air quality monitoring and controls on volatile organic compounds, and the city "
                "will share its experience of cleaning up the air of its petrochemical complex.",
                "\u201cYokkaichi once gave its name to an illness caused by polluted air. What we learned in "
                "overcoming it belongs to our sister city as much as to us,\u201d Mayor Mori said.",
                "Yokkaichi and Tianjin became sister cities in 1980. ICETT, founded in Yokkaichi in 1990, has "
                "trained more than 7,000 people from overseas.",
                "The city's global warming action plan aims to cut Yokkaichi's greenhouse gas emissions by 46 "
                "percent from fiscal 2013 levels by fiscal 2030, and the city has declared its aim of net-zero "
                "carbon emissions by 2050.",
                "The delegation also called on the Tianjin Foreign Affairs Office and visited the Tianjin "
                "Eco-City."],
         fingerprint="ICETT, founded in Yokkaichi in 1990, has trained more than 7,000 people",
         must_contain=["will train Tianjin environmental officials in Yokkaichi"]),
    dict(id="yk02", site="yokkaichi", path="/en/international/news/0871.html", date="2019-11-27",
         title="Mayor presents Yokkaichi's clean air story at TEMM21 in Kitakyushu",
         paras=["The 21st Tripartite Environment Ministers Meeting among Japan, China and Korea (TEMM21) was held "
                "in Kitakyushu on November 23 and 24.",
                "On November 24, Minister of the Environment Shinjiro Koizumi, Minister of Ecology and Environment "
                "of China Li Ganjie and Minister of Environment of Korea Cho Myung-rae signed a joint communiqu\u00e9 "
                "covering air quality, marine plastic litter, climate change and the circular economy. The "
                "ministers agreed to draw up the next Tripartite Joint Action Plan for adoption at their next "
                "meeting.",
                "At a side event on the first day, Mayor Tomohiro Mori presented how Yokkaichi's industries and "
                "residents cleaned up the city's air after the 1960s, and ICETT introduced its training courses "
                "for officials from China and Korea.",
                "The next meeting, TEMM22, is to be held in Korea."],
         fingerprint="presented how Yokkaichi's industries and residents cleaned up the city's air",
         must_contain=["covering air quality, marine plastic litter, climate change and the circular economy"]),
    dict(id="yk03", site="yokkaichi", path="/en/international/news/1133.html", date="2025-08-06",
         title="Tianjin high school students join environmental study tour",
         paras=["Sixteen high school students and three teachers from Tianjin visited Yokkaichi from August 1 to 5 "
                "for the Yokkaichi-Tianjin Youth Environmental Study Tour.",
                "The students visited the Yokkaichi Pollution and Environment Museum, sampled water from the Mie "
                "River with students of Yokkaichi Minami High School and stayed with host families.",
                "At the farewell party, the students presented their findings on plastic waste in both cities. "
                "The tour is held every other year, and Yokkaichi students will visit Tianjin next year."],
         fingerprint="sampled water from the Mie River",
         must_contain=["presented their findings on plastic waste in both cities"]),
    dict(id="yk04", site="yokkaichi", path="/en/international/news/1157.html", date="2025-10-30",
         title="45 years of friendship with Tianjin",
         paras=["Yokkaichi and Tianjin celebrated the 45th anniversary of their sister city relationship with an "
                "online ceremony on October 28.",
                "Mayor Tomohiro Mori and a vice mayor of Tianjin exchanged greetings and reviewed exchanges in "
                "port, education and the environment, including the training of Tianjin officials at ICETT under "
                "last year's memorandum.",
                "No new agreement was signed. The two cities confirmed that they will keep up exchanges toward "
                "their 50th anniversary in 2030.",
                "A photo exhibition on 45 years of exchanges is on display in the City Hall lobby until November "
                "28."],
         fingerprint="A photo exhibition on 45 years of exchanges is on display in the City Hall lobby",
         must_contain=["The two cities confirmed that they will keep up exchanges"]),
    # --- hainangov: 海南省人民政府网 -------------------------------------------------------------------------------------
    dict(id="hn01", site="hainangov", path="/hainan/hnyw/201905/a8f3c2e.shtml", date="2019-05-09",
         title="海南与韩国济州签署新能源汽车与清洁能源合作谅解备忘录",
         paras=["5月7日，在韩国济州举行的第六届国际电动汽车博览会期间，海南省与韩国济州特别自治道签署《关于新能源"
                "汽车与清洁能源合作的谅解备忘录》。副省长沈丹阳与济州特别自治道知事元喜龙代表双方签约。",
                "根据备忘录，双方将在新能源汽车推广政策、充电基础设施建设、动力电池回收利用以及风电、光伏等领域加强交流"
                "合作，并互相组织企业参加对方举办的展会。",
                "沈丹阳表示，海南正在推进清洁能源岛建设，济州在电动汽车推广和可再生能源利用方面积累了丰富经验，希望双方"
                "以此次签约为契机，推动两岛绿色低碳合作取得更多成果。",
                "海南省与济州岛于1995年结为友好省道。访问期间，代表团还参观了济州风力发电场和动力电池回收中心。"],
         fingerprint="代表团还参观了济州风力发电场和动力电池回收中心",
         must_contain=["双方将在新能源汽车推广政策、充电基础设施建设"]),
    dict(id="hn02", site="hainangov", path="/hainan/bmdt/202303/c71d09b.shtml", date="2023-03-24",
         title="省生态环境厅与韩国环境公团签署合作备忘录",
         paras=["3月23日，海南省生态环境厅与韩国环境公团（K-eco）在海口签署环境领域合作谅解备忘录。",
                "根据备忘录，双方将在海洋塑料垃圾监测与治理、固体废物资源化利用、环境监测数据共享等方面开展交流与合作，"
                "并定期举办技术研讨会。",
                "韩国环境公团是韩国环境部下属的公共机构，负责废弃物管理、大气和水质监测等业务。",
                "按照我省有关规定，海南将于2025年底前全面禁止生产、销售和使用列入名录的一次性不可降解塑料制品。签约"
                "仪式后，韩方代表团考察了海口市生活垃圾焚烧发电厂。"],
         fingerprint="韩方代表团考察了海口市生活垃圾焚烧发电厂",
         must_contain=["海洋塑料垃圾监测与治理、固体废物资源化利用"]),
    dict(id="hn03", site="hainangov", path="/hainan/hnyw/202406/e52b7a1.shtml", date="2024-06-20",
         title="日本冲绳县代表团来琼访问",
         paras=["6月19日，副省长在海口会见日本冲绳县副知事率领的代表团一行。",
                "双方介绍了各自在海岛生态保护、珊瑚礁修复和旅游业发展方面的做法，表示将探讨在海洋环境保护领域开展合作的"
                "可能性。",
                "代表团一行还参观了海南热带雨林国家公园展示中心和博鳌零碳示范区。此次访问未签署合作文件。"],
         fingerprint="代表团一行还参观了海南热带雨林国家公园展示中心和博鳌零碳示范区",
         must_contain=["表示将探讨在海洋环境保护领域开展合作的可能性"]),
    dict(id="hn04", site="hainangov", path="/hainan/bwdt/201911/f90c61d.shtml", date="2019-11-25",
         title="第二十一次中日韩环境部长会议在日本北九州举行",
         paras=["11月23日至24日，第二十一次中日韩环境部长会议（TEMM21）在日本北九州市举行。生态环境部部长李干杰、日本"
                "环境大臣小泉进次郎、韩国环境部长官赵明来出席会议。",
                "11月24日，三国部长签署了《第二十一次中日韩环境部长会议联合公报》，就大气污染防治、海洋塑料垃圾、应对"
                "气候变化和循环经济等议题达成共识。三国部长同意制定下一阶段三国环境合作联合行动计划，并在下次会议上审议"
                "通过。",
                "李干杰表示，中方愿与日韩两国一道，深化环境领域务实合作，共同推动区域可持续发展。",
                "会议期间，三国部长还出席了中日韩环境部长会议20周年纪念活动。第二十二次会议将在韩国举行。"],
         fingerprint="三国部长还出席了中日韩环境部长会议20周年纪念活动",
         must_contain=["就大气污染防治、海洋塑料垃圾、应对气候变化和循环经济等议题达成共识"]),
]
