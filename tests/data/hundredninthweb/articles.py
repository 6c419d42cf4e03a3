"""Articles of the hundred-and-ninth test web (tests/hundredninthweb.py), written for issue 17 (a held-out estimate on
CLEAN-ENERGY COOPERATION AGREEMENTS BETWEEN LOCAL GOVERNMENTS, AGENCIES AND COMPANIES told by ENERGY-NEWS PORTALS,
Chinese first): a hydrogen-filling investment agreement of a chemical park's investor, a French gas group's China arm
and a Shanghai energy company with the park's committee, a Japanese carmaker's fuel-cell agreements with a Hainan
carmaker and a Jiangsu machinery group, a hydrogen-base agreement of a provincial utility, a state group's hydrogen
company and a Sino-Korean demonstration zone in Changchun, and a Danish agency's agreement with China's renewable
energy centre, with pledges told beside them (a province's peak year, a group's 2035 cut and neutrality, a carmaker's
life-cycle neutrality, an island's ban on fuel-car sales); beside pages that conclude nothing (a stock-exchange
notice of a board that approved signing, a plant that opened, a work meeting with a trading house, a meeting of a
party secretary with a group chairman, a workshop). Actors no other web uses.

lqny: 绿擎能源网, a Chinese energy portal (GBK labelled gb2312, its listing paged). ccinvest: 长春市投资促进局's
招商动态 (UTF-8, its sitemap). apledger: Asia Power Ledger, an English energy trade-press site (its RSS feed).
"""
from __future__ import annotations

