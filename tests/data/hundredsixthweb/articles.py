"""Articles of the hundred-sixth test web (tests/hundredsixthweb.py), written for issue 17 (a held-out estimate of
US-CHINA ECOPARTNERSHIPS AND CLEAN-ENERGY RESEARCH CENTRES): a US agency-style media-note site, a Chinese NDRC/NEA-style
portal and a US university newsroom, about pairings of US and Chinese cities, utilities, universities and companies
signed under the US-China EcoPartnerships programme (four on one page, told again in Chinese and by the university),
the Clean Energy Research Center protocol of 2009 and its 2014 renewal, the renewed EPA memorandum with China's
environment ministry, the renewed fossil-energy protocol of the National Energy Administration and the Department of
Energy, the pledges stated beside them, and pages that conclude nothing (a workshop, a delegation visit, a campus
visit, a report release). Actors no other web uses.

The frames are real (the Ten-Year Framework of 2008, the EcoPartnerships programme and its signing ceremonies at the
Strategic and Economic Dialogue, the CERC protocol of November 2009 and its extension in November 2014, the EPA-China
environmental memorandum first signed in 1980, the 2014 joint announcement's targets); the pairings, officials' words,
days and bilateral details are written for the test and stand for a kind of sentence, not for a record to look up.

ecpnotes: an Office of the Spokesperson-style media-note site (English, "MEDIA NOTE", a paginated listing). ndrcnea:
a 国家发展改革委/国家能源局-style portal (GBK labelled gb2312, a sitemap). kstate: a US university newsroom (RSS).
"""
from __future__ import annotations

