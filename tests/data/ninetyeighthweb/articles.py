"""Articles of the ninety-eighth test web (tests/ninetyeighthweb.py), written for issue 17 (a held-out estimate of
CHINESE POWER AND SOLAR COMPANIES ABROAD): signings of China Huadian, SPIC and its units, China Three Gorges
International, China Datang's overseas arm, LONGi, Envision and Mingyang with ministries, agencies, utilities and a
national oil company of Uzbekistan, Azerbaijan, Peru, Malaysia, Colombia and Oman, several signings per page (a
"分别与A、B、C签署X、Y和Z" list with a ministry whose name holds a 、, a numbered list of three documents, "signed
... with A, B and C", "separate memorandums with A and B"), the companies' and countries' own targets, and pages that
conclude nothing (a site visit, a tender award, a minister meeting a delegation, a quarter's statistics, a quarter's
results): actors no other web uses.

zqnw: a central-SOE energy news portal (中企能源网, GBK, sitemap). minenergy: the English newsroom of Azerbaijan's
Ministry of Energy (paginated listing). orientwire: an English wire (OrientWire, RSS).

Facts: real, as far as the writer knows - the Tashkent International Investment Forum (3rd edition, 2-3 May 2024),
Baku Energy Week (4-6 June 2024), Azerbaijan's 30% renewable-capacity target for 2030 and 35%/40% below 1990 by
2030/2050, Malaysia's 70% renewable capacity by 2050, TNB's and Oman's net zero by 2050, Envision's 2028 value-chain
neutrality, LONGi's RE100 by 2028, China Three Gorges' ownership of Luz del Sur since 2020, the officials' names.
Invented or uncertain: every signing, its day, place, instrument and counterpart; Huadian's targets as worded; every
quote, figure, visit and result; all staff and chrome.
"""
from __future__ import annotations

