"""Articles of the ninety-third test web (tests/ninetythirdweb.py), written for issue 17 (a held-out estimate of HONG
KONG GOVERNMENT PRESS RELEASES WITH MAINLAND PARTNERS): agreements signed in front of witnesses ("witnessed the signing
of ... by ..."), a bureau and a department as parties rather than their heads, a national monitoring centre, a
five-city agreement of the Shenzhen metropolitan area under a provincial department's guidance (no party), the SAR's
targets told inside a quote, and pages that sign nothing (a working-group meeting, a forum visit to Macao, a Legco
reply, a consultation). Actors and gatherings no other web uses.

isden: the HKSAR Government's English press releases. isdtc: the same releases in Traditional Chinese (新聞公報).
szeeb: a Shenzhen bureau's portal (Simplified).

Facts: real, with the dates as given: the Hong Kong-Shenzhen Joint Working Group on Environmental Protection meetings
(21 Aug 2023 in Shenzhen, 27 Feb 2024 in Hong Kong, co-chaired by Tse Chin-wan and Vice Mayor Zhang Hua), the
全面深化深港生态环境保护合作协议 signed at the second (the two bureaux, ten tasks over five years, 梧桐河 total
phosphorus down 35.9%, 36 exchanges), Tse's Beijing visit of 16 Jun 2023 (Daxing hydrogen zone, Huang Runqiu, the
marine co-operation arrangement signed by Samuel Chui and Wang Juying), the National Ecology Day ceremony of 15 Aug
2024 (Cheuk Wing-hing, 徐松明, the 梧桐山-紅花嶺 corridor framework agreement, Robin's Nest country park of 1 Mar 2024),
MIECF 2025 (27 Mar 2025, courtesy call on Raymond Tam Vai-man), the Shenzhen metropolitan-area framework agreement of
the five cities' ecology bureaux under the Guangdong department's guidance, the SAR's targets (carbon neutrality
before 2050, half the 2005 emissions by 2035), HKEX's Core Climate (Oct 2022). My choices or inventions: the signing
bodies of the corridor agreement (reported as "with the Shenzhen government"), the day of the metropolitan-area
agreement (reported as 近日), the Legco question and its reply, the 碳普惠 consultation notice and its dates, every
quotation (in my own words), the release numbers and times, the sites' chrome.
"""
from __future__ import annotations

