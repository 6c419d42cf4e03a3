"""Articles of the ninety-ninth test web (tests/ninetyninthweb.py), written for issue 17 (a held-out estimate of
SOUTH-SOUTH CLIMATE COOPERATION told from both ends): China's ecology ministry's memoranda with Uganda's Ministry of
Water and Environment (materials donation; told in Chinese and by a Ugandan agency) and with Ethiopia's Environmental
Protection Authority (a low-carbon demonstration zone; told in Chinese and by Ethiopia's embassy); Yunnan's ecology
department with Sri Lanka's environment ministry at the China-South Asia Expo; Hunan's ecology department with
Ethiopian Forestry Development at the China-Africa Economic and Trade Expo; the ministry's climate strategy centre
with Uganda's ministry. Pages that conclude nothing: a handover of goods told from both ends (a handover certificate
is signed), a training course, an ambassador's visits ("agreed to explore"). Witnesses (a vice president, ambassadors
who "attended") and signatories are no parties. Actors no other web uses.

stdt: a Chinese ministry-style portal (TRS, Simplified). unanews: a Ugandan English news agency (Uganda News Agency,
wire datelines). etembassy: the news pages of Ethiopia's embassy in Beijing.

Facts. Real as far as I know: Uganda's Ministry of Water and Environment, its minister Sam Cheptoris, Vice President
Jessica Alupo, China's ambassador Zhang Lizhong; Uganda's updated NDC (24.7% below business as usual by 2030) and its
Energy Transition Plan (net zero by 2065); Ethiopia's Environmental Protection Authority and Ethiopian Forestry
Development; ambassadors Tefera Derbew and Zhao Zhiyuan; Ethiopia's updated NDC (68.8% below business as usual by
2030); Sri Lanka's carbon neutrality by 2050 (COP26); NCSC; MEE vice minister Zhao Yingmin; the 9th China-South Asia
Expo (Kunming, 19-24 June 2025) and the 4th China-Africa Economic and Trade Expo (Changsha, 12-15 June 2025) as far as
I remember their days. Not sure / my choice: every memorandum named here (plausible inventions), the signing days,
places and signatories, the goods and quantities handed over, the training course. Invented: the three sites, staff,
bylines, page times, chrome, every quotation.
"""
from __future__ import annotations

