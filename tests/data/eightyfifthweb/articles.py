"""Articles of the eighty-fifth test web (tests/eightyfifthweb.py), written for issue 17 (a held-out estimate of
SOUTH-SOUTH CLIMATE COOPERATION): memoranda of China's ecology ministry with ministries of Cambodia (a 低碳示范区 in
Preah Sihanouk, told in Chinese and English), Seychelles, Ecuador and Solomon Islands; a provincial department's
memorandum with a Thai agency at an expo; a city-hosted centre's memorandum with a Pacific university at the close of a
training course; partners' neutrality pledges. Handovers of donated equipment (a handover certificate is signed, no
memorandum) and training courses where nothing is signed are no records. Actors no other web uses.

nncc: a ministry-style portal (应对气候变化南南合作网, Simplified). gxnews: an English state-media edition (Guangxi
News, wire datelines). sbgov: a Pacific government's news site (Solomon Islands Government, Media Releases).

Facts. Real as far as I know: the Preah Sihanouk low-carbon demonstration zone cooperation of China and Cambodia;
Cambodia's long-term strategy for carbon neutrality by 2050 (2021); Seychelles' Ministry of Agriculture, Climate Change
and Environment and its NDC (26.4% below business as usual by 2030); China's climate material aid to Cuba, Mozambique
and Pacific countries (solar home systems, street lights); the China-Pacific Island Countries Climate Action
Cooperation Center in Liaocheng (聊城大学); the 20th China-ASEAN Expo (Nanning, 16-19 Sep 2023); Thailand's carbon
neutrality by 2050 and net zero by 2065; ONEP; Solomon Islands' MECDM and its net-zero-by-2050 strategy; Ecuador's
Ministry of Environment, Water and Ecological Transition. Not sure / my choice: every signing day and place, the
signatories, the quantities handed over, and whether each memorandum named here was signed in that form (the
Guangxi-ONEP, Liaocheng-National University of Samoa and MEE-Ecuador memoranda are plausible inventions). Invented:
the three sites, staff, bylines, page times, chrome, every quotation.
"""
from __future__ import annotations

