"""Articles of the hundred-first test web (tests/hundredfirstweb.py), written for issue 17 (a held-out estimate of
US STATES AND CITIES WITH CHINESE PROVINCES AND CITIES): a US state governor's newsroom (Hawaii), a Chinese provincial
foreign-affairs office portal (山西省人民政府外事办公室) and a US city network's WordPress blog, about clean-energy and
zero-emission cooperation: Hawaii's letter of intent with the China Council for the Promotion of International Trade
(November 2011, after APEC's Hawaii-China CEO forum), the memorandums Shanxi's delegation signed with Hawaii and West
Virginia (May 2013), Portland's zero-emission bus memorandum with its sister city Suzhou, the targets beside them, and
pages that conclude nothing (a forum announced, a sister-state anniversary, a video exchange, a visit, a webinar, a
work plan). Actors no other web uses.

The frames are real (the 2011 letter of intent, the Shanxi delegation's visit to Hawaii and West Virginia in May 2013
to sign memorandums with both, the Hawaii-Hainan and Portland-Suzhou sister ties, Hawaii's Clean Energy Initiative,
Portland's 2015 Climate Action Plan); officials' names, days and some bilateral details are written for the test and
stand for a kind of sentence, not for a record to look up.

hawaiigov: the Office of the Governor, State of Hawaii (English, "###", "About the Hawaii Clean Energy Initiative",
a paginated listing). sxfao: 山西省人民政府外事办公室 (GBK labelled gb2312, a sitemap). citynet: the Sister Cities
Climate Exchange blog (WordPress, RSS).
"""
from __future__ import annotations

ABOUT_HCEI = ("About the Hawaii Clean Energy Initiative: Launched in 2008 as a partnership between the State of Hawaii "
              "and the U.S. Department of Energy, the initiative works to reduce the state's dependence on imported "
              "fossil fuels. More at energy.hawaii.gov.")

