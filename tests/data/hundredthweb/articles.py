"""Articles of the hundredth test web (tests/hundredthweb.py), written for issue 17 (a held-out estimate on EXPOS AND
FORUMS WITH LONG SIGNING LISTS): green and energy signings at a trade expo or an economic forum (the 4th
China-Africa Economic and Trade Expo in Changsha, the 9th China-South Asia Expo in Kunming, the 7th China-Arab States
Expo in Yinchuan) told as long lists ("The agreements signed include:" and a bulleted list, "签约项目包括：A与B签署...；
C与D签署...", a numbered list "一是...二是..."), with signings of other fields (trade, health, culture, education) in
the same lists that are no records, pledges made at the same forums, and pages that conclude nothing (an expo
opening, an attendance count, a deal total without parties, a plan to take part, a forum of talks). Actors no other
web uses.

caete: the English newsroom of the China-Africa Economic and Trade Expo (its listing paged by "Next").
ynswt: a Chinese provincial commerce portal (云南省商务厅, UTF-8, found through its sitemap).
sfnews: a Chinese news site in GBK (朔方新闻网, read through its RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- caete: the English newsroom of the China-Africa Economic and Trade Expo --------------------------------
    dict(id="en01", site="caete", path="/en/news/2025/0612/opening-ceremony.html", date="2025-06-12",
         source="CAETE Secretariat",
         title="4th China-Africa Economic and Trade Expo opens in Changsha",
         paras=["CHANGSHA, June 12 -- The 4th China-Africa Economic and Trade Expo opened on Thursday at the Changsha "
                "International Convention and Exhibition Center in central China's Hunan Province, running until June "
                "15 under the theme \"China and Africa: Creating Modernization Together\".",
                "All 53 African countries that have diplomatic ties with China are taking part this year, together "
                "with more than 30 international organizations. Some 2,800 exhibitors have set up stands across an "
                "exhibition area of 100,000 square meters, the organizers said, up 20 percent from the previous "
                "edition.",
                "\"The expo has become a window for African products to enter the Chinese market,\" said an official "
                "of the expo secretariat, adding that more than 100 cooperation projects were expected to be signed "
                "over the four days, covering agriculture, manufacturing, new energy and health care.",
                "A record 30,000 professional buyers had registered by the eve of the opening. The public days on "
                "June 14 and 15 are expected to draw over 100,000 visitors.",
                "Launched in 2019, the biennial expo is co-hosted by the Ministry of Commerce and the Hunan provincial "
                "government."],
         fingerprint="Some 2,800 exhibitors have set up stands across an exhibition area of 100,000 square meters",
         must_contain=["A record 30,000 professional buyers had registered by the eve of the opening"]),
    dict(id="en02", site="caete", path="/en/news/2025/0613/new-energy-session.html", date="2025-06-13",
         source="CAETE Secretariat",
         title="Solar, wind and mini-grid deals lead signings at China-Africa new energy session",
         paras=["CHANGSHA, June 13 -- Fourteen projects were signed at the China-Africa New Energy Cooperation "
                "session on Thursday, the opening day of the 4th China-Africa Economic and Trade Expo, with power "
                "generation and grid projects accounting for more than half of the contract value.",
                "The agreements signed include:",
                "- Hunan Wuling Power Technology Co., Ltd. and Zambia's Ministry of Energy signed a memorandum of "
                "understanding on a 200 MW solar-plus-storage project in Central Province;",
                "- Sany Renewable Energy Co., Ltd. and Kenya Electricity Generating Company PLC (KenGen) signed a "
                "cooperation agreement on the development of a wind farm in Marsabit County;",
                "- Changsha Xiangjiang New Area and the Ethiopian Investment Commission signed an agreement on a coffee "
                "processing and logistics park;",
                "- Hunan Provincial People's Hospital and the University of Ghana Medical Centre signed a memorandum "
                "of understanding on telemedicine and the training of nurses;",
                "- Xiangtan Electric Manufacturing Co., Ltd. and Nigeria's Rural Electrification Agency signed a "
                "framework agreement on off-grid solar mini-grids for 120 rural communities.",
                "Zambia's Minister of Energy Makozo Chikote, who attended the session, said the solar-plus-storage "
                "project would help the country recover from the drought that cut hydropower output at Kariba last "
                "year. \"We cannot rely on rivers alone any more,\" he said.",
                "KenGen Managing Director Peter Njenga said the Marsabit project would be the company's first wind "
                "farm built with a Chinese turbine maker. Feasibility studies are to be completed by the end of "
                "the year.",
                "The remaining projects, including a vocational training center and two agricultural processing "
                "plants, were signed in a closed session, the organizers said."],
         fingerprint="Fourteen projects were signed at the China-Africa New Energy Cooperation session on Thursday",
         must_contain=["We cannot rely on rivers alone any more",
                       "Feasibility studies are to be completed by the end of the year"]),
    dict(id="en03", site="caete", path="/en/news/2025/0614/green-development-forum.html", date="2025-06-14",
         source="CAETE Secretariat",
         title="Green development forum: African ministers restate climate goals, two partnerships signed",
         paras=["CHANGSHA, June 14 -- Ministers and officials from 18 African countries met in Changsha on Friday "
                "at the China-Africa Forum on Green Development and Climate Cooperation, one of the main forums of "
                "the 4th China-Africa Economic and Trade Expo.",
                "At the forum, the Department of Ecology and Environment of Hunan Province and the Vice President's "
                "Office of Tanzania signed a memorandum of understanding on climate change adaptation and the "
                "monitoring of mangrove ecosystems; Central South University and the University of Dar es Salaam "
                "signed an agreement on Swahili teaching and student exchanges; and Hunan Energy Group and the "
                "Malawi Energy Regulatory Authority signed a cooperation agreement on rooftop solar and grid "
                "planning.",
                "Speaking at the forum, Malawi's Minister of Natural Resources and Climate Change reaffirmed the "
                "country's commitment to achieve net-zero emissions by 2050. \"Malawi contributes almost nothing to "
                "global emissions, but we intend to lead by example,\" the minister said.",
                "Tanzania's delegation said the country is preparing a new national energy compact, which it hopes "
                "to present at the next UN climate conference.",
                "Officials from Hunan said the province would host a China-Africa climate training course for 40 "
                "officials later this year."],
         fingerprint="Ministers and officials from 18 African countries met in Changsha on Friday",
         must_contain=["Malawi contributes almost nothing to global emissions, but we intend to lead by example"]),
    dict(id="en04", site="caete", path="/en/news/2025/0615/closing.html", date="2025-06-15",
         source="CAETE Secretariat",
         title="China-Africa expo wraps up with 11.4 billion U.S. dollars in deals",
         paras=["CHANGSHA, June 15 -- The 4th China-Africa Economic and Trade Expo closed on Sunday with 168 "
                "cooperation projects worth a combined 11.39 billion U.S. dollars signed, the organizers announced at "
                "a press conference.",
                "The projects cover infrastructure, new energy, agriculture, mining, manufacturing and health care. "
                "Trade deals for African products, including coffee, cashews and chili peppers, reached 2.1 billion "
                "U.S. dollars.",
                "Over the four days, the expo received 220,000 visits, and more than 8,700 buyers and traders "
                "attended business matchmaking sessions.",
                "Organizers said the next edition will be held in Changsha in 2027."],
         fingerprint="168 cooperation projects worth a combined 11.39 billion U.S. dollars signed",
         must_contain=["Over the four days, the expo received 220,000 visits"]),
    dict(id="en05", site="caete", path="/en/news/2025/0616/african-products.html", date="2025-06-16",
         source="CAETE Secretariat",
         title="Coffee, cashew and avocado traders sign purchase deals",
         paras=["CHANGSHA, June 16 -- African agricultural products were among the busiest stands of the 4th "
                "China-Africa Economic and Trade Expo, with several purchase agreements concluded at a matchmaking "
                "session on Saturday.",
                "Among the agreements signed: Hunan Xiangnong Trading Co., Ltd. and the Uganda Coffee Development "
                "Authority signed a three-year coffee purchase agreement; a Changsha food importer and a Tanzanian "
                "cashew cooperative signed a supply contract for 5,000 tonnes; and Hunan Fresh Link Supply Chain and "
                "Kenyan avocado exporters signed a cold-chain logistics agreement.",
                "Buyers said demand for African coffee in Chinese cities had grown quickly in the past three years. "
                "Zero-tariff treatment for products from the least developed countries took effect last December.",
                "An official of the Uganda Coffee Development Authority said Uganda hoped to double coffee exports to "
                "China by 2030."],
         fingerprint="African agricultural products were among the busiest stands",
         must_contain=["Zero-tariff treatment for products from the least developed countries took effect"]),

    # --- ynswt: a Chinese provincial commerce portal (云南省商务厅) ------------------------------------------------
    dict(id="zb01", site="ynswt", path="/swdt/swyw/202506/t20250620_318226.html", date="2025-06-20",
         source="省商务厅对外投资和经济合作处",
         title="第9届南博会绿色能源合作专场签约仪式在昆明举行",
         paras=["6月19日，第9届中国—南亚博览会绿色能源合作专场签约仪式在昆明滇池国际会展中心举行，共签约项目12个，"
                "涉及光伏、水电、输变电、储能等领域。",
                "签约项目包括：云南省能源投资集团有限公司与老挝国家电力公司签署《老挝北部光伏电站开发合作协议》；"
                "中国电建集团昆明勘测设计研究院有限公司与尼泊尔投资委员会签署水电项目开发合作谅解备忘录；"
                "云南白药集团股份有限公司与斯里兰卡一家医药企业签署药材采购协议；昆明市与孟加拉国吉大港市签署友好交流"
                "意向书；云南电网有限责任公司与缅甸电力能源部签署跨境电力联网合作谅解备忘录。",
                "省商务厅有关负责人介绍，近年来云南与南亚东南亚国家的能源合作不断深化，电力互联互通项目加快推进，"
                "一批清洁能源项目进入实施阶段。",
                "尼泊尔投资委员会首席执行官在致辞中表示，尼泊尔水能资源丰富，欢迎更多中国企业参与尼泊尔水电开发。",
                "本届南博会于6月19日至24日举办，主题为“团结协作 共谋发展”。"],
         fingerprint="第9届中国—南亚博览会绿色能源合作专场签约仪式在昆明滇池国际会展中心举行",
         must_contain=["一批清洁能源项目进入实施阶段", "欢迎更多中国企业参与尼泊尔水电开发"]),
    dict(id="zb02", site="ynswt", path="/swdt/swyw/202506/t20250622_318301.html", date="2025-06-22",
         source="云南日报",
         title="中国—南亚绿色低碳发展论坛在昆举办 南亚多国介绍减排目标",
         paras=["6月21日，作为第9届中国—南亚博览会重要配套活动，中国—南亚绿色低碳发展论坛在昆明举办。来自南亚国家的"
                "政府官员、企业代表和专家学者200余人参加论坛。",
                "论坛上，斯里兰卡电力与能源部副部长表示，斯里兰卡承诺到2030年可再生能源发电占比达到70%，目前正加快"
                "推进屋顶光伏和抽水蓄能项目建设。",
                "尼泊尔森林和环境部官员介绍，尼泊尔已提出到2045年实现净零排放的目标，森林覆盖率已恢复到45%以上。",
                "论坛期间，云南省生态环境厅与斯里兰卡环境部签署生态环境保护合作谅解备忘录，双方将在生物多样性保护、"
                "环境监测和绿色低碳人才培训等方面开展合作。",
                "与会嘉宾还就跨境电力贸易、绿色金融等议题进行了深入交流。"],
         fingerprint="中国—南亚绿色低碳发展论坛在昆明举办",
         must_contain=["森林覆盖率已恢复到45%以上", "与会嘉宾还就跨境电力贸易、绿色金融等议题进行了深入交流"]),
    dict(id="zb03", site="ynswt", path="/swdt/swyw/202506/t20250625_318412.html", date="2025-06-25",
         source="省商务厅",
         title="第9届南博会圆满闭幕 累计入场观众超100万人次",
         paras=["6月24日，为期6天的第9届中国—南亚博览会在昆明圆满闭幕。据统计，本届南博会累计入场观众超过100万人次，"
                "现场成交和意向成交金额达到428.6亿元。",
                "本届南博会共设15个展馆，展览面积21万平方米，来自80多个国家和地区的2000余家企业参展。",
                "展会期间共举办各类论坛、推介会、洽谈会等配套活动40余场，签约项目覆盖能源、农业、物流、文化旅游等领域。",
                "省商务厅有关负责人表示，将持续做好签约项目跟踪服务，推动项目早落地、早投产。"],
         fingerprint="现场成交和意向成交金额达到428.6亿元",
         must_contain=["推动项目早落地、早投产"]),
    dict(id="zb04", site="ynswt", path="/swdt/swyw/202508/t20250812_321054.html", date="2025-08-12",
         source="省商务厅",
         title="我省将组团参加第8届中国—亚欧博览会",
         paras=["8月11日，省商务厅召开第8届中国—亚欧博览会云南参展工作部署会。第8届中国—亚欧博览会将于今年下半年在"
                "乌鲁木齐举办。",
                "会议要求，各州（市）商务部门要组织好重点企业参展，精心策划一批新能源、绿色矿产和农产品加工项目，"
                "力争在展会期间与中亚国家企业签署一批合作协议。",
                "据了解，我省拟组织60余家企业参展，重点展示高原特色农产品、绿色铝和光伏组件等产品。"],
         fingerprint="我省拟组织60余家企业参展",
         must_contain=["力争在展会期间与中亚国家企业签署一批合作协议"]),

    # --- sfnews: a Chinese news site in GBK (朔方新闻网) -------------------------------------------------------------
    dict(id="nx01", site="sfnews", path="/2025/0829/c1002-40561728.html", date="2025-08-29", author="马文静",
         title="中阿博览会新能源合作专场签约 绿氢光伏项目唱主角",
         paras=["8月28日，第七届中国—阿拉伯国家博览会新能源合作专场活动在银川国际交流中心举行，现场集中签约项目15个。",
                "此次签约的项目主要有：一是宁夏宝丰能源集团股份有限公司与沙特国际电力和水务公司（ACWA Power）签署绿氢"
                "项目合作框架协议；二是国家能源集团宁夏电力有限公司与阿曼投资局签署光伏电站投资合作谅解备忘录；三是宁夏"
                "中宁枸杞产业集团有限公司与阿联酋一家贸易公司签署枸杞出口协议；四是宁夏医科大学与埃及开罗大学签署医学"
                "教育合作协议。",
                "阿曼投资局代表在签约仪式上表示，阿曼拥有丰富的太阳能资源，希望与中国企业在光伏制氢领域深化合作。",
                "据介绍，宁夏是国家首个新能源综合示范区，新能源装机占比已超过50%。"],
         fingerprint="宁夏是国家首个新能源综合示范区",
         must_contain=["希望与中国企业在光伏制氢领域深化合作"]),
    dict(id="nx02", site="sfnews", path="/2025/0830/c1002-40562205.html", date="2025-08-30", author="杨帆",
         title="中阿绿色低碳发展论坛举行 埃及摩洛哥介绍可再生能源目标",
         paras=["8月29日，第七届中国—阿拉伯国家博览会中阿绿色低碳发展论坛在银川举行。",
                "埃及电力和可再生能源部官员在发言中表示，埃及计划到2030年将可再生能源在电力结构中的占比提高到42%。"
                "摩洛哥能源转型和可持续发展部代表表示，摩洛哥的目标是到2030年可再生能源装机占比超过52%。",
                "论坛上，宁夏回族自治区生态环境厅与埃及环境部签署应对气候变化合作谅解备忘录；宁夏大学与约旦大学签署"
                "阿拉伯语人才培养合作协议；银川市与摩洛哥非斯市签署文化旅游交流合作备忘录。",
                "与会代表认为，中阿在光伏、储能、绿氢等领域合作潜力巨大。"],
         fingerprint="中阿在光伏、储能、绿氢等领域合作潜力巨大",
         must_contain=["与会代表认为"]),
    dict(id="nx03", site="sfnews", path="/2025/0901/c1002-40563018.html", date="2025-09-01", author="马文静",
         title="第七届中阿博览会闭幕 签约项目总额1580亿元",
         paras=["8月31日，第七届中国—阿拉伯国家博览会在银川闭幕。本届博览会共签约项目320个，计划投资和贸易总额1580.6亿元。",
                "本届博览会线上线下参展企业达1500余家，累计吸引观众23万人次，举办各类会议和活动20余场。",
                "自治区商务厅负责人介绍，签约项目涵盖新能源、现代煤化工、葡萄酒、枸杞、文化旅游等领域。"],
         fingerprint="计划投资和贸易总额1580.6亿元",
         must_contain=["累计吸引观众23万人次"]),
    dict(id="nx04", site="sfnews", path="/2025/0625/c1004-40502261.html", date="2025-06-25", author="杨帆",
         title="2025年夏季达沃斯论坛在津开幕 宁夏代表团参会",
         paras=["6月24日，世界经济论坛第十六届新领军者年会（2025年夏季达沃斯论坛）在天津开幕，来自90多个国家和地区的"
                "约1700名各界代表参会。",
                "宁夏代表团参加了“能源转型新路径”等分论坛，与多家跨国企业就新能源装备、绿电制氢等领域合作进行了交流，"
                "双方表示将保持沟通，适时推进合作。",
                "本届年会主题为“新时代的企业家精神”，为期三天。"],
         fingerprint="双方表示将保持沟通，适时推进合作",
         must_contain=["宁夏代表团参加了“能源转型新路径”等分论坛"]),
]
