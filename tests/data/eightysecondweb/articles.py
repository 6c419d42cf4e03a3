"""Articles of the eighty-second test web (tests/eightysecondweb.py), written for issue 17 (a held-out estimate of
NGOS, FOUNDATIONS, THINK TANKS AND UNIVERSITIES): a coalition of thirteen universities announced at a press panel, a
university's fifty-year energy concession with two companies, campus carbon goals beside a city's, a university's
renewed agreement with a UN agency, a four-university alliance, a joint research centre, a think tank's memorandum,
an NGO's renewed memorandum, a four-institute research network, a foundation's grant that is no agreement and two
lectures that conclude nothing. Actors no other web uses.

osunews: a US university newsroom (Ohio State News, English). tjnews: a Chinese university news site (同济大学新闻网,
Simplified, listing index.html -> index_1.html). crosscur: an NGO/foundation blog (English with Chinese names in
brackets, found through its RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- osunews: a US university newsroom ----------------------------------------------------------------------
    dict(id="os01", site="osunews", path="/ohio-state-joins-university-climate-change-coalition/", date="2018-02-07",
         byline="Misti Crane",
         title="Ohio State joins 12 research universities in new climate coalition",
         paras=["Ohio State and 12 other leading research universities from the United States, Canada and Mexico on "
                "Tuesday announced the formation of the University Climate Change Coalition, a group that will put "
                "its research and resources to work helping communities speed up local climate action.",
                "The founding members of the coalition, known as UC3, are Arizona State University, the California "
                "Institute of Technology, Tecnológico de Monterrey, the National Autonomous University of Mexico, "
                "The Ohio State University, the State University of New York, the University of British Columbia, "
                "the University of California, the University of Colorado Boulder, the University of Maryland, "
                "College Park, the University of New Mexico, the University of Toronto and the University of "
                "Washington.",
                "Together the 13 institutions count about two million students, faculty and staff.",
                "President Michael V. Drake joined University of California President Janet Napolitano, Arizona State "
                "President Michael Crow, CU Boulder Chancellor Phil DiStefano and Stony Brook University President "
                "Samuel Stanley in a livestreamed panel to describe what the coalition will do.",
                "\u201cOur faculty already work with cities and businesses across Ohio on energy and mobility. UC3 "
                "lets us share what works with partners across the continent,\u201d Drake said.",
                "Each member will convene a cross-sector climate forum in its region during 2018, bringing together "
                "local officials, businesses and community groups. The coalition will also work in close partnership "
                "with We Are Still In and America\u2019s Pledge, which track climate action by states, cities and "
                "companies.",
                "The coalition is organized through Second Nature, the Boston-based nonprofit that runs the Climate "
                "Leadership Network of colleges and universities.",
                "Ohio State\u2019s own sustainability goals, approved by the Board of Trustees in 2016, cover energy "
                "use, transportation, water and waste on the Columbus campus."],
         fingerprint="Together the 13 institutions count about two million students, faculty and staff",
         must_contain=["Each member will convene a cross-sector climate forum in its region during 2018"]),
    dict(id="os02", site="osunews", path="/trustees-reaffirm-carbon-neutrality-goal/", date="2021-11-19",
         byline="Jeff Grabmeier",
         title="Trustees reaffirm Ohio State's path to a carbon-neutral campus",
         paras=["Ohio State\u2019s Board of Trustees on Thursday reaffirmed the university\u2019s commitment to become "
                "carbon neutral by 2050 and asked for a progress report on its emissions every two years.",
                "\u201cA carbon-neutral campus is not something we can buy. It is something we have to build, one "
                "building and one bus route at a time,\u201d President Kristina M. Johnson told the board.",
                "Since the university signed the American College & University Presidents\u2019 Climate Commitment "
                "in 2008, its greenhouse gas inventory has been published each year. The 2020 inventory showed "
                "emissions from the Columbus campus lower than in any year since tracking began.",
                "The McCracken Power Plant, once the campus\u2019s largest source of emissions, now runs on natural "
                "gas, and a combined heat and power plant due to open in 2023 is expected to cut emissions further.",
                "The university\u2019s work is closely tied to its home city. Columbus adopted its first Climate Action "
                "Plan this year and aims to be carbon neutral by 2050, the same year as the university.",
                "Students asked the board to set an earlier date. Trustees said the university would consider "
                "interim targets once the new plant is running.",
                "The progress report will be posted on the Office of Energy and Environment website."],
         fingerprint="The progress report will be posted on the Office of Energy and Environment website",
         must_contain=["A carbon-neutral campus is not something we can buy"]),
    dict(id="os03", site="osunews", path="/visiting-scholar-discusses-china-carbon-market/", date="2022-10-14",
         byline="Tatyana Tandanpolie",
         title="Visiting scholar discusses China's carbon market at Glenn College",
         paras=["How do you put a price on carbon in the world\u2019s largest emitter? A visiting economist from "
                "Tongji University in Shanghai took on that question Thursday in a public lecture at the John Glenn "
                "College of Public Affairs.",
                "The lecture traced China\u2019s national emissions trading system from its pilot markets in seven "
                "provinces and cities to its launch for the power sector in July 2021.",
                "About 120 students and faculty attended, and more joined online. Questions ranged from how allowances "
                "are allocated to whether the market will expand to steel and cement.",
                "The visit was arranged by the Sustainability Institute. No agreement was signed during the visit, "
                "though faculty from both universities said they hoped to explore a joint summer school on carbon "
                "pricing.",
                "The Sustainability Institute\u2019s fall lecture series continues in November with a talk on "
                "regional hydrogen hubs."],
         fingerprint="The Sustainability Institute\u2019s fall lecture series continues in November",
         must_contain=["Questions ranged from how allowances are allocated"]),
    dict(id="os04", site="osunews", path="/ohio-state-energy-partners-agreement/", date="2017-04-11",
         byline="Ben Johnson",
         title="Ohio State signs 50-year energy management agreement",
         paras=["Ohio State on Monday signed a 50-year agreement with ENGIE North America and Axium Infrastructure "
                "to operate and improve the utility system of the Columbus campus.",
                "Under the agreement, the two companies form a joint venture, Ohio State Energy Partners, which will "
                "run the campus\u2019s steam, chilled water and electricity systems. The university receives an "
                "upfront payment of $1.015 billion and an additional $150 million for academic collaboration.",
                "The Board of Trustees approved the agreement on Friday after a two-year review.",
                "The university will keep ownership of the utility system and will continue to set energy policy "
                "for the campus, Senior Vice President Jay Kasey said.",
                "The upfront payment will be invested in the university\u2019s endowment, with earnings supporting "
                "faculty hiring, student financial aid and sustainability research.",
                "Ohio State Energy Partners takes over operations in July."],
         fingerprint="Ohio State Energy Partners takes over operations in July",
         must_contain=["The university will keep ownership of the utility system"]),

    # --- tjnews: a Chinese university news site (Simplified) -------------------------------------------------------
    dict(id="tj01", site="tjnews", path="/info/1003/83512.htm", date="2023-05-13",
         title="我校与联合国环境规划署续签合作协议",
         paras=["5月12日，同济大学与联合国环境规划署（UNEP）在四平路校区续签合作协议，双方将继续共建联合国环境规划署—"
                "同济大学环境与可持续发展学院（IESD），在应对气候变化、城市可持续发展和环境人才培养等领域深化合作。",
                "校长郑庆华与联合国环境规划署驻华代表涂瑞和代表双方签约。联合国环境规划署执行主任英格·安德森以视频方式致辞。",
                "郑庆华表示，环境与可持续发展学院成立二十余年来，已成为学校国际化办学的一张名片，学校将以此次续签为契机，"
                "进一步推动绿色低碳领域的国际合作。",
                "涂瑞和表示，环境署期待与同济大学一道，为全球南方国家培养更多环境与可持续发展领域的青年人才。",
                "环境与可持续发展学院由双方于2002年共同创建，是环境署在全球设立的第一所合作学院，迄今已培养来自"
                "100多个国家的学生。",
                "仪式后，双方还就2023年青年环境论坛的筹备工作进行了交流。"],
         fingerprint="双方还就2023年青年环境论坛的筹备工作进行了交流",
         must_contain=["校长郑庆华与联合国环境规划署驻华代表涂瑞和代表双方签约"]),
    dict(id="tj02", site="tjnews", path="/info/1003/81907.htm", date="2022-11-19",
         title="长三角四所高校发起成立碳中和科技创新联盟",
         paras=["11月18日，同济大学、南京大学、东南大学、中国科学技术大学在我校四平路校区共同签署《长三角高校碳中和科技"
                "创新联盟合作框架协议》，宣布成立长三角高校碳中和科技创新联盟。",
                "根据协议，四校将围绕低碳建筑、新型电力系统、碳捕集利用与封存和气候变化经济学等方向，共享大型科研仪器，"
                "联合申报重大科研项目，并互认部分研究生课程学分。",
                "联盟秘书处设在同济大学，首届理事长由同济大学担任，任期两年，此后由成员高校轮值。",
                "浙江大学因故未能出席签约仪式，表示将于近期申请加入联盟。",
                "签约仪式后，四校专家围绕“长三角一体化与碳中和路径”举行了圆桌研讨。"],
         fingerprint="四校专家围绕“长三角一体化与碳中和路径”举行了圆桌研讨",
         must_contain=["共享大型科研仪器"]),
    dict(id="tj03", site="tjnews", path="/info/1003/80455.htm", date="2022-04-22",
         title="我校发布碳达峰碳中和校园行动方案",
         paras=["4月22日世界地球日当天，同济大学发布《同济大学碳达峰碳中和校园行动方案》。",
                "方案提出，学校力争于2025年实现校园碳排放达峰，2050年实现校园碳中和。",
                "方案明确，到2025年，学校单位建筑面积能耗较2020年下降10%，新建建筑全面执行绿色建筑二星级以上标准，"
                "校园公务用车新能源比例不低于50%。",
                "学校将建设校园能源管理平台，对四平路、嘉定、沪西、沪北四个校区的水、电、气实行分项计量。",
                "学校后勤保障部有关负责人介绍，方案编制历时一年，征求了院系、师生和校友的意见。",
                "上海市近日也发布了本市碳达峰实施方案的征求意见稿，学校将做好衔接。"],
         fingerprint="方案编制历时一年，征求了院系、师生和校友的意见",
         must_contain=["学校将建设校园能源管理平台"]),
    dict(id="tj04", site="tjnews", path="/info/1003/85120.htm", date="2024-03-27",
         title="美国俄亥俄州立大学学者来校作碳捕集学术报告",
         paras=["3月26日，美国俄亥俄州立大学化学与生物分子工程系教授应邀来校，在环境科学与工程学院作题为"
                "“化学链燃烧与低成本碳捕集”的学术报告。",
                "报告介绍了化学链技术从实验室到中试装置的发展历程，以及其在燃煤电厂和钢铁行业的应用前景。",
                "报告会由环境科学与工程学院主办，百余名师生参加。",
                "座谈中，双方介绍了各自团队在碳捕集领域的研究进展，表示今后将探讨在研究生联合培养方面开展合作的可能性。",
                "来访期间，客人还参观了学校的污染控制与资源化研究国家重点实验室。"],
         fingerprint="客人还参观了学校的污染控制与资源化研究国家重点实验室",
         must_contain=["报告介绍了化学链技术从实验室到中试装置的发展历程"]),
    dict(id="tj05", site="tjnews", path="/info/1003/84236.htm", date="2023-09-07",
         title="同济大学与瑞典皇家理工学院共建城市低碳联合研究中心",
         paras=["9月6日，同济大学与瑞典皇家理工学院（KTH）在上海签署合作协议，共建“中瑞城市低碳联合研究中心”，"
                "并为中心揭牌。",
                "瑞典驻上海总领事出席签约仪式并致辞。",
                "根据协议，中心将依托两校在城市规划、建筑节能和交通领域的优势，开展街区尺度的低碳改造研究，"
                "并每年互派青年教师和博士研究生开展合作研究。",
                "中心实行双主任制，由两校各委派一名教授担任主任。",
                "瑞典皇家理工学院是瑞典规模最大的理工科大学，两校自2010年起在城市规划领域开展学生交流。"],
         fingerprint="中心实行双主任制，由两校各委派一名教授担任主任",
         must_contain=["开展街区尺度的低碳改造研究"]),

    # --- crosscur: an NGO/foundation blog (English, Chinese names in brackets) ------------------------------------
    dict(id="cc01", site="crosscur", path="/blog/2019/06/21/rmi-eri-memorandum/", date="2019-06-21",
         byline="Laura Whitfield",
         title="RMI and China's Energy Research Institute sign a memorandum on power-sector transition",
         paras=["Two of our longtime grantees took a step this week that we have been hoping for.",
                "Rocky Mountain Institute (RMI, \u843d\u57fa\u5c71\u7814\u7a76\u6240) and the Energy Research Institute of "
                "the National Development and Reform Commission (\u56fd\u5bb6\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a"
                "\u80fd\u6e90\u7814\u7a76\u6240, ERI) signed a memorandum of understanding in Beijing on Thursday, "
                "committing to three years of joint work on how China\u2019s power sector can run on mostly renewable "
                "electricity.",
                "The memorandum builds on Reinventing Fire: China, the 2016 study the two institutes wrote together, "
                "which found that China could meet most of its energy needs with non-fossil sources by mid-century.",
                "Under the new memorandum, the two teams will model provincial power markets, study demand response in "
                "industrial parks and publish a joint report each year.",
                "\u201cThe first study asked whether it could be done. This one asks how, province by province,\u201d an "
                "RMI program director told us after the signing.",
                "Our foundation supported the 2016 study and will consider a request for the new work later this "
                "year."],
         fingerprint="Our foundation supported the 2016 study and will consider a request for the new work",
         must_contain=["the two teams will model provincial power markets"]),
    dict(id="cc02", site="crosscur", path="/blog/2018/11/16/clean-air-asia-cses-renewal/", date="2018-11-16",
         byline="Daniel Okafor",
         title="Clean Air Asia and the Chinese Society for Environmental Sciences renew their partnership",
         paras=["Partnerships between NGOs and Chinese professional bodies rarely make headlines, but they are where "
                "much of the practical work happens.",
                "On 14 November in Beijing, Clean Air Asia (\u4e9a\u6d32\u6e05\u6d01\u7a7a\u6c14\u4e2d\u5fc3) and the Chinese "
                "Society for Environmental Sciences (\u4e2d\u56fd\u73af\u5883\u79d1\u5b66\u5b66\u4f1a, CSES) renewed their "
                "memorandum of understanding for another three years.",
                "The two organizations first signed a memorandum in 2015, which led to a series of training courses "
                "for city air-quality managers and a joint guidebook on co-controlling air pollutants and greenhouse "
                "gases.",
                "The renewed memorandum adds work on ozone and on emissions from ports and shipping.",
                "CSES, founded in 1978, is one of China\u2019s largest scientific societies in the environmental field. "
                "Clean Air Asia has run its China office in Beijing since 2009.",
                "We have funded Clean Air Asia\u2019s China training program since 2016."],
         fingerprint="We have funded Clean Air Asia\u2019s China training program since 2016",
         must_contain=["The renewed memorandum adds work on ozone"]),
    dict(id="cc03", site="crosscur", path="/blog/2021/03/03/climateworks-igdp-grant/", date="2021-03-03",
         byline="Laura Whitfield",
         title="ClimateWorks backs iGDP's work on provincial carbon peaking plans",
         paras=["ClimateWorks Foundation has awarded a two-year grant to the Innovative Green Development Program "
                "(iGDP, \u7eff\u8272\u521b\u65b0\u53d1\u5c55\u4e2d\u5fc3), the Beijing-based think tank, to support its research "
                "on provincial plans for peaking carbon emissions.",
                "The grant will fund case studies in four provinces and a series of workshops with provincial "
                "development and reform commissions.",
                "iGDP will commit most of the funds to its subnational program, which has tracked low-carbon pilot "
                "cities since 2014.",
                "ClimateWorks has pledged to double its grantmaking in Asia by 2025.",
                "The grant does not create a partnership between the two organizations, and no memorandum was signed.",
                "Our own foundation co-funds iGDP\u2019s city tracker and will share its findings in our spring "
                "newsletter."],
         fingerprint="will share its findings in our spring newsletter",
         must_contain=["The grant will fund case studies in four provinces"]),
    dict(id="cc04", site="crosscur", path="/blog/2023/06/09/zero-emission-freight-research-network/",
         date="2023-06-09", byline="Daniel Okafor",
         title="Four research institutes launch a zero-emission freight research network",
         paras=["Freight trucks make up a small share of China\u2019s vehicles but a large share of its transport "
                "emissions. A new network wants to change that.",
                "The International Council on Clean Transportation (ICCT, \u56fd\u9645\u6e05\u6d01\u4ea4\u901a\u59d4\u5458"
                "\u4f1a), the Chinese Research Academy of Environmental Sciences (\u4e2d\u56fd\u73af\u5883\u79d1\u5b66\u7814"
                "\u7a76\u9662), the Chinese Academy of Environmental Planning (\u751f\u6001\u73af\u5883\u90e8\u73af\u5883\u89c4"
                "\u5212\u9662) and the Institute of Energy of Peking University (\u5317\u4eac\u5927\u5b66\u80fd\u6e90\u7814\u7a76"
                "\u9662) launched the Zero-Emission Freight Research Network in Beijing on Wednesday.",
                "The four signed a partnership charter that sets out joint work on battery-electric and fuel-cell "
                "trucks, charging corridors and freight data.",
                "Truck makers and logistics companies will be invited to join as associate members later this year, "
                "the institutes said.",
                "The network does not yet have its own funding. Our board will consider a planning grant in the "
                "autumn."],
         fingerprint="Our board will consider a planning grant in the autumn",
         must_contain=["charging corridors and freight data"]),
]