ARTICLES = [
    # --- hawaiigov: the Office of the Governor's news releases ---------------------------------------------------
    dict(id="hi01", site="hawaiigov", path="/2011/11/governor-signs-clean-energy-letter-of-intent-with-ccpit/",
         date="2011-11-14",
         title="Governor Abercrombie, China trade council sign clean energy letter of intent",
         paras=["HONOLULU \u2013 Governor Neil Abercrombie on Sunday night signed a Letter of Intent with Yu Ping, "
                "Vice Chairman of the China Council for the Promotion of International Trade (CCPIT), to pursue clean "
                "energy business projects in Hawaii. The document was signed at Washington Place hours after the "
                "APEC Hawaii-China CEO Forum, \u201cTransforming to Clean Energy,\u201d closed at the State Capitol.",
                "Under the letter, the State of Hawaii and CCPIT will identify Chinese firms able to invest in solar, "
                "ocean energy and electric vehicle infrastructure projects in the islands and will organize a "
                "business delegation to Honolulu next year.",
                "\u201cWe set out to do business with China, and this weekend we took a first step toward mutual "
                "economic growth in clean energy,\u201d Governor Abercrombie said. \u201cHawaii sends billions of "
                "dollars overseas every year for oil. Every dollar we keep at home is a dollar for our people.\u201d",
                "Hawaii imports about 90 percent of the energy it uses. Under the Hawaii Clean Energy Initiative, the "
                "state aims to meet 70 percent of its energy needs with clean energy by 2030, with 40 percent coming "
                "from local renewable sources and 30 percent from efficiency gains.",
                "Representatives of the Department of Business, Economic Development and Tourism and the State "
                "Energy Office attended the signing.",
                "###", ABOUT_HCEI],
         fingerprint="and will organize a business delegation to Honolulu next year",
         must_contain=["to pursue clean energy business projects in Hawaii"]),
    dict(id="hi02", site="hawaiigov", path="/2013/05/hawaii-and-shanxi-sign-memorandum/", date="2013-05-30",
         title="Hawaii and China's Shanxi Province sign memorandum on energy and environment",
         paras=["HONOLULU \u2013 Governor Neil Abercrombie and Yuan Chunqing, Communist Party Secretary of Shanxi "
                "Province, signed a memorandum of understanding on Wednesday at the State Capitol that opens "
                "cooperation between Hawaii and the coal-rich northern Chinese province in energy conservation, "
                "clean energy technology and environmental protection.",
                "The memorandum also covers tourism promotion, urban planning and exchanges between universities. "
                "Shanxi produces about a quarter of China's coal and is looking to islands such as Oahu for "
                "experience with solar and grid integration, Secretary Yuan said.",
                "\u201cHawaii has a great deal to learn from Shanxi's industrial strength, and Shanxi has an interest "
                "in what we are doing to free ourselves from imported oil,\u201d Governor Abercrombie said.",
                "The Shanxi delegation continues to West Virginia later this week.",
                "###", ABOUT_HCEI],
         fingerprint="The Shanxi delegation continues to West Virginia later this week",
         must_contain=["signed a memorandum of understanding on Wednesday at the State Capitol"]),
    dict(id="hi03", site="hawaiigov", path="/2012/09/hainan-sister-state-twentieth-anniversary/", date="2012-09-21",
         title="Governor welcomes Hainan delegation for 20th sister-state anniversary",
         paras=["HONOLULU \u2013 Governor Neil Abercrombie today welcomed a delegation from Hainan Province led by "
                "Vice Governor Chen Cheng to mark the 20th anniversary of the sister-state relationship between "
                "Hawaii and Hainan, which began in 1992.",
                "The two sides discussed renewable energy on islands, ocean science and tourism, and agreed to keep "
                "in close touch on possible cooperation in clean transportation. No new agreement was signed.",
                "\u201cTwo island economies face the same question: how to power our communities without shipping "
                "in fuel,\u201d the Governor said at a luncheon at Washington Place.",
                "The delegation will visit the Natural Energy Laboratory of Hawaii Authority in Kona before "
                "returning to Haikou.",
                "###", ABOUT_HCEI],
         fingerprint="before returning to Haikou",
         must_contain=["to mark the 20th anniversary of the sister-state relationship"]),
    dict(id="hi04", site="hawaiigov", path="/2011/11/state-capitol-to-host-clean-energy-ceo-forum/",
         date="2011-11-08",
         title="State Capitol to host APEC clean energy forum with Chinese business leaders",
         paras=["HONOLULU \u2013 The House of Representatives chamber at the State Capitol will host the APEC "
                "Hawaii-China CEO Forum, \u201cTransforming to Clean Energy,\u201d on Sunday, November 13, during "
                "APEC Leaders' Week.",
                "Speakers from the China Council for the Promotion of International Trade, the State Energy Office "
                "and U.S. Pacific Command will discuss financing for renewable energy in island grids. Organizers "
                "expect about 150 participants.",
                "Governor Abercrombie said he hopes the forum will lead to clean energy investment in Hawaii but that "
                "no agreements are planned for the day.",
                "The forum is open to the media. Registration closes Thursday.",
                "###", ABOUT_HCEI],
         fingerprint="Registration closes Thursday",
         must_contain=["will discuss financing for renewable energy in island grids"]),

    # --- sxfao: 山西省人民政府外事办公室 (GBK) ----------------------------------------------------------------------
    dict(id="sx01", site="sxfao", path="/wsdt/201306/t20130603_1187.shtml", date="2013-06-03",
         title="袁纯清率山西省代表团访问美国夏威夷州和西弗吉尼亚州",
         paras=["应美国夏威夷州州长阿伯克龙比和西弗吉尼亚州州长汤姆林邀请，省委书记袁纯清率山西省代表团于5月28日至31日"
                "访问美国夏威夷州和西弗吉尼亚州。",
                "5月29日，袁纯清与阿伯克龙比在檀香山签署《山西省与美国夏威夷州合作备忘录》。根据备忘录，双方将在节能环保、"
                "清洁能源、城市建设和旅游等领域开展交流合作。",
                "5月31日，袁纯清与汤姆林在西弗吉尼亚州首府查尔斯顿签署《山西省与美国西弗吉尼亚州合作备忘录》，双方将重点"
                "推进煤炭清洁利用、煤层气开发和二氧化碳捕集与封存技术合作。",
                "袁纯清表示，山西与西弗吉尼亚州都是产煤大州（省），产业结构相似，在能源领域合作空间广阔。",
                "访问期间，代表团还参观了西弗吉尼亚大学国家能源技术研究中心和一家页岩气企业。"],
         fingerprint="代表团还参观了西弗吉尼亚大学国家能源技术研究中心和一家页岩气企业",
         must_contain=["袁纯清与阿伯克龙比在檀香山签署"]),
    dict(id="sx02", site="sxfao", path="/wsdt/202106/t20210617_5521.shtml", date="2021-06-17",
         title="我省与美国地方政府举行应对气候变化视频交流会",
         paras=["6月16日，省外办与美国有关州和城市举行应对气候变化视频交流会，省发展改革委、省能源局、太原市有关负责同志"
                "参加。",
                "双方介绍了各自在煤电清洁化改造、分布式光伏和新能源汽车推广等方面的做法，并就下一步交流合作进行了探讨。",
                "美方表示，希望适时组织州议员和企业代表团访晋。双方同意保持沟通，待条件成熟时再商签合作文件。",
                "省外办负责同志表示，地方合作是中美关系的重要基础。"],
         fingerprint="地方合作是中美关系的重要基础",
         must_contain=["双方同意保持沟通，待条件成熟时再商签合作文件"]),
    dict(id="sx03", site="sxfao", path="/wsdt/201610/t20161025_3302.shtml", date="2016-10-25",
         title="美国西弗吉尼亚州经贸代表团访问太原",
         paras=["10月24日，美国西弗吉尼亚州商务厅代表团一行8人访问太原。副省长会见了代表团。",
                "双方回顾了2013年两省州签署合作备忘录以来在煤炭清洁利用领域的交流成果，并就煤层气开发和矿区生态修复进行了"
                "座谈。",
                "代表团还考察了太原市的燃气发电项目和一家煤机装备企业。此访未签署新的合作协议。"],
         fingerprint="代表团还考察了太原市的燃气发电项目和一家煤机装备企业",
         must_contain=["并就煤层气开发和矿区生态修复进行了座谈"]),
    dict(id="sx04", site="sxfao", path="/wsdt/201911/t20191108_4410.shtml", date="2019-11-08",
         title="省外办召开对美友好省州交流工作座谈会",
         paras=["11月7日，省外办召开对美友好省州交流工作座谈会，总结我省与夏威夷州、西弗吉尼亚州等美国州的交流情况，研究"
                "部署下一步工作。",
                "会议提出，明年将争取与夏威夷州续签合作备忘录，并推动在新能源汽车、储能等领域形成务实合作项目清单。",
                "会议要求，各市要积极对接美国友好城市，力争到2025年新增3对以上以绿色低碳为重点的国际友好城市。"],
         fingerprint="研究部署下一步工作",
         must_contain=["明年将争取与夏威夷州续签合作备忘录"]),

    # --- citynet: the Sister Cities Climate Exchange blog (WordPress) ------------------------------------------
    dict(id="cn01", site="citynet", path="/2018/09/20/portland-suzhou-zero-emission-bus-memorandum/",
         date="2018-09-20",
         title="Portland and Suzhou put zero-emission buses at the heart of 30 years of friendship",
         paras=["Thirty years after Portland, Oregon and Suzhou became sister cities, the two have a climate "
                "instrument to show for it. On Tuesday, September 18, Portland Mayor Ted Wheeler and Suzhou Vice "
                "Mayor Cao Houde signed a memorandum of understanding in Suzhou on zero-emission buses, charging "
                "depots and transit electrification.",
                "Under the memorandum, TriMet and Suzhou's bus operator will share data from their battery-electric "
                "bus pilots, and city engineers will swap notes on depot charging and on the grid upgrades that go "
                "with it.",
                "Portland's 2015 Climate Action Plan calls for cutting local carbon emissions 40 percent below 1990 "
                "levels by 2030 and 80 percent by 2050. Suzhou, for its part, pledged in 2016 to peak its carbon "
                "emissions by 2020, a decade ahead of China's national goal.",
                "\u201cOur buses are the first place where residents see climate policy every day,\u201d Wheeler "
                "said after the signing.",
                "The delegation returns to Oregon on Friday. We'll post slides from the transit sessions next week."],
         fingerprint="We'll post slides from the transit sessions next week",
         must_contain=["signed a memorandum of understanding in Suzhou on zero-emission buses"]),
    dict(id="cn02", site="citynet", path="/2021/04/29/webinar-recap-ev-charging-in-sister-cities/",
         date="2021-04-29",
         title="Webinar recap: EV charging lessons from U.S. and Chinese sister cities",
         paras=["More than 120 people joined our webinar on Tuesday on public charging for electric vehicles, with "
                "speakers from Honolulu, Tucson and three Chinese cities.",
                "Panelists compared curbside charging rules, utility tariffs for bus depots and how to site fast "
                "chargers in older neighborhoods. Nobody signed anything \u2014 this was a learning session.",
                "Several participants said they would like to explore a joint charging-data pilot. We will report "
                "back if that turns into a formal partnership.",
                "The recording and slides are on our resources page."],
         fingerprint="The recording and slides are on our resources page",
         must_contain=["Panelists compared curbside charging rules"]),
    dict(id="cn03", site="citynet", path="/2022/06/14/honolulu-zhongshan-twenty-five-years/", date="2022-06-14",
         title="Honolulu and Zhongshan mark 25 years as sister cities",
         paras=["Honolulu and Zhongshan, in Guangdong, marked 25 years as sister cities last week with a video call "
                "between city council members and a photo exhibition at Honolulu Hale.",
                "Speakers on both sides pointed to shared interests in coastal resilience, solar power and electric "
                "buses. No new agreement was signed, but both cities said they want the next 25 years to be greener.",
                "Zhongshan is the hometown of Sun Yat-sen, who went to school in Honolulu in the 1880s."],
         fingerprint="who went to school in Honolulu in the 1880s",
         must_contain=["marked 25 years as sister cities last week"]),
    dict(id="cn04", site="citynet", path="/2023/01/10/our-2023-2025-work-plan/", date="2023-01-10",
         title="Our 2023-2025 work plan: more city-to-city climate partnerships",
         paras=["Our board has adopted a work plan for 2023 to 2025. It sets out what we hope to help member cities "
                "achieve with their partners in China and elsewhere.",
                "The plan aims to broker at least five new sister-city climate memorandums by 2025 and to run four "
                "peer exchanges a year on building electrification and zero-emission transit.",
                "The plan is a statement of intent, not a commitment by any city. Member cities set their own targets.",
                "Comments are welcome until February 15."],
         fingerprint="Comments are welcome until February 15",
         must_contain=["The plan aims to broker at least five new sister-city climate memorandums by 2025"]),
]
