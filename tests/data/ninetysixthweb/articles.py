"""Articles of the ninety-sixth test web (tests/ninetysixthweb.py), written for issue 17 (a held-out estimate of
AVIATION AND SHIPPING FUELS): memoranda and agreements on sustainable aviation fuel (SAF), green methanol and ammonia
bunkering and green airports and ports between Chinese airlines, an airport group, a port group, a fuel maker and a
province and foreign partners (an airport operator, port authorities, an aircraft maker), the carbon targets two
airlines and a port group announced, and pages that conclude nothing (a SAF flight, an aircraft order, a survey, a
port's plan, a bunkering trial). Actors no other web uses.

afwire: an English aviation and shipping fuels trade-news site (sitemap index). mhnyw: a Chinese civil-aviation /
energy portal (GBK labelled gb2312, listing paged by 下一页). tjport: a port group's bilingual newsroom (RSS).
"""
from __future__ import annotations

ARTICLES = [
    # --- afwire: an English trade-news site ------------------------------------------------------------------------
    dict(id="aw01", site="afwire", lang="en", path="/news/2026/03/juneyao-air-jiaao-saf-mou/", date="2026-03-18",
         title="Juneyao Air and Jiaao Enprotech sign SAF supply MoU",
         paras=["Shanghai-based Juneyao Air and Zhejiang Jiaao Enprotech signed a memorandum of understanding on the "
                "supply of sustainable aviation fuel (SAF) in Shanghai on 17 March, the two companies said.",
                "Under the memorandum, Jiaao will supply SAF made from used cooking oil to Juneyao's base at Shanghai "
                "Pudong International Airport from 2027. Volumes and prices are to be set in a separate offtake "
                "contract that the two sides expect to negotiate later this year.",
                "\"SAF is the most practical lever we have this decade, and we want a domestic producer we can grow "
                "with,\" Juneyao Air's vice president for operations told reporters after the signing.",
                "Jiaao, whose shares trade in Shanghai, is building a HEFA plant with a capacity of 500,000 tonnes a "
                "year in Lianyungang, Jiangsu province. The first line is due to start production in the second half "
                "of 2026, and most of its early output has been sold to European buyers.",
                "China's civil aviation regulator began a SAF pilot programme in 2024 that now covers a dozen airports "
                "and several domestic carriers."],
         fingerprint="Volumes and prices are to be set in a separate offtake contract",
         must_contain=["Jiaao will supply SAF made from used cooking oil"]),
    dict(id="aw02", site="afwire", lang="en", path="/news/2026/05/hamburg-shanghai-methanol-bunkering/",
         date="2026-05-08",
         title="Hamburg and Shanghai port operators team up on green methanol bunkering",
         paras=["Hamburg Port Authority (HPA) and Shanghai International Port Group (SIPG) signed a memorandum of "
                "understanding in Hamburg on 6 May to prepare green methanol bunkering for container ships calling at "
                "both ports.",
                "The memorandum covers the exchange of bunkering safety standards, the certification of green methanol "
                "supply chains and joint studies on shore power at container terminals, HPA said in a statement.",
                "\"Methanol-fuelled ships need certainty that they can bunker at both ends of the route,\" said an HPA "
                "spokesperson. SIPG carried out its first ship-to-ship green methanol bunkering at Yangshan in 2024.",
                "Container volumes between the two ports reached 1.1 million TEU last year, and several carriers on "
                "the Asia-North Europe trade have methanol dual-fuel ships on order."],
         fingerprint="Container volumes between the two ports reached 1.1 million TEU last year",
         must_contain=["joint studies on shore power at container terminals"]),
    dict(id="aw03", site="afwire", lang="en", path="/news/2026/06/sichuan-airlines-saf-flight-tianfu/",
         date="2026-06-03",
         title="Sichuan Airlines flies A350 on SAF blend from Chengdu Tianfu",
         paras=["Sichuan Airlines operated a scheduled Airbus A350 flight from Chengdu Tianfu International Airport to "
                "Beijing on 2 June using a 5 per cent blend of sustainable aviation fuel, the carrier said.",
                "The blended fuel was delivered by China National Aviation Fuel from a batch produced in Zhejiang "
                "province and was certified under the ASTM D7566 standard.",
                "The airline said it plans to sign long-term SAF purchase agreements with domestic producers and to "
                "offer blended fuel on more routes next year. No supply contract has been signed so far, and the "
                "carrier did not disclose the price premium it paid.",
                "Sichuan Airlines operates a fleet of more than 190 Airbus aircraft."],
         fingerprint="Sichuan Airlines operates a fleet of more than 190 Airbus aircraft",
         must_contain=["No supply contract has been signed so far"]),
    dict(id="aw04", site="afwire", lang="en", path="/news/2026/06/spring-airlines-net-zero-2050/",
         date="2026-06-25",
         title="Spring Airlines sets net-zero 2050 target in first climate report",
         paras=["Spring Airlines, the Shanghai-based low-cost carrier, has committed to peak its carbon dioxide "
                "emissions by 2030 and to reach net-zero emissions by 2050, according to its first climate report, "
                "published on 23 June.",
                "The report says the airline will rely mainly on fleet renewal, single-engine taxiing and sustainable "
                "aviation fuel to meet the targets.",
                "Its carbon intensity per revenue tonne-kilometre fell 3.8 per cent in 2025 from a year earlier, the "
                "report shows. Spring flies an all-Airbus A320-family fleet from Shanghai Hongqiao and Pudong.",
                "Chinese carriers have so far been slower than their European peers to publish dated climate targets."],
         fingerprint="Spring flies an all-Airbus A320-family fleet from Shanghai Hongqiao and Pudong",
         must_contain=["single-engine taxiing and sustainable aviation fuel"]),
    dict(id="aw05", site="afwire", lang="en", path="/news/2026/06/xiamen-airlines-787-order/", date="2026-06-12",
         title="Xiamen Airlines firms up order for 12 Boeing 787-9s",
         paras=["Xiamen Airlines has finalised an order for 12 Boeing 787-9 Dreamliners, according to a filing by its "
                "parent company, with deliveries scheduled between 2028 and 2031.",
                "The purchase agreement was signed in Seattle on 10 June. The list price of the aircraft totals about "
                "4 billion US dollars, although airlines typically obtain large discounts.",
                "The carrier said the new widebodies will be used to expand its long-haul network from Xiamen and "
                "Fuzhou to Europe and Australia."],
         fingerprint="used to expand its long-haul network from Xiamen and Fuzhou",
         must_contain=["The purchase agreement was signed in Seattle on 10 June"]),
    # --- mhnyw: a Chinese civil-aviation / energy portal (GBK) ---------------------------------------------------
    dict(id="mh01", site="mhnyw", lang="zh", path="/lsmh/202604/t20260423_31207.html", date="2026-04-23",
         title="四川省机场集团与法兰克福机场集团签署绿色机场合作备忘录",
         paras=["4月22日，四川省机场集团有限公司与德国法兰克福机场集团（Fraport AG）在成都签署《绿色低碳机场合作谅解"
                "备忘录》。",
                "根据备忘录，双方将在机场能源管理、分布式光伏建设、地面保障车辆电动化以及可持续航空燃料加注保障等领域"
                "开展交流合作，并定期互派技术人员。",
                "签约前，法兰克福机场集团代表团一行参观了成都天府国际机场能源中心和光伏车棚项目。",
                "四川省机场集团负责人表示，法兰克福机场在能源管理方面经验丰富，此次合作将助力集团所属机场绿色转型。"
                "成都天府国际机场于2021年投运，2025年旅客吞吐量超过5000万人次。"],
         fingerprint="成都天府国际机场于2021年投运",
         must_contain=["地面保障车辆电动化以及可持续航空燃料加注保障等领域"]),
    dict(id="mh02", site="mhnyw", lang="zh", path="/lsmh/202605/t20260515_31386.html", date="2026-05-15",
         title="海南省与空客签署可持续航空燃料产业合作框架协议",
         paras=["5月14日，海南省人民政府与空中客车（中国）有限公司在海口签署可持续航空燃料产业合作框架协议。",
                "根据协议，双方将围绕可持续航空燃料原料收储、生产认证及在海南国际航线上的示范应用开展合作，并共同研究在"
                "洋浦经济开发区建设可持续航空燃料调配中心的可行性。",
                "空客中国有关负责人表示，海南具有自由贸易港政策优势和丰富的生物质资源。",
                "今年以来，空客天津总装线交付的多架飞机已加注含可持续航空燃料的混合燃料。"],
         fingerprint="空客天津总装线交付的多架飞机已加注含可持续航空燃料的混合燃料",
         must_contain=["洋浦经济开发区建设可持续航空燃料调配中心的可行性"]),
    dict(id="mh03", site="mhnyw", lang="zh", path="/lsmh/202607/t20260709_31742.html", date="2026-07-09",
         title="深圳航空发布碳达峰碳中和行动方案",
         paras=["7月8日，深圳航空有限责任公司在深圳发布《深圳航空碳达峰碳中和行动方案》，提出力争2028年前实现二氧化碳"
                "排放达峰，2060年前实现碳中和。",
                "方案明确，深航将加快引进新一代节油机型，推广单发滑行和桥载设备替代APU，逐步扩大可持续航空燃料使用"
                "规模。",
                "2025年，深航单位运输周转量油耗为0.282公斤，较2019年下降4.1%。",
                "深航相关负责人表示，公司将把减排目标分解到各分子公司，每年对执行情况进行评估。"],
         fingerprint="深航单位运输周转量油耗为0.282公斤",
         must_contain=["推广单发滑行和桥载设备替代APU"]),
    dict(id="mh04", site="mhnyw", lang="zh", path="/lsmh/202606/t20260613_31590.html", date="2026-06-13",
         title="民航华北地区管理局调研白塔国际机场绿色机场建设",
         paras=["6月12日，民航华北地区管理局调研组赴呼和浩特白塔国际机场，调研绿色机场建设和可持续航空燃料加注保障能力。",
                "调研组听取了机场关于光伏项目、APU替代设施使用等情况的汇报，并就下一步与燃料供应企业开展合作提出建议。",
                "机场方面表示，将积极争取与相关企业签署合作协议，力争早日具备可持续航空燃料加注条件。"],
         fingerprint="调研组听取了机场关于光伏项目",
         must_contain=["调研绿色机场建设和可持续航空燃料加注保障能力"]),
    dict(id="mh05", site="mhnyw", lang="zh", path="/lsmh/202608/t20260806_31903.html", date="2026-08-06",
         title="山东省港口集团日照港发布绿色港口建设三年行动计划",
         paras=["近日，山东省港口集团日照港发布《绿色港口建设三年行动计划（2026-2028年）》，提出将在石臼港区规划建设"
                "绿色甲醇加注站，并研究开展液氨燃料加注试点。",
                "计划提出，日照港将继续提高岸电设施使用率，扩大新能源集卡和电动拖轮的使用规模。",
                "日照港表示，将适时寻求与国内外燃料生产企业和航运公司建立合作关系。"],
         fingerprint="扩大新能源集卡和电动拖轮的使用规模",
         must_contain=["并研究开展液氨燃料加注试点"]),
    # --- tjport: a port group's bilingual newsroom (RSS) ---------------------------------------------------------
    dict(id="tp01", site="tjport", lang="en", path="/en/news/2026-04/10/c_1187.html", date="2026-04-10",
         title="Tianjin Port Group and Valenciaport sign green port MoU",
         paras=["Tianjin Port (Group) Co., Ltd. and the Port Authority of Valencia (Valenciaport) signed a memorandum "
                "of understanding on green port cooperation in Tianjin on 9 April.",
                "Under the MoU, the two sides will share experience in onshore power supply, hydrogen-powered port "
                "equipment and the bunkering of alternative fuels such as green methanol and ammonia, and will explore "
                "a green shipping corridor between northern China and the western Mediterranean.",
                "The Valencia delegation also visited the smart zero-carbon terminal in the Beijiang Port Area.",
                "\"Valencia and Tianjin face the same question: how to supply the fuels the next generation of ships "
                "will burn,\" the president of the Port Authority of Valencia said at the ceremony."],
         fingerprint="The Valencia delegation also visited the smart zero-carbon terminal",
         must_contain=["hydrogen-powered port equipment"]),
    dict(id="tp02", site="tjport", lang="zh", path="/cn/xwzx/2026-08/20/c_2213.html", date="2026-08-20",
         title="天津港集团与新加坡海事及港务管理局签署绿色数字航运走廊合作备忘录",
         paras=["8月19日，天津港集团与新加坡海事及港务管理局（MPA）在新加坡签署《关于建立天津—新加坡绿色和数字航运走廊"
                "的合作备忘录》。",
                "双方将在甲醇、氨等低碳和零碳燃料加注、港口电气化以及船舶通关数据互认等方面开展合作，推动首批零碳燃料"
                "集装箱船舶在2030年前投入航线运营。",
                "目前，天津港与新加坡港之间开通集装箱航线12条。"],
         fingerprint="天津港与新加坡港之间开通集装箱航线12条",
         must_contain=["港口电气化以及船舶通关数据互认"]),
    dict(id="tp03", site="tjport", lang="en", path="/en/news/2026-09/15/c_1342.html", date="2026-09-15",
         title="Tianjin Port Group publishes carbon roadmap",
         paras=["Tianjin Port Group on 14 September published its carbon peaking and carbon neutrality roadmap, "
                "pledging to cut its carbon emissions by 40 per cent from 2020 levels by 2030 and to achieve carbon "
                "neutrality by 2050.",
                "The roadmap sets out plans to add 60 hydrogen-powered container trucks and to electrify all tugboats "
                "serving the port.",
                "The Beijiang Port Area's smart terminal has run on wind and solar power generated on site since it "
                "opened in 2021."],
         fingerprint="has run on wind and solar power generated on site",
         must_contain=["add 60 hydrogen-powered container trucks"]),
    dict(id="tp04", site="tjport", lang="en", path="/en/news/2026-10/05/c_1371.html", date="2026-10-05",
         title="Tianjin Port completes first ship-to-ship methanol bunkering trial",
         paras=["A methanol dual-fuel container ship took on 300 tonnes of green methanol from a bunkering vessel in the "
                "Beijiang Port Area on 3 October, the first such operation at Tianjin Port, Tianjin Port Group said.",
                "The group said it would work with fuel producers and shipping lines to offer the service regularly "
                "from next year. No supply contract has yet been signed."],
         fingerprint="The group said it would work with fuel producers and shipping lines",
         must_contain=["took on 300 tonnes of green methanol"]),
]
