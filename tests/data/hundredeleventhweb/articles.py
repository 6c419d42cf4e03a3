"""Articles of the hundred-eleventh test web (tests/hundredeleventhweb.py), written for issue 17 (a held-out estimate
of CLIMATE PARTNERSHIPS BETWEEN CHINESE PROVINCES/CITIES AND REGIONS OF EUROPE, JAPAN, KOREA AND LATIN AMERICA):
Lower Saxony's joint declaration with Anhui at the Hannover Messe, its climate and energy agency's memorandum with
Hefei's development and reform commission, Lower Saxony's climate law (neutral by 2040, 75% below 1990 by 2030);
Guangzhou's friendly-city agreement with Ulsan and the three-party hydrogen memorandum with Hyundai Motor (told in
English by Ulsan and in Chinese by Guangzhou: one row each), Guangzhou's memoranda with São Paulo and Linköping (and
two witnessed ones), Guangzhou's peaking goal, Fukuoka's 2040 net zero told beside a video call; and pages that
conclude nothing (a minister receiving a delegation, a forum without signings, a video call that 'exchanged views',
a trip announced before the signing, a sister city's visit). Actors no other web uses: Lower Saxony, KEAN, the Hefei
Municipal Development and Reform Commission, Ulsan (as Guangzhou's partner), Hyundai Motor Company, São Paulo (the
city), Linköping, Linköping University, Guangzhou University, Fukuoka, Changchun (as Ulsan's sister city).

nds: the Lower Saxony State Chancellery's English press releases (a listing of two pages). gzfao: 广州市人民政府外事办公室
(UTF-8, TRS-style, listing pages index.html and index_1.html). ulsan: Ulsan Metropolitan City's English news (sitemap,
query URLs).

Facts. Real, as told: the Guangzhou-Ulsan friendly cooperation city agreement and the three-party hydrogen ecosystem
agreement with Hyundai Motor (25 November 2024, Garden Hotel, Guangzhou; Sun Zhiyang, Kim Doo-gyeom, Chang Jae-hoon,
Kang Sang-wook; the quarterly Hydrogen Industry Council; HTWO Guangzhou; 23 cities in 15 countries) and the trip
announced before it (22-25 November); the Changchun delegation in Ulsan (25 April 2023, Li Weishu, the 1994 sister-city
tie); Guangzhou's memorandum with the city of São Paulo (signed in São Paulo by 杨勇 for Guangzhou, 胡浩 leading; São
Paulo's twelfth sister city; the 2026 Guangzhou Award); Linköping's mayor Helena Balthammar in Guangzhou (29 November-1
December 2017, the memorandum with Wen Guohui, the two witnessed university and library memoranda, the third workshop
on urban sustainable development); the C40 low-carbon districts forum (26-28 June, hosted by the foreign affairs
office, the development and reform commission and C40; 13 countries, 19 cities); the Hannover Messe (17-21 April
2023, partner country Indonesia); Lower Saxony-Anhui partnership since 1984; KEAN (founded 2014); Lower Saxony's
climate law (neutral by 2040, at least 75 percent below 1990 by 2030; as I recall it). Not sure or invented: the
Lower Saxony-Anhui declaration at the fair, KEAN's memorandum with Hefei's commission, the minister's Anhui
delegation, the year 2019 of the C40 forum, the Guangzhou-Fukuoka video call and the day of the São Paulo signing (19
May 2025), Ulsan's 2050 goal and Fukuoka's 2040 goal as worded, every quotation, all page dates, paths, chrome and
trap headlines. The gold scores what the texts say.
"""
from __future__ import annotations

