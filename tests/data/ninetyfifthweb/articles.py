"""Articles of the ninety-fifth test web (tests/ninetyfifthweb.py), written for issue 17 (a held-out estimate of
RENEWALS, EXTENSIONS AND ANNIVERSARIES of cooperation between Chinese and foreign provinces, states and cities):
Jiangsu's 外事 portal in Simplified Chinese (the Jiangsu-California memorandum signed in Yancheng, a 回顾 of twenty
years of Yancheng and San Diego, a 推进会 that only plans renewals, a delegation at a trade forum), a US governor's
English newsroom found through its sitemap (the trip announced, the Guangdong memorandum that "renews and expands" the
2013 partnership, the Jiangsu memorandum, the trip's wrap-up naming five memorandums and a 2045 neutrality goal) and an
English-language Chinese news site read through RSS (the Guangdong renewal told again, a 45th anniversary of Guangdong
and New South Wales that concludes nothing, Sichuan's friendship-city conference with six signings, a meeting in
Beijing without a signing). Actors no other web uses.

Facts. Real, with the dates as given: Newsom's week-long China trip of October 2023 (announced 19 Oct; the Guangdong
MOU signed in Guangzhou on Tuesday 24 Oct by Dee Dee Myers, renewing and expanding a 2013-era partnership on
cap-and-trade, industrial decarbonisation, biodiversity and zero-emission vehicles; Xi Jinping's meeting with Newsom
in Beijing on 25 Oct; the Jiangsu MOU on climate and environment in Yancheng on Saturday 28 Oct after Xin Changxing
met Newsom; five MOUs in all, with the NDRC, Beijing, Shanghai, Guangdong and Jiangsu; the MEE MOU of 2022; the
California-China Climate Institute of 2019 and its chair Jerry Brown; California's 2045 neutrality goal); Yancheng and
San Diego sister cities since 2003; Jiangsu as guest province of the 2023 China-California economic and trade forum;
Guangdong and New South Wales sister state and province since 1979; the 2024 Sichuan International Friendship Cities
Cooperation and Development Conference (Chengdu, 12 Nov 2024, Wang Xiaohui) and its signings (Castilla-La Mancha,
Luxor, Addu City, Vientiane, Osh, Gomel's 2025-2027 action plan), Sichuan's ties with Washington State since 1982 and
its 500 regions in 87 countries. Not sure of the details: who signed for Jiangsu and Guangdong; the 2013 partnership's
day; the day of the NDRC, Beijing and Shanghai MOUs (the wrap-up page gives none). Invented: the three sites, their
chrome, staff and page times; every quotation (in my own words, keeping a reported gist); the 回顾 and 推进会 pages
(js02, js03), the delegation page (js04) and the anniversary feature (nw02) beyond their dates of first signing.

jsfao: 江苏省人民政府外事办公室 (listing). cagov: a US governor's newsroom (sitemap). cnprov: an English-language
Chinese news site (RSS).
"""
from __future__ import annotations

