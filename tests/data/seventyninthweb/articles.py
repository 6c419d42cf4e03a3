"""Articles of the seventy-ninth test web (tests/seventyninthweb.py), written for issue 17 (a held-out estimate on
STATE-PROVINCE cooperation): Michigan and Iowa with Hebei Province, their agencies (the Michigan Agency for Energy,
the Iowa Economic Development Authority) and Hebei's departments (发展和改革委员会, 商务厅) as parties, a governor's
investment mission, a letter of intent, a state's own targets restated (Michigan's 15 percent by 2021, 28 percent
below 1990 by 2025 and neutrality by 2050, 26-28 percent below 2005 by 2025, 50 and 60 percent renewables by 2030 and
2035), Zhangjiakou's renewable shares, and pages that conclude nothing (a forum, a visit, a work plan, a soybean
purchase deal). Actors no other web uses.

migov: a US state governor's press office (Michigan). hebgov: a Chinese provincial government portal (河北省人民政府,
served as GBK bytes labelled gb2312, found through a sitemap). courier: an English regional newspaper (found through
an RSS feed).

Real: the Michigan-Hebei memorandum signed by Rick Snyder and Xu Qin in Beijing (31 July 2017, at the start of
Snyder's investment mission of 30 July-7 August) and its fields; the Michigan-Guangdong Exchange Forum and the
roundtable with 15 companies (1 August 2017); Michigan's 2016 energy laws (15 percent by 2021, the 35 percent goal
by 2025); Executive Directive 2020-10 (23 September 2020: carbon neutrality by 2050, 28 percent below 1990 by 2025)
and Michigan's U.S. Climate Alliance pledge (26-28 percent below 2005 by 2025, Executive Directive 2019-12); the 2023
clean energy laws (50 percent renewables by 2030, 60 percent by 2035, 100 percent clean by 2040); Iowa-Hebei sister
state ties since 1983; the Zhangjiakou renewable energy demonstration zone and its 2015 plan (figures as remembered).
Invented: the Michigan Agency for Energy-Hebei DRC letter of intent and its signatories, the 2018 Hebei delegation to
Lansing, the IEDA-Hebei Department of Commerce memorandum of October 2018 and Vice Governor Liu Zhendong (刘振东), the work plan, the soybean deal's details,
all quotes, the three sites, their staff and chrome.
"""
from __future__ import annotations