ARTICLES = [
    # --- stdt: a Chinese ministry-style portal (TRS, Simplified) ---------------------------------------------------
    dict(id="zh01", site="stdt", path="/xwfb/bmdt/202503/t20250320_1104417.shtml", date="2025-03-20",
         title="生态环境部与乌干达水和环境部签署应对气候变化物资援助谅解备忘录",
         paras=["3月18日，在乌干达副总统杰西卡·阿卢波见证下，生态环境部与乌干达水和环境部在坎帕拉签署《关于应对气候变化"
                "物资援助的谅解备忘录》。中国驻乌干达大使张利忠代表生态环境部签字，乌干达水和环境部部长萨姆·切普托里斯代表"
                "乌方签字。",
                "根据备忘录，中方将向乌方赠送一批太阳能路灯、户用光伏发电系统和自动气象站，用于乌干达北部和东部农村社区，"
                "并为乌方水利、气象和环境部门技术人员举办培训。",
                "切普托里斯表示，乌干达是受气候变化影响最严重的国家之一，近年来洪涝和干旱频发。乌干达更新后的国家自主贡献"
                "提出，到2030年温室气体排放比照常情景减少24.7%；乌干达能源转型计划提出到2065年实现净零排放。",
                "张利忠表示，中方愿同乌方一道落实好备忘录，推动物资尽早运抵并发挥实效。",
                "据了解，双方还将适时商签物资交付的实施安排，明确物资清单和交付时间。"],
         fingerprint="用于乌干达北部和东部农村社区",
         must_contain=["并为乌方水利、气象和环境部门技术人员举办培训"]),
    dict(id="zh02", site="stdt", path="/xwfb/bmdt/202506/t20250623_1117805.shtml", date="2025-06-23",
         title="南博会期间云南省生态环境厅与斯里兰卡环境部签署合作备忘录",
         paras=["第9届中国—南亚博览会于6月19日至24日在昆明举行。6月20日，云南省生态环境厅与斯里兰卡环境部在昆明滇池国际"
                "会展中心签署《应对气候变化能力建设合作谅解备忘录》。",
                "根据备忘录，双方将在低碳城市规划、红树林保护修复和温室气体排放监测等领域开展交流合作，云南方面将每年为斯方"
                "举办一期应对气候变化培训班。",
                "斯里兰卡环境部代表在签约仪式上表示，斯里兰卡已提出到2050年实现碳中和，希望借鉴云南在高原湖泊保护和清洁能源"
                "发展方面的经验。",
                "本届南博会以“团结协作、共谋发展”为主题，吸引了南亚、东南亚等地区的数千家企业参展。",
                "南博会期间，多个州市还与南亚国家地方政府举行了经贸合作洽谈。"],
         fingerprint="希望借鉴云南在高原湖泊保护和清洁能源发展方面的经验",
         must_contain=["红树林保护修复和温室气体排放监测"]),
    dict(id="zh03", site="stdt", path="/xwfb/bmdt/202210/t20221031_998214.shtml", date="2022-10-31",
         title="中国援埃塞俄比亚应对气候变化物资交接仪式在亚的斯亚贝巴举行",
         paras=["10月27日，中国援埃塞俄比亚应对气候变化物资交接仪式在亚的斯亚贝巴举行。中国驻埃塞俄比亚大使赵志远、"
                "埃塞俄比亚环境保护局负责人出席仪式并致辞。",
                "此次移交的物资包括2000套户用太阳能发电系统和300盏太阳能路灯，将分配给阿姆哈拉州和奥罗米亚州的农村学校和"
                "卫生站。",
                "仪式上，双方代表签署了物资交接证书。赵志远表示，这批物资是中方落实应对气候变化南南合作承诺的具体行动。",
                "埃方表示，将尽快完成物资安装，让更多农村居民用上清洁电力。"],
         fingerprint="将分配给阿姆哈拉州和奥罗米亚州的农村学校和卫生站",
         must_contain=["仪式上，双方代表签署了物资交接证书"]),
    dict(id="zh04", site="stdt", path="/xwfb/bmdt/202509/t20250916_1125630.shtml", date="2025-09-16",
         title="2025年发展中国家应对气候变化与低碳发展研修班在天津开班",
         paras=["9月15日，2025年发展中国家应对气候变化与低碳发展研修班在天津开班。来自乌干达、埃塞俄比亚、斯里兰卡、"
                "孟加拉国和赞比亚等国的32名政府官员和技术人员参加研修。",
                "研修班为期两周，课程包括碳市场建设、温室气体清单编制、气候投融资和适应气候变化规划等，学员还将赴河北雄安"
                "新区和天津港实地考察。",
                "国家应对气候变化战略研究和国际合作中心有关负责人在开班式上介绍了中国应对气候变化的政策与行动。",
                "学员们表示，期待通过研修与中方进一步加强合作，今后双方可探讨签署更多合作文件。"],
         fingerprint="学员还将赴河北雄安新区和天津港实地考察",
         must_contain=["课程包括碳市场建设、温室气体清单编制"]),
    dict(id="zh05", site="stdt", path="/xwfb/bmdt/202511/t20251112_1131902.shtml", date="2025-11-12",
         title="生态环境部与埃塞俄比亚环境保护局签署合作建设低碳示范区谅解备忘录",
         paras=["11月11日，生态环境部副部长赵英民与埃塞俄比亚环境保护局局长莱莉丝·内梅在北京签署《关于合作建设阿达玛低碳"
                "示范区的谅解备忘录》。埃塞俄比亚驻华大使特费拉·德尔贝出席签字仪式。",
                "根据备忘录，中方将在阿达玛市援助建设低碳示范区，提供光伏发电设备、电动公交车和环境监测设备，并为埃方培训"
                "低碳发展管理人员。",
                "赵英民表示，埃塞俄比亚是中国在非洲的重要合作伙伴，希望双方以示范区建设为契机，深化应对气候变化南南合作。",
                "莱莉丝表示，埃塞俄比亚正推进气候韧性绿色经济战略，示范区将为埃方探索低碳发展路径提供样板。",
                "会前，赵英民会见了莱莉丝一行，双方就全球气候治理和下一步合作交换了意见。"],
         fingerprint="示范区将为埃方探索低碳发展路径提供样板",
         must_contain=["提供光伏发电设备、电动公交车和环境监测设备"]),
    # --- unanews: a Ugandan English news agency ---------------------------------------------------------------------
    dict(id="ug01", site="unanews", path="/news/environment/uganda-china-sign-mou-on-climate-change-materials-4412",
         date="2025-03-18",
         title="Uganda, China sign MoU on climate change materials",
         paras=["KAMPALA, March 18 (UNA) - Uganda's Ministry of Water and Environment and China's Ministry of Ecology and "
                "Environment on Tuesday signed a memorandum of understanding under which China will donate solar street "
                "lights, household solar systems and automatic weather stations to Uganda.",
                "The MoU was signed in Kampala by Water and Environment Minister Sam Cheptoris and the Chinese Ambassador "
                "to Uganda, Zhang Lizhong, on behalf of China's ecology ministry. Vice President Jessica Alupo witnessed "
                "the signing.",
                "\"Our farmers are already paying the price of floods and long dry spells. These materials will reach "
                "communities in northern and eastern Uganda first,\" Cheptoris said.",
                "Uganda's updated Nationally Determined Contribution targets a 24.7 percent cut in greenhouse gas "
                "emissions below business-as-usual by 2030, while the Energy Transition Plan launched in 2023 sets a "
                "path to net zero emissions by 2065.",
                "Officials said the two ministries would later agree on an implementation arrangement setting out the "
                "delivery schedule."],
         fingerprint="Our farmers are already paying the price of floods and long dry spells",
         must_contain=["automatic weather stations to Uganda"]),
    dict(id="ug02", site="unanews", path="/news/environment/chinese-envoy-tours-weather-station-sites-4587",
         date="2025-07-10",
         title="Chinese envoy tours sites for donated weather stations",
         paras=["LIRA, July 10 (UNA) - The Chinese Ambassador to Uganda, Zhang Lizhong, on Thursday toured sites in Lira "
                "and Soroti districts where automatic weather stations donated by China will be installed.",
                "The equipment is part of the climate change materials China agreed to provide under the memorandum of "
                "understanding signed with the Ministry of Water and Environment in March.",
                "Zhang, who was accompanied by officials of the Uganda National Meteorological Authority, said the first "
                "shipment had arrived in Mombasa and was expected in Kampala next month.",
                "District leaders asked that local technicians be trained to maintain the stations."],
         fingerprint="District leaders asked that local technicians be trained to maintain the stations",
         must_contain=["toured sites in Lira and Soroti districts"]),
    dict(id="ug03", site="unanews", path="/news/environment/ministry-chinese-climate-centre-sign-training-deal-4633",
         date="2025-09-05",
         title="Ministry, Chinese climate centre sign capacity building agreement",
         paras=["KAMPALA, Sept. 4 (UNA) - The Ministry of Water and Environment has signed a cooperation agreement with "
                "China's National Center for Climate Change Strategy and International Cooperation (NCSC) to train "
                "Ugandan officials in greenhouse gas inventories and climate finance.",
                "The agreement was signed on Thursday at the ministry's headquarters in Kampala by the Permanent "
                "Secretary, Alfred Okot Okidi, and NCSC's deputy director general. Minister of State for Environment "
                "Beatrice Anywar attended the ceremony.",
                "Under the agreement, NCSC will host 40 Ugandan officials at courses in China over the next three years "
                "and help the ministry set up a national greenhouse gas inventory system.",
                "Anywar said the training would help Uganda prepare its next climate plan due to the United Nations."],
         fingerprint="help the ministry set up a national greenhouse gas inventory system",
         must_contain=["NCSC will host 40 Ugandan officials at courses in China"]),
    dict(id="ug04", site="unanews", path="/news/environment/officials-return-from-climate-course-in-china-4701",
         date="2025-10-02",
         title="Officials return from low-carbon development course in China",
         paras=["ENTEBBE, Oct. 2 (UNA) - Five officials of the Ministry of Water and Environment and the Uganda National "
                "Meteorological Authority returned home on Wednesday after a two-week course on climate change and "
                "low-carbon development in Tianjin, China.",
                "The course brought together 32 participants from developing countries and covered carbon markets, "
                "greenhouse gas inventories and adaptation planning.",
                "\"We saw how a port city cuts its emissions while it grows,\" said one of the participants.",
                "The officials said Uganda should explore signing further agreements with Chinese institutions on "
                "renewable energy for rural areas."],
         fingerprint="We saw how a port city cuts its emissions while it grows",
         must_contain=["a two-week course on climate change and low-carbon development in Tianjin"]),
    # --- etembassy: Ethiopia's embassy in Beijing (news pages) -------------------------------------------------------
    dict(id="et01", site="etembassy", path="/embassy-news/ethiopia-china-sign-mou-on-adama-low-carbon-zone",
         date="2025-11-12",
         title="Ethiopia and China sign MoU on Adama low-carbon demonstration zone",
         paras=["Beijing, 11 November 2025 - The Environmental Protection Authority of Ethiopia and the Ministry of "
                "Ecology and Environment of the People's Republic of China today signed a Memorandum of Understanding on "
                "jointly building a low-carbon demonstration zone in Adama.",
                "The MoU was signed by Director General Lelise Neme and Vice Minister Zhao Yingmin. Ambassador Tefera "
                "Derbew attended the signing ceremony.",
                "Under the MoU, China will provide photovoltaic equipment, electric buses and environmental monitoring "
                "devices for the zone and train Ethiopian experts in low-carbon development.",
                "Speaking at the ceremony, Ambassador Tefera said the zone would be a showcase of Ethiopia's Climate "
                "Resilient Green Economy strategy. Ethiopia's updated NDC aims to reduce emissions by 68.8 percent "
                "below business-as-usual by 2030.",
                "The Ambassador thanked the Chinese side for its continued support to Ethiopia's green development."],
         fingerprint="The Ambassador thanked the Chinese side for its continued support",
         must_contain=["train Ethiopian experts in low-carbon development"]),
    dict(id="et02", site="etembassy", path="/embassy-news/ambassador-tefera-visits-ncsc", date="2025-04-23",
         title="Ambassador Tefera Derbew visits the National Center for Climate Change Strategy",
         paras=["Beijing, 22 April 2025 - Ambassador Tefera Derbew visited the National Center for Climate Change "
                "Strategy and International Cooperation (NCSC) and held talks with its leadership on South-South "
                "cooperation on climate change.",
                "The two sides discussed capacity building for Ethiopian experts and the possibility of a low-carbon "
                "demonstration zone in Ethiopia, and agreed to explore a memorandum of understanding on the zone.",
                "Ambassador Tefera briefed the Center on Ethiopia's Green Legacy Initiative, under which billions of "
                "seedlings have been planted since 2019.",
                "The NCSC side said it would report the proposal to the Ministry of Ecology and Environment."],
         fingerprint="The NCSC side said it would report the proposal to the Ministry of Ecology and Environment",
         must_contain=["agreed to explore a memorandum of understanding on the zone"]),
    dict(id="et03", site="etembassy", path="/embassy-news/ethiopia-receives-climate-change-materials-from-china",
         date="2022-10-29",
         title="Ethiopia receives climate change materials from China",
         paras=["Addis Ababa, 27 October 2022 - Ethiopia today received household solar systems and solar street lights "
                "donated by the Government of the People's Republic of China under South-South cooperation on climate "
                "change.",
                "The handover certificate was signed by the Environmental Protection Authority and the Chinese Embassy "
                "in Ethiopia at a ceremony attended by Chinese Ambassador Zhao Zhiyuan.",
                "The materials will be distributed to rural schools and health posts in the Amhara and Oromia regions.",
                "Ambassador Teshome Toga said the support reflects the all-weather strategic partnership between the two "
                "countries."],
         fingerprint="The materials will be distributed to rural schools and health posts in the Amhara and Oromia",
         must_contain=["The handover certificate was signed by the Environmental Protection Authority"]),
    dict(id="et04", site="etembassy", path="/embassy-news/ethiopian-forestry-development-hunan-sign-mou",
         date="2025-06-16",
         title="Ethiopian Forestry Development and Hunan sign MoU at China-Africa Expo",
         paras=["Changsha, 13 June 2025 - Ethiopian Forestry Development and the Department of Ecology and Environment of "
                "Hunan Province signed a Memorandum of Understanding on forest carbon and climate adaptation on the "
                "sidelines of the 4th China-Africa Economic and Trade Expo, held in Changsha from 12 to 15 June.",
                "Ambassador Tefera Derbew attended the signing ceremony together with officials of the Hunan Provincial "
                "People's Government.",
                "Under the MoU, the two sides will cooperate on forest carbon measurement, seedling technology and "
                "training of Ethiopian foresters in Hunan.",
                "The Ethiopian delegation also visited companies producing solar panels and electric vehicles in "
                "Changsha."],
         fingerprint="The Ethiopian delegation also visited companies producing solar panels",
         must_contain=["cooperate on forest carbon measurement, seedling technology"]),
]
