"""Articles of the eighty-third test web (tests/eightythirdweb.py), written for issue 17 (a held-out estimate, CHINESE
FIRST, of CITY AND PROVINCE diplomacy on climate): sister-city agreements signed at friendship-city conferences (pairs
listed in one sentence, in Simplified, Traditional and state-media English), a city's 碳达峰 target told in the same
story as its new sister city, a provincial department's memorandum with a Lao province, a think tank's letter of
intent, a capital's sister-city agreement with a carbon-neutrality goal of the partner, Hong Kong's 2050 plan; and
pages that conclude nothing (a 座谈会, a delegation at a conference, a forum, a study visit). Actors no other web uses.

zswb: a municipal foreign-affairs office portal (中山市人民政府外事办公室, GBK). yntoday: a state-media English edition of
Yunnan (datelines, "the two sides inked"). xjsb: a Hong Kong Traditional Chinese paper (香江時報).
"""
from __future__ import annotations

ARTICLES = [
    # --- zswb: a municipal foreign-affairs office portal (Simplified, GBK) ---------------------------------------
    dict(id="zs01", site="zswb", path="/wsdt/202411/t20241121_11863.html", date="2024-11-21",
         title="我市与智利奇廉市缔结友好城市关系",
         paras=["11月19日，2024中国国际友好城市大会在云南昆明举行。大会期间，中山市与智利纽夫莱大区奇廉市签署建立友好"
                "城市关系协议书，奇廉市成为我市第6个国际友好城市。",
                "根据协议书，两市将在经贸、教育、文化、旅游等领域开展交流合作，并把新能源应用、应对气候变化和城市绿色"
                "低碳发展列为合作重点。两市还计划明年就共建光伏储能示范项目签署专项合作备忘录。",
                "本届大会由中国人民对外友好协会和中国国际友好城市联合会共同主办，来自40多个国家的60多个省州和120多个"
                "城市代表参会。大会期间，中外地方政府共签署8份建立友好城市关系协议书。",
                "奇廉市位于智利中南部，是纽夫莱大区首府，农业和食品加工业发达，近年来大力发展太阳能发电。",
                "中山市于2017年入选第三批国家低碳城市试点，在试点工作中提出力争2023年实现碳排放峰值。市外办负责人表示，"
                "下一步将推动两市企业在光伏、储能和新能源汽车领域开展对接，把协议书内容落到实处。"],
         fingerprint="奇廉市位于智利中南部，是纽夫莱大区首府",
         must_contain=["并把新能源应用、应对气候变化和城市绿色低碳发展列为合作重点"]),
    dict(id="zs02", site="zswb", path="/wsdt/202510/t20251024_12907.html", date="2025-10-24",
         title="市友协出席第26届中日韩友好城市交流大会",
         paras=["10月16日，第26届中日韩友好城市交流大会在江苏盐城举办。中山市人民对外友好协会应邀参会，与日韩城市代表及"
                "国内兄弟地市开展交流。",
                "本次大会由中国人民对外友好协会等四方联合主办，中日韩三国450余名嘉宾参会。",
                "会议期间，市友协代表与韩国仁川广域市西区代表座谈，介绍了深中通道通车后中山的区位优势，双方就新能源"
                "汽车、海上风电等绿色产业合作交换了意见，并邀请西区代表团明年访问中山。",
                "市友协代表还与日本鸟取县、千叶县代表就青少年交流和文化合作进行了交谈。",
                "下一步，市友协将积极落实大会成果，推动友城合作意向转化为实际项目。"],
         fingerprint="市友协代表还与日本鸟取县、千叶县代表就青少年交流和文化合作进行了交谈",
         must_contain=["双方就新能源汽车、海上风电等绿色产业合作交换了意见"]),
    dict(id="zs03", site="zswb", path="/wsdt/202503/t20250314_12211.html", date="2025-03-14",
         title="市外办与荷兰驻广州总领事馆举行绿色低碳合作座谈会",
         paras=["3月13日，荷兰驻广州总领事馆商务处一行到访中山，与市外办、市发展改革局、市生态环境局举行绿色低碳合作"
                "座谈会。",
                "座谈会上，荷方介绍了荷兰在海上风电、循环农业和近零碳园区建设方面的经验；我市有关部门介绍了中山碳达峰"
                "工作进展和翠亨新区的产业布局。",
                "双方表示，将共同探讨在中山建设近零碳示范园区的可能性，争取在条件成熟时签署合作意向书。",
                "座谈会后，荷方一行参观了中山市一家光伏组件企业和市城市规划展览馆。"],
         fingerprint="座谈会后，荷方一行参观了中山市一家光伏组件企业和市城市规划展览馆",
         must_contain=["争取在条件成熟时签署合作意向书"]),
    dict(id="zs04", site="zswb", path="/wsdt/202506/t20250612_12503.html", date="2025-06-12",
         title="中山市与哥斯达黎加利蒙市签署友好交流合作备忘录",
         paras=["6月11日，哥斯达黎加利蒙市市长率代表团访问中山。当天下午，中山市与利蒙市在中山签署《友好交流合作"
                "备忘录》。",
                "根据备忘录，双方将在港口物流、热带农业、海岸带生态保护和应对气候变化等领域加强交流，共同开展红树林"
                "修复和蓝碳研究合作。",
                "利蒙市是哥斯达黎加加勒比海沿岸最大的港口城市。哥斯达黎加电力几乎全部来自水电、地热、风电等可再生能源。",
                "代表团在中山期间还考察了岐江新城和神农渔港，并与我市港航企业举行了座谈。"],
         fingerprint="代表团在中山期间还考察了岐江新城和神农渔港",
         must_contain=["共同开展红树林修复和蓝碳研究合作"]),
    # --- yntoday: a state-media English edition of Yunnan -------------------------------------------------------
    dict(id="yn01", site="yntoday", path="/news/2024-11/20/c_8841207.htm", date="2024-11-20",
         title="Eight sister-city pacts inked at friendship cities conference in Kunming",
         paras=["KUNMING, Nov. 19 (Yunnan Today) -- Local governments from China and abroad inked eight agreements on "
                "establishing sister-city or sister-province relations on Tuesday at the 2024 China International "
                "Friendship Cities Conference in Kunming, capital of southwest China's Yunnan Province.",
                "Among them, Hinggan League in north China's Inner Mongolia Autonomous Region and Mongolia's Dornod "
                "Province, Daqing in northeast China's Heilongjiang Province and Chungju in South Korea's North "
                "Chungcheong Province, Zhongshan in south China's Guangdong Province and the Chilean city of Chillan, "
                "as well as Yuanjiang County of Yuxi and the Vang Vieng District of Laos' Vientiane Province inked "
                "agreements to become sister regions and cities.",
                "Under the agreements, the two sides in each pair will expand exchanges in trade, education, tourism and "
                "green and low-carbon development, according to the organizers.",
                "Local governments, institutions and enterprises from home and abroad also signed 16 cooperation "
                "agreements covering talent training, think-tank exchanges, trade and connectivity on the same day.",
                "Kunming and Vientiane, capital of Laos, jointly initiated a China-Laos Railway City Alliance with cities "
                "along the railway, including Yuxi, Pu'er, Chengdu and Chongqing on the Chinese side and Luang Namtha "
                "and Luang Prabang on the Lao side.",
                "Before the conference, 31 Chinese provinces, autonomous regions and municipalities and 541 cities had "
                "established 3,046 pairs of sister-province and sister-city relations with 602 provinces and 1,867 "
                "cities in 147 countries.",
                "The conference, co-founded by the Chinese People's Association for Friendship with Foreign Countries "
                "and the China International Friendship Cities Association, drew representatives of more than 60 "
                "provinces and states and over 120 cities from more than 40 countries."],
         fingerprint="Before the conference, 31 Chinese provinces, autonomous regions and municipalities and 541 cities",
         must_contain=["Under the agreements, the two sides in each pair will expand exchanges in trade"]),
    dict(id="yn02", site="yntoday", path="/news/2024-09/19/c_8790315.htm", date="2024-09-19",
         title="Yunnan, Luang Prabang ink MOU on environmental cooperation",
         paras=["KUNMING, Sept. 18 (Yunnan Today) -- The Department of Ecology and Environment of Yunnan Province and "
                "the Department of Natural Resources and Environment of Laos' Luang Prabang Province inked a memorandum "
                "of understanding on environmental cooperation in Kunming on Wednesday.",
                "Under the MOU, the two sides will work together on green and low-carbon development, climate change "
                "response, biodiversity conservation and environmental monitoring, and hold a working meeting every "
                "year.",
                "The department signed a similar memorandum with the environment department of Laos' Luang Namtha "
                "Province in 2023. The two sides also agreed to explore a joint water quality monitoring program on "
                "Mekong tributaries next year.",
                "Yunnan borders Myanmar, Laos and Vietnam and is linked to Thailand and Cambodia by the Lancang-Mekong "
                "River.",
                "Under its carbon peaking plan, Yunnan aims to peak its carbon dioxide emissions before 2030. Clean "
                "energy already accounts for about 90 percent of the province's installed power capacity, according "
                "to provincial officials."],
         fingerprint="Yunnan borders Myanmar, Laos and Vietnam and is linked to Thailand and Cambodia",
         must_contain=["climate change response, biodiversity conservation and environmental monitoring"]),
    dict(id="yn03", site="yntoday", path="/news/2025-11/20/c_9120448.htm", date="2025-11-20",
         title="Lancang-Mekong local government forum opens in Dali",
         paras=["DALI, Nov. 19 (Yunnan Today) -- The 2025 Forum on Lancang-Mekong Local Government Cooperation wrapped "
                "up in Dali, Yunnan Province, on Wednesday after two days of dialogue among mayors, governors and "
                "business leaders.",
                "The forum, themed \"Subnational Cooperation for a Shared Future\", brought together more than 200 "
                "representatives from 13 Chinese provinces and municipalities and 17 provinces and cities of the five "
                "Mekong countries.",
                "Delegates exchanged views on cross-border tourism, green agriculture and the protection of historic "
                "towns. Several speakers called for closer cooperation on flood warning and climate adaptation along "
                "the river.",
                "The forum was a platform for dialogue and no cooperation documents were signed, organizers said. "
                "They said the next session would be held in Laos."],
         fingerprint="The forum was a platform for dialogue and no cooperation documents were signed",
         must_contain=["Several speakers called for closer cooperation on flood warning and climate adaptation"]),
    dict(id="yn04", site="yntoday", path="/news/2014-07/10/c_5520913.htm", date="2014-07-10",
         title="Yunnan think tank, GGGI sign letter of intent on green growth",
         paras=["KUNMING, July 9 (Yunnan Today) -- The Yunnan Academy of Economy, a think tank under the provincial "
                "development and reform commission, signed a letter of intent with the Global Green Growth Institute "
                "(GGGI) in Kunming on Wednesday.",
                "Under the letter of intent, the Seoul-based GGGI will help the academy draft Yunnan's green growth "
                "action plan for 2016 to 2020, including policy guidance and key projects for the province.",
                "Yunnan, rich in hydropower and biodiversity, ranks among China's less developed provinces in per "
                "capita GDP.",
                "The academy's president said the province needs robust action plans to move toward a green economy."],
         fingerprint="Yunnan, rich in hydropower and biodiversity, ranks among China's less developed provinces",
         must_contain=["will help the academy draft Yunnan's green growth action plan"]),
    # --- xjsb: a Hong Kong Traditional Chinese paper ---------------------------------------------------------
    dict(id="hk01", site="xjsb", path="/content/2018/11/17/CH1811170012.htm", date="2018-11-17",
         title="中國國際友好城市增至2571對",
         paras=["【香江時報訊】（記者 俞穎 武漢報道）為期兩天的2018中國國際友好城市大會15日在湖北武漢開幕，昨日閉幕。"
                "在當日舉行的友好城市（省州）簽約儀式上，我國新增5對友好城市（省州），至此，我國已同世界上136個國家締結了"
                "2571對友好城市（省州）關係。",
                "此次新增的5對友好城市（省州）分別為山西省與蒙古國中戈壁省、山西省與肯尼亞蒙巴薩郡、湖北省武漢市與泰國"
                "曼谷市、甘肅省慶陽市與加拿大魁北克省沙威尼根市、內蒙古自治區烏海市與蒙古國達爾汗烏拉省。",
                "大會還發佈會議成果文件《武漢倡議》，呼籲各國友好城市共同推進生態化建設，加強在應對氣候變化、應用清潔"
                "能源等生態環保領域的交流合作。",
                "大會現場還對中外友好城市進行了表彰，武漢市、江蘇省、廣東省、河南省獲得「國際友好城市特別貢獻獎」。",
                "據悉，中國國際友好城市大會每兩年舉辦一屆，自2008年起已在北京、上海、成都、廣州、重慶舉辦五屆。"],
         fingerprint="大會現場還對中外友好城市進行了表彰",
         must_contain=["加強在應對氣候變化、應用清潔能源等生態環保領域的交流合作"]),
    dict(id="hk02", site="xjsb", path="/content/2012/06/28/CH1206280031.htm", date="2012-06-28",
         title="京哥結為友好城市 聚焦可持續發展",
         paras=["【香江時報訊】為在可持續解決方案、能源效率和文化科技合作方面鋪平道路，北京市與丹麥哥本哈根市日前在北京"
                "簽署友好城市協議。",
                "北京市市長郭金龍與哥本哈根市市長弗蘭克·延森共同簽署協議時表示，兩市結好是落實兩國領導人會談共識的具體"
                "實踐，將為兩市未來合作奠定堅實基礎。",
                "兩座首都城市在可持續發展方面有共同利益。哥本哈根市提出在2025年成為全球第一個碳中和首都，被視為檢驗"
                "綠色發展模式的理想之地。",
                "分析人士認為，北京可借鑑哥本哈根在區域供熱、自行車交通和廢物焚燒發電方面的經驗。"],
         fingerprint="北京可借鑑哥本哈根在區域供熱、自行車交通和廢物焚燒發電方面的經驗",
         must_contain=["兩座首都城市在可持續發展方面有共同利益"]),
    dict(id="hk03", site="xjsb", path="/content/2025/08/22/CH2508220047.htm", date="2025-08-22",
         title="海南代表團赴新加坡考察低碳島建設",
         paras=["【香江時報訊】海南省發展和改革委員會率領的代表團日前結束對新加坡為期四天的考察，先後參觀了裕廊島能源"
                "化工園區、濱海堤壩和新加坡國立大學的低碳建築實驗室。",
                "代表團與新加坡環境及水源部、陸路交通管理局的官員舉行座談，就新能源汽車推廣、碳捕集和「清潔能源島」"
                "建設交換意見。",
                "雙方表示，將保持溝通，探討在海南自由貿易港框架下開展低碳合作的可能。此次考察未簽署合作文件。",
                "海南於2019年起推進清潔能源島建設，並提出全島禁售燃油汽車的時間表。"],
         fingerprint="此次考察未簽署合作文件",
         must_contain=["就新能源汽車推廣、碳捕集和「清潔能源島」建設交換意見"]),
    dict(id="hk04", site="xjsb", path="/content/2021/10/09/CH2110090008.htm", date="2021-10-09",
         title="特區政府公布氣候行動藍圖 2050年前實現碳中和",
         paras=["【香江時報訊】特區政府昨日公布《香港氣候行動藍圖2050》，訂下在2050年前實現碳中和的目標，並力爭在2035年前"
                "把香港的碳排放量從2005年的水平減半。",
                "藍圖提出淨零發電、節能綠建、綠色運輸和全民減廢四大減碳策略。政府計劃在2035年前不再使用煤作日常發電，"
                "並把可再生能源在發電燃料組合中的比例提升至7.5%至10%。",
                "環境局局長表示，未來15至20年將投放約2400億元推行各項減緩及適應氣候變化的措施。",
                "環保團體歡迎藍圖，但認為中期目標仍有提升空間。香港的人均碳排放量已由2014年的高峰約6.2公噸下降至2020年"
                "的約4.5公噸。"],
         fingerprint="環保團體歡迎藍圖，但認為中期目標仍有提升空間",
         must_contain=["訂下在2050年前實現碳中和的目標"]),
]