ARTICLES = [
    # --- migov: the Michigan governor's press office -------------------------------------------------------------
    dict(id="mi01", site="migov", path="/governor/news/2017/07/31/snyder-hebei-memorandum.html", date="2017-07-31",
         title="Gov. Snyder signs memorandum with Hebei Province to expand cooperation on clean energy and mobility",
         paras=["BEIJING - Gov. Rick Snyder today signed a memorandum of understanding with Governor Xu Qin of Hebei "
                "Province, opening a formal relationship between Michigan and the province of 75 million people that "
                "surrounds Beijing in clean energy, automotive technology, agriculture, bioscience and tourism.",
                "The signing came on the second day of the governor's ninth investment mission to China, which runs "
                "through Aug. 7 and will take the Michigan delegation to Guangzhou, Shanghai and Nanchang.",
                "\"Hebei is working hard to clean up its air and build new industries, and Michigan has the "
                "engineers, the automotive know-how and the energy companies to help,\" Snyder said. \"This "
                "memorandum gives our agencies and our businesses a framework to turn conversations into projects.\"",
                "Under the memorandum, the two governments will form a working group that meets once a year, "
                "exchange delegations on clean energy and advanced vehicles and encourage investment in both "
                "directions. The memorandum does not commit either side to any funding.",
                "In a separate ceremony, Valerie Brader, executive director of the Michigan Agency for Energy (MAE), "
                "and Zhao Wenyi, deputy director of the Hebei Provincial Development and Reform Commission, put "
                "their names to a letter of intent on energy efficiency in buildings, grid-scale energy storage and "
                "the integration of wind and solar power. MAE expects to host a technical delegation from Hebei in "
                "Lansing next spring.",
                "Michigan's energy laws, which Snyder signed in December 2016, raise the state's renewable "
                "portfolio standard to 15 percent by 2021 and set a goal of meeting 35 percent of the state's energy "
                "needs through renewable energy and energy waste reduction by 2025.",
                "Earlier in the day, the governor met executives of Chinese automakers and suppliers to discuss "
                "investment in Michigan. Between January 2010 and July 2017, Chinese companies invested $1.1 billion "
                "in new business projects in Michigan, creating 5,475 jobs.",
                "Hebei is home to Zhangjiakou, co-host of the 2022 Winter Olympics and a national renewable energy "
                "demonstration zone. Michigan's sister-state relationship in China has been with Sichuan Province "
                "since 1982."],
         fingerprint="MAE expects to host a technical delegation from Hebei in Lansing next spring",
         must_contain=["Under the memorandum, the two governments will form a working group that meets once a year"]),
    dict(id="mi02", site="migov", path="/governor/news/2017/08/02/snyder-guangdong-exchange-forum.html",
         date="2017-08-02",
         title="Gov. Snyder makes Michigan's case at Guangdong exchange forum and investment roundtable",
         paras=["GUANGZHOU - Gov. Rick Snyder on Tuesday took part in the Michigan-Guangdong Exchange Forum and "
                "an investment roundtable with executives from 15 Chinese companies, telling them there is no better "
                "place in North America for Chinese companies to expand than Michigan.",
                "The forum included breakout sessions on trade, agriculture, tourism and education. Michigan "
                "companies in the delegation met potential buyers of auto parts, cherries and dairy products.",
                "\"With 70 percent of global automotive research and development happening in Michigan, we are "
                "making the case to every executive we meet,\" Snyder said. \"These relationships take years to "
                "build, and we are in it for the long term.\"",
                "No new agreements were signed at the forum. The governor's office said several of the companies "
                "had asked for follow-up meetings in Michigan this fall.",
                "In 2016, Michigan ranked second in the nation for the number of investment projects from China "
                "and third for the number of jobs those projects created.",
                "The governor travels to Shanghai on Thursday."],
         fingerprint="several of the companies had asked for follow-up meetings in Michigan this fall",
         must_contain=["No new agreements were signed at the forum."]),
    dict(id="mi03", site="migov", path="/governor/news/2018/05/17/hebei-energy-delegation-lansing.html",
         date="2018-05-17",
         title="Hebei energy delegation visits Lansing and Grand Rapids to study building efficiency",
         paras=["LANSING - A 12-member technical delegation from the Hebei Provincial Development and Reform "
                "Commission spent three days in Lansing and Grand Rapids this week, meeting staff of the Michigan "
                "Agency for Energy and touring a community solar garden and a battery storage test site.",
                "The visit follows the letter of intent the agency and the commission signed in Beijing last July. "
                "Delegation members studied Michigan's commercial building energy code and how utilities here plan "
                "for storage on the grid.",
                "The two sides agreed to draft a joint work plan on building energy codes and storage pilots for "
                "review by the end of the year. No agreement was signed during the visit.",
                "\"Our colleagues from Hebei asked hard questions, and we learned as much as they did,\" said an "
                "MAE spokesperson. \"A work plan will tell us whether there are projects we can do together.\"",
                "Michigan utilities have announced plans to close several coal plants over the next decade."],
         fingerprint="Our colleagues from Hebei asked hard questions, and we learned as much as they did",
         must_contain=["No agreement was signed during the visit."]),
    dict(id="mi04", site="migov", path="/governor/news/2020/09/23/whitmer-carbon-neutral-michigan.html",
         date="2020-09-23",
         title="Governor Whitmer signs executive directive and order to make Michigan carbon-neutral by 2050",
         paras=["LANSING - Governor Gretchen Whitmer today signed Executive Directive 2020-10 and Executive Order "
                "2020-182, putting Michigan on a path to economy-wide carbon neutrality no later than 2050 and "
                "creating the MI Healthy Climate Plan.",
                "Under the directive, the state will aim for a 28 percent reduction in greenhouse gas emissions "
                "below 1990 levels by 2025. The order creates a Council on Climate Solutions within the Department "
                "of Environment, Great Lakes, and Energy (EGLE) to draw up the plan.",
                "\"The science is clear: climate change is already hurting our health, our economy and our "
                "families,\" Whitmer said. \"We are setting a goal and we will relentlessly pursue it.\"",
                "Last year, with Executive Directive 2019-12, Michigan joined the U.S. Climate Alliance and "
                "committed to pursue a 26 to 28 percent reduction below 2005 levels in greenhouse gas emissions "
                "by 2025.",
                "The directive also asks the Department of Treasury to set up an Energy Transition Impact Project "
                "for communities where power plants close. Michigan's greenhouse gas emissions fell about 20 percent "
                "between 2005 and 2017, according to EGLE.",
                "Michigan becomes the ninth state to commit to full carbon neutrality."],
         fingerprint="Michigan becomes the ninth state to commit to full carbon neutrality",
         must_contain=["creating the MI Healthy Climate Plan"]),

    # --- hebgov: the Hebei provincial government portal (GBK, gb2312 label, sitemap) ---------------------------------
    dict(id="hb01", site="hebgov", path="/hbzwdt/2017/08/01/art_3124_58821.html", date="2017-08-01",
         title="许勤会见美国密歇根州州长斯奈德",
         source="河北日报",
         paras=["7月31日，省长许勤在北京会见了美国密歇根州州长里克·斯奈德一行。",
                "许勤表示，河北与密歇根州产业互补性强，合作潜力巨大。河北正在大力推进大气污染防治和产业转型升级，"
                "希望双方在清洁能源、新能源汽车、现代农业和生物医药等领域深化务实合作，推动更多合作项目落地。",
                "斯奈德表示，密歇根州是美国汽车工业的中心，愿与河北加强在汽车技术、清洁能源等领域的交流合作。",
                "会见后，许勤与斯奈德共同签署了《河北省人民政府与美国密歇根州政府合作谅解备忘录》。"
                "根据备忘录，双方将建立年度工作会商机制，定期互派代表团。",
                "同日，在双方省长、州长见证下，省发展改革委与密歇根州能源署签署了建筑节能与储能合作意向书。",
                "据介绍，“十三五”期间，河北省将大力发展风电、光伏等可再生能源，到2020年全省非化石能源占能源消费"
                "总量的比重达到7%左右。",
                "副省长、省外办和省商务厅负责同志参加会见。"],
         fingerprint="副省长、省外办和省商务厅负责同志参加会见",
         must_contain=["双方将建立年度工作会商机制，定期互派代表团"]),
    dict(id="hb02", site="hebgov", path="/hbzwdt/2015/08/07/art_3124_40137.html", date="2015-08-07",
         title="张家口可再生能源示范区发展规划正式印发",
         source="省发展改革委",
         paras=["近日，经国务院同意，国家发展改革委正式印发《河北省张家口市可再生能源示范区发展规划》。"
                "张家口成为全国首个国家级可再生能源示范区。",
                "规划提出，到2020年，张家口市可再生能源消费量占终端能源消费总量的30%；到2030年，这一比例达到50%。",
                "截至2014年底，张家口市风电、光伏发电装机容量已达到710万千瓦。",
                "规划明确了体制机制创新、商业模式创新和技术创新三大创新任务，以及规模化开发、大容量储能等四大工程。",
                "省发展改革委有关负责同志表示，将会同张家口市抓紧制定实施方案，推动规划各项任务落实。"],
         fingerprint="将会同张家口市抓紧制定实施方案，推动规划各项任务落实",
         must_contain=["张家口成为全国首个国家级可再生能源示范区"]),
    dict(id="hb03", site="hebgov", path="/hbzwdt/2018/10/18/art_3124_71265.html", date="2018-10-18",
         title="我省代表团访问美国艾奥瓦州 庆祝友好省州关系建立35周年",
         source="省外办",
         paras=["10月14日至17日，副省长刘振东率河北省代表团访问美国艾奥瓦州，出席河北省与艾奥瓦州建立友好省州关系"
                "35周年庆祝活动。",
                "10月16日，在得梅因市，刘振东与艾奥瓦州州长金·雷诺兹举行会谈。双方回顾了友好省州关系建立以来在农业、"
                "教育、文化等领域的合作成果，表示愿在风电、生物燃料等清洁能源领域拓展合作。",
                "会谈后，在刘振东和雷诺兹的见证下，省商务厅与艾奥瓦州经济发展署签署了《风电与生物燃料产业合作谅解"
                "备忘录》。",
                "代表团还参观了当地风电场和乙醇生产企业。艾奥瓦州风电发电量约占全州发电量的37%，居全美首位。",
                "河北省与艾奥瓦州于1983年缔结友好省州关系。"],
         fingerprint="代表团还参观了当地风电场和乙醇生产企业",
         must_contain=["双方回顾了友好省州关系建立以来在农业、教育、文化等领域的合作成果"]),
    dict(id="hb04", site="hebgov", path="/hbzwdt/2018/05/21/art_3124_66402.html", date="2018-05-21",
         title="省发展改革委代表团赴美国密歇根州交流建筑节能与储能工作",
         source="省发展改革委",
         paras=["5月14日至16日，省发展改革委技术代表团一行12人赴美国密歇根州兰辛市和大急流城，与密歇根州能源署"
                "就建筑节能标准和电网储能等议题进行交流。",
                "代表团参观了社区太阳能电站和电池储能测试基地，详细了解了密歇根州商业建筑节能标准的制定和实施情况。",
                "双方商定，年内共同起草建筑节能标准与储能试点联合工作计划。此次访问未签署合作文件。",
                "代表团表示，将认真总结借鉴密歇根州的经验做法，推动我省建筑节能和储能工作。"],
         fingerprint="将认真总结借鉴密歇根州的经验做法，推动我省建筑节能和储能工作",
         must_contain=["此次访问未签署合作文件"]),
    dict(id="hb05", site="hebgov", path="/hbzwdt/2019/03/12/art_3124_75539.html", date="2019-03-12",
         title="省商务厅召开对美地方经贸合作工作推进会",
         source="省商务厅",
         paras=["3月11日，省商务厅召开对美地方经贸合作工作推进会，研究部署2019年对美地方合作重点工作。",
                "会议要求，要用好与艾奥瓦州、密歇根州等友好省州的合作机制，围绕清洁能源、现代农业、汽车零部件等领域，"
                "梳理一批重点合作项目，建立项目清单和工作台账。",
                "会议提出，年内力争组织2批次企业团组赴美开展经贸交流，并筹备举办河北-艾奥瓦清洁能源合作对接会。",
                "各设区市商务局和相关企业代表参加会议。"],
         fingerprint="各设区市商务局和相关企业代表参加会议",
         must_contain=["研究部署2019年对美地方合作重点工作"]),

    # --- courier: an English regional newspaper (RSS feed) ----------------------------------------------------------
    dict(id="cr01", site="courier", path="/news/business/2018/10/17/iowa-hebei-wind-biofuels-memorandum/",
         date="2018-10-17",
         title="Iowa and Hebei, sister states for 35 years, add wind and biofuels to the list",
         paras=["Iowa's economic development agency and the commerce department of its Chinese sister province "
                "inked a memorandum of understanding on wind energy and biofuels Tuesday in Des Moines, as a Hebei "
                "delegation marked 35 years of ties between the two.",
                "Debi Durham, director of the Iowa Economic Development Authority, signed for Iowa; a deputy "
                "director of the Hebei Provincial Department of Commerce signed for the province. Gov. Kim Reynolds "
                "and Hebei Vice Governor Liu Zhendong looked on.",
                "The memorandum calls for trade missions, joint promotion of Iowa wind turbine components and "
                "ethanol technology in Hebei, and a clean-energy matchmaking event in Shijiazhuang next year. It "
                "carries no money.",
                "\"Iowa has shown what wind can do for a farm economy,\" Reynolds said. \"Hebei wants to learn, "
                "and our companies want customers.\"",
                "Wind turbines produced about 37 percent of Iowa's electricity last year, more than in any other "
                "state. MidAmerican Energy has said it wants to generate renewable energy equal to 100 percent of "
                "its customers' annual use. Iowa itself has no statewide greenhouse gas target.",
                "The sister-state relationship dates to 1983, and Chinese President Xi Jinping first visited Iowa "
                "with a Hebei agricultural delegation in 1985. Soybean farmers at the event said they hoped the "
                "goodwill would help end the tariff fight."],
         fingerprint="Soybean farmers at the event said they hoped the goodwill would help end the tariff fight",
         must_contain=["It carries no money."]),
    dict(id="cr02", site="courier", path="/news/politics/2017/08/02/snyder-china-trip-hebei-deal/",
         date="2017-08-02",
         title="Snyder's China trip opens with a Hebei memorandum. What does it actually do?",
         paras=["Gov. Rick Snyder's ninth trip to China opened Monday in Beijing with a memorandum of understanding "
                "between Michigan and Hebei Province, the industrial region that rings the Chinese capital.",
                "Snyder and Hebei Gov. Xu Qin signed the document, which lists clean energy, autos, agriculture, "
                "bioscience and tourism as areas for cooperation. State energy officials separately signed a letter "
                "of intent with Hebei's economic planning agency on building efficiency and energy storage.",
                "Critics were unimpressed. \"Memorandums are cheap,\" said a Democratic state senator from Lansing. "
                "\"Show me the jobs.\" The governor's office says such agreements open doors for Michigan suppliers.",
                "The trip comes as Michigan utilities prepare to meet the state's new standard of 15 percent "
                "renewable power by 2021. Hebei, for its part, burns more coal than almost any province in China.",
                "Snyder has led a trade or investment mission to China every year since taking office in 2011."],
         fingerprint="Memorandums are cheap",
         must_contain=["Hebei, for its part, burns more coal than almost any province in China."]),
    dict(id="cr03", site="courier", path="/news/environment/2023/11/29/whitmer-clean-energy-laws/",
         date="2023-11-29",
         title="Whitmer signs clean energy laws: 100 percent clean power by 2040",
         paras=["Gov. Gretchen Whitmer on Tuesday signed a package of bills that requires Michigan utilities to "
                "reach 100 percent clean energy by 2040, making Michigan one of a dozen states with such a "
                "standard.",
                "Under the new laws, the state's renewable energy standard rises to 50 percent by 2030 and 60 "
                "percent by 2035. Nuclear power and natural gas with carbon capture count toward the 2040 clean "
                "energy goal but not toward the renewable standard.",
                "The laws also give the Michigan Public Service Commission authority over the siting of large wind "
                "and solar farms, a provision that angered some township officials.",
                "\"Today we are putting Michigan on the map as a clean energy leader,\" Whitmer said at the signing "
                "in Detroit.",
                "Utilities said they were already on the way. Consumers Energy plans to stop burning coal in 2025, "
                "and DTE Energy says it will do so by 2032. The old standard, 15 percent by 2021, was met on time.",
                "The state's 2017 memorandum with China's Hebei Province, signed by then-Gov. Rick Snyder, has "
                "not been renewed."],
         fingerprint="has not been renewed",
         must_contain=["Nuclear power and natural gas with carbon capture count toward the 2040 clean energy goal"]),
    dict(id="cr04", site="courier", path="/news/agriculture/2017/09/22/chinese-buyers-soybean-deals-des-moines/",
         date="2017-09-22",
         title="Chinese buyers sign soybean purchase deals at Des Moines ceremony",
         paras=["Chinese importers signed agreements Thursday to buy about 12 million metric tons of U.S. soybeans "
                "at a ceremony at the Iowa State Capitol, the latest in a string of such signings.",
                "The deals, worth roughly $5 billion at current prices, were signed by a dozen Chinese state and "
                "private grain companies with U.S. exporters including ADM, Bunge and Cargill.",
                "\"China is Iowa's best customer for soybeans, and days like this show why the relationship "
                "matters,\" said an Iowa Soybean Association board member who attended.",
                "Purchase agreements of this kind are not binding contracts, and buyers often sign them at trade "
                "missions that were already planned.",
                "A delegation from Hebei, Iowa's sister province, joined the ceremony but signed nothing."],
         fingerprint="joined the ceremony but signed nothing",
         must_contain=["Purchase agreements of this kind are not binding contracts"]),
]