ARTICLES = [
    # --- isden: the HKSAR Government's English press releases ---------------------------------------------------
    dict(id="en01", site="isden", path="/gia/general/202402/27/P2024022700712.htm", date="2024-02-27", time="20:05",
         title="Hong Kong-Shenzhen Joint Working Group on Environmental Protection holds meeting in Hong Kong "
               "(with photos)",
         paras=["The Secretary for Environment and Ecology, Mr Tse Chin-wan, and the Vice Mayor of the Shenzhen "
                "Municipal People's Government, Ms Zhang Hua, leading delegations of the governments of the Hong Kong "
                "Special Administrative Region (HKSAR) and Shenzhen respectively, held the Hong Kong-Shenzhen Joint "
                "Working Group on Environmental Protection meeting in Hong Kong today (February 27).",
                "After the meeting, Mr Tse and Ms Zhang witnessed the signing of the Agreement on Comprehensively "
                "Deepening Shenzhen-Hong Kong Ecological and Environmental Protection Co-operation by the Environment "
                "and Ecology Bureau (EEB) and the Shenzhen Municipal Bureau of Ecology and Environment. The Agreement "
                "sets out ten collaborative tasks for the next five years, covering areas including combating climate "
                "change, the development of the Northern Metropolis, innovation in environmental technology, the "
                "alignment of environmental planning and standards, regional air quality and the building of a "
                "\"waste-free\" bay area.",
                "Various collaboration issues were discussed at the meeting, including landfill management, water "
                "quality improvement and cross-boundary transportation with new energy. With the joint efforts of both "
                "sides, the mean total phosphorus level of the Ng Tung River, the largest tributary of the Shenzhen "
                "River on the Hong Kong side, dropped by about 36 per cent year-on-year.",
                "Mr Tse said, \"The Agreement lays a solid foundation for deeper and broader co-operation between the "
                "two places. Hong Kong strives to achieve carbon neutrality before 2050, and to reduce its total carbon "
                "emissions by half before 2035 compared with the 2005 level. Working hand in hand with Shenzhen on "
                "climate change, green transport and waste management will help both cities contribute to the "
                "country's 'dual carbon' goals.\"",
                "As for cross-boundary goods vehicles using new energy, the two sides will continue to liaise with the "
                "trade and explore a trial of electric goods vehicles on cross-boundary routes.",
                "Also attending the meeting were the Permanent Secretary for Environment and Ecology (Environment), "
                "Miss Janice Tse; the Director of Environmental Protection, Dr Samuel Chui; and representatives of the "
                "Drainage Services Department and the Agriculture, Fisheries and Conservation Department."],
         fingerprint="the mean total phosphorus level of the Ng Tung River",
         must_contain=["witnessed the signing of the Agreement on Comprehensively Deepening"]),
    dict(id="en02", site="isden", path="/gia/general/202306/16/P2023061600655.htm", date="2023-06-16", time="21:30",
         title="SEE visits Beijing (with photos)",
         paras=["The Secretary for Environment and Ecology, Mr Tse Chin-wan, started his visit to Beijing today "
                "(June 16).",
                "In the morning, Mr Tse travelled to the Daxing International Hydrogen Energy Demonstration Zone, and "
                "visited fuel cell production workshops, hydrogen refuelling stations and different types of hydrogen "
                "fuel cell electric vehicles to learn about the latest development of the hydrogen energy industry in "
                "the Mainland.",
                "He then called on the Ministry of Ecology and Environment (MEE) and met the Minister of Ecology and "
                "Environment, Mr Huang Runqiu, to exchange views on ecological and environmental protection. Mr Tse "
                "said that the Bureau hopes to better integrate into the overall development of the country and to "
                "take forward ecological conservation in the Guangdong-Hong Kong-Macao Greater Bay Area together with "
                "Mainland authorities.",
                "After the meeting, Mr Huang and Mr Tse witnessed the signing of the Co-operation Arrangement on "
                "Carrying Out Marine Ecological and Environmental Protection Work by the Director of Environmental "
                "Protection, Dr Samuel Chui, and the Director of the National Marine Environmental Monitoring Center of "
                "the MEE, Dr Wang Juying. The Arrangement strengthens co-operation between the Environmental "
                "Protection Department (EPD) and the Center in marine monitoring, the handling of marine refuse and "
                "the protection of marine ecology.",
                "Mr Tse said, \"Marine environmental protection calls for close regional co-operation. The "
                "Arrangement will allow our colleagues to draw on the Center's expertise in monitoring technology.\"",
                "Mr Tse will meet officials of the National Energy Administration tomorrow morning and return to Hong "
                "Kong in the evening."],
         fingerprint="Daxing International Hydrogen Energy Demonstration Zone",
         must_contain=["Co-operation Arrangement on Carrying Out Marine Ecological and Environmental Protection Work"]),
    dict(id="en03", site="isden", path="/gia/general/202308/21/P2023082100518.htm", date="2023-08-21", time="19:40",
         title="SEE attends Hong Kong-Shenzhen Joint Working Group on Environmental Protection meeting (with photo)",
         paras=["The Secretary for Environment and Ecology, Mr Tse Chin-wan, today (August 21) led a delegation to "
                "attend the Hong Kong-Shenzhen Joint Working Group on Environmental Protection meeting held in Shenzhen "
                "with a view to deepening exchanges and co-operation between the two places.",
                "The meeting was co-chaired by the Vice Mayor of the Shenzhen Municipal People's Government, Ms Zhang "
                "Hua, and Mr Tse. Issues discussed included marine pollution prevention and control, wetland "
                "conservation, water quality improvement, air quality, cross-boundary transportation using new energy "
                "and resources circulation. Both sides reported on the progress of their respective work.",
                "Mr Tse said, \"The HKSAR Government will maintain close contact with the relevant authorities of "
                "Shenzhen and work together to take forward the tasks of the working group.\"",
                "The two sides agreed to hold the next meeting of the working group in Hong Kong early next year.",
                "Also attending the meeting were the Director of Environmental Protection, Dr Samuel Chui, and the "
                "Director of Drainage Services, Ms Alice Pang."],
         fingerprint="The two sides agreed to hold the next meeting of the working group in Hong Kong",
         must_contain=["marine pollution prevention and control, wetland conservation"]),
    dict(id="en04", site="isden", path="/gia/general/202503/27/P2025032700402.htm", date="2025-03-27", time="18:15",
         title="Secretary for Environment and Ecology attends Macao International Environmental Co-operation Forum & "
               "Exhibition (with photos)",
         paras=["The Secretary for Environment and Ecology, Mr Tse Chin-wan, today (March 27) attended the 2025 Macao "
                "International Environmental Co-operation Forum & Exhibition (MIECF) in Macao and officiated at the "
                "opening ceremony alongside officials of the Macao Special Administrative Region (SAR) Government.",
                "The exhibition booth of the Environment and Ecology Bureau presents initiatives of Hong Kong SAR "
                "Government departments and local industries in carbon reduction, energy saving, green buildings, "
                "green transport and community waste reduction.",
                "Mr Tse also paid a courtesy call on the Secretary for Transport and Public Works of the Macao SAR "
                "Government, Mr Raymond Tam Vai-man, to exchange views on environmental subjects and opportunities for "
                "collaboration, such as low-carbon communities and the recycling of waste electrical appliances.",
                "Mr Tse said that the Bureau would continue to explore co-operation with neighbouring regions in the "
                "Greater Bay Area while supporting local innovation and technology.",
                "Mr Tse returned to Hong Kong in the evening."],
         fingerprint="the recycling of waste electrical appliances",
         must_contain=["paid a courtesy call on the Secretary for Transport and Public Works"]),
    dict(id="en05", site="isden", path="/gia/general/202411/13/P2024111300377.htm", date="2024-11-13", time="15:20",
         title="LCQ14: Regional co-operation on carbon markets",
         paras=["Following is a question by the Hon Chan Kwok-wai and a written reply by the Secretary for "
                "Environment and Ecology, Mr Tse Chin-wan, in the Legislative Council today (November 13):",
                "Question:",
                "It has been reported that the Mainland is expanding its national carbon emission trading market. "
                "Will the Government inform this Council whether it has signed any agreement with Guangdong or Macao "
                "on linking carbon markets in the Greater Bay Area, and of the timetable for doing so?",
                "Reply:",
                "President,",
                "The Environment and Ecology Bureau has maintained close liaison with the Department of Ecology and "
                "Environment of Guangdong Province and the Macao SAR Government on carbon market matters. So far, no "
                "agreement on linking carbon markets in the Greater Bay Area has been signed, and there is no "
                "timetable for doing so. The three sides will continue to study the matter.",
                "Since October 2022, Hong Kong Exchanges and Clearing Limited has operated Core Climate, an "
                "international carbon marketplace. The Government will continue to monitor its development and "
                "to exchange views with the relevant Mainland authorities."],
         fingerprint="no agreement on linking carbon markets in the Greater Bay Area has been signed",
         must_contain=["Following is a question by the Hon Chan Kwok-wai"]),

    # --- isdtc: the same releases in Traditional Chinese (新聞公報) --------------------------------------------------
    dict(id="tc01", site="isdtc", path="/gia/general/202402/27/P2024022700713.htm", date="2024-02-27", time="20:05",
         title="港深環保合作專班在港舉行會議（附圖）",
         paras=["環境及生態局局長謝展寰與深圳市人民政府副市長張華今日（二月二十七日）分別率領香港特別行政區政府及深圳市政府"
                "代表團，在香港舉行港深環保合作專班會議。",
                "會後，謝展寰與張華見證環境及生態局與深圳市生態環境局簽署《全面深化深港生態環境保護合作協議》。協議謀劃未來五年"
                "兩地十項協同合作任務，涵蓋應對氣候變化、北部都會區建設、生態環境科技創新、生態環境規劃和標準銜接、區域大氣環境"
                "提升及「無廢灣區」建設等範疇。",
                "會議討論了堆填區管理、改善水質及新能源跨境運輸等合作事宜。在雙方共同努力下，深圳河香港側最大支流梧桐河的總磷"
                "平均值按年下降約三成半。",
                "謝展寰表示：「協議為兩地更深層次、更廣領域的合作奠定堅實基礎。香港致力在2050年前實現碳中和，並在2035年前把"
                "總碳排放量從2005年的水平減半。與深圳在應對氣候變化、綠色運輸及廢物管理方面攜手合作，有助兩地為國家『雙碳』"
                "目標作出貢獻。」",
                "出席會議的還有常任秘書長（環境）謝小華、環境保護署署長徐浩光，以及渠務署和漁農自然護理署的代表。"],
         fingerprint="深圳河香港側最大支流梧桐河的總磷平均值按年下降約三成半",
         must_contain=["謝展寰與張華見證環境及生態局與深圳市生態環境局簽署"]),
    dict(id="tc02", site="isdtc", path="/gia/general/202408/15/P2024081500488.htm", date="2024-08-15", time="17:45",
         title="全國生態日啟動禮暨研討會今日舉行（附圖）",
         paras=["特區政府今日（八月十五日）舉行全國生態日啟動禮暨研討會，由署理政務司司長卓永興主禮，宣布推出一系列特別活動，"
                "鼓勵市民親身體驗香港的自然生態。",
                "儀式上，環境及生態局與深圳市規劃和自然資源局簽署《「深圳梧桐山—香港紅花嶺生態廊道」建設合作框架協議》，"
                "加強兩地在生態連通及保育生物多樣性方面的合作。",
                "紅花嶺郊野公園於今年三月一日成立，面積約530公頃，位於新界沙頭角，北面毗鄰深圳梧桐山風景區，是香港第25個郊野"
                "公園。",
                "卓永興致辭時表示：「做好生態環境保育，深化內地與香港之間的合作十分重要。港深環保合作專班今年二月已簽訂《全面"
                "深化深港生態環境保護合作協議》，今日的框架協議會讓兩地的生態合作更上一層樓。」",
                "深圳市規劃和自然資源局局長徐松明表示，深圳和香港是唇齒相依的生態共同體，今次簽署框架協議是深港雙方深化生態"
                "合作的新起點。",
                "政府預計北大嶼海岸公園將於十一月成立，並正更新《香港生物多樣性策略及行動計劃》。"],
         fingerprint="紅花嶺郊野公園於今年三月一日成立，面積約530公頃",
         must_contain=["深圳梧桐山—香港紅花嶺生態廊道"]),
    dict(id="tc03", site="isdtc", path="/gia/general/202503/27/P2025032700403.htm", date="2025-03-27", time="18:15",
         title="環境及生態局局長出席澳門國際環保合作發展論壇及展覽（附圖）",
         paras=["環境及生態局局長謝展寰今日（三月二十七日）在澳門出席2025澳門國際環保合作發展論壇及展覽，並與澳門特別行政區"
                "政府官員及其他嘉賓主持開幕儀式。",
                "環境及生態局的展位介紹香港特區政府部門及本地業界在減碳、節能、綠色建築、綠色運輸及社區減廢方面的措施。",
                "謝展寰亦拜會了澳門特區政府運輸工務司司長羅立文，就多項環境議題及合作機遇交換意見，包括低碳社區及廢電器回收。",
                "謝展寰表示，環境及生態局會繼續探討與大灣區鄰近地區的合作，同時支持本地創新科技發展。",
                "謝展寰傍晚返抵香港。"],
         fingerprint="包括低碳社區及廢電器回收",
         must_contain=["拜會了澳門特區政府運輸工務司司長羅立文"]),
    dict(id="tc04", site="isdtc", path="/gia/general/202306/16/P2023061600656.htm", date="2023-06-16", time="21:30",
         title="環境及生態局局長訪問北京（附圖）",
         paras=["環境及生態局局長謝展寰今日（六月十六日）開始訪問北京。",
                "謝展寰上午前往大興國際氫能示範區，參觀燃料電池生產車間、加氫站及不同類型的氫燃料電池汽車，了解內地氫能產業的"
                "最新發展。",
                "他其後到訪生態環境部，與生態環境部部長黃潤秋會面，就生態環境保護工作交換意見。",
                "會後，黃潤秋與謝展寰見證環境保護署署長徐浩光與生態環境部國家海洋環境監測中心主任王菊英簽署《關於開展海洋生態"
                "環境保護工作的合作安排》。合作安排加強環境保護署與該中心在海洋監測、海洋垃圾處理及海洋生態保護方面的合作。",
                "謝展寰明日上午會與國家能源局官員會面，傍晚返港。"],
         fingerprint="了解內地氫能產業的最新發展",
         must_contain=["關於開展海洋生態環境保護工作的合作安排"]),

    # --- szeeb: a Shenzhen bureau's portal (Simplified) ---------------------------------------------------------
    dict(id="sz01", site="szeeb", path="/xxgk/gzdt/content/post_11184520.html", date="2024-02-28", time="09:30",
         title="深港签署《全面深化深港生态环境保护合作协议》",
         paras=["2月27日，深圳市副市长张华与香港特别行政区政府环境及生态局局长谢展寰在香港共同召开深港环保合作专班2024年"
                "第一次会议，并见证《全面深化深港生态环境保护合作协议》签署。市政府办公厅、市生态环境局、交通运输局、水务局及"
                "市政府港澳办等部门代表参加会议。",
                "会议探讨了城市固体废物处理处置、美丽河湾建设和新能源跨境运输等深港合作事项，审议通过了深港环保合作专班2023年"
                "工作报告。过去一年，两地开展多层次交流互访36次，协同推动梧桐河总磷均值同比降低35.9%。",
                "双方表示，深圳市生态环境局与香港特别行政区政府环境及生态局签署《合作协议》意义重大，为推进更深层次、更高水平、"
                "更广领域的合作奠定坚实基础。",
                "《合作协议》着眼于应对气候变化、香港北部都会区建设、生态环境科技创新、生态环境规划和标准衔接、美丽河湾建设、"
                "区域大气环境提升、城市生态空间优化、无废湾区建设和宣传教育等领域，全面谋划未来五年深港十大协同合作任务。"],
         fingerprint="协同推动梧桐河总磷均值同比降低35.9%",
         must_contain=["审议通过了深港环保合作专班2023年工作报告"]),
    dict(id="sz02", site="szeeb", path="/xxgk/gzdt/content/post_11309876.html", date="2024-05-23", time="16:10",
         title="深圳都市圈生态环境共保共治框架协议签约",
         paras=["为贯彻落实《深圳都市圈发展规划》，建立健全生态环境合作交流机制，5月22日，在广东省生态环境厅指导下，"
                "深圳市生态环境局在深圳组织召开深圳都市圈生态环境共保共治协调会议，并举行《深圳都市圈生态环境共保共治框架协议》"
                "签约仪式。",
                "深圳市生态环境局、东莞市生态环境局、惠州市生态环境局、河源市生态环境局和汕尾市生态环境局主要负责同志代表五市"
                "签署框架协议。",
                "根据框架协议，五市将在大气污染联防联控、跨界河流水污染协同治理、固体废物跨市转移监管、生态环境执法联动和"
                "应对气候变化等方面加强合作，并轮流召开年度协调会议。",
                "省生态环境厅有关负责同志表示，希望五市以框架协议为抓手，推动都市圈生态环境质量整体提升。"],
         fingerprint="固体废物跨市转移监管、生态环境执法联动",
         must_contain=["深圳都市圈生态环境共保共治框架协议"]),
    dict(id="sz03", site="szeeb", path="/xxgk/tzgg/content/post_11920311.html", date="2025-01-10", time="10:00",
         title="深圳市生态环境局关于公开征求《深圳市碳普惠管理办法（修订征求意见稿）》意见的通知",
         paras=["为进一步完善我市碳普惠体系，鼓励公众和小微企业参与绿色低碳行动，我局起草了《深圳市碳普惠管理办法（修订"
                "征求意见稿）》，现向社会公开征求意见。",
                "征求意见稿明确了碳普惠方法学的申报和备案程序、核证减排量的签发规则以及碳普惠减排量参与碳排放权交易的衔接"
                "安排。",
                "公众可在2025年2月9日前通过电子邮件或信函提出意见和建议。",
                "附件：深圳市碳普惠管理办法（修订征求意见稿）"],
         fingerprint="碳普惠方法学的申报和备案程序",
         must_contain=["现向社会公开征求意见"]),
]
