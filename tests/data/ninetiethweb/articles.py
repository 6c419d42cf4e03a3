"""Articles of the ninetieth test web (tests/ninetiethweb.py), written for issue 17 (a held-out estimate of
CORPORATE DISCLOSURES): the announcements page of a Hong Kong-listed renewables company (voluntary announcements
with defined terms in bold quotes, a results announcement, a green note issue), the 公告 page of a Chinese A-share
wind-turbine maker (证券代码 headers, 甲方/乙方, a 提示性公告 of a deal not yet signed, a board election) and a
European chemicals company's English newsroom (a power purchase agreement "inked", climate targets, a partnership
"sealed" with a city, a sustainability report, talks that conclude nothing). Actors no other web uses.

Paragraph text may mark bold defined terms with **...** (the HK template renders them as <strong>).

hkir: Concord New Energy Group's investor-relations announcements. wdir: 运达股份's 公司公告. cvnews: Covestro's
newsroom.
"""
from __future__ import annotations

_HKEX = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
         "for the contents of this announcement, make no representation as to its accuracy or completeness and "
         "expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the "
         "whole or any part of the contents of this announcement.")
_HEAD = "CONCORD NEW ENERGY GROUP LIMITED 協合新能源集團有限公司 (Incorporated in Bermuda with limited liability) (Stock Code: 182)"
_BOARD = ("As at the date of this announcement, the Board comprises four executive Directors and three independent "
          "non-executive Directors.")
_TRUE = "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"
_ABOUT = ("About Covestro: With 2025 sales of EUR 13.4 billion, Covestro is among the world's leading manufacturers of "
          "high-quality polymer materials and their components. The company has 48 production sites worldwide and "
          "employed approximately 17,500 people at the end of 2025.")