ARTICLES = [
    # --- lqny: 绿擎能源网 (GBK, listing paged) -------------------------------------------------------------------
    dict(id="lq01", site="lqny", path="/news/2022/03/02/158231.html", date="2022-03-02", author="韩立新",
         editor="周晓",
         title="上海氢能保障基地项目签约 三方合资建设氢气充装中心",
         paras=["绿擎能源网讯 3月1日，上海氢能保障基地项目签约仪式在上海化学工业区举行。仪式上，上海化学工业区投资实业"
                "有限公司（以下简称“化工区投资实业”）、液化空气（中国）投资有限公司（以下简称“液化空气中国”）、上海申能"
                "能创能源发展有限公司（以下简称“申能能创”）与上海化学工业区管理委员会签署投资协议，三家企业将在园区内成立"
                "合资公司，共同投资建设氢能保障基地项目。",
                "上海市经济信息化委副主任刘平出席并致辞，上海化工区管委会主任马静、申能集团董事长黄迪南、液化空气中国总裁"
                "兼首席执行官柏昊天出席签约仪式。",
                "根据协议，项目一期计划投资1.8亿元，建设日充装产能为24吨的氢气充装中心；二期规划建设氢气液化和充装装置。"
                "项目将充分利用、整合园区内的工业副产氢资源，为上海燃料电池汽车示范应用城市群建设提供氢源保障。",
                "刘平在致辞中表示，上海是我国氢能与燃料电池产业化发展的重要策源地，燃料电池汽车产业发展处于全国领先地位。"
                "下一步，上海将强化化工区“深耕园区、引领上海、辐射长三角、面向全国”的氢能产业定位，加强化工区与宝山、"
                "嘉定、青浦、临港等区域的优势互补，加快70兆帕加氢站布局，并鼓励开展加氢站内制氢试点。",
                "按照上海市此前发布的燃料电池汽车产业创新发展实施计划，到2025年，上海将建设各类加氢站70座左右，燃料电池"
                "汽车应用规模突破1万辆。",
                "据了解，化工区内多家石化企业具备副产氢提纯条件。业内人士认为，副产氢就近提纯、就近充装，可以明显降低"
                "氢气的储运成本，但氢能交通的规模化仍取决于下游车辆推广的进度。"],
         fingerprint="整合园区内的工业副产氢资源",
         must_contain=["加快70兆帕加氢站布局", "可以明显降低氢气的储运成本"]),
    dict(id="lq02", site="lqny", path="/news/2023/03/27/171406.html", date="2023-03-27", author="林可",
         editor="周晓",
         title="丰田中国与海马汽车签署战略合作框架协议 氢燃料电池乘用车落地海南",
         paras=["绿擎能源网讯 3月24日，丰田汽车（中国）投资有限公司（以下简称“丰田中国”）与海马汽车股份有限公司"
                "（以下简称“海马汽车”）在海口签署战略合作框架协议，双方将在氢燃料电池汽车研发与产业化领域开展战略合作。"
                "丰田汽车公司执行董事、丰田中国董事长上田达郎与海马汽车董事长景柱代表双方签约。",
                "海南省副省长倪强，省商务厅厅长张斌，省工信厅厅长刘立武，海口市常务副市长邓立松等出席签约仪式。签约前，"
                "海南省委书记冯飞会见了上田达郎一行。",
                "根据协议，双方将把海南岛整体作为一个大型体验测试场，在海马汽车第三代氢燃料电池汽车上搭载丰田第二代MIRAI"
                "所使用的电堆等成熟部件及系统。这是丰田首次向中国乘用车企业供应氢燃料电池系统。双方计划年内在海南开展"
                "小规模示范运营，并逐步扩大规模。",
                "冯飞在会见时介绍，海南正全力打造清洁能源岛，清洁能源装机比例不断提升，到2030年全面禁止销售燃油汽车。"
                "他表示，双方可以探讨联合打造“氢能岛、氢经济、氢社会”。",
                "上田达郎表示，丰田自2019年4月开始向中国商用车企业提供氢燃料电池组件，已向多家商用车相关企业供应产品。"
                "此次合作是丰田在中国的首个氢燃料电池乘用车合作项目，丰田将与中国伙伴一道推动氢燃料电池技术的商业化普及。",
                "业内人士认为，燃料电池乘用车目前仍面临加氢站数量少、用氢成本高等问题，海南示范规模能否如期扩大，还取决于"
                "岛内加氢基础设施的建设进度。"],
         fingerprint="把海南岛整体作为一个大型体验测试场",
         must_contain=["丰田首次向中国乘用车企业供应氢燃料电池系统", "还取决于岛内加氢基础设施的建设进度"]),
    dict(id="lq03", site="lqny", path="/news/2022/04/13/160518.html", date="2022-04-13", author="韩立新",
         editor="陶然",
         title="金风科技拟与温州市政府签订战略合作框架协议 布局深远海海上风电产业基地",
         paras=["绿擎能源网讯 金风科技4月12日晚间公告，公司董事会会议审议通过《关于布局温州海上风电产业基地的议案》，"
                "同意公司与温州市人民政府建立战略合作伙伴关系并签订《战略合作框架协议》。",
                "同时，基于《战略合作框架协议》，董事会同意公司与温州瓯江口产业集聚区管理委员会就金风科技温州深远海海上风电"
                "零碳总部基地等项目落地瓯江口相关事宜签订《项目投资协议》，与温州市洞头区人民政府就打造深远海海工装备制造及"
                "服务产业集群相关事宜签订《项目投资合作协议书》。上述协议约定公司及引入的其他企业投资共计约188亿元。",
                "公告提示，上述协议尚需双方履行签署程序，协议的签订及具体实施存在不确定性；《战略合作框架协议》为双方合作"
                "意愿的框架性约定，不构成公司的具体投资承诺。",
                "温州是浙江省海上风电重点发展区域之一，洞头、瓯江口一带已有多个海上风电项目处于前期工作阶段。分析人士指出，"
                "整机企业以“产业基地换资源”的方式布局沿海省份，已成为近年海上风电市场的常见做法。",
                "二级市场上，风电板块当日整体小幅上涨。"],
         fingerprint="金风科技温州深远海海上风电零碳总部基地",
         must_contain=["不构成公司的具体投资承诺", "产业基地换资源"]),
    dict(id="lq04", site="lqny", path="/news/2023/07/28/178842.html", date="2023-07-28", author="林可",
         editor="陶然",
         title="徐工集团与丰田汽车签订氢能领域战略合作协议 共建氢能整机及核心零部件产业基地",
         paras=["绿擎能源网讯 7月25日下午，在徐州市委书记宋乐伟和丰田汽车公司执行董事、中国本部本部长上田达郎等见证下，"
                "徐州工程机械集团有限公司（以下简称“徐工集团”）与丰田汽车公司签订徐工-丰田氢能领域战略合作协议。双方将以"
                "徐州为中心打造氢能整机及核心零部件产业基地，带动徐州氢能全产业链发展。",
                "徐工集团、徐工机械董事长、党委书记杨东升，徐工机械副总裁、总工程师单增海出席签约活动。",
                "宋乐伟对双方签约表示祝贺。他表示，徐工集团与丰田汽车合作互补性强、前景广阔，希望双方以此次签约为契机，在"
                "氢能整车、燃料电池与核心零部件等前沿领域协同创新，助力徐州加快打造氢能全产业链和氢能应用示范标杆，高质量"
                "建设可持续发展议程创新示范区。",
                "上田达郎表示，用氢能改变未来是丰田和徐工共同的目标。徐州绿色低碳能源产业基础扎实，丰田希望与徐工在氢能领域"
                "开展全面合作交流，携手为实现碳达峰、碳中和作出积极贡献。",
                "签约后，上田达郎一行在杨东升陪同下参观了徐工集团体验厅，了解徐工的发展历程、全球布局和技术实力。",
                "今年3月，丰田方面已在海口与海马汽车签署氢燃料电池乘用车战略合作框架协议。业内人士分析，丰田正通过与整车、"
                "工程机械等不同领域企业的合作，拓展其燃料电池系统在中国的应用场景。"],
         fingerprint="打造氢能整机及核心零部件产业基地，带动徐州氢能全产业链发展",
         must_contain=["高质量建设可持续发展议程创新示范区", "拓展其燃料电池系统在中国的应用场景"]),
    dict(id="lq05", site="lqny", path="/news/2024/03/29/196057.html", date="2024-03-29", author="韩立新",
         editor="周晓",
         title="液空申能开业 上海氢能保障基地一期氢气充装中心投产",
         paras=["绿擎能源网讯 3月28日，由申能集团旗下申能能创、液化空气集团与上海化学工业区合资建设的上海化学工业区液空"
                "申能氢能源发展有限公司（以下简称“液空申能”）举行开业仪式，上海氢能保障基地一期项目氢气充装中心正式投产。",
                "此次投产的氢气充装中心项目投资1.8亿元，初始日充装量达12吨，可支持12座加氢站的运营，每天能为1000多辆"
                "中重型卡车加氢。二期计划将充装能力提高到每小时12000标准立方米，即每天24吨。",
                "据悉，该中心是全国首个300巴II型瓶充装中心，率先获得了国内首张300巴II型瓶氢气充装许可证，并投运了300巴"
                "II型瓶管束车。相比传统200巴管束车，新车型能使氢气有效载荷增加60%以上，减少运输过程中的碳排放。",
                "上海化学工业区管委会主任阮力表示，化工区将始终聚焦企业发展，打造更优质的营商环境，期待更多像液化空气、"
                "申能这样具有领先水平的企业投资化工区。",
                "上海氢能保障基地项目于2022年3月签约，由液空申能管理并运营。项目投产后，在满足上海地区燃料电池汽车用氢的"
                "基础上，还将带动长三角地区的氢能产业链发展。本次开业仪式未安排新项目签约。"],
         fingerprint="全国首个300巴II型瓶充装中心",
         must_contain=["每天能为1000多辆中重型卡车加氢", "本次开业仪式未安排新项目签约"]),

    # --- ccinvest: 长春市投资促进局 招商动态 (UTF-8, sitemap) ----------------------------------------------------
    dict(id="cc01", site="ccinvest", path="/zsdt/202104/t20210427_2801735.html", date="2021-04-27",
         source="中韩（长春）国际合作示范区",
         title="中韩（长春）国际合作示范区碳中和产业园开工暨国家电投长春氢能产业基地项目签约仪式举行",
         paras=["4月26日上午，中韩（长春）国际合作示范区碳中和产业园开工暨国家电投长春氢能产业基地项目签约仪式举行。仪式上，"
                "吉林电力股份有限公司（以下简称“吉电股份”）与国家电投集团氢能科技发展有限公司（以下简称“国家电投氢能"
                "公司”）、中韩（长春）国际合作示范区管理委员会签署了共建长春氢能产业基地项目协议。",
                "长春氢能产业基地项目规划总占地面积67万平方米，计划总投资超过100亿元，主要建设国家电投氢能源综合利用产业"
                "基地、制氢装备制造基地、氢能电池生产研发中心、碳交易中心及其他配套设施。项目建成后，将成为集碳中和关键技术"
                "和装备研发、示范应用、高端装备制造于一体的产业集聚区。",
                "吉电股份党委书记、董事长才延福表示，该项目是示范区碳中和产业园落户开工的首个重要项目，也是吉电股份建设长春"
                "氢能研发、制造、应用基地的关键项目，公司将打造优质精品工程，为全省氢能产业发展示范领航。",
                "省能源局有关负责人在仪式上介绍，吉林省将确保2030年前实现碳达峰，加快推进“陆上风光三峡”工程和“长白山氢能"
                "走廊”建设，推动风电、光伏制氢与氢能装备制造协同发展。",
                "示范区管委会负责人表示，碳中和产业园将围绕氢能、储能和新能源装备引进一批龙头项目，目前正与多家企业洽谈"
                "入园事宜，部分项目有望年内签约。"],
         fingerprint="共建长春氢能产业基地项目协议",
         must_contain=["碳交易中心及其他配套设施", "部分项目有望年内签约"]),
    dict(id="cc02", site="ccinvest", path="/zsdt/202104/t20210413_2794245.html", date="2021-04-13",
         source="长春市外事办公室",
         title="市外事办与丰田通商举行工作会谈 持续推进氢能领域国际合作",
         paras=["4月8日，长春市外事办公室与丰田通商（上海）有限公司氢能事业推进室、丰田通商（天津）有限公司长春分公司举行"
                "工作会谈，双方围绕氢能合作进行了深入交流。",
                "市外事办主任薛春志对丰田通商一行来访表示欢迎，并介绍了长春市氢能产业的发展阶段。他说，长春市氢能开发主要"
                "围绕制氢、加氢站规划建设和氢的应用展开，氢能项目与城市规划、产业发展和新产品开发紧密相关。市外事办多年来"
                "一直把氢能国际合作作为重点工作推进，目前正在开展前期洽谈和情况调研。",
                "丰田通商（上海）有限公司氢能事业推进室部长水野誉志介绍了丰田通商氢能业务的整体布局。丰田通商自2013年起"
                "运营日本首座商业加氢站，在燃料电池、制氢和储运方面积累了成熟的技术和应用经验。",
                "双方商定，将就加氢站建设、燃料电池商用车示范等领域保持沟通，适时开展项目对接。本次会谈未签署合作文件。",
                "今年的政府工作报告提出，扎实做好碳达峰、碳中和各项工作，长春市将把氢能项目开发作为推动产业转型的重要抓手。"],
         fingerprint="丰田通商自2013年起运营日本首座商业加氢站",
         must_contain=["本次会谈未签署合作文件", "适时开展项目对接"]),
    dict(id="cc03", site="ccinvest", path="/zsdt/202403/t20240302_3289514.html", date="2024-03-02",
         source="长春日报",
         title="张恩惠在京会见国家电投董事长刘明胜",
         paras=["3月1日，国家电投党组书记、董事长刘明胜在北京会见吉林省委常委、长春市委书记张恩惠，双方就进一步加强合作"
                "进行交流。国家电投党组成员、副总经理徐树彪参加。",
                "张恩惠感谢国家电投对长春经济社会发展作出的贡献。他表示，长春市大力推动绿电制氢、氢能装备制造等产业规模化、"
                "集群化发展，与国家电投氢能产业规划、发展实践高度契合，希望双方在氢能“制储加用”全产业链发展、新能源开发"
                "等领域深化合作，实现互惠互利、共同发展。",
                "刘明胜对张恩惠一行来访表示欢迎，介绍了国家电投承担的国家科技重大专项进展情况以及清洁能源和氢能产业发展情况。"
                "他表示，国家电投将充分发挥自身优势，与长春市在重大项目建设、清洁能源开发、氢能产业发展等领域加强合作。",
                "2021年4月，吉电股份与国家电投集团氢能公司、中韩（长春）国际合作示范区签署共建长春氢能产业基地项目协议，"
                "该基地是示范区碳中和产业园首个落户项目。",
                "此次会见未举行签约。双方商定，由长春市发改委与国家电投有关部门牵头，就下一步合作事项开展对接。",
                "长春市委常委、市委秘书长姜保忠，市委常委、常务副市长吴波，副市长李炜姝，中韩（长春）国际合作示范区党工委"
                "书记刘乃军，以及国氢科技、吉电股份主要负责人参加会见。"],
         fingerprint="氢能“制储加用”全产业链发展",
         must_contain=["此次会见未举行签约", "就下一步合作事项开展对接"]),

    # --- apledger: Asia Power Ledger (English trade press, RSS) ------------------------------------------------
    dict(id="ap01", site="apledger", path="/hydrogen/2022/03/03/air-liquide-shenergy-shanghai-hydrogen-hub/",
         date="2022-03-03", author="Mei Ling Koh", kicker="Hydrogen",
         title="Air Liquide, Shenergy and park investor to build Shanghai's largest hydrogen filling centre",
         paras=["SHANGHAI, March 3 (Asia Power Ledger) - The Chinese arm of France's Air Liquide, state-backed Shenergy "
                "Group and Shanghai Chemical Industry Park Investment Co signed an agreement on Tuesday to build a "
                "hydrogen filling centre inside the Shanghai Chemical Industry Park, Air Liquide China said in a "
                "statement.",
                "The three partners will set up a joint venture in the park. The first phase, with an investment of "
                "180 million yuan ($28.5 million), is due to start construction in August and, once running, will "
                "produce 8,400 tonnes of high-purity hydrogen a year, sold mainly to filling stations that serve "
                "fuel-cell vehicles. A second phase would add what the partners called the city's largest hydrogen "
                "liquefaction and filling plant.",
                "Shanghai leads one of the fuel-cell vehicle demonstration clusters approved by the central government. "
                "Under an industrial plan published earlier, the city aims to have more than 10,000 fuel-cell vehicles "
                "on its roads and about 70 filling stations by 2025.",
                "For Air Liquide the project fits the climate plan the group set out last year: it aims to cut its "
                "absolute scope 1 and 2 emissions by 33% by 2035 from 2020 levels and to reach carbon neutrality by "
                "2050.",
                "\"By-product hydrogen from the park's chemical plants is an asset that has been burned or vented for "
                "years,\" a company spokesperson said. \"Purifying it next to the customers is the cheapest way to get "
                "low-carbon molecules on the road today.\"",
                "Analysts say the economics of such centres still depend on how fast truck fleets adopt fuel cells; "
                "subsidies under the demonstration programme are paid against vehicles actually deployed.",
                "(Reporting by Mei Ling Koh; Editing by Graham Pryce)"],
         fingerprint="8,400 tonnes of high-purity hydrogen a year",
         must_contain=["Purifying it next to the customers", "subsidies under the demonstration programme"]),
    dict(id="ap02", site="apledger", path="/mobility/2023/03/28/toyota-haima-fuel-cell-hainan/",
         date="2023-03-28", author="Daniel Ferreira", kicker="Mobility",
         title="Toyota to supply fuel-cell systems to Haima in first China passenger-car tie-up",
         paras=["HAIKOU, China, March 28 (Asia Power Ledger) - Toyota Motor Corp's China unit signed a strategic "
                "cooperation framework agreement with Haima Automobile on Friday to develop hydrogen fuel-cell "
                "passenger cars on the southern island province of Hainan, the first time the Japanese carmaker has "
                "teamed up with a Chinese maker of passenger cars on the technology.",
                "Tatsuro Ueda, an operating officer of Toyota and chairman of Toyota Motor (China) Investment Co, signed "
                "for the Japanese side and Haima chairman Jing Zhu for the Chinese carmaker in Haikou. Hainan "
                "vice-governor Ni Qiang attended the ceremony.",
                "Haima's third-generation fuel-cell car will carry the stack and components used in Toyota's "
                "second-generation Mirai, and the whole island will serve as a testing ground. The partners hope to "
                "run about 200 vehicles in trials this year and 2,000 by 2025.",
                "Hainan, which is building itself up as a clean-energy island, plans to stop the sale of fossil-fuel "
                "cars by 2030. Toyota, for its part, has set a goal of carbon neutrality across the life cycle of its "
                "vehicles by 2050.",
                "Toyota has supplied fuel-cell components to Chinese commercial-vehicle makers since April 2019. "
                "\"Fuel cells will only help the climate if they are actually used,\" Ueda said, according to a "
                "statement from the company.",
                "The island has only a handful of hydrogen filling stations, and analysts said the size of the trial "
                "would depend on how quickly more are built.",
                "(Reporting by Daniel Ferreira; Editing by Graham Pryce)"],
         fingerprint="the whole island will serve as a testing ground",
         must_contain=["Fuel cells will only help the climate if they are actually used",
                       "would depend on how quickly more are built"]),
    dict(id="ap03", site="apledger", path="/policy/2012/02/24/danish-energy-agency-cnrec-agreement/",
         date="2012-02-24", author="Mei Ling Koh", kicker="Policy",
         title="Danish Energy Agency signs renewable energy pact with China's new national centre",
         paras=["BEIJING, Feb 24 (Asia Power Ledger) - Denmark's energy agency signed a cooperation agreement on "
                "Thursday with the China National Renewable Energy Centre (CNREC), a body set up in Beijing under the "
                "National Energy Administration to advise on policy for wind, solar and biomass power.",
                "Under the agreement the Danish Energy Agency (DEA) and CNREC will cooperate on the development, "
                "distribution and use of renewable energy, and the Danish side will assist the centre with its "
                "experience in running development programmes and planning advanced energy systems.",
                "Martin Lidegaard, Denmark's minister for climate, energy and building, said China's push to expand "
                "renewables, energy infrastructure and savings under its 2011-2015 five-year plan was an area where "
                "Danish experience had much to offer, and that the shift of large emerging economies to a low-carbon "
                "energy system was essential to tackling climate change.",
                "China aims to raise the share of non-fossil fuels in its primary energy consumption to 15% by 2020.",
                "Officials from the two sides also discussed a possible pilot project in the north-western region of "
                "Ningxia on integrating wind power into the grid; no agreement on the pilot has been signed.",
                "Government-to-government energy cooperation between Denmark and China dates back to the middle of the "
                "last decade, and about 500 Danish companies operate in China.",
                "(Reporting by Mei Ling Koh; Editing by Ruth Abbot)"],
         fingerprint="to advise on policy for wind, solar and biomass power",
         must_contain=["no agreement on the pilot has been signed", "about 500 Danish companies operate in China"]),
    dict(id="ap04", site="apledger", path="/wind/2018/03/15/danes-offshore-wind-workshop-beijing/",
         date="2018-03-15", author="Daniel Ferreira", kicker="Wind",
         title="Danes share offshore wind know-how with Chinese regulators and developers",
         paras=["BEIJING, March 15 (Asia Power Ledger) - The Danish Energy Agency and Denmark's embassy in China "
                "hosted an offshore wind workshop in Beijing on March 9 as part of a Sino-Danish programme meant to "
                "help Chinese developers and authorities build a viable offshore wind industry.",
                "More than 65 people attended, among them officials of central and provincial authorities, engineering "
                "institutes and developers, and representatives of Danish developers, suppliers and consultants. The "
                "sessions dealt with regulation and with the conditions for investment.",
                "The programme, known as Quality Offshore, grew out of talks between the head of China's National "
                "Energy Administration, Nur Bekri, and Denmark's energy minister in Copenhagen in September 2017. It "
                "covers the regulatory framework, testing and certification, and commercial opportunities, and may "
                "look at one or more demonstration projects in China.",
                "China's coastline runs to some 13,000 km and the technical potential for offshore wind, including "
                "waters shallower than 50 metres, is estimated at around 500 GW, according to the Danish agency.",
                "No agreements were signed at the workshop. The programme runs through 2018 and could be extended.",
                "(Reporting by Daniel Ferreira; Editing by Ruth Abbot)"],
         fingerprint="The programme, known as Quality Offshore",
         must_contain=["No agreements were signed at the workshop", "estimated at around 500 GW"]),
]