ARTICLES = [
    # --- nds: the Lower Saxony State Chancellery's English press releases (paged listing) ----------------------------
    dict(id="nd01", site="nds", path="/en/press/2023/anhui-joint-declaration-hannover-messe.html", date="2023-04-18",
         number="38/2023",
         title="Lower Saxony and Anhui sign joint declaration on climate protection at Hannover Messe",
         paras=["HANOVER. Lower Saxony and its Chinese partner province of Anhui want to work together more closely "
                "on climate protection and the energy transition. Minister-President Stephan Weil and the Vice "
                "Governor of Anhui Province signed a joint declaration to that effect on Monday at the Hannover Messe.",
                "The world's leading industrial trade fair opened on 17 April and runs until 21 April; this year's "
                "partner country is Indonesia. The delegation from Anhui, some 40 representatives of provincial "
                "authorities and companies, is visiting the fair for the first time since 2019.",
                "The declaration names five fields of cooperation: onshore and offshore wind power, green hydrogen, "
                "energy efficiency in industry, sustainable mobility and the exchange of experts between the "
                "authorities of both sides. A working group is to meet once a year, alternately in Hanover and Hefei.",
                "\"Anhui and Lower Saxony are both industrial regions facing the same question: how do we keep jobs "
                "and cut emissions at the same time?\" Weil said after the signing. \"This declaration gives our "
                "partnership of almost forty years a clear green focus.\"",
                "Lower Saxony's climate protection law commits the state to climate neutrality by 2040. Anhui has "
                "pledged to peak its carbon dioxide emissions before 2030, in line with China's national goal.",
                "The partnership between Lower Saxony and Anhui dates back to 1984 and is one of the oldest between "
                "a German state and a Chinese province. Volkswagen Anhui, a joint venture of Volkswagen and the JAC "
                "Group, builds electric cars in the provincial capital Hefei."],
         fingerprint="how do we keep jobs and cut emissions at the same time",
         must_contain=["signed a joint declaration to that effect on Monday at the Hannover Messe",
                       "A working group is to meet once a year, alternately in Hanover and Hefei"]),
    dict(id="nd02", site="nds", path="/en/press/2024/kean-hefei-heat-planning-memorandum.html", date="2024-05-17",
         number="52/2024",
         title="Climate agency KEAN and Hefei agree to cooperate on municipal heat planning",
         paras=["HEFEI/HANOVER. The Climate Protection and Energy Agency of Lower Saxony (KEAN) and the Hefei "
                "Municipal Development and Reform Commission signed a memorandum of understanding in Hefei on "
                "Thursday. The two bodies will share methods for municipal heat planning, the energy-efficient "
                "renovation of public buildings and the use of waste heat from industry.",
                "The memorandum was signed during a visit of a delegation from Lower Saxony to the capital of its "
                "partner province Anhui, led by the Minister for Environment, Energy and Climate Protection, "
                "Christian Meyer. Representatives of the Hefei municipal government and of the Anhui Provincial "
                "Department of Ecology and Environment attended the ceremony.",
                "\"Heat is half of the energy we use, and it is the part of the energy transition that happens "
                "street by street,\" said Lothar Nolte, managing director of KEAN. \"Hefei is planning new districts "
                "for hundreds of thousands of people. What we have learned in Lower Saxony's towns can save them "
                "decades of detours.\"",
                "Under Lower Saxony's climate law, the state's larger towns must present municipal heat plans by the "
                "end of 2026. KEAN, founded by the state government in 2014, advises them on it.",
                "Experts from KEAN will travel to Hefei in the autumn for a first joint workshop. A second "
                "memorandum, on training energy advisers, is under discussion."],
         fingerprint="the part of the energy transition that happens street by street",
         must_contain=["signed a memorandum of understanding in Hefei on Thursday",
                       "A second memorandum, on training energy advisers, is under discussion"]),
    dict(id="nd03", site="nds", path="/en/press/2024/meyer-receives-anhui-delegation.html", date="2024-10-16",
         number="121/2024",
         title="Minister Meyer receives delegation from Anhui: talks on wind power and hydrogen",
         paras=["HANOVER. Lower Saxony's Minister for Environment, Energy and Climate Protection, Christian Meyer, on "
                "Tuesday received a delegation from the Department of Ecology and Environment of Anhui Province at "
                "his ministry in Hanover.",
                "The talks focused on the expansion of wind power, the production of green hydrogen and the "
                "monitoring of air quality. On Wednesday the guests will visit the hydrogen projects of the steel "
                "industry in Salzgitter and a wind farm on the North Sea coast.",
                "\"Our partners in Anhui are building wind and solar power at a pace that impresses us, and we have "
                "a lot of experience with the grids and the permits,\" Meyer said. \"Both sides can learn from each "
                "other.\"",
                "Both sides want to examine a memorandum of understanding on green hydrogen, which could be signed "
                "next year. No agreement was signed during the visit."],
         fingerprint="building wind and solar power at a pace that impresses us",
         must_contain=["No agreement was signed during the visit",
                       "which could be signed next year"]),
    dict(id="nd04", site="nds", path="/en/press/2023/landtag-adopts-climate-law.html", date="2023-12-13",
         number="164/2023",
         title="Climate neutral by 2040: state parliament adopts amended climate protection law",
         paras=["HANOVER. The Lower Saxony state parliament on Tuesday adopted the amended Lower Saxony Climate "
                "Protection Act. With it, Lower Saxony commits itself to becoming greenhouse gas neutral by 2040, "
                "five years earlier than Germany as a whole, which aims for 2045.",
                "By 2030, the state's greenhouse gas emissions are to fall by at least 75 percent compared with 1990 "
                "levels. The state administration itself is to work in a climate-neutral way from 2035.",
                "\"We are the state of wind power, and we want to be the first state to be climate neutral,\" said "
                "Christian Meyer, Minister for Environment, Energy and Climate Protection. \"The law turns that "
                "ambition into an obligation for the government.\"",
                "The law also obliges the state's larger towns to present municipal heat plans and sets out that "
                "suitable roofs of new public buildings must carry solar panels.",
                "In 2022, onshore wind turbines in Lower Saxony had an installed capacity of about 12 gigawatts, more "
                "than in any other German state."],
         fingerprint="we want to be the first state to be climate neutral",
         must_contain=["Lower Saxony commits itself to becoming greenhouse gas neutral by 2040",
                       "at least 75 percent compared with 1990"]),

    # --- gzfao: 广州市人民政府外事办公室 (TRS-style, index.html and index_1.html) ------------------------------------------
    dict(id="gz01", site="gzfao", path="/wsdt/yclx/content/post_9983215.html", date="2024-11-26", source="市外办",
         title="广州与韩国蔚山缔结友好合作城市关系 三方签署氢能生态合作备忘录",
         paras=["11月25日，广州市与韩国蔚山广域市在广州花园酒店签署友好合作城市协议，两市正式缔结友好合作城市关系。广州市"
                "市长孙志洋、蔚山广域市市长金斗谦出席签约仪式。",
                "同日，广州市人民政府、蔚山广域市与韩国现代汽车公司签署《氢能生态系统共同合作谅解备忘录》。根据备忘录，三方"
                "将组建氢能产业协议会并按季度定期会商，围绕氢能生产、供应和利用全链条共同发掘示范项目，联合高校和科研机构开展"
                "技术研发。现代汽车公司社长张在勋代表企业签约，韩国驻广州总领事姜尚旭出席。",
                "孙志洋表示，广州与蔚山都是制造业重镇，产业互补性强。两市缔结友好合作城市关系后，将以氢能和新能源汽车为切入点，"
                "推动经贸、科技、人文等领域交流合作走深走实。",
                "蔚山是韩国重要的工业城市和现代汽车最大的生产基地，今年被韩国政府确定为氢能城市建设牵头城市。现代汽车首个海外"
                "氢燃料电池系统生产基地于2023年在广州黄埔区建成投产。",
                "广州已印发碳达峰实施方案，提出确保2030年前实现碳达峰。",
                "至此，广州已与全球106个城市建立友好城市或友好合作交流城市关系。"],
         fingerprint="将组建氢能产业协议会并按季度定期会商",
         must_contain=["广州市与韩国蔚山广域市在广州花园酒店签署友好合作城市协议",
                       "广州市人民政府、蔚山广域市与韩国现代汽车公司签署"]),
    dict(id="gz02", site="gzfao", path="/wsdt/yclx/content/post_10248807.html", date="2025-05-21", source="市外办",
         title="广州与巴西圣保罗市签署加强交流合作备忘录",
         paras=["当地时间5月19日，广州市代表团在巴西圣保罗与圣保罗市签署《广州与圣保罗加强交流合作备忘录》，两市正式建立"
                "友好交流关系。广州市副市长胡浩率团出席，广州市人民政府外事办公室主任杨勇与圣保罗市国际关系局局长代表双方"
                "签署备忘录。",
                "根据备忘录，两市将在地铁建设、城市创新、绿色低碳发展、经贸和文化教育等领域开展务实合作。",
                "胡浩在致辞中以国际商贸中心、综合交通枢纽和国际交往中心介绍广州，表示两市结好后将推动城市可持续发展，"
                "为深化中巴友谊作出贡献。",
                "圣保罗市现有11个国际友好城市，广州是其第12个。广州市还邀请圣保罗市参加2026年第七届广州国际城市创新奖评选。",
                "中国驻圣保罗总领事馆代表、巴西华侨华人社团代表出席活动。"],
         fingerprint="圣保罗市现有11个国际友好城市，广州是其第12个",
         must_contain=["与圣保罗市签署《广州与圣保罗加强交流合作备忘录》",
                       "两市将在地铁建设、城市创新、绿色低碳发展"]),
    dict(id="gz03", site="gzfao", path="/wsdt/yclx/content/post_5611093.html", date="2017-12-01", source="市外办",
         title="瑞典林雪平市长率团访穗 两市签署深化合作备忘录",
         paras=["11月29日至12月1日，瑞典林雪平市市长海伦娜·巴尔塔马率团访问广州，庆祝两市缔结友好城市关系20周年。",
                "11月29日，广州市市长温国辉与巴尔塔马签署两市深化合作备忘录，并共同见证广州大学与林雪平大学、广州图书馆与林雪平"
                "市图书馆分别签署合作备忘录。",
                "20年来，两市在教育和城市可持续发展等领域交流密切。2015年，两校开始联合举办城市可持续发展研讨会，2016年又共建"
                "联合研究中心。",
                "11月30日上午，第三届城市可持续发展研讨会在广州大学开幕，广州市政府副秘书长张建华致辞，表示广州在绿色发展方面"
                "下了很大功夫，两校合作为城市治理注入新活力。",
                "林雪平是瑞典第五大城市，以航空航天、信息技术和清洁技术产业著称。"],
         fingerprint="两校开始联合举办城市可持续发展研讨会",
         must_contain=["广州市市长温国辉与巴尔塔马签署两市深化合作备忘录",
                       "广州图书馆与林雪平市图书馆分别签署合作备忘录"]),
    dict(id="gz04", site="gzfao", path="/wsdt/dbhz/content/post_6320457.html", date="2019-06-29", source="市外办",
         title="C40低碳社区论坛暨气候正效益工作坊在穗举行",
         paras=["6月26日至28日，C40低碳社区论坛暨气候正效益工作坊在广州举行。论坛由市外办、市发展改革委和C40城市气候领导"
                "联盟共同主办，来自13个国家19个城市的100余名代表参加了开幕式、项目考察和闭幕研讨。",
                "市外办副主任雷卫聚主持开幕式，市政府副秘书长刁爱林致辞。",
                "与会代表围绕低碳社区和园区的运营实践、气候正效益项目开发等议题分享经验，并实地考察了广州的低碳社区和产业园区。",
                "作为国家低碳试点城市，广州自2015年加入C40以来，积极参与联盟各项活动，与成员城市交流合作不断加强。下一步，"
                "广州将借鉴各城市经验，探索近零碳排放示范工程建设。",
                "本次论坛以交流研讨为主，未安排签约环节。"],
         fingerprint="未安排签约环节",
         must_contain=["来自13个国家19个城市的100余名代表", "探索近零碳排放示范工程建设"]),
    dict(id="gz05", site="gzfao", path="/wsdt/yclx/content/post_8490126.html", date="2022-09-01", source="市外办",
         title="广州市与日本福冈市举行视频会谈",
         paras=["8月30日，广州市副市长与日本福冈市副市长举行视频会谈，双方就环境保护、低碳城市建设和氢能利用等领域的合作"
                "交换了意见。",
                "福冈市介绍了该市提出的2040年实现温室气体净零排放的目标，以及在垃圾焚烧发电、污水处理厂沼气制氢等方面的做法。"
                "广州市介绍了近年来在新能源汽车推广和城市更新中推动绿色低碳发展的情况。",
                "双方表示，将在友好城市框架下加强环境领域交流，适时商签环境合作备忘录。",
                "广州与福冈于1979年缔结友好城市关系，是广州最早的国际友好城市之一。"],
         fingerprint="污水处理厂沼气制氢",
         must_contain=["双方就环境保护、低碳城市建设和氢能利用等领域的合作交换了意见",
                       "适时商签环境合作备忘录"]),

    # --- ulsan: Ulsan Metropolitan City's English news (sitemap, query URLs) ----------------------------------------
    dict(id="us01", site="ulsan", path="/eng/news/view.do?nttNo=28764", date="2024-11-26", writer="International Relations Division",
         title="Ulsan and Guangzhou become friendly cooperation cities, sign hydrogen pact with Hyundai Motor",
         paras=["Ulsan Metropolitan City announced on the 26th that it signed a friendly cooperation city agreement "
                "with Guangzhou, the capital of China's Guangdong Province, at the Garden Hotel in Guangzhou on the "
                "25th.",
                "On the same day, the city signed a business agreement on joint cooperation for the hydrogen "
                "ecosystem with the Guangzhou Municipal People's Government and Hyundai Motor Company. Ulsan Mayor "
                "Kim Doo-gyeom, Guangzhou Mayor Sun Zhiyang, Hyundai Motor President and CEO Chang Jae-hoon and "
                "Kang Sang-wook, Consul General of the Republic of Korea in Guangzhou, attended the ceremony.",
                "Under the business agreement, the three parties will form a Hydrogen Industry Council that meets "
                "every quarter, look for demonstration projects across the production, supply and use of hydrogen, "
                "and carry out joint research with universities and research institutes.",
                "\"Ulsan and Guangzhou have much in common as industrial cities,\" Mayor Kim said. \"Through this "
                "agreement we will open an era of economic partnership between local governments and make Ulsan a "
                "centre of the hydrogen industry.\"",
                "The delegation began its visit on the 22nd with a tour of HTWO Guangzhou, Hyundai Motor's first "
                "overseas hydrogen fuel cell system plant, which started production in Guangzhou's Huangpu District "
                "last year.",
                "Ulsan has set the goal of achieving carbon neutrality by 2050. With the new agreement, the city now "
                "has sister or friendly cooperation relations with 23 cities and regions in 15 countries."],
         fingerprint="a Hydrogen Industry Council that meets every quarter",
         must_contain=["signed a friendly cooperation city agreement with Guangzhou",
                       "with the Guangzhou Municipal People's Government and Hyundai Motor Company"]),
    dict(id="us02", site="ulsan", path="/eng/news/view.do?nttNo=28731", date="2024-11-21", writer="International Relations Division",
         title="Ulsan delegation heads to Guangzhou to build hydrogen partnership",
         paras=["A delegation led by Ulsan Mayor Kim Doo-gyeom will visit Guangzhou, China, from the 22nd to the 25th "
                "to strengthen cooperation with one of China's leading industrial cities.",
                "On the 22nd, the delegation will tour HTWO Guangzhou, Hyundai Motor's first overseas hydrogen fuel "
                "cell plant, to check the state of the hydrogen industry there.",
                "On the 25th, the city plans to sign a friendly cooperation city agreement with Guangzhou and a "
                "business agreement on the hydrogen ecosystem with Hyundai Motor Company.",
                "\"We will lay the foundation for leading the world economy together with Guangzhou,\" Mayor Kim "
                "said before departing."],
         fingerprint="lay the foundation for leading the world economy together with Guangzhou",
         must_contain=["the city plans to sign a friendly cooperation city agreement with Guangzhou",
                       "from the 22nd to the 25th"]),
    dict(id="us03", site="ulsan", path="/eng/news/view.do?nttNo=26118", date="2023-04-26", writer="International Relations Division",
         title="Delegation from sister city Changchun visits Ulsan for the first time in four years",
         paras=["A delegation from Changchun, Ulsan's sister city in China, visited Ulsan on the 25th. It was the first "
                "visit of a Changchun delegation since September 2019, when Party Secretary Wang Kai came to Ulsan for "
                "the 25th anniversary of the sister city relationship.",
                "Mayor Kim Doo-gyeom met Changchun Vice Mayor Li Weishu at City Hall and discussed ways to expand "
                "exchanges between the two cities and the events for next year's 30th anniversary.",
                "The delegation then visited the Hydrogen Fuel Cell Demonstration Center at Ulsan Technopark and "
                "looked at the city's hydrogen strategy and its green hydrogen production facilities.",
                "Changchun, the capital of Jilin Province, is home to China's first automobile factory. Ulsan and "
                "Changchun became sister cities in 1994 and have cooperated in the economy, culture and sports since "
                "then. No agreements were signed during the visit."],
         fingerprint="home to China's first automobile factory",
         must_contain=["Mayor Kim Doo-gyeom met Changchun Vice Mayor Li Weishu",
                       "No agreements were signed during the visit"]),
]
