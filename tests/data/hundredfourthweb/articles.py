"""Articles of the hundred-fourth test web (tests/hundredfourthweb.py), written for issue 17 (a held-out estimate of
ADAPTATION, FORESTS, OCEANS AND BLUE CARBON): memorandums of ministries, states, provinces' forestry bureaus, NGOs and
research bodies on mangroves, peat swamps, blue carbon credits, typhoon early warning and river basins; sink targets
(hectares of mangroves restored, trees planted by a year) beside national pledges (net zero, an intensity cut, an NDC
against business as usual); and pages that conclude nothing (a study, a tree-planting day, a storm report). Actors no
other web uses: Senegal's environment ministry, the Johor State Government, Malaysia, Wetlands International,
广东省林业局, 深圳市红树林湿地保护基金会, 沙巴州林业局, 自然资源部第三海洋研究所, 北京市企业家环保基金会, PAGASA, the China
Meteorological Administration, Palawan, Conservation International Philippines, Marikina, the Manila Observatory.

wetlands: an English NGO newsroom (sitemap). gdly: 广东省林业局's portal (UTF-8, TRS-style, a listing of two pages).
pia: a Philippine government English news site (RSS).
"""
from __future__ import annotations

ARTICLES = [
    # --- wetlands: Wetlands International's newsroom, found through its sitemap --------------------------------------
    dict(id="wi01", site="wetlands", path="/news/senegal-saloum-mangroves-memorandum/", date="2024-06-13",
         author="Awa Ndiaye-Brooks", region="Africa",
         title="Senegal and Wetlands International join forces for Saloum and Casamance mangroves",
         paras=["Senegal's Ministry of Environment and Ecological Transition and Wetlands International signed a "
                "memorandum of understanding in Dakar on Tuesday, setting out five years of joint work on the "
                "mangroves and rice landscapes of the Saloum and Casamance deltas.",
                "Under the memorandum, the ministry will restore 4,000 hectares of degraded mangroves by 2029, while "
                "Wetlands International provides technical advice, supports community nurseries and trains village "
                "committees to monitor the replanted sites.",
                "Senegal has lost roughly a quarter of its mangrove cover since the droughts of the 1970s, when "
                "rising salinity killed stands along the Saloum. Since then, women's groups in the islands of the "
                "delta have replanted several thousand hectares, with mixed survival rates.",
                "\"Mangroves are the first line of defence for these communities against storm surges and the "
                "retreating coast,\" said the director of Wetlands International's Africa programme. \"What matters "
                "now is that restoration follows the water: where the hydrology is fixed, the forest comes back on "
                "its own.\"",
                "The partners will also look at whether part of the restored area could later support a blue carbon "
                "project. No credits will be issued before a baseline study of the delta's carbon stocks is complete, "
                "the ministry said.",
                "The agreement builds on a decade of work by Wetlands International in West Africa, including "
                "mangrove projects with fishing communities in Guinea-Bissau and the Gambia."],
         fingerprint="where the hydrology is fixed, the forest comes back on its own",
         must_contain=["setting out five years of joint work on the mangroves and rice landscapes",
                       "No credits will be issued before a baseline study"]),
    dict(id="wi02", site="wetlands", path="/news/johor-peat-mangroves-apcw-2023/", date="2023-11-17",
         author="Farah Iskandar", region="Asia",
         title="Johor signs mangrove and peat swamp pact at Asia-Pacific Climate Week",
         paras=["The Johor State Government and Wetlands International put pen to paper on a memorandum of "
                "understanding on Wednesday, on the sidelines of Asia-Pacific Climate Week 2023 in Johor Bahru, to "
                "protect the state's coastal mangroves and its remaining peat swamp forests.",
                "The week, organised from 13 to 17 November by the UNFCCC secretariat with the Government of Malaysia "
                "and the state government, brought some 3,000 delegates to the southern Malaysian city ahead of COP28 "
                "in Dubai.",
                "Ling Tian Soon, who chairs the Johor state health and environment committee, signed for the state. "
                "Under the memorandum, Johor will rehabilitate 1,500 hectares of mangroves along the Sungai Pulai "
                "estuary and the Straits of Johor by 2030, and Wetlands International will help the state map its "
                "peatlands and train fire wardens.",
                "Malaysia has pledged to reach net-zero greenhouse gas emissions as early as 2050, and to cut the "
                "carbon intensity of its economy by 45 percent by 2030 compared with 2005 levels.",
                "\"Peat that stays wet stays in the ground,\" Ling told reporters after the signing. \"Fires in "
                "drained peat undo in a week what our forests store in a decade.\"",
                "Several other Malaysian states have expressed interest in a similar arrangement, Wetlands "
                "International said, though no further agreements were signed during the week."],
         fingerprint="Peat that stays wet stays in the ground",
         must_contain=["on the sidelines of Asia-Pacific Climate Week 2023 in Johor Bahru",
                       "though no further agreements were signed during the week"]),
    dict(id="wi03", site="wetlands", path="/news/rufiji-delta-carbon-study/", date="2024-03-05",
         author="Joseph Mwakyusa", region="Africa",
         title="Study: Rufiji Delta mangroves hold some 40 million tonnes of carbon",
         paras=["The mangroves of Tanzania's Rufiji Delta store some 40 million tonnes of carbon in their trees and "
                "soils, according to a study launched in Dar es Salaam on Monday by Wetlands International and "
                "researchers from the University of Dar es Salaam.",
                "The authors combined field plots with satellite images to map the delta's 50,000 hectares of "
                "mangroves, the largest continuous stand on the East African coast. Soils below one metre held more "
                "than half of the carbon.",
                "The study recommends that restoration of at least 10,000 hectares of cleared mangroves be completed "
                "by 2030, and that rice farming on former mangrove land be moved to the delta's upper plains.",
                "\"These are recommendations, not a plan,\" said one of the lead authors. \"The decisions belong to "
                "the government and to the villages of the delta.\"",
                "Officials of the Tanzania Forest Services Agency attended the launch. No commitments were made, and "
                "the agency said it would study the findings before revising its mangrove management plan."],
         fingerprint="Soils below one metre held more than half of the carbon",
         must_contain=["The decisions belong to the government and to the villages of the delta",
                       "No commitments were made"]),
    # --- gdly: 广东省林业局's portal (TRS-style, a listing of two pages) ---------------------------------------------
    dict(id="gd01", site="gdly", path="/xxgk/gzdt/content/post_4251876.html", date="2023-09-12",
         source="省林业局办公室",
         title="省林业局与深圳市红树林湿地保护基金会签署战略合作协议",
         paras=["9月11日，广东省林业局与深圳市红树林湿地保护基金会（MCF）在广州签署红树林保护修复战略合作协议。"
                "省林业局主要负责同志和基金会理事长代表双方签字。",
                "根据协议，双方将在红树林营造修复、蓝碳监测与核算、自然教育和公众参与等方面开展合作，共同推动"
                "“万亩级”红树林示范区建设。",
                "据介绍，深圳市红树林湿地保护基金会成立于2012年，是国内首家由民间发起的环保公募基金会，多年来参与了"
                "深圳福田、湛江等地的红树林保护和鸟类监测工作。",
                "省林业局有关负责同志表示，将以此次合作为契机，引导更多社会力量参与全省红树林保护修复。"],
         fingerprint="是国内首家由民间发起的环保公募基金会",
         must_contain=["共同推动“万亩级”红树林示范区建设", "引导更多社会力量参与全省红树林保护修复"]),
    dict(id="gd02", site="gdly", path="/xxgk/gzdt/content/post_3962214.html", date="2022-06-15",
         source="省林业局生态保护修复处",
         title="《广东省红树林保护修复专项规划》印发实施",
         paras=["近日，经省人民政府同意，省自然资源厅、省林业局联合印发《广东省红树林保护修复专项规划》（以下简称"
                "《规划》）。",
                "《规划》提出，到2025年，全省营造红树林5500公顷、修复现有红树林2500公顷，红树林保护率达到60%以上；"
                "到2035年，全省红树林生态系统质量和稳定性明显提升。",
                "截至2021年底，全省红树林面积1.06万公顷，约占全国的三分之一，主要分布在湛江、阳江、江门、珠海等地。",
                "《规划》明确了湛江、深圳等红树林重点区域的保护修复任务，并提出探索建立红树林蓝碳交易机制。",
                "省林业局有关负责同志表示，各地级以上市要将营造修复任务分解落实到具体地块，确保按期完成。"],
         fingerprint="约占全国的三分之一，主要分布在湛江、阳江、江门、珠海等地",
         must_contain=["省自然资源厅、省林业局联合印发《广东省红树林保护修复专项规划》",
                       "并提出探索建立红树林蓝碳交易机制"]),
    dict(id="gd03", site="gdly", path="/xxgk/gzdt/content/post_4377520.html", date="2024-03-13",
         source="省林业局机关党委",
         title="省林业局开展2024年义务植树活动",
         paras=["3月12日是我国第46个植树节。当天上午，省林业局机关干部职工100余人来到广州市白云区帽峰山森林公园，"
                "开展以“植树护绿 共建美丽广东”为主题的义务植树活动。",
                "大家分工协作，挖坑、扶苗、培土、浇水，共种植樟树、木荷、红锥等乡土阔叶树种1200余株。",
                "据了解，今年全省计划完成造林与森林质量精准提升任务200万亩，各地将结合绿美广东生态建设，组织开展"
                "形式多样的义务植树活动。",
                "活动现场还设置了林业科普展板，向市民介绍森林防火和古树名木保护知识。"],
         fingerprint="共种植樟树、木荷、红锥等乡土阔叶树种1200余株",
         must_contain=["开展以“植树护绿 共建美丽广东”为主题的义务植树活动", "向市民介绍森林防火和古树名木保护知识"]),
    dict(id="gd04", site="gdly", path="/xxgk/gzdt/content/post_4590318.html", date="2024-11-21",
         source="省林业局国际合作处",
         title="中国—东盟红树林保护合作研讨会在湛江举行 我局与马来西亚沙巴州林业局签署合作谅解备忘录",
         paras=["11月19日至20日，2024中国—东盟红树林保护合作研讨会在湛江举行。来自柬埔寨、越南、泰国、马来西亚等"
                "东盟国家的林业部门代表和专家学者约150人参加会议。",
                "20日，广东省林业局与马来西亚沙巴州林业局（Sabah Forestry Department）在湛江签署红树林保护与修复合作"
                "谅解备忘录。根据备忘录，双方将在红树林育苗、病虫害防治、蓝碳核算方法和保护区管理人员培训等方面开展"
                "交流合作。",
                "研讨会期间，与会代表实地考察了湛江红树林国家级自然保护区高桥片区。广西壮族自治区林业局代表介绍了"
                "北部湾红树林保护经验。",
                "柬埔寨、越南等国代表表示，愿与广东进一步探讨在红树林保护领域开展合作的可能。"],
         fingerprint="广西壮族自治区林业局代表介绍了北部湾红树林保护经验",
         must_contain=["来自柬埔寨、越南、泰国、马来西亚等东盟国家的林业部门代表和专家学者约150人参加会议",
                       "愿与广东进一步探讨在红树林保护领域开展合作的可能"]),
    dict(id="gd05", site="gdly", path="/xxgk/gzdt/content/post_3398741.html", date="2021-06-09",
         source="湛江市林业局",
         title="我省首个红树林蓝碳交易项目在湛江签约",
         paras=["6月8日，自然资源部第三海洋研究所、广东湛江红树林国家级自然保护区管理局与北京市企业家环保基金会在"
                "湛江签署“湛江红树林造林项目”碳减排量转让协议。",
                "根据协议，北京市企业家环保基金会将购买项目首期5880吨二氧化碳减排量，用于抵消基金会开展环保活动产生的"
                "碳排放。",
                "该项目是我国首个符合核证碳标准（VCS）和气候社区生物多样性标准（CCB）的红树林碳汇项目，将2015年至2020年"
                "保护区内营造的380公顷红树林纳入开发范围。",
                "交易所得收益将用于保护区红树林的保护修复和周边社区的生态补偿。"],
         fingerprint="用于抵消基金会开展环保活动产生的碳排放",
         must_contain=["签署“湛江红树林造林项目”碳减排量转让协议", "交易所得收益将用于保护区红树林的保护修复"]),
    # --- pia: a Philippine government English news site, read through its RSS feed -------------------------------------
    dict(id="ph01", site="pia", path="/news/2024/04/26/pagasa-cma-typhoon-warning-memorandum", date="2024-04-26",
         author="Ma. Cristina Dela Peña", region="NCR",
         title="PAGASA, China's weather agency renew pact on typhoon forecasting",
         paras=["QUEZON CITY, April 26 (PIA) -- The Philippine Atmospheric, Geophysical and Astronomical Services "
                "Administration (PAGASA) and the China Meteorological Administration (CMA) signed a memorandum of "
                "understanding on Wednesday to share satellite data and improve warnings for typhoons crossing the "
                "South China Sea.",
                "The memorandum, signed at the PAGASA Science Garden in Quezon City, covers data from China's "
                "Fengyun satellites, joint training of forecasters and exchanges on storm surge models, said PAGASA "
                "Administrator Nathaniel Servando.",
                "\"A typhoon does not stop at a border, and neither should the data,\" Servando said. He added that "
                "the agreement supports the United Nations' Early Warnings for All initiative, which aims to protect "
                "everyone on Earth with early warning systems by 2027.",
                "The Philippines is hit by an average of 20 tropical cyclones a year, about half of which make "
                "landfall. Both agencies are members of the ESCAP/WMO Typhoon Committee."],
         fingerprint="A typhoon does not stop at a border, and neither should the data",
         must_contain=["covers data from China's Fengyun satellites",
                       "Both agencies are members of the ESCAP/WMO Typhoon Committee"]),
    dict(id="ph02", site="pia", path="/news/2025/05/19/palawan-blue-carbon-agreement", date="2025-05-19",
         author="Rommel B. Aquino", region="MIMAROPA",
         title="Palawan, DENR, Conservation International sign blue carbon pact",
         paras=["PUERTO PRINCESA CITY, May 19 (PIA) -- The Provincial Government of Palawan, the Department of "
                "Environment and Natural Resources (DENR) in MIMAROPA and Conservation International Philippines "
                "signed a memorandum of agreement on Friday to protect the province's mangroves and seagrass "
                "meadows as stores of blue carbon.",
                "Under the agreement, the province committed to rehabilitating 3,000 hectares of mangroves by 2028, "
                "while Conservation International will train local teams to measure the carbon stored in the "
                "restored sites.",
                "Palawan holds about a third of the country's remaining mangrove forests. Provincial environment "
                "officer Gilbert Baaco said fishing communities in Puerto Princesa, Taytay and Coron would be the "
                "first to benefit.",
                "The DENR regional office said the effort also supports the Philippines' Nationally Determined "
                "Contribution, which commits the country to reduce and avoid greenhouse gas emissions by 75 percent "
                "by 2030, relative to a business-as-usual scenario.",
                "A study of the blue carbon market is also being prepared, but the partners said it was too early "
                "to discuss the sale of credits."],
         fingerprint="fishing communities in Puerto Princesa, Taytay and Coron would be the first to benefit",
         must_contain=["to protect the province's mangroves and seagrass meadows as stores of blue carbon",
                       "it was too early to discuss the sale of credits"]),
    dict(id="ph03", site="pia", path="/news/2024/10/24/kristine-bicol-floods", date="2024-10-24",
         author="Jerome D. Lagunzad", region="Bicol",
         title="Kristine floods Bicol towns; thousands in evacuation centers",
         paras=["NAGA CITY, Oct. 24 (PIA) -- Severe Tropical Storm Kristine dumped more than a month's rain on the "
                "Bicol Region in 24 hours, flooding towns along the Bicol River basin and forcing thousands of "
                "families into evacuation centers.",
                "PAGASA raised Tropical Cyclone Wind Signal No. 3 over parts of Camarines Sur and Albay on Wednesday "
                "night. The Office of Civil Defense in Bicol said pre-emptive evacuation had been ordered in "
                "low-lying barangays a day before the storm made landfall in Isabela.",
                "The city government of Naga declared a state of calamity on Thursday morning. Rescue teams from the "
                "Philippine Coast Guard used rubber boats to reach families stranded on rooftops.",
                "Local officials said the early warnings gave residents time to move, but that the volume of rain "
                "overwhelmed drainage built for far smaller storms. A full damage assessment is still under way."],
         fingerprint="overwhelmed drainage built for far smaller storms",
         must_contain=["flooding towns along the Bicol River basin", "A full damage assessment is still under way"]),
    dict(id="ph04", site="pia", path="/news/2023/07/14/marikina-river-basin-agreement", date="2023-07-14",
         author="Liza T. Ocampo", region="NCR",
         title="Marikina, DENR, Manila Observatory team up on Marikina River basin",
         paras=["MARIKINA CITY, July 14 (PIA) -- The City Government of Marikina, the DENR River Basin Control Office "
                "and the Manila Observatory signed a memorandum of agreement on Wednesday on flood early warning and "
                "watershed restoration in the Marikina River basin.",
                "The Manila Observatory will install rain and river gauges in the upper watershed and share real-time "
                "data with the city's rescue office, which will use it to time evacuations along the river.",
                "Marikina pledged to plant 50,000 native trees in the Upper Marikina watershed by 2026, working with "
                "upland communities in Rizal.",
                "The Upper Marikina River Basin Protected Landscape, proclaimed in 2011, covers about 26,000 hectares. "
                "Flooding from Tropical Storm Ondoy in 2009 pushed the river to a record 23 meters.",
                "Mayor Marcelino Teodoro said the city would also study sponge-city designs, such as retention ponds "
                "and permeable pavements, for its new public buildings."],
         fingerprint="which will use it to time evacuations along the river",
         must_contain=["share real-time data with the city's rescue office",
                       "for its new public buildings"]),
]