ARTICLES = [
    # --- jsfao: a Chinese provincial 外事 portal ---------------------------------------------------------------------
    dict(id="js01", site="jsfao", path="/art/2023/10/29/art_61934_11045123.html", date="2023-10-29",
         title="江苏省与美国加利福尼亚州签署应对气候变化和环境合作谅解备忘录",
         paras=["10月28日，省委书记信长星在盐城会见美国加利福尼亚州州长纽森一行。会见后，江苏省人民政府与美国加利福尼亚州政府"
                "在盐城签署《关于加强应对气候变化和环境合作的谅解备忘录》。",
                "信长星表示，中美关系是当今世界最重要的双边关系之一。江苏与加州友好交往已近40年，在经贸、科教、人文等领域合作成果"
                "丰硕。今年夏天，江苏应邀作为主宾省参加2023中国加州经贸论坛。时隔5个月，州长先生在金秋时节到访江苏，对巩固双方友谊、"
                "深化务实合作具有重要意义。",
                "信长星说，江苏正大力推动发展方式绿色低碳转型。盐城黄海湿地是我国首个滨海湿地类世界自然遗产，每年有数以千万计的候鸟"
                "在此迁徙停歇，是生态保护与绿色发展的生动范例。希望双方以签署备忘录为契机，在绿色发展和应对气候变化等领域开展更多务实"
                "合作。",
                "纽森表示，加州与江苏有着长期友好的合作基础。应对气候变化需要各方携手，加州愿同江苏加强在清洁能源、零排放交通和"
                "生态保护等领域的交流，把合作成果落到实处。",
                "根据备忘录，双方将在海上风电等清洁能源、零排放车辆、湿地保护与气候适应、温室气体排放监测等方面开展政策交流和项目对接，"
                "并建立定期沟通机制。",
                "盐城是纽森此次访华的第四站。盐城市与美国加州圣迭戈市于2003年结为友好城市。省领导和省有关部门、盐城市负责同志参加"
                "会见。"],
         fingerprint="时隔5个月，州长先生在金秋时节到访江苏",
         must_contain=["《关于加强应对气候变化和环境合作的谅解备忘录》", "盐城市与美国加州圣迭戈市于2003年结为友好城市"]),
    dict(id="js02", site="jsfao", path="/art/2023/11/20/art_61935_11062207.html", date="2023-11-20",
         title="回顾｜盐城与圣迭戈结好二十周年：从一纸协议到多领域合作",
         paras=["2003年，盐城市与美国加利福尼亚州圣迭戈市签署协议，正式建立友好城市关系。二十年来，两市在教育、文化、港口和"
                "新能源等领域往来不断，友城关系成为江苏与加州地方交往的一个缩影。",
                "结好之初，两市的交流以互派代表团和中小学师生互访为主。此后，圣迭戈的大学与盐城高校开展了学生交换项目，两市企业在"
                "风电装备、海水养殖等领域也有过多次对接。",
                "今年10月，加州州长纽森到访盐城，江苏省与加州签署应对气候变化和环境合作谅解备忘录，盐城的湿地保护和海上风电再次"
                "成为双方关注的焦点。",
                "市外办负责人表示，结好二十周年之际，两市将认真回顾合作历程，总结经验，研究商签新一轮友好交流合作计划，推动友城合作"
                "在绿色低碳领域取得新进展。",
                "据了解，截至目前，盐城市已与十多个国家的城市建立友好城市或友好交流关系。"],
         fingerprint="结好之初，两市的交流以互派代表团和中小学师生互访为主",
         must_contain=["研究商签新一轮友好交流合作计划", "友城关系成为江苏与加州地方交往的一个缩影"]),
    dict(id="js03", site="jsfao", path="/art/2024/03/15/art_61934_11187456.html", date="2024-03-15",
         title="省外办召开全省友城工作推进会",
         paras=["3月14日，省外办在南京召开全省友城工作推进会，总结2023年友城工作，部署2024年重点任务。各设区市外办负责同志"
                "参加会议。",
                "会议指出，2023年全省友城交往全面恢复，一批友好省州、友好城市合作文件到期后顺利续签，部分城市的友好交流关系升级为"
                "友好城市关系，国际友城在推动绿色低碳合作中的作用日益凸显。",
                "会议要求，各地要用好友城结好周年等重要节点，对到期的合作备忘录及时做好续签和延期工作，力争年内与更多友城在清洁能源、"
                "海洋生态和应对气候变化等领域商签务实合作项目。",
                "会上，苏州、南通、盐城等市外办作了交流发言。"],
         fingerprint="对到期的合作备忘录及时做好续签和延期工作",
         must_contain=["省外办在南京召开全省友城工作推进会"]),
    dict(id="js04", site="jsfao", path="/art/2023/06/02/art_61934_10934518.html", date="2023-06-02",
         title="江苏代表团作为主宾省出席2023中国加州经贸论坛",
         paras=["应美国加利福尼亚州有关方面邀请，江苏省代表团日前赴美出席2023中国加州经贸论坛。江苏作为本届论坛主宾省，举办了"
                "江苏专场推介活动。",
                "推介会上，代表团介绍了江苏在新能源、生物医药、集成电路等领域的产业优势和投资环境。与会的加州企业代表表示，期待与"
                "江苏企业在电池储能、零排放交通等领域加强交流。",
                "访问期间，代表团还拜会了加州州长商业和经济发展办公室，考察了当地多家清洁能源企业，就双方下一步交往进行了沟通。",
                "此访是疫情以来江苏省赴美国加州的首个经贸代表团。"],
         fingerprint="此访是疫情以来江苏省赴美国加州的首个经贸代表团",
         must_contain=["江苏作为本届论坛主宾省"]),

    # --- cagov: a US governor's newsroom ------------------------------------------------------------------------------
    dict(id="ca00", site="cagov", path="/2023/10/19/governor-newsom-to-travel-to-china-to-advance-climate-action/",
         date="2023-10-19",
         title="Governor Newsom to travel to China to advance climate action",
         paras=["SACRAMENTO – Governor Gavin Newsom will travel to China next week for a seven-day trip focused on "
                "climate action, meeting with national, subnational and business leaders to advance shared work on "
                "clean energy, promote economic development and tourism, and encourage cultural exchange.",
                "The trip will take the Governor to Hong Kong, Guangdong Province, Beijing, Jiangsu Province and "
                "Shanghai. In Guangdong, the Governor is expected to sign a new memorandum of understanding on climate "
                "cooperation, and additional agreements are expected to be signed in Beijing and during other stops.",
                "\"California and China hold the keys to solving the climate crisis,\" said Governor Newsom. \"As two "
                "of the world's largest economies, our partnership is essential to delivering climate action for our "
                "communities and beyond.\"",
                "The visit builds on a long history of collaboration. Last year, California signed a memorandum of "
                "understanding with China's Ministry of Ecology and Environment, and in 2019 the state helped launch "
                "the California-China Climate Institute, chaired by former Governor Jerry Brown.",
                "The Governor's delegation will include officials from the California Environmental Protection Agency, "
                "the California Air Resources Board and the Governor's Office of Business and Economic Development. "
                "Details of the itinerary will be released during the trip."],
         fingerprint="Details of the itinerary will be released during the trip",
         must_contain=["is expected to sign a new memorandum of understanding on climate cooperation"]),
    dict(id="ca01", site="cagov", path="/2023/10/24/california-and-guangdong-renew-climate-partnership/",
         date="2023-10-24",
         title="California and Guangdong renew and expand climate partnership",
         paras=["GUANGZHOU – On the second day of Governor Gavin Newsom's climate trip to China, California today "
                "signed a memorandum of understanding with Guangdong Province that renews and expands a climate "
                "partnership first signed in 2013.",
                "The agreement was signed in Guangzhou by Dee Dee Myers, Director of the Governor's Office of Business "
                "and Economic Development and Senior Advisor to the Governor, after Governor Newsom met Guangdong "
                "Governor Wang Weizhong.",
                "Under the renewed memorandum, California and Guangdong will share experience in designing and "
                "refining cap-and-trade markets, cut emissions from heavy industry, protect biodiversity and speed the "
                "transition to zero-emission vehicles, including buses and trucks. The two sides will set up working "
                "groups and hold regular meetings to track progress.",
                "\"Ten years ago, California and Guangdong agreed to work together on low-carbon development. Today we "
                "are taking that work further, because the climate crisis does not wait,\" said Governor Newsom.",
                "Guangdong is one of China's largest provincial economies and home to several of the world's largest "
                "makers of electric vehicles and batteries. Earlier in the day the Governor toured an electric bus "
                "depot in Guangzhou.",
                "Memorandums of understanding are not legally binding. California agencies will take immediate steps "
                "to put the terms of the memorandum into effect."],
         fingerprint="Earlier in the day the Governor toured an electric bus depot in Guangzhou",
         must_contain=["renews and expands a climate partnership first signed in 2013",
                       "signed in Guangzhou by Dee Dee Myers"]),
    dict(id="ca02", site="cagov", path="/2023/10/28/california-signs-climate-agreement-with-jiangsu/",
         date="2023-10-28",
         title="California and Jiangsu sign agreement on climate and environment",
         paras=["YANCHENG – Governor Gavin Newsom today met with Jiangsu Party Secretary Xin Changxing in the coastal "
                "city of Yancheng, where California and Jiangsu Province signed a memorandum of understanding on "
                "climate and the environment.",
                "The memorandum commits the two governments to exchange policies and practices on offshore wind and "
                "other clean energy, zero-emission vehicles, the protection of coastal wetlands and adaptation to "
                "climate impacts, and to meet regularly.",
                "Yancheng, the Governor's fourth stop in China, is home to the Yellow Sea wetlands, a World Natural "
                "Heritage site that millions of migratory birds pass through every year. The city and San Diego have "
                "been sister cities since 2003.",
                "\"Jiangsu and California have been friends for almost forty years. What we sign today is about what "
                "we do next: cleaner air, cleaner power, and wetlands that survive a warming world,\" Governor Newsom "
                "said.",
                "Earlier this year, Jiangsu was the guest province at the China-California economic and trade forum."],
         fingerprint="What we sign today is about what we do next",
         must_contain=["California and Jiangsu Province signed a memorandum of understanding on climate and the "
                       "environment"]),
    dict(id="ca03", site="cagov", path="/2023/10/30/governor-newsom-concludes-climate-trip-to-china/",
         date="2023-10-30",
         title="Governor Newsom concludes climate trip to China with five new agreements",
         paras=["SAN FRANCISCO – Governor Gavin Newsom returned from China after a week of meetings that produced "
                "five new climate agreements and a commitment by both sides to keep working together at the "
                "subnational level.",
                "During the trip, California signed memorandums of understanding with China's National Development and "
                "Reform Commission and with Beijing Municipality in Beijing, with Guangdong Province in Guangzhou, with "
                "Jiangsu Province in Yancheng, and with Shanghai Municipality on the last day of the trip.",
                "The memorandums build on agreements California already has with China's Ministry of Ecology and "
                "Environment and with Hainan Province. The California-China Climate Institute will act as the "
                "secretariat for the new agreements.",
                "In Beijing, the Governor also met President Xi Jinping and took part in the Great Wall Climate "
                "Dialogue with officials of several Chinese provinces.",
                "California has committed to reach carbon neutrality no later than 2045, and its agencies will form "
                "working groups, hold bilateral meetings and plan delegations to carry out the new memorandums. State "
                "officials will meet their Chinese counterparts again at APEC in San Francisco and at COP28 in Dubai.",
                "\"When it comes to climate, we can't get serious about the crisis without working together,\" "
                "Governor Newsom said."],
         fingerprint="produced five new climate agreements and a commitment by both sides",
         must_contain=["California has committed to reach carbon neutrality no later than 2045"]),

    # --- cnprov: an English-language Chinese news site -------------------------------------------------------------
    dict(id="nw01", site="cnprov", path="/regional/2023-10/25/content_70231544.htm", date="2023-10-25",
         title="Guangdong, California renew climate MOU first inked in 2013",
         paras=["GUANGZHOU -- South China's Guangdong province and the US state of California on Tuesday renewed their "
                "memorandum of understanding on climate cooperation, a decade after the two sides first signed a "
                "low-carbon development pact in 2013.",
                "The renewal came as Guangdong Governor Wang Weizhong met California Governor Gavin Newsom in "
                "Guangzhou, the provincial capital, on the second day of Newsom's week-long China visit.",
                "Wang said Guangdong is willing to deepen cooperation with California in new energy vehicles, carbon "
                "markets and green finance, and to expand exchanges in trade, technology and culture.",
                "Newsom said the two economies are closely linked, and that the renewed agreement would take their "
                "cooperation on cap-and-trade and clean transport to a new level.",
                "Under the 2013 memorandum, the two sides exchanged experience in carbon emissions trading as "
                "Guangdong built one of China's first pilot carbon markets.",
                "Newsom's trip also includes stops in Beijing, Jiangsu province and Shanghai."],
         fingerprint="as Guangdong built one of China's first pilot carbon markets",
         must_contain=["on Tuesday renewed their memorandum of understanding on climate cooperation"]),
    dict(id="nw02", site="cnprov", path="/regional/2024-09/12/content_70914287.htm", date="2024-09-12",
         title="Guangdong and New South Wales mark 45 years of sister-state ties",
         paras=["GUANGZHOU -- Officials, scholars and business people from Guangdong and the Australian state of New "
                "South Wales gathered in Guangzhou on Wednesday to mark the 45th anniversary of their sister-state "
                "relationship, the first such tie between a Chinese province and an Australian state.",
                "The relationship was established in 1979. Since then, the two sides have exchanged more than a "
                "thousand delegations, and trade between Guangdong and New South Wales has grown into one of the "
                "largest flows between a Chinese province and an Australian state.",
                "Speakers at the reception recalled early exchanges in agriculture and education, and looked ahead to "
                "cooperation in clean energy, critical minerals and green shipping.",
                "An official of the provincial foreign affairs office said the two sides would study ways to enrich "
                "the relationship in its next stage. No new agreement was signed at the event.",
                "A photo exhibition on the 45 years of exchanges will run at the venue until the end of the month."],
         fingerprint="A photo exhibition on the 45 years of exchanges will run at the venue",
         must_contain=["mark the 45th anniversary of their sister-state relationship",
                       "No new agreement was signed at the event"]),
    dict(id="nw03", site="cnprov", path="/regional/2024-11/13/content_71022906.htm", date="2024-11-13",
         title="Sichuan widens its circle of friends at sister-city conference",
         paras=["CHENGDU -- The 2024 Sichuan International Friendship Cities Cooperation and Development Conference "
                "opened in Chengdu on Tuesday, drawing delegations from 43 foreign sister cities in 30 countries.",
                "At the opening ceremony, Sichuan signed an agreement establishing friendly province relations with "
                "Spain's autonomous community of Castilla-La Mancha, and memorandums of understanding on friendly "
                "cooperative relations with Egypt's Luxor governorate, Addu City of Maldives and Vientiane of Laos.",
                "The province also signed a memorandum on establishing friendly province-state relations with Osh "
                "region of Kyrgyzstan, and an action plan for 2025-2027 with Belarus' Gomel region to develop trade, "
                "economic and cultural cooperation.",
                "Since establishing sister-state ties with Washington State of the United States in 1982, Sichuan has "
                "built friendly relations with 500 regions in 87 countries, including 127 sister cities.",
                "Wang Xiaohui, Party secretary of Sichuan province, delivered a keynote speech at the conference.",
                "Jose Caballero, vice-president of Castilla-La Mancha, said the exchange of different experiences and "
                "perspectives would bring new vitality to cooperation between the regions."],
         fingerprint="drawing delegations from 43 foreign sister cities in 30 countries",
         must_contain=["an action plan for 2025-2027 with Belarus' Gomel region"]),
    dict(id="nw04", site="cnprov", path="/china/2023-10/26/content_70237811.htm", date="2023-10-26",
         title="Xi meets California governor in Beijing",
         paras=["BEIJING -- President Xi Jinping met with California Governor Gavin Newsom at the Great Hall of the "
                "People in Beijing on Wednesday.",
                "Xi said that the foundation of China-US relations lies with the people and the future lies with the "
                "youth, and that subnational cooperation is an important part of the relationship.",
                "Newsom said California attaches importance to its ties with China and is willing to strengthen "
                "exchanges and cooperation in climate action, trade and people-to-people ties.",
                "Newsom is in China for a week-long visit from Monday. No documents were signed at the meeting."],
         fingerprint="the foundation of China-US relations lies with the people and the future lies with the youth",
         must_contain=["No documents were signed at the meeting"]),
]