ARTICLES = [
    # --- ecpnotes: media notes of the Office of the Spokesperson -----------------------------------------------------
    dict(id="en01", site="ecpnotes", path="/r/pa/prs/ps/2014/07/228901.htm", date="2014-07-10",
         title="United States and China Announce Four New EcoPartnerships",
         paras=["The United States and China today welcomed four new EcoPartnerships, signed in Beijing on the "
                "margins of the Sixth U.S.-China Strategic and Economic Dialogue. Secretary of State John Kerry and "
                "National Development and Reform Commission Vice Chairman Xie Zhenhua witnessed the signing ceremony "
                "at the Diaoyutai State Guesthouse.",
                "The new EcoPartnerships are:",
                "The City of Boise, Idaho and the Liuzhou Municipal People's Government signed a memorandum of "
                "understanding on low-carbon district heating and building retrofits;",
                "Alliant Energy Corporation and State Grid Huzhou Power Supply Company signed an EcoPartnership "
                "agreement on distribution automation and rooftop solar interconnection;",
                "Cummins Inc. and Weichai Power Co., Ltd. signed an EcoPartnership agreement on the testing of "
                "low-emission heavy-duty diesel and natural gas engines; and",
                "Kansas State University and Northwest A&F University signed a memorandum of understanding on "
                "biogas from livestock waste and water-saving irrigation.",
                "Under the pairing, Liuzhou stated that it aims to raise the share of non-fossil energy in its "
                "energy consumption to 20 percent by 2020.",
                "EcoPartnerships are an initiative of the U.S.-China Ten-Year Framework for Cooperation on Energy "
                "and Environment, signed in 2008. Since the program began, the two governments have recognized 36 "
                "EcoPartnerships between U.S. and Chinese cities, companies, universities and non-profit "
                "organizations. Applications for the next round will open in the fall, and several proposals "
                "between port authorities and airport operators are already under review.",
                "For further information, please contact the Office of the Spokesperson."],
         fingerprint="distribution automation and rooftop solar interconnection",
         must_contain=["Cummins Inc. and Weichai Power Co., Ltd. signed an EcoPartnership agreement"]),
    dict(id="en02", site="ecpnotes", path="/r/pa/prs/ps/2014/11/234120.htm", date="2014-11-12",
         title="U.S.-China Clean Energy Research Center Renewed for Five More Years",
         paras=["The U.S. Department of Energy, China's Ministry of Science and Technology and China's National "
                "Energy Administration today renewed the protocol for the U.S.-China Clean Energy Research Center "
                "(CERC) in Beijing, extending the center's mandate through 2020.",
                "The renewed protocol adds a fourth research track on the water-energy nexus to the existing "
                "consortia on advanced coal technology, clean vehicles and building energy efficiency. The two "
                "sides intend to provide at least $200 million over five years, split equally between public "
                "and private funding in each country.",
                "The CERC was established by a protocol signed in Beijing in November 2009 by the Department of "
                "Energy, the Ministry of Science and Technology and the National Energy Administration. Its "
                "first five-year phase brought together more than 110 partners, including universities, national "
                "laboratories and private companies.",
                "The renewal was announced as President Barack Obama and President Xi Jinping issued the U.S.-China "
                "Joint Announcement on Climate Change in Beijing. In the joint announcement, the United States "
                "intends to achieve an economy-wide target of reducing its net greenhouse gas emissions by 26 to "
                "28 percent below its 2005 level in 2025. China intends to achieve the peaking of CO2 emissions "
                "around 2030 and to increase the share of non-fossil fuels in primary energy consumption to "
                "around 20 percent by 2030.",
                "\u201cThe Clean Energy Research Center has shown that our researchers can do more together than "
                "apart,\u201d an Energy Department official said. Officials said a carbon capture demonstration "
                "project and a possible fifth track on medium- and heavy-duty trucks would be discussed next year.",
                "For further information, please contact the Office of the Spokesperson."],
         fingerprint="adds a fourth research track on the water-energy nexus",
         must_contain=["extending the center's mandate through 2020"]),
    dict(id="en03", site="ecpnotes", path="/r/pa/prs/ps/2016/06/258044.htm", date="2016-06-08",
         title="EPA and China's Environment Ministry Renew Memorandum on Environmental Cooperation",
         paras=["U.S. Environmental Protection Agency (EPA) Administrator Gina McCarthy and Chinese Minister of "
                "Environmental Protection Chen Jining on Tuesday renewed the Memorandum of Understanding on "
                "Scientific and Technical Cooperation in the Field of the Environment at EPA headquarters in "
                "Washington.",
                "The memorandum, first signed in 1980, is one of the oldest bilateral environmental arrangements "
                "between the two countries. The renewed memorandum, which runs for five years, covers air quality "
                "management, water pollution control, soil remediation, chemical safety and environmental law "
                "enforcement.",
                "The Ministry of Environmental Protection, which became the Ministry of Ecology and Environment in "
                "2018, is EPA's main counterpart in China. Officials from both agencies will meet annually to "
                "review a joint work plan.",
                "Administrator McCarthy noted that the Clean Power Plan will cut carbon pollution from the power "
                "sector 32 percent below 2005 levels by 2030. Both sides also discussed cooperation on emissions "
                "from ships, but no agreement on that topic was reached.",
                "For further information, please contact the Office of the Spokesperson."],
         fingerprint="covers air quality management, water pollution control, soil remediation",
         must_contain=["one of the oldest bilateral environmental arrangements"]),
    dict(id="en04", site="ecpnotes", path="/r/pa/prs/ps/2015/09/247310.htm", date="2015-09-17",
         title="U.S.-China EcoPartnerships Workshop Convenes in Washington",
         paras=["Representatives of more than 30 U.S.-China EcoPartnerships met in Washington on Thursday for the "
                "program's annual workshop, hosted by the Department of State with the support of the Department of "
                "Energy.",
                "Participants shared lessons from projects on district energy, wetland restoration, clean vehicles "
                "and industrial efficiency, and heard from financing institutions about funding for pilot projects. "
                "A panel of city officials discussed how partnerships can outlast changes of leadership.",
                "No new EcoPartnerships were signed at the workshop. Officials said the next round of "
                "EcoPartnerships would be announced at a later date, and partners were encouraged to submit joint "
                "work plans by the end of the year.",
                "For further information, please contact the Office of the Spokesperson."],
         fingerprint="how partnerships can outlast changes of leadership",
         must_contain=["No new EcoPartnerships were signed at the workshop"]),

    # --- ndrcnea: an NDRC/NEA-style portal (GBK, sitemap) --------------------------------------------------------
    dict(id="zh01", site="ndrcnea", path="/gjhz/zmhz/200911/t20091118_3412.html", date="2009-11-18",
         title="中美签署清洁能源联合研究中心合作议定书",
         paras=["11月17日，在中美两国元首见证下，美国能源部、中国科学技术部和国家能源局在北京签署《关于中美清洁能源"
                "联合研究中心合作议定书》。美国能源部部长朱棣文、科学技术部部长万钢、国家发展改革委副主任兼国家能源局"
                "局长张国宝代表三方签字。",
                "根据议定书，中美清洁能源联合研究中心初期设立清洁煤（含碳捕集与封存）、清洁能源汽车和建筑能效三个优先"
                "领域，双方将在五年内共同投入1.5亿美元，由中美双方平均分担。",
                "张国宝表示，联合研究中心是中美两国在清洁能源领域开展务实合作的重要平台，将为两国科研机构和企业开展联合"
                "研发提供稳定的机制保障。",
                "据介绍，中美双方还将就页岩气、可再生能源并网等议题继续开展磋商，条件成熟时再签署相关合作文件。"],
         fingerprint="初期设立清洁煤（含碳捕集与封存）、清洁能源汽车和建筑能效三个优先领域",
         must_contain=["双方将在五年内共同投入1.5亿美元"]),
    dict(id="zh02", site="ndrcnea", path="/gjhz/zmhz/201407/t20140711_5208.html", date="2014-07-11",
         title="第六轮中美战略与经济对话期间新一批中美绿色合作伙伴签约",
         paras=["7月10日，第六轮中美战略与经济对话期间，新一批中美绿色合作伙伴签约仪式在北京钓鱼台国宾馆举行。国家发展"
                "改革委副主任解振华和美国国务卿克里出席并见证签约。",
                "此次签约的绿色合作伙伴共4对，分别是：柳州市人民政府与美国爱达荷州博伊西市，国网湖州供电公司与美国阿连特"
                "能源公司，潍柴动力股份有限公司与美国康明斯公司，西北农林科技大学与美国堪萨斯州立大学。",
                "柳州市在签约时表示，力争到2020年非化石能源占能源消费比重达到20%。",
                "中美绿色合作伙伴计划是《中美能源和环境十年合作框架》下的重要内容。自2008年启动以来，中美双方已先后确认"
                "36对绿色合作伙伴，涵盖城市、企业、高校和非政府组织。",
                "解振华表示，希望新一批绿色合作伙伴加强交流，尽快制定工作计划，推动项目落地。"],
         fingerprint="国网湖州供电公司与美国阿连特能源公司",
         must_contain=["新一批中美绿色合作伙伴签约仪式在北京钓鱼台国宾馆举行"]),
    dict(id="zh03", site="ndrcnea", path="/gjhz/zmhz/201005/t20100526_1877.html", date="2010-05-26",
         title="国家能源局与美国能源部续签化石能源技术合作议定书",
         paras=["5月25日，第二轮中美战略与经济对话期间，国家能源局与美国能源部在北京续签《中美化石能源技术开发和利用"
                "合作议定书》。国家能源局局长张国宝与美国能源部部长朱棣文代表双方签字。",
                "该议定书于2000年首次签署，此次续签后有效期为五年，合作领域包括先进燃煤发电、碳捕集利用与封存、煤层气"
                "开发和工业锅炉能效等。",
                "张国宝在签字后表示，中国将继续大力发展非化石能源，到2020年非化石能源占一次能源消费比重达到15%左右。",
                "双方同意在议定书框架下成立联合工作组，每年召开一次会议，评估合作进展。双方还就液化天然气贸易交换了意见。"],
         fingerprint="合作领域包括先进燃煤发电、碳捕集利用与封存、煤层气开发和工业锅炉能效",
         must_contain=["国家能源局与美国能源部在北京续签"]),
    dict(id="zh04", site="ndrcnea", path="/gjhz/zmhz/201503/t20150320_6630.html", date="2015-03-20",
         title="美国能源部代表团访问国家能源局",
         paras=["3月19日，国家能源局副局长会见了来访的美国能源部代表团，双方就中美清洁能源联合研究中心第二阶段工作"
                "安排、核电安全和能源统计等议题交换了意见。",
                "双方回顾了清洁能源联合研究中心成立以来在建筑节能、清洁煤和清洁汽车领域取得的成果，同意继续保持密切"
                "沟通，为年内召开的中美能源政策对话做好准备。",
                "国家能源局国际合作司、科技装备司有关负责同志参加会见。此次访问期间双方未签署新的合作文件。"],
         fingerprint="核电安全和能源统计等议题交换了意见",
         must_contain=["此次访问期间双方未签署新的合作文件"]),

    # --- kstate: a university newsroom (RSS) -------------------------------------------------------------------------
    dict(id="ks01", site="kstate", path="/media/news/2014/07/ecopartnership071414.html", date="2014-07-14",
         title="K-State and Northwest A&F University named U.S.-China EcoPartnership",
         paras=["MANHATTAN \u2014 Kansas State University and Northwest A&F University in Yangling, Shaanxi province, "
                "have become one of the newest U.S.-China EcoPartnerships.",
                "K-State President Kirk Schulz and Sun Qixin, president of Northwest A&F University, signed the "
                "memorandum of understanding Thursday in Beijing during a ceremony held alongside the U.S.-China "
                "Strategic and Economic Dialogue.",
                "The partnership will build on more than a decade of cooperation between the two land-grant-style "
                "universities. Researchers will test small-scale biogas digesters on dairy farms in Shaanxi and "
                "western Kansas and compare irrigation scheduling tools for wheat.",
                "\u201cBoth of our states farm in dry country, and both are trying to grow more with less water "
                "and less energy,\u201d Schulz said. \u201cThis partnership gives our students a place to work "
                "on that problem together.\u201d",
                "Faculty from the College of Agriculture and the Carl R. Ice College of Engineering will lead the "
                "first projects. A graduate student exchange is expected to begin next spring."],
         fingerprint="compare irrigation scheduling tools for wheat",
         must_contain=["signed the memorandum of understanding Thursday in Beijing"]),
    dict(id="ks02", site="kstate", path="/media/news/2015/04/cau041515.html", date="2015-04-15",
         title="K-State renews research agreement with China Agricultural University, sets campus emissions goal",
         paras=["MANHATTAN \u2014 Kansas State University and China Agricultural University renewed their research "
                "cooperation agreement on Monday at Anderson Hall.",
                "Provost April Mason and Vice President Gong Yuanshi of China Agricultural University signed the "
                "five-year renewal, which continues joint work on grain storage, animal health and renewable "
                "fuels. The universities first signed an agreement in 2010.",
                "The same week, the university released its first Climate Action Plan. Under the plan, Kansas State "
                "University commits to reduce greenhouse gas emissions from its campuses 25 percent below 2012 "
                "levels by 2025.",
                "Campus emissions fell about 6 percent between 2012 and 2014, mostly because of lighting and "
                "steam-system upgrades, according to the university's facilities office.",
                "\u201cWe ask our students to solve hard problems. We should hold our own buildings to the same "
                "standard,\u201d Mason said."],
         fingerprint="continues joint work on grain storage, animal health and renewable fuels",
         must_contain=["renewed their research cooperation agreement on Monday at Anderson Hall"]),
    dict(id="ks03", site="kstate", path="/media/news/2016/10/yangling101216.html", date="2016-10-12",
         title="Delegation from Yangling visits K-State biogas laboratory",
         paras=["MANHATTAN \u2014 A 12-member delegation from Northwest A&F University and the Yangling Agricultural "
                "High-tech Industries Demonstration Zone visited Kansas State University last week to see the "
                "biogas laboratory built under the universities' EcoPartnership.",
                "The visitors toured the Department of Biological and Agricultural Engineering, met with graduate "
                "students from both universities and visited a dairy near Abilene that hosts a pilot digester.",
                "No new agreement was signed during the visit. The two universities discussed a possible joint "
                "center on dryland agriculture and plan to continue the talks next year.",
                "\u201cEvery visit adds a few more people who know each other by name,\u201d said the K-State "
                "engineering professor who leads the project."],
         fingerprint="visited a dairy near Abilene that hosts a pilot digester",
         must_contain=["No new agreement was signed during the visit"]),
    dict(id="ks04", site="kstate", path="/media/news/2017/05/biogasreport050317.html", date="2017-05-03",
         title="EcoPartnership report: farm digesters cut emissions in Shaanxi and Kansas",
         paras=["MANHATTAN \u2014 Researchers at Kansas State University and Northwest A&F University released a "
                "report Tuesday on the first three years of their EcoPartnership.",
                "The report finds that 14 small biogas digesters installed on dairy farms in Shaanxi and Kansas "
                "avoided about 3,200 tonnes of carbon dioxide equivalent a year and cut the farms' purchases of "
                "propane and coal by about a third.",
                "The authors recommend that future projects pair digesters with manure storage covers and that "
                "local governments simplify permits for selling biogas power to the grid.",
                "The report will be presented at an agricultural engineering conference in Spokane this summer."],
         fingerprint="avoided about 3,200 tonnes of carbon dioxide equivalent a year",
         must_contain=["pair digesters with manure storage covers"]),
]