ARTICLES = [
    # --- zqnw: a central-SOE energy news portal (GBK, sitemap) -------------------------------------------------
    dict(id="zq01", site="zqnw", path="/gjhz/202405/t20240504_81234.html", date="2024-05-04",
         title="中国华电在塔什干国际投资论坛期间签署三项合作文件",
         paras=["5月2日至3日，第三届塔什干国际投资论坛在乌兹别克斯坦首都塔什干举行。5月2日，在论坛开幕当天举行的签约仪式"
                "上，中国华电集团有限公司（以下简称“中国华电”）分别与乌兹别克斯坦能源部、乌兹别克斯坦投资、工业和贸易部、"
                "乌兹别克斯坦国家电网公司签署《撒马尔罕州1吉瓦光伏项目投资协议》《纳沃伊州风电项目合作备忘录》和《电网调峰"
                "储能项目合作协议》。",
                "中国华电董事长江毅与乌兹别克斯坦能源部部长米尔扎马赫穆多夫出席签约仪式并见证签约。据了解，本届论坛期间，"
                "乌方与各国企业共签署总额超过265亿美元的合作协议。",
                "撒马尔罕州光伏项目是中国华电在中亚地区投资建设的规模最大的新能源项目，建成后年发电量约22亿千瓦时，每年可"
                "减少二氧化碳排放约190万吨。纳沃伊州风电项目规划装机50万千瓦，将配套建设储能设施。",
                "江毅表示，中国华电将发挥在新能源开发、电网调峰等领域的技术和管理优势，与乌方携手推动项目早日落地见效，"
                "为乌兹别克斯坦能源转型贡献华电力量。",
                "近年来，中国华电积极服务共建“一带一路”，境外业务覆盖20余个国家和地区，在中亚地区已投运项目总装机超过"
                "100万千瓦。"],
         fingerprint="境外业务覆盖20余个国家和地区，在中亚地区已投运项目总装机超过100万千瓦",
         must_contain=["纳沃伊州风电项目规划装机50万千瓦"]),
    dict(id="zq02", site="zqnw", path="/gjhz/202504/t20250424_83517.html", date="2025-04-24",
         title="国家电投与阿塞拜疆签署三项能源合作文件",
         paras=["4月23日，在阿塞拜疆总统阿利耶夫对中国进行国事访问期间，国家电力投资集团有限公司（以下简称“国家电投”）"
                "与阿塞拜疆有关方面在北京签署三项能源合作文件。国家电投董事长刘明胜、阿塞拜疆能源部部长沙赫巴佐夫出席"
                "签约仪式。",
                "此次签署的合作文件包括：",
                "1．国家电投与阿塞拜疆共和国能源部签署《关于阿塞拜疆海上风电开发的合作谅解备忘录》；",
                "2．国家电投所属中国电力国际发展有限公司与阿塞拜疆国家石油公司签署《绿色氢能项目合作框架协议》；",
                "3．国家电投所属上海电力股份有限公司与阿塞拜疆可再生能源署签署《阿布歇伦半岛光伏电站项目合作协议》。",
                "刘明胜表示，阿塞拜疆风能、太阳能资源丰富，国家电投愿发挥清洁能源全产业链优势，与阿方在海上风电、绿氢和"
                "光伏等领域深化务实合作。沙赫巴佐夫表示，阿方欢迎中国企业参与阿塞拜疆能源转型。",
                "国家电投是全球最大的光伏发电企业，截至2024年底，清洁能源装机占比超过70%。"],
         fingerprint="国家电投是全球最大的光伏发电企业，截至2024年底，清洁能源装机占比超过70%",
         must_contain=["阿塞拜疆风能、太阳能资源丰富"]),
    dict(id="zq03", site="zqnw", path="/gjhz/202411/t20241115_82760.html", date="2024-11-15",
         title="三峡国际与秘鲁能源和矿业部签署可再生能源合作谅解备忘录",
         paras=["当地时间11月13日，中国三峡国际股份有限公司（以下简称“三峡国际”）与秘鲁能源和矿业部在利马签署《可再生能源"
                "开发合作谅解备忘录》。根据备忘录，双方将在水电、风电和光伏项目开发以及电网现代化等领域开展合作。",
                "同日，三峡国际还与秘鲁私人投资促进署签署《投资合作协议》，双方将共同推动秘鲁输配电和新能源项目落地。",
                "三峡国际自2020年收购秘鲁南方电力公司（Luz del Sur）以来，已成为秘鲁主要配电企业之一，为利马南部约120万"
                "用户供电。",
                "秘鲁能源和矿业部部长表示，秘鲁欢迎更多中国企业参与清洁能源投资。三峡国际有关负责人表示，将以此次签约为"
                "契机，持续扩大在秘鲁的清洁能源投资。"],
         fingerprint="已成为秘鲁主要配电企业之一，为利马南部约120万用户供电",
         must_contain=["双方将共同推动秘鲁输配电和新能源项目落地"]),
    dict(id="zq04", site="zqnw", path="/qyxw/202306/t20230628_79904.html", date="2023-06-28",
         title="中国华电印发碳达峰行动方案",
         paras=["日前，中国华电集团有限公司印发《碳达峰行动方案》，提出力争2025年实现碳排放达峰，“十四五”期间新增新能源"
                "装机7500万千瓦。",
                "方案明确，到2025年，中国华电非化石能源装机占比力争达到50%以上；到2030年，非化石能源装机占比力争达到60%。",
                "截至2022年底，中国华电装机容量达2.09亿千瓦，清洁能源装机占比达到49.8%，较2020年提高6个百分点。",
                "中国华电有关负责人表示，集团将坚决落实国家“力争2030年前实现碳达峰、2060年前实现碳中和”的目标要求，加快"
                "推进煤电清洁高效利用和新能源规模化发展。"],
         fingerprint="中国华电装机容量达2.09亿千瓦，清洁能源装机占比达到49.8%",
         must_contain=["加快推进煤电清洁高效利用和新能源规模化发展"]),
    dict(id="zq05", site="zqnw", path="/qyxw/202408/t20240823_81866.html", date="2024-08-23",
         title="国家电投有关领导赴哈萨克斯坦调研风电项目",
         paras=["8月20日至22日，国家电投有关领导赴哈萨克斯坦调研，实地察看了江布尔州风电项目建设现场，看望慰问项目一线员工。",
                "调研期间，国家电投有关领导与哈萨克斯坦能源部副部长进行了工作会谈，双方就扩大风电、光伏投资以及储能项目"
                "合作等议题交换了意见，同意保持密切沟通。",
                "江布尔州风电项目装机容量10万千瓦，预计2025年上半年全容量并网。",
                "调研组要求，项目团队要压实安全生产责任，高质量推进工程建设。"],
         fingerprint="江布尔州风电项目装机容量10万千瓦，预计2025年上半年全容量并网",
         must_contain=["同意保持密切沟通"]),
    dict(id="zq06", site="zqnw", path="/qyxw/202403/t20240314_80512.html", date="2024-03-14",
         title="中国大唐海外公司中标孟加拉国燃气电站运维项目",
         paras=["3月12日，中国大唐集团海外投资有限公司收到孟加拉国电力发展委员会发出的中标通知书，确认其为锡莱特225兆瓦"
                "联合循环燃气电站运行维护项目中标单位。",
                "该项目运维期为5年，是中国大唐在南亚地区中标的首个运维项目。项目合同预计将于近期签署。",
                "中国大唐海外公司有关负责人表示，将组建专业化运维团队，确保电站安全稳定运行。"],
         fingerprint="该项目运维期为5年，是中国大唐在南亚地区中标的首个运维项目",
         must_contain=["将组建专业化运维团队，确保电站安全稳定运行"]),

    # --- minenergy: the English newsroom of Azerbaijan's Ministry of Energy (paginated) ----------------------
    dict(id="mn01", site="minenergy", path="/en/news/news-archive/2025/04/23/documents-signed-with-spic",
         date="2025-04-23",
         title="Documents on offshore wind, green hydrogen and solar signed with Chinese companies",
         paras=["On April 23, within the framework of the state visit of President of the Republic of Azerbaijan Ilham "
                "Aliyev to the People's Republic of China, a number of documents on energy cooperation were signed in "
                "Beijing.",
                "Minister of Energy Parviz Shahbazov and Chairman of State Power Investment Corporation (SPIC) Liu "
                "Mingsheng signed a Memorandum of Understanding on cooperation in the development of offshore wind "
                "energy in Azerbaijan.",
                "In addition, SOCAR and China Power International Development Limited, a subsidiary of SPIC, signed a "
                "Framework Agreement on green hydrogen projects, while the Azerbaijan Renewable Energy Agency under the "
                "Ministry of Energy and Shanghai Electric Power Co., Ltd. signed an Agreement on a solar power plant on "
                "the Absheron peninsula.",
                "Speaking at the ceremony, Minister Shahbazov noted that cooperation with Chinese companies in renewable "
                "energy serves the diversification of Azerbaijan's energy mix and the export of green energy to Europe.",
                "SPIC operates more than 240 GW of installed capacity, of which clean energy accounts for over 70 "
                "percent."],
         fingerprint="SPIC operates more than 240 GW of installed capacity, of which clean energy accounts for over 70",
         must_contain=["serves the diversification of Azerbaijan's energy mix"]),
    dict(id="mn02", site="minenergy", path="/en/news/news-archive/2024/06/04/baku-energy-forum-documents",
         date="2024-06-04",
         title="Memoranda with Chinese companies signed at Baku Energy Forum",
         paras=["The 29th Baku Energy Forum, held within Baku Energy Week on 4-6 June, brought together ministers, heads "
                "of international organizations and energy companies from more than 50 countries.",
                "On June 4, on the sidelines of the forum, the Ministry of Energy signed the following documents with "
                "Chinese companies:",
                "1) Memorandum of Understanding with China Datang Overseas Investment Co., Ltd. on a 1 GW solar and "
                "battery storage project;",
                "2) Memorandum of Understanding with Envision Energy on onshore wind power plants with a total capacity "
                "of 500 MW;",
                "3) Memorandum of Understanding with LONGi Green Energy Technology Co., Ltd. on the localization of "
                "solar panel production.",
                "The documents were signed by Deputy Minister of Energy Elnur Soltanov and the heads of the companies.",
                "Azerbaijan aims to raise the share of renewable energy in its installed power capacity to 30 percent "
                "by 2030. The country has also committed to reducing its greenhouse gas emissions by 35 percent by 2030 "
                "and by 40 percent by 2050 compared with 1990.",
                "Over 18,000 participants attended the events of Baku Energy Week this year."],
         fingerprint="Over 18,000 participants attended the events of Baku Energy Week this year",
         must_contain=["The documents were signed by Deputy Minister of Energy Elnur Soltanov"]),
    dict(id="mn03", site="minenergy", path="/en/news/news-archive/2024/09/18/minister-receives-mingyang",
         date="2024-09-18",
         title="Minister of Energy receives Mingyang Smart Energy delegation",
         paras=["Minister of Energy Parviz Shahbazov met with a delegation of Mingyang Smart Energy Group led by its "
                "Vice President.",
                "The meeting discussed prospects for cooperation in offshore wind, the potential of the Caspian Sea and "
                "the localization of wind turbine components in Azerbaijan.",
                "The Minister noted that a roadmap for offshore wind developed with the World Bank puts the technical "
                "potential of the Azerbaijani sector of the Caspian at 157 GW.",
                "The guests presented the company's experience in floating wind technologies. The parties agreed to "
                "continue discussions on possible projects."],
         fingerprint="The guests presented the company's experience in floating wind technologies",
         must_contain=["puts the technical potential of the Azerbaijani sector of the Caspian at 157 GW"]),
    dict(id="mn04", site="minenergy", path="/en/news/news-archive/2024/04/12/first-quarter-electricity",
         date="2024-04-12",
         title="Electricity generation in the first quarter of 2024",
         paras=["In January-March 2024, power plants of Azerbaijan generated 7.1 billion kWh of electricity, 3.4 percent "
                "more than in the same period last year.",
                "Thermal power plants produced 6.5 billion kWh, hydropower plants 0.41 billion kWh, and solar and wind "
                "power plants 0.19 billion kWh. Renewable sources accounted for 8.5 percent of generation.",
                "Electricity exports amounted to 0.87 billion kWh, mainly to Georgia and Türkiye."],
         fingerprint="Electricity exports amounted to 0.87 billion kWh, mainly to Georgia and",
         must_contain=["Renewable sources accounted for 8.5 percent of generation"]),

    # --- orientwire: an English wire (RSS) -------------------------------------------------------------------
    dict(id="ow01", site="orientwire", path="/article/energy/tenaga-chinese-solar-idOWT20241007a", date="2024-10-07",
         title="Malaysia's Tenaga signs solar, storage pacts with China's Datang and LONGi",
         paras=["KUALA LUMPUR, Oct 7 (OrientWire) - Malaysia's national utility Tenaga Nasional Berhad (TNB) signed "
                "separate memorandums of understanding with China Datang Corp and LONGi Green Energy Technology on "
                "Monday to study large-scale solar farms and battery storage in peninsular Malaysia.",
                "The agreements were exchanged in Kuala Lumpur in the presence of Malaysia's Minister of Energy "
                "Transition and Water Transformation Fadillah Yusof.",
                "TNB, which has pledged to reach net zero emissions by 2050, said the studies would support Malaysia's "
                "target of raising renewable energy to 70 percent of installed capacity by 2050.",
                "LONGi, the world's largest maker of solar wafers, has committed to using 100 percent renewable "
                "electricity across its global operations by 2028. It already runs a module plant in Kuching.",
                "TNB shares rose 1.2 percent to 13.98 ringgit.",
                "(Reporting by Nur Aisyah; Editing by Martin Cole)"],
         fingerprint="TNB shares rose 1.2 percent to 13.98 ringgit",
         must_contain=["It already runs a module plant in Kuching"]),
    dict(id="ow02", site="orientwire", path="/article/energy/colombia-envision-wind-idOWT20240227b", date="2024-02-27",
         title="Colombia, China's Envision sign wind and hydrogen memorandum",
         paras=["BOGOTA, Feb 27 (OrientWire) - Colombia's Ministry of Mines and Energy and Chinese wind turbine maker "
                "Envision Energy signed a memorandum of understanding on Tuesday to develop wind power and green "
                "hydrogen projects in the northern region of La Guajira.",
                "The ministry said the memorandum covers resource assessment, grid connection studies and training of "
                "local technicians, but does not commit either side to investments.",
                "Envision, which says its own operations have been carbon neutral since 2022, aims to achieve carbon "
                "neutrality across its entire value chain by 2028.",
                "La Guajira has more than a dozen wind projects planned, though several have been delayed by community "
                "consultations.",
                "(Reporting by Camila Rojas; Editing by Martin Cole)"],
         fingerprint="La Guajira has more than a dozen wind projects planned",
         must_contain=["does not commit either side to investments"]),
    dict(id="ow03", site="orientwire", path="/article/energy/oman-chinese-renewables-idOWT20250115c", date="2025-01-15",
         title="Oman signs renewables agreements with three Chinese firms",
         paras=["MUSCAT, Jan 15 (OrientWire) - Oman's Ministry of Energy and Minerals signed agreements with China "
                "Huadian Corp, China Three Gorges International and Envision Energy on Wednesday, covering solar, wind "
                "and green hydrogen projects in the Dhofar and Al Wusta governorates.",
                "Minister of Energy and Minerals Salim bin Nasser Al Aufi said the agreements were part of the "
                "sultanate's plan to reach net zero emissions by 2050.",
                "Huadian will study a 1 GW solar plant, Three Gorges International a wind farm of up to 500 MW, and "
                "Envision a wind-to-hydrogen project, the ministry said in a statement.",
                "Oman has awarded eight hydrogen blocks since 2023.",
                "(Reporting by Yousef Hamdan; Editing by Tom Ellis)"],
         fingerprint="Oman has awarded eight hydrogen blocks since 2023",
         must_contain=["Envision a wind-to-hydrogen project"]),
    dict(id="ow04", site="orientwire", path="/article/business/longi-quarterly-loss-idOWT20241031d", date="2024-10-31",
         title="LONGi posts third-quarter loss as module prices slump",
         paras=["SHANGHAI, Oct 31 (OrientWire) - LONGi Green Energy Technology reported a net loss of 2.5 billion yuan "
                "for the third quarter on Thursday, its fifth straight quarterly loss, as oversupply pushed module "
                "prices to record lows.",
                "Revenue fell 48 percent from a year earlier to 17.7 billion yuan, the company said in a filing to the "
                "Shanghai Stock Exchange.",
                "Analysts expect the industry's consolidation to continue into next year.",
                "(Reporting by Li Wen; Editing by Tom Ellis)"],
         fingerprint="Analysts expect the industry's consolidation to continue into next year",
         must_contain=["its fifth straight quarterly loss"]),
]