ARTICLES = [
    # --- nncc: a ministry-style portal (Simplified) ----------------------------------------------------------------
    dict(id="zh01", site="nncc", path="/gzdt/202405/t20240502_1072391.html", date="2024-05-02",
         title="中柬签署合作建设西哈努克省低碳示范区谅解备忘录",
         paras=["4月30日，在柬埔寨首相洪玛奈见证下，生态环境部与柬埔寨环境部在金边签署《关于合作建设西哈努克省低碳示范区"
                "的谅解备忘录》。中国驻柬埔寨大使代表生态环境部签字，柬埔寨环境部大臣宜索帕列代表柬方签字。",
                "根据备忘录，中方将在西哈努克省援助建设低碳示范区，提供电动摩托车、太阳能路灯和环境监测设备，帮助当地提升"
                "应对气候变化能力，并为柬方培训应对气候变化管理和技术人员。",
                "宜索帕列表示，示范区将为柬埔寨落实国家自主贡献提供实实在在的帮助。柬埔寨已于2021年发布碳中和长期战略，"
                "提出到2050年实现碳中和。",
                "西哈努克省位于柬埔寨西南部，是柬埔寨最重要的深水港所在地，近年来城市人口和能源需求增长较快。",
                "据介绍，双方还将适时商签示范区项目实施协议，明确物资清单和交付时间表。"],
         fingerprint="西哈努克省位于柬埔寨西南部，是柬埔寨最重要的深水港所在地",
         must_contain=["提供电动摩托车、太阳能路灯和环境监测设备"]),
    dict(id="zh02", site="nncc", path="/gzdt/202403/t20240329_1069805.html", date="2024-03-29",
         title="生态环境部与塞舌尔农业、气候变化与环境部签署应对气候变化南南合作谅解备忘录",
         paras=["3月28日，生态环境部与塞舌尔农业、气候变化与环境部在北京签署《关于应对气候变化物资援助的谅解备忘录》。"
                "生态环境部国际合作司负责人与塞舌尔驻华大使分别代表双方签署。",
                "根据备忘录，中方将向塞方赠送一批光伏发电设备和电动汽车，用于塞舌尔公共机构和外岛社区，并在物资交付后"
                "开展技术培训。双方商定，首批物资将于年内运抵维多利亚港。",
                "塞方表示，作为小岛屿发展中国家，塞舌尔极易受到海平面上升和极端天气影响。塞舌尔更新后的国家自主贡献提出，"
                "到2030年温室气体排放比照常情景减少26.4%。",
                "塞舌尔是生态环境部近年来签署应对气候变化南南合作文件的又一个非洲国家。"],
         fingerprint="塞舌尔是生态环境部近年来签署应对气候变化南南合作文件的又一个非洲国家",
         must_contain=["用于塞舌尔公共机构和外岛社区"]),
    dict(id="zh03", site="nncc", path="/gzdt/202311/t20231116_1058744.html", date="2023-11-16",
         title="中国援助古巴应对气候变化物资交接仪式在哈瓦那举行",
         paras=["11月14日，中国政府援助古巴应对气候变化物资交接仪式在哈瓦那举行。中国驻古巴大使马辉、古巴科技环境部"
                "副部长出席并致辞。",
                "此次交付的物资包括5000套太阳能户用发电系统和一批LED节能灯具，将优先分配给东部山区尚未接入电网的居民。",
                "仪式上，双方代表签署了物资交接证书。马辉表示，中方愿继续在南南合作框架下帮助古巴提升应对气候变化能力。",
                "古方感谢中方在古巴面临能源短缺时提供的宝贵支持，表示将管好用好这批物资。"],
         fingerprint="将优先分配给东部山区尚未接入电网的居民",
         must_contain=["仪式上，双方代表签署了物资交接证书"]),
    dict(id="zh04", site="nncc", path="/gzdt/202406/t20240613_1075210.html", date="2024-06-13",
         title="2024年太平洋岛国应对气候变化能力建设研修班在京开班",
         paras=["6月12日，2024年太平洋岛国应对气候变化能力建设研修班在北京开班。来自汤加、瓦努阿图、基里巴斯、"
                "巴布亚新几内亚和密克罗尼西亚联邦的28名政府官员和技术人员参加。",
                "研修班为期21天，课程涵盖气候变化适应、海岸带保护、可再生能源离网应用和温室气体清单编制等内容，学员还将赴"
                "浙江安吉和广东深圳实地考察。",
                "学员代表在开班式上表示，希望通过研修加强与中方在减缓和适应气候变化领域的合作。",
                "主办方表示，将在研修班结束后与有关国家探讨商签应对气候变化物资援助谅解备忘录的可能性。"],
         fingerprint="学员还将赴浙江安吉和广东深圳实地考察",
         must_contain=["课程涵盖气候变化适应、海岸带保护"]),
    dict(id="zh05", site="nncc", path="/gzdt/202311/t20231127_1059602.html", date="2023-11-27",
         title="太平洋岛国应对气候变化与防灾减灾研修班结业 合作中心与萨摩亚国立大学签署合作备忘录",
         paras=["11月24日，2023年太平洋岛国应对气候变化与防灾减灾研修班在山东聊城结业。为期三周的研修班于11月3日开班，"
                "来自萨摩亚、斐济、所罗门群岛等国的25名学员参加。",
                "结业式上，中国—太平洋岛国应对气候变化合作中心与萨摩亚国立大学签署合作谅解备忘录，双方将在海平面监测、"
                "气候适应型农业和联合培养研究生等方面开展合作。",
                "中国—太平洋岛国应对气候变化合作中心依托聊城大学建设，是我国面向太平洋岛国开展应对气候变化合作的重要平台。",
                "聊城市有关负责同志出席结业式。学员们表示，研修期间的课程和考察让他们对中国绿色低碳发展有了直观认识。"],
         fingerprint="是我国面向太平洋岛国开展应对气候变化合作的重要平台",
         must_contain=["双方将在海平面监测、气候适应型农业和联合培养研究生等方面开展合作"]),
    # --- gxnews: an English state-media edition -------------------------------------------------------------------
    dict(id="en01", site="gxnews", path="/world/2024-05/01/c_4471208.htm", date="2024-05-01",
         title="China, Cambodia ink MOU on low-carbon demonstration zone in Preah Sihanouk",
         paras=["PHNOM PENH, April 30 (Guangxi News) -- China's Ministry of Ecology and Environment and Cambodia's "
                "Ministry of Environment signed a memorandum of understanding here on Tuesday on jointly building a "
                "low-carbon demonstration zone in the coastal province of Preah Sihanouk.",
                "Cambodian Prime Minister Hun Manet witnessed the signing. Under the MOU, China will provide electric "
                "motorcycles, solar street lights and environmental monitoring equipment for the zone and train "
                "Cambodian officials and technicians in climate change management.",
                "\"The zone will help Cambodia turn its climate commitments into action on the ground,\" Environment "
                "Minister Eang Sophalleth said at the ceremony.",
                "Cambodia, one of the countries most vulnerable to climate change in Southeast Asia, aims to achieve "
                "carbon neutrality by 2050 under a long-term strategy it submitted to the United Nations in 2021.",
                "Preah Sihanouk, home to the country's only deep-sea port, has seen rapid growth in population and "
                "power demand in recent years."],
         fingerprint="Preah Sihanouk, home to the country's only deep-sea port",
         must_contain=["train Cambodian officials and technicians in climate change management"]),
    dict(id="en02", site="gxnews", path="/world/2023-09/18/c_4302977.htm", date="2023-09-18",
         title="Guangxi, Thailand sign climate cooperation MOU at China-ASEAN Expo",
         paras=["NANNING, Sept. 17 (Guangxi News) -- The Department of Ecology and Environment of south China's Guangxi "
                "Zhuang Autonomous Region signed a memorandum of understanding on climate change cooperation with "
                "Thailand's Office of Natural Resources and Environmental Policy and Planning (ONEP) on Sunday, on the "
                "sidelines of the 20th China-ASEAN Expo.",
                "The two sides will share experience in low-carbon city planning, mangrove restoration and greenhouse "
                "gas monitoring, and organize joint training for local officials, according to the department.",
                "ONEP is the Thai agency responsible for climate policy. Thailand aims to achieve carbon neutrality by "
                "2050 and net-zero greenhouse gas emissions by 2065.",
                "Guangxi officials said they hoped to sign similar agreements with partners in Malaysia and Indonesia "
                "next year.",
                "The four-day expo, which opened in Nanning on Saturday, is themed on the Belt and Road cooperation "
                "between China and ASEAN member states."],
         fingerprint="ONEP is the Thai agency responsible for climate policy",
         must_contain=["share experience in low-carbon city planning, mangrove restoration"]),
    dict(id="en03", site="gxnews", path="/world/2024-01/19/c_4380511.htm", date="2024-01-19",
         title="China hands over solar home systems to Mozambique",
         paras=["MAPUTO, Jan. 18 (Guangxi News) -- China on Thursday handed over 3,000 solar home systems and 500 "
                "solar street lights to Mozambique's Ministry of Land and Environment as part of its South-South "
                "cooperation on climate change.",
                "The equipment will be installed in rural communities in Gaza and Inhambane provinces that were hit "
                "hard by Cyclone Freddy last year.",
                "The handover certificate was signed by the Chinese ambassador and a Mozambican deputy minister at a "
                "ceremony in the capital.",
                "Mozambique's officials said the country would continue to rely on international support to adapt to "
                "more frequent cyclones and droughts."],
         fingerprint="that were hit hard by Cyclone Freddy last year",
         must_contain=["The equipment will be installed in rural communities in Gaza and Inhambane provinces"]),
    dict(id="en04", site="gxnews", path="/world/2024-10/17/c_4590336.htm", date="2024-10-17",
         title="China, Ecuador sign South-South climate cooperation deal",
         paras=["QUITO, Oct. 16 (Guangxi News) -- China and Ecuador on Wednesday signed a memorandum of understanding "
                "on South-South cooperation on climate change, under which China will donate electric motorcycles and "
                "photovoltaic equipment to the Andean country.",
                "The MOU was inked by the Chinese ambassador on behalf of China's Ministry of Ecology and Environment "
                "and by Ecuador's Minister of Environment, Water and Ecological Transition.",
                "The equipment will be used by park rangers in protected areas, including the Galapagos Islands, "
                "according to the Ecuadorian ministry.",
                "Ecuador was hit this year by its worst drought in six decades, which led to widespread power cuts as "
                "hydropower output fell."],
         fingerprint="Ecuador was hit this year by its worst drought in six decades",
         must_contain=["The equipment will be used by park rangers in protected areas"]),
    # --- sbgov: a Pacific government's news site --------------------------------------------------------------------
    dict(id="sb01", site="sbgov", path="/media-releases/mecdm-china-sign-mou-on-climate-change-cooperation.html",
         date="2023-05-25",
         title="MECDM and China sign MOU on South-South cooperation on climate change",
         paras=["The Ministry of Environment, Climate Change, Disaster Management and Meteorology (MECDM) and the "
                "Ministry of Ecology and Environment of the People's Republic of China have signed a Memorandum of "
                "Understanding on South-South Cooperation on Climate Change.",
                "The MOU was signed on Wednesday 24 May 2023 at the MECDM conference room in Honiara by the Permanent "
                "Secretary of MECDM, Dr Melchior Mataki, and the Chinese Ambassador to Solomon Islands on behalf of the "
                "Ministry of Ecology and Environment.",
                "Under the MOU, China will provide solar power systems, weather observation equipment and early warning "
                "tools to support the Ministry's work in climate change adaptation and disaster risk reduction.",
                "Dr Mataki said the support comes at a critical time as communities across the country face rising sea "
                "levels and stronger cyclones. He added that Solomon Islands remains committed to reaching net zero "
                "emissions by 2050 as set out in its long-term low emission development strategy.",
                "The Ambassador said China will continue to support Pacific island countries in addressing climate "
                "change within the framework of South-South cooperation."],
         fingerprint="Dr Mataki said the support comes at a critical time",
         must_contain=["weather observation equipment and early warning tools"]),
    dict(id="sb02", site="sbgov", path="/media-releases/china-hands-over-climate-change-equipment-to-mecdm.html",
         date="2024-02-09",
         title="China hands over climate change equipment to MECDM",
         paras=["The Government of the People's Republic of China has handed over a consignment of climate change "
                "equipment to the Ministry of Environment, Climate Change, Disaster Management and Meteorology.",
                "The equipment, which includes 40 solar power systems, 20 automatic weather stations and satellite "
                "communication tools, was provided under the Memorandum of Understanding signed between the two "
                "ministries in May last year.",
                "A certificate of handover was signed by the Permanent Secretary and the Chinese Ambassador at a brief "
                "ceremony at the Solomon Islands Meteorological Service headquarters in Honiara on Thursday.",
                "The weather stations will be installed in Makira, Temotu and Choiseul provinces to improve early "
                "warnings for remote communities."],
         fingerprint="The weather stations will be installed in Makira, Temotu and Choiseul provinces",
         must_contain=["satellite communication tools"]),
    dict(id="sb03", site="sbgov", path="/media-releases/officers-complete-climate-training-in-china.html",
         date="2024-07-05",
         title="Officers complete climate change training in China",
         paras=["Six officers from the Ministry of Environment, Climate Change, Disaster Management and Meteorology have "
                "returned home after completing a three-week climate change capacity building course in Beijing.",
                "The course, attended by 28 participants from five Pacific island countries, covered adaptation "
                "planning, coastal protection, off-grid renewable energy and greenhouse gas inventories.",
                "Participants also visited a low-carbon village in Zhejiang province and electric bus operators in "
                "Shenzhen.",
                "The officers said they would share what they learned with colleagues and hoped that the Ministry "
                "would explore further cooperation with Chinese institutions."],
         fingerprint="Participants also visited a low-carbon village in Zhejiang province",
         must_contain=["covered adaptation planning, coastal protection, off-grid renewable energy"]),
]
