"""The articles of the ninth test web (tests/ninthweb.py): a ministry's news page and an energy-industry portal, in
Simplified Chinese (one reprint from Macao in Traditional), about climate cooperation of Chinese cities, companies,
institutes and ministries with partners in Europe, Japan, Korea and Southeast Asia, and provincial 碳达峰 plans.
`python tests/data/ninthweb/build.py` writes sites/ from them.

The frames are real (the climate envoys' talks in Beijing in July 2023, China's South-South climate cooperation and
the Vientiane Saysettha low-carbon zone, Shanghai's and Guangdong's 碳达峰实施方案, the Northeast Asia grid
interconnection memorandum of State Grid, KEPCO, SoftBank and Rosseti of March 2016, CATL's memorandum with
Stellantis of November 2023, the sister cities of China and Germany, Macao's MIECF); some details (the Sino-German
forum's list of signings, the Tsinghua institute's letter of intent, the Macao talks, exact days) are written for
the test and stand for a kind of sentence, not for a record to look up.

Each article: id, site, path, date (page date, ISO), title, paras, fingerprint (a body string only this page holds),
must_contain.
"""

ARTICLES = [
    # --- mee: a ministry's news page (Simplified) ---------------------------------------------------------------
    dict(id="m01", site="mee", path="/ywdt/hjywnews/202307/t20230719_1036588.shtml", date="2023-07-19",
         title="中美气候变化特使在京举行会谈",
         paras=["7月16日至19日，美国总统气候问题特使克里访华。中国气候变化事务特使解振华与克里在北京举行会谈，双方就应对气候变化合作深入交换意见。",
                "双方回顾了2021年在格拉斯哥共同发表的《中美关于在21世纪20年代强化气候行动的格拉斯哥联合宣言》的落实情况，同意继续保持沟通，为第二十八届联合国气候变化大会取得成功共同努力。",
                "双方还就甲烷排放控制、地方气候合作等议题进行了洽谈，有关合作文件的签署将视磋商进展另行安排。"],
         fingerprint="有关合作文件的签署将视磋商进展另行安排", must_contain=["双方就应对气候变化合作深入交换意见"]),
    dict(id="m02", site="mee", path="/ywdt/hjywnews/202309/t20230912_1040771.shtml", date="2023-09-12",
         title="生态环境部与老挝自然资源与环境部签署低碳示范区合作谅解备忘录",
         paras=["9月12日，生态环境部与老挝自然资源与环境部以视频连线方式签署《关于合作建设万象赛色塔低碳示范区的谅解备忘录》。",
                "生态环境部副部长赵英民与老挝自然资源与环境部副部长代表双方签署并互换协议文本。根据备忘录，中方将为示范区提供光伏路灯、新能源汽车等物资，并开展能力建设培训。",
                "此前，生态环境部已与40余个发展中国家签署应对气候变化南南合作谅解备忘录。"],
         fingerprint="并开展能力建设培训", must_contain=["以视频连线方式签署"]),
    dict(id="m03", site="mee", path="/ywdt/dfnews/202207/t20220728_990153.shtml", date="2022-07-28",
         title="上海市印发碳达峰实施方案",
         paras=["近日，上海市人民政府印发《上海市碳达峰实施方案》。",
                "方案提出，到2025年，上海市非化石能源占能源消费总量比重力争达到20%，单位生产总值能源消耗比2020年下降14%。",
                "到2030年，非化石能源占能源消费总量比重力争达到25%，单位生产总值二氧化碳排放比2005年下降70%，确保2030年前实现碳达峰。"],
         fingerprint="单位生产总值能源消耗比2020年下降14%", must_contain=["确保2030年前实现碳达峰"]),
    dict(id="m04", site="mee", path="/ywdt/hjywnews/201910/t20191017_737832.shtml", date="2019-10-17",
         title="第二届中德城市可持续发展论坛在南京举行 三对友好城市签署合作文件",
         paras=["10月16日，第二届中德城市可持续发展论坛在南京举行，来自两国的20余个城市代表参加。",
                "论坛期间，三对中德友好城市签署合作文件：",
                "一、上海市与汉堡市签署《关于港口绿色低碳发展的合作备忘录》；",
                "二、南京市与莱比锡市签署《低碳城市合作意向书》；",
                "三、武汉市与杜伊斯堡市签署氢能合作框架协议。",
                "论坛期间共签约项目15个，总投资约80亿元。"],
         fingerprint="来自两国的20余个城市代表参加", must_contain=["三对中德友好城市签署合作文件"]),
    # --- energy: an energy-industry news portal (Simplified; one reprint in Traditional) ------------------------
    dict(id="e01", site="energy", path="/news/20160331/720145.shtml", date="2016-03-31",
         title="中日韩俄四国电力企业签署东北亚电力联网合作备忘录",
         paras=["3月30日，全球能源互联网大会在北京开幕，大会为期两天。",
                "大会期间，国家电网公司、韩国电力公社、日本软银集团和俄罗斯电网公司共同签署《东北亚电力联网合作备忘录》。",
                "根据备忘录，四方将共同开展东北亚电力联网的前期研究，推动区域清洁能源开发。"],
         fingerprint="推动区域清洁能源开发", must_contain=["共同签署《东北亚电力联网合作备忘录》"]),
    dict(id="e02", site="energy", path="/news/20231122/1345678.shtml", date="2023-11-22",
         title="宁德时代与Stellantis集团签署谅解备忘录",
         paras=["11月21日，宁德时代与Stellantis集团宣布，双方就在欧洲本地供应磷酸铁锂电池电芯和模组达成一致并签署谅解备忘录。",
                "双方还将探讨在欧洲成立合资公司的可能性，助力Stellantis实现2038年碳净零排放的目标。"],
         fingerprint="磷酸铁锂电池电芯和模组", must_contain=["达成一致并签署谅解备忘录"]),
    dict(id="e03", site="energy", path="/news/20231026/1339021.shtml", date="2023-10-26",
         title="清华大学气候院与日本地球环境战略研究所签署合作意向书",
         paras=["10月25日，清华大学气候变化与可持续发展研究院与日本地球环境战略研究所（IGES）在北京签署合作意向书。",
                "双方将在碳中和路径、城市低碳转型和气候政策评估等领域开展联合研究与人员交流。"],
         fingerprint="气候政策评估等领域开展联合研究与人员交流", must_contain=["签署合作意向书"]),
    dict(id="e04", site="energy", path="/news/20230207/1280933.shtml", date="2023-02-07",
         title="广东省碳达峰实施方案印发",
         paras=["2月7日，广东省人民政府印发《广东省碳达峰实施方案》。",
                "方案明确，到2025年，广东省非化石能源消费比重力争达到32%以上；到2030年，非化石能源消费比重达到35%左右，确保2030年前实现碳达峰。"],
         fingerprint="非化石能源消费比重力争达到32%以上", must_contain=["确保2030年前实现碳达峰"]),
    dict(id="e05", site="energy", path="/news/20231018/1336610.shtml", date="2023-10-18",
         title="澳門與新加坡洽談綠色金融合作",
         paras=["澳門特區政府經濟及科技發展局與新加坡企業發展局代表團日前就綠色金融合作進行洽談，雙方達成合作意向，擬簽署戰略合作協議。",
                "相關合作協議簽約儀式將於明年舉行的澳門國際環保合作發展論壇及展覽期間舉行。",
                "雙方回顧了澳門與廣東省2002年簽署《粵澳環保合作協議》以來的區域合作成果。本屆論壇及展覽現場簽約項目12個。"],
         fingerprint="以來的區域合作成果", must_contain=["雙方達成合作意向"]),
]