ARTICLES = [
    # --- hkir: a Hong Kong-listed company's announcements (English) --------------------------------------------
    dict(id="hk01", site="hkir", path="/en/ir/announcements/2026/20260319-hami.html", date="2026-03-19",
         title="Voluntary Announcement – Strategic Cooperation Framework Agreement with the People's Government of "
               "Hami City",
         paras=[_HKEX, _HEAD,
                "VOLUNTARY ANNOUNCEMENT STRATEGIC COOPERATION FRAMEWORK AGREEMENT WITH THE PEOPLE'S GOVERNMENT OF "
                "HAMI CITY",
                "This announcement is made by Concord New Energy Group Limited (the **\"Company\"**, together with its "
                "subsidiaries, the **\"Group\"**) on a voluntary basis to keep the shareholders of the Company and "
                "potential investors informed of the latest business development of the Group.",
                "The board of directors of the Company (the **\"Board\"**) is pleased to announce that on 18 March "
                "2026, the Company entered into a strategic cooperation framework agreement (the **\"Agreement\"**) "
                "with the People's Government of Hami City, Xinjiang Uygur Autonomous Region, the People's Republic of "
                "China (the **\"Hami Government\"**) in Hami.",
                "PRINCIPAL TERMS OF THE AGREEMENT",
                "Pursuant to the Agreement, the Hami Government will support the Group in developing wind, solar and "
                "energy storage projects with a total installed capacity of approximately 2,000 MW in Hami in phases, "
                "including a wind power base along the Hami–Chongqing ultra-high-voltage transmission line, and in "
                "exploring green hydrogen production for local industrial users. The Group will set up a regional "
                "operation and maintenance centre in Hami.",
                "The Agreement is a framework agreement setting out the intention of the parties for cooperation. The "
                "specific terms of each project shall be subject to definitive agreements to be entered into between "
                "the parties, and the Agreement does not constitute a legally binding commitment of the Group in "
                "respect of any investment.",
                "REASONS FOR AND BENEFITS OF ENTERING INTO THE AGREEMENT",
                "Hami is one of the regions in China richest in wind and solar resources. The Board believes that the "
                "Agreement will enable the Group to secure quality resources for its wind and solar power business "
                "and is in line with the Group's strategy of expanding its self-owned power plants in regions with "
                "favourable resources. The Directors consider that the Agreement is in the interests of the Company "
                "and its shareholders as a whole.",
                "As no definitive agreement has been entered into as at the date of this announcement, the "
                "cooperation contemplated under the Agreement may or may not proceed. Shareholders and potential "
                "investors are advised to exercise caution when dealing in the shares of the Company.",
                "By order of the Board Concord New Energy Group Limited Liu Shunxing Chairman Hong Kong, 19 March 2026",
                _BOARD],
         fingerprint="Hami is one of the regions in China richest in wind and solar resources",
         must_contain=["the Company entered into a strategic cooperation framework agreement",
                       "The Group will set up a regional operation and maintenance centre in Hami"]),
    dict(id="hk02", site="hkir", path="/en/ir/announcements/2026/20260327-results.html", date="2026-03-27",
         title="Annual Results Announcement for the Year Ended 31 December 2025",
         paras=[_HKEX, _HEAD,
                "ANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2025",
                "The Board of Concord New Energy Group Limited (the **\"Company\"**) announces the audited "
                "consolidated results of the Company and its subsidiaries (the **\"Group\"**) for the year ended 31 "
                "December 2025, together with the comparative figures for the year ended 31 December 2024.",
                "FINANCIAL HIGHLIGHTS",
                "Revenue increased by 11.4% to RMB3,318 million. Profit attributable to owners of the Company amounted "
                "to RMB886 million. The Board recommends the payment of a final dividend of HK$0.03 per share for the "
                "year ended 31 December 2025.",
                "BUSINESS REVIEW",
                "As at 31 December 2025, the Group's attributable installed capacity of wind and solar power plants "
                "reached 5,120 MW, and its power generation for the year was 11,206 GWh, equivalent to saving about "
                "3.4 million tonnes of standard coal and reducing carbon dioxide emissions by about 9.2 million "
                "tonnes.",
                "During the year, the Group entered into strategic cooperation agreements with several local "
                "governments in Inner Mongolia, Hebei and Yunnan, and completed the acquisition of two wind farms in "
                "Shandong.",
                "OUTLOOK",
                "With the national goals of carbon peaking and carbon neutrality in place, the Group expects new "
                "installations of wind and solar power in China to remain high. The Group will continue to expand "
                "its self-owned power plants and its energy storage business while keeping a prudent gearing level.",
                "By order of the Board Concord New Energy Group Limited Liu Shunxing Chairman Hong Kong, 27 March 2026",
                _BOARD],
         fingerprint="the Group's attributable installed capacity of wind and solar power plants reached 5,120 MW",
         must_contain=["The Board recommends the payment of a final dividend of HK$0.03 per share"]),
    dict(id="hk03", site="hkir", path="/en/ir/announcements/2026/20260512-mou.html", date="2026-05-12",
         title="Voluntary Announcement – Memorandum of Understanding in relation to Energy Storage Cooperation",
         paras=[_HKEX, _HEAD,
                "VOLUNTARY ANNOUNCEMENT MEMORANDUM OF UNDERSTANDING IN RELATION TO ENERGY STORAGE COOPERATION",
                "This announcement is made by Concord New Energy Group Limited (the **\"Company\"**, together with its "
                "subsidiaries, the **\"Group\"**) on a voluntary basis.",
                "The board of directors of the Company (the **\"Board\"**) is pleased to announce that on 11 May 2026, "
                "Concord Energy Storage Investment (Beijing) Co., Ltd.*, a wholly-owned subsidiary of the Company "
                "(**\"Concord Storage\"**), entered into a memorandum of understanding (the **\"MOU\"**) with Xiamen "
                "Hithium Energy Storage Technology Co., Ltd. (**\"Hithium\"**) in relation to cooperation in "
                "grid-side energy storage.",
                "Pursuant to the MOU, Hithium intends to supply lithium iron phosphate energy storage systems with an "
                "aggregate capacity of up to 4 GWh to the Group's projects in the PRC from 2026 to 2028, and the "
                "parties will jointly develop long-duration storage solutions for the Group's wind and solar power "
                "plants.",
                "The MOU does not constitute a legally binding agreement save for the provisions relating to "
                "confidentiality and governing law. The terms of any supply shall be set out in definitive contracts.",
                "INFORMATION ON HITHIUM",
                "Hithium is a company established in the PRC and principally engaged in the research, development and "
                "manufacture of lithium-ion energy storage batteries and systems. To the best of the Directors' "
                "knowledge, information and belief, Hithium and its ultimate beneficial owners are third parties "
                "independent of the Company and its connected persons.",
                "By order of the Board Concord New Energy Group Limited Liu Shunxing Chairman Hong Kong, 12 May 2026",
                "* For identification purposes only", _BOARD],
         fingerprint="Hithium is a company established in the PRC and principally engaged in the research",
         must_contain=["in relation to cooperation in grid-side energy storage"]),
    dict(id="hk04", site="hkir", path="/en/ir/announcements/2026/20260708-notes.html", date="2026-07-08",
         title="Announcement – Completion of Issue of Green Medium-Term Notes",
         paras=[_HKEX, _HEAD,
                "ANNOUNCEMENT COMPLETION OF ISSUE OF GREEN MEDIUM-TERM NOTES",
                "The board of directors (the **\"Board\"**) of Concord New Energy Group Limited (the **\"Company\"**) "
                "announces that on 7 July 2026, Concord New Energy (Beijing) Co., Ltd.*, a wholly-owned subsidiary "
                "of the Company, completed the issue of the first tranche of its 2026 green medium-term notes (the "
                "**\"Green Notes\"**) in the national inter-bank bond market of the PRC.",
                "The Green Notes have an aggregate principal amount of RMB1,000 million, a term of three years and a "
                "coupon rate of 2.35% per annum. China Merchants Bank Co., Ltd. acted as the lead underwriter.",
                "The proceeds will be used to finance wind and solar power projects of the Group that are eligible "
                "under the Green Bond Endorsed Projects Catalogue. The projects financed are expected to avoid about "
                "610,000 tonnes of carbon dioxide emissions a year.",
                "By order of the Board Concord New Energy Group Limited Liu Shunxing Chairman Hong Kong, 8 July 2026",
                "* For identification purposes only", _BOARD],
         fingerprint="The Green Notes have an aggregate principal amount of RMB1,000 million",
         must_contain=["China Merchants Bank Co., Ltd. acted as the lead underwriter"]),
    # --- wdir: a Chinese A-share company's 公司公告 (Simplified Chinese) ------------------------------------------
    dict(id="cn01", site="wdir", path="/tzzgx/gsgg/202604/t20260417_1031.html", date="2026-04-17",
         title="运达股份：关于签订战略合作框架协议的公告",
         paras=["证券代码：300772 证券简称：运达股份 公告编号：2026-031",
                "运达能源科技集团股份有限公司关于签订战略合作框架协议的公告", _TRUE,
                "特别提示：1、本次签订的《战略合作框架协议》（以下简称“本协议”）为双方合作意向的框架性约定，具体合作项目的实施以"
                "双方另行签订的项目协议为准，项目实施存在不确定性。2、本协议的签订预计不会对公司2026年度经营业绩产生重大影响。",
                "一、协议签订概况",
                "2026年4月16日，运达能源科技集团股份有限公司（以下简称“公司”或“乙方”）与乌兰察布市人民政府（以下简称“甲方”）"
                "在乌兰察布市签订了《战略合作框架协议》。双方将在风电装备制造、新能源项目开发、绿电制氢等领域开展全面合作。",
                "本协议为框架性协议，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，无需提交公司董事会或股东会审议。",
                "二、交易对手方介绍",
                "名称：乌兰察布市人民政府。性质：地方人民政府。关联关系说明：甲方与公司及公司控股股东、实际控制人、董事、高级管理人员"
                "不存在关联关系。最近三年公司与甲方未发生类似交易。",
                "三、协议的主要内容",
                "甲方：乌兰察布市人民政府 乙方：运达能源科技集团股份有限公司",
                "（一）乙方拟在乌兰察布市投资建设年产300套大兆瓦风电机组总装基地，并在甲方支持下推进风电项目开发；甲方为乙方项目"
                "建设提供用地、电网接入等方面的协调服务。（二）本协议自双方法定代表人或授权代表签字并加盖公章之日起生效。",
                "四、对公司的影响",
                "本协议的签订有利于公司拓展内蒙古地区风电市场，发挥公司在大兆瓦风电机组方面的技术优势，符合公司发展战略。",
                "五、风险提示",
                "本协议为框架性协议，后续具体项目的投资金额、实施进度存在不确定性。敬请广大投资者注意投资风险。",
                "特此公告。", "运达能源科技集团股份有限公司董事会 2026年4月17日"],
         fingerprint="乙方拟在乌兰察布市投资建设年产300套大兆瓦风电机组总装基地",
         must_contain=["双方将在风电装备制造、新能源项目开发、绿电制氢等领域开展全面合作"]),
    dict(id="cn02", site="wdir", path="/tzzgx/gsgg/202606/t20260610_1077.html", date="2026-06-10",
         title="运达股份：关于与浙江省能源集团有限公司签订战略合作协议的公告",
         paras=["证券代码：300772 证券简称：运达股份 公告编号：2026-046",
                "运达能源科技集团股份有限公司关于与浙江省能源集团有限公司签订战略合作协议的公告", _TRUE,
                "一、协议签订概况",
                "2026年6月9日，公司与浙江省能源集团有限公司（以下简称“浙能集团”）在杭州签订了《战略合作协议》。双方将围绕海上风电"
                "装备、深远海风电项目开发及运维、新型储能等领域开展合作，共同助力浙江省新型能源体系建设。",
                "二、交易对手方介绍",
                "浙能集团成立于2001年，是浙江省属国有能源企业，主要从事电力、煤炭、天然气及新能源的投资、建设和运营。浙能集团与公司"
                "不存在关联关系。",
                "三、协议的主要内容",
                "甲方：浙江省能源集团有限公司 乙方：运达能源科技集团股份有限公司",
                "1、双方同意在浙江省海上风电项目开发中开展合作，甲方在同等条件下优先选用乙方风电机组；2、双方将共同开展16兆瓦级以上"
                "海上风电机组的示范应用；3、双方建立高层定期会晤机制。",
                "四、对公司的影响及风险提示",
                "本协议为战略合作协议，具体合作事项以双方另行签订的合同为准。本协议的签订预计不会对公司本年度经营业绩产生重大影响，"
                "敬请广大投资者注意投资风险。",
                "特此公告。", "运达能源科技集团股份有限公司董事会 2026年6月10日"],
         fingerprint="甲方在同等条件下优先选用乙方风电机组",
         must_contain=["双方将围绕海上风电装备、深远海风电项目开发及运维、新型储能等领域开展合作"]),
    dict(id="cn03", site="wdir", path="/tzzgx/gsgg/202608/t20260820_1109.html", date="2026-08-20",
         title="运达股份：关于筹划签订新能源项目投资协议的提示性公告",
         paras=["证券代码：300772 证券简称：运达股份 公告编号：2026-058",
                "运达能源科技集团股份有限公司关于筹划签订新能源项目投资协议的提示性公告", _TRUE,
                "一、事项概述",
                "公司拟与巴彦淖尔市人民政府就在巴彦淖尔市投资建设100万千瓦风储一体化项目签订投资协议，项目总投资预计约45亿元。",
                "截至本公告披露日，双方尚未签署任何协议，相关事项仍在洽谈中，最终能否签署及协议的具体内容存在不确定性。",
                "二、风险提示",
                "本次筹划事项尚需履行公司内部决策程序。公司将根据事项进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。",
                "特此公告。", "运达能源科技集团股份有限公司董事会 2026年8月20日"],
         fingerprint="截至本公告披露日，双方尚未签署任何协议",
         must_contain=["相关事项仍在洽谈中"]),
    dict(id="cn04", site="wdir", path="/tzzgx/gsgg/202609/t20260915_1124.html", date="2026-09-15",
         title="运达股份：关于完成董事会换届选举及聘任高级管理人员的公告",
         paras=["证券代码：300772 证券简称：运达股份 公告编号：2026-063",
                "运达能源科技集团股份有限公司关于完成董事会换届选举及聘任高级管理人员的公告", _TRUE,
                "公司于2026年9月14日召开2026年第二次临时股东会，审议通过了董事会换届选举的相关议案，选举产生了公司第六届董事会"
                "非独立董事和独立董事。同日，公司召开第六届董事会第一次会议，选举高宏飙先生为公司第六届董事会董事长，并聘任了公司"
                "总经理、副总经理、财务总监及董事会秘书。",
                "公司第五届董事会成员任期届满离任，公司对其在任职期间为公司发展所做出的贡献表示衷心感谢。",
                "新一届董事会将继续围绕国家“双碳”目标，巩固风电整机制造主业，推动公司高质量发展。",
                "特此公告。", "运达能源科技集团股份有限公司董事会 2026年9月15日"],
         fingerprint="选举高宏飙先生为公司第六届董事会董事长",
         must_contain=["公司第五届董事会成员任期届满离任"]),
    # --- cvnews: a chemicals company's English newsroom ------------------------------------------------------------
    dict(id="cv01", site="cvnews", path="/en/press/2026/covestro-inks-wind-power-deal-with-statkraft",
         date="2026-03-03", title="Covestro inks ten-year wind power deal with Statkraft",
         paras=["Leverkusen, March 3, 2026 – Covestro has secured green electricity for its German production sites "
                "with a long-term power purchase agreement (PPA) with the Norwegian energy company Statkraft. Under "
                "the ten-year agreement, which the two companies signed on Monday, Statkraft will supply Covestro "
                "with around 180 gigawatt hours of electricity a year from onshore wind farms in northern Germany "
                "from January 2027.",
                "“Each additional green kilowatt hour brings us closer to climate-neutral production,” said Sucheta "
                "Govil, Chief Commercial Officer of Covestro. “Long-term contracts give us price certainty and give "
                "new wind farms the financing they need.”",
                "The volume corresponds to the annual consumption of around 60,000 households. Renewable energy "
                "covered around 25 percent of Covestro's global electricity demand in 2025.",
                "Statkraft is Europe's largest generator of renewable energy and has supplied industrial customers "
                "in Germany under long-term contracts for more than a decade.",
                _ABOUT],
         fingerprint="The volume corresponds to the annual consumption of around 60,000 households",
         must_contain=["Under the ten-year agreement, which the two companies signed on Monday"]),
    dict(id="cv02", site="cvnews", path="/en/press/2026/covestro-tightens-climate-targets", date="2026-04-22",
         title="Covestro tightens climate targets: net zero in own operations by 2035",
         paras=["Leverkusen, April 22, 2026 – Covestro is accelerating its path to climate neutrality. The company "
                "will become climate-neutral in its own operations (Scope 1 and 2) by 2035, the Board of Management "
                "decided, and it aims to reach net zero across its value chain, including Scope 3 emissions, by "
                "2050.",
                "As an interim target, Covestro intends to cut its Scope 1 and 2 emissions by 60 percent by 2030 "
                "compared with 2021 levels. The company also plans to cover its entire electricity demand with "
                "renewable energy by 2035.",
                "Last year Covestro's Scope 1 and 2 emissions came to 4.1 million metric tons of CO2 equivalents, "
                "about 19 percent below 2021 levels.",
                "“Our customers increasingly ask for products with a lower carbon footprint,” said Covestro CEO "
                "Markus Steilemann. “The path we are taking is ambitious, but with green power, heat pumps and "
                "circular raw materials it is achievable.”",
                "To reach the targets, Covestro will replace fossil steam generation at its sites with heat pumps "
                "and electrode boilers and will add further long-term power purchase agreements.",
                _ABOUT],
         fingerprint="Covestro will replace fossil steam generation at its sites with heat pumps",
         must_contain=["As an interim target, Covestro intends to cut its Scope 1 and 2 emissions by 60 percent"]),
    dict(id="cv03", site="cvnews", path="/en/press/2026/covestro-and-krefeld-seal-climate-partnership",
         date="2026-06-19", title="Covestro and the City of Krefeld seal climate partnership for Uerdingen",
         paras=["Krefeld, June 19, 2026 – Covestro and the City of Krefeld have sealed a climate partnership to "
                "decarbonize industrial heat at the Chempark Krefeld-Uerdingen and to feed waste heat into the "
                "city's district heating network. The memorandum of understanding was signed on Thursday at Krefeld "
                "City Hall by Covestro's Chief Technology Officer Thorsten Dreier and the city's Lord Mayor.",
                "Under the memorandum, Covestro will examine the installation of a large heat pump of up to 40 "
                "megawatts at the site, while the municipal utility SWK Stadtwerke Krefeld will prepare the "
                "connection of up to 15,000 households to waste heat from the Chempark by 2030.",
                "“Industry and city can only reach their climate goals together,” Dreier said. Chempark operator "
                "Currenta will provide the pipeline corridors on the site.",
                "Covestro employs around 1,000 people in Krefeld-Uerdingen, where it produces polycarbonate.",
                _ABOUT],
         fingerprint="Covestro employs around 1,000 people in Krefeld-Uerdingen",
         must_contain=["The memorandum of understanding was signed on Thursday at Krefeld City Hall"]),
    dict(id="cv04", site="cvnews", path="/en/press/2026/covestro-publishes-sustainability-report-2025",
         date="2026-03-10", title="Covestro publishes Sustainability Report 2025",
         paras=["Leverkusen, March 10, 2026 – Covestro today published its Sustainability Report 2025. The report "
                "shows that the company lowered its Scope 1 and 2 greenhouse gas emissions by 19 percent compared "
                "with 2021 and raised the share of renewable electricity to around 25 percent.",
                "Covestro also received an A rating from the non-profit CDP for its climate disclosure for the third "
                "year in a row, and 18 percent of its raw materials came from alternative sources.",
                "The report was prepared under the European Sustainability Reporting Standards and was reviewed by "
                "the auditor KPMG with limited assurance.",
                _ABOUT],
         fingerprint="The report was prepared under the European Sustainability Reporting Standards",
         must_contain=["Covestro today published its Sustainability Report 2025"]),
    dict(id="cv05", site="cvnews", path="/en/press/2026/covestro-and-uniper-explore-green-hydrogen",
         date="2026-09-02", title="Covestro and Uniper to explore green hydrogen supply for Brunsbüttel",
         paras=["Brunsbüttel, September 2, 2026 – Covestro and the energy company Uniper are exploring a possible "
                "supply of green hydrogen to Covestro's site in Brunsbüttel. The two companies have started talks "
                "on volumes, pipeline routes and prices, they announced today.",
                "No agreement has been signed. The companies intend to decide by mid-2027 whether to enter into a "
                "supply contract, depending on the progress of the national hydrogen core network.",
                "Covestro uses hydrogen at Brunsbüttel to produce raw materials for polyurethanes.",
                _ABOUT],
         fingerprint="Covestro uses hydrogen at Brunsbüttel to produce raw materials for polyurethanes",
         must_contain=["No agreement has been signed"]),
]
