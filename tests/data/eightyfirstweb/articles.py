"""Articles of the eighty-first test web (tests/eightyfirstweb.py), written for issue 17 (a held-out estimate on PORTS,
SHIPPING LINES, AIRLINES, UTILITIES AND ENERGY COMPANIES): green-shipping-corridor and fuel memoranda of ports and
lines, an airline's fuel agreement, a utility tariff deal, a joint venture and a power purchase agreement, and
corporate targets in science-based-target phrasings ("reduce absolute scope 1 and 2 GHG emissions X% by 2030 from a
2022 base year", "within the same timeframe", "per MWh"), beside pages that conclude nothing (an order for ships, a
ship order put to shareholders, quarterly and annual results, a merger). Actors no other web uses.

ngzx: a Chinese energy-industry portal (能港在线, GBK, its listing paged). tidegrid: an English trade-press site on
ports, shipping and power (Tide & Grid, read through its RSS feed). newsroom: a company newsroom of media releases
(Sembcorp Industries: datelines, "About Sembcorp", forward-looking statements, media contacts; its sitemap).
"""
from __future__ import annotations

ABOUT_SEMBCORP = ("Sembcorp is a leading energy and urban solutions provider headquartered in Singapore. Led by its "
                  "purpose to drive energy transition, Sembcorp delivers sustainable energy solutions and urban "
                  "developments by leveraging its sector expertise and global track record. It has a balanced energy "
                  "portfolio of over 20GW, including gross renewable energy capacity across Asia, and is committed to "
                  "supporting a net-zero future for its customers and communities. Sembcorp is listed on the main "
                  "board of the Singapore Exchange.")
FORWARD = ("This release may contain forward-looking statements. Actual future performance, outcomes and results may "
           "differ materially from those expressed in forward-looking statements as a result of a number of risks, "
           "uncertainties and assumptions, including statements about targets, ambitions and plans. You are "
           "cautioned not to place undue reliance on these forward-looking statements, which are based on the "
           "current view of management on future events.")
CONTACTS = ("For media and analysts' queries, please contact: Media – Ng Hui Ling, Assistant Vice President, Group "
            "Strategic Communications and Sustainability (DID: +65 6723 3000, Email: media@sembcorp.example); "
            "Analysts – Aleve Chan, Vice President, Investor Relations (Email: ir@sembcorp.example).")

ARTICLES = [
    # --- ngzx: a Chinese energy-industry portal (GBK) -----------------------------------------------------------
    dict(id="ng01", site="ngzx", path="/news/20231107/1342158.shtml", date="2023-11-07", author="沈一帆",
         title="上港集团与达飞海运集团签署绿色甲醇加注合作备忘录",
         paras=["能港网讯：11月6日，在第六届中国国际进口博览会期间，上海国际港务（集团）股份有限公司（以下简称“上港集团”）"
                "与法国达飞海运集团在国家会展中心（上海）签署《绿色甲醇燃料加注合作备忘录》。上海市交通委员会相关负责人"
                "见证签约。",
                "根据备忘录，双方将在上海港开展集装箱船舶绿色甲醇“船到船”同步加注作业合作，并共同探索建立覆盖长江口区域的"
                "绿色燃料供应链。达飞集团计划自2024年起陆续在亚欧航线上部署甲醇双燃料集装箱船。",
                "达飞集团亚洲区负责人在签约仪式上表示，达飞集团已承诺到2050年实现净零碳排放，上海港是其全球网络中最重要的"
                "枢纽港之一，稳定、可追溯的绿色燃料供应是实现这一目标的前提。",
                "上港集团相关负责人介绍，今年以来上海港已完成多次保税液化天然气加注作业，绿色甲醇加注能力建设正在加快推进，"
                "下一步将与更多班轮公司开展合作。",
                "据了解，本届进博会期间，上海港口航运领域共有十余个项目集中签约，涉及绿色燃料、智慧码头和多式联运等领域。"
                "第六届进博会于11月5日至10日在上海举办。"],
         fingerprint="绿色甲醇“船到船”同步加注作业合作",
         must_contain=["上海港是其全球网络中最重要的枢纽港之一", "涉及绿色燃料、智慧码头和多式联运等领域"]),
    dict(id="ng02", site="ngzx", path="/news/20230921/1333470.shtml", date="2023-09-21", author="高原",
         title="东航与中国石化签署可持续航空燃料战略合作协议",
         paras=["能港网讯：9月20日，中国东方航空集团有限公司（以下简称“东航集团”）与中国石油化工集团有限公司（以下简称"
                "“中国石化”）在上海签署可持续航空燃料（SAF）战略合作协议，双方有关负责人代表签约。",
                "根据协议，双方将在生物航煤生产与供应、航空碳排放核算、绿色航线示范等方面开展合作，推动可持续航空燃料在"
                "东航机队中的规模化应用。中国石化镇海炼化生物航煤装置设计年产能10万吨，是国内首套规模化生产生物航煤的装置。",
                "东航集团相关负责人表示，航空业减排难度大，可持续航空燃料是当前最现实的减排路径之一。东航此前已使用国产"
                "生物航煤执行过多次验证飞行。",
                "民航局印发的《“十四五”民航绿色发展专项规划》提出，到2025年，可持续航空燃料消费量累计达到5万吨。",
                "业内人士指出，目前生物航煤价格约为传统航煤的2至3倍，原料收集和成本仍是制约规模化应用的主要因素。"],
         fingerprint="镇海炼化生物航煤装置设计年产能10万吨",
         must_contain=["可持续航空燃料是当前最现实的减排路径之一", "原料收集和成本仍是制约规模化应用的主要因素"]),
    dict(id="ng03", site="ngzx", path="/news/20220302/1206633.shtml", date="2022-03-02", author="沈一帆",
         title="中电集团减排目标获SBTi认证 港华智慧能源发布碳中和路线图",
         paras=["能港网讯：中电控股有限公司（以下简称“中电集团”）日前宣布，其温室气体减排目标已获得科学碳目标倡议（SBTi）"
                "认证，符合将全球升温控制在远低于2°C以内的要求。",
                "根据经认证的目标，中电集团承诺到2030年将售电温室气体排放强度较2019年基准年降低52%。中电集团同时重申，"
                "将在2040年前逐步淘汰所有燃煤发电资产，并在2050年前实现整个价值链温室气体净零排放。",
                "2021年，中电集团售电温室气体排放强度为每千瓦时0.57千克二氧化碳当量，较2019年下降约9%。",
                "同日，港华智慧能源有限公司发布碳中和路线图，提出力争2025年前实现自身运营碳达峰、2050年前实现碳中和，并"
                "计划到2025年分布式光伏累计装机达到1吉瓦。",
                "香港特区政府此前公布的《香港气候行动蓝图2050》提出，力争2035年前把香港的碳排放量从2005年的水平减半。",
                "分析人士认为，香港本地电力企业减排路径已较为清晰，但其内地及海外业务中的煤电资产退出节奏仍存在不确定性。"],
         fingerprint="售电温室气体排放强度为每千瓦时0.57千克二氧化碳当量",
         must_contain=["符合将全球升温控制在远低于2°C以内的要求", "煤电资产退出节奏仍存在不确定性"]),
    dict(id="ng04", site="ngzx", path="/news/20230615/1318847.shtml", date="2023-06-15", author="高原",
         title="招商轮船拟订造4艘甲醇双燃料超大型油轮",
         paras=["能港网讯：招商局能源运输股份有限公司（以下简称“招商轮船”）6月14日晚间公告称，公司全资子公司拟以每艘约"
                "1.3亿美元的价格，向大连船舶重工集团有限公司订造4艘甲醇双燃料超大型原油运输船（VLCC）。",
                "公告显示，上述新船计划于2026年至2027年间陆续交付，该事项尚需提交公司股东大会审议。",
                "招商轮船表示，新船投入运营后，单船碳排放强度预计可较现有同型船降低约15%，有助于公司应对日趋严格的航运"
                "减排监管要求。",
                "今年以来，国内船东甲醇双燃料新造船订单明显增多，但绿色甲醇供应仍处于起步阶段。有船舶经纪人表示，船东更多"
                "是在为未来燃料转换预留选择。"],
         fingerprint="向大连船舶重工集团有限公司订造4艘甲醇双燃料超大型原油运输船",
         must_contain=["该事项尚需提交公司股东大会审议", "船东更多是在为未来燃料转换预留选择"]),
    dict(id="ng05", site="ngzx", path="/news/20231031/1340611.shtml", date="2023-10-31", author="沈一帆",
         title="上港集团前三季度归母净利润同比下降 集装箱吞吐量保持增长",
         paras=["能港网讯：上港集团10月30日晚间发布2023年第三季度报告。前三季度，公司实现营业收入约283亿元，归属于上市"
                "公司股东的净利润约109亿元，同比有所下降。",
                "报告期内，上海港完成集装箱吞吐量3670万标准箱，同比增长约4%，其中水水中转比例继续提升。",
                "上港集团表示，四季度将继续推进绿色港口和智慧港口建设，稳步扩大岸电使用和清洁能源集卡应用规模。",
                "分析人士认为，投资收益减少是公司利润下降的主要原因，港口主业经营仍较为稳健。"],
         fingerprint="上海港完成集装箱吞吐量3670万标准箱",
         must_contain=["稳步扩大岸电使用和清洁能源集卡应用规模", "投资收益减少是公司利润下降的主要原因"]),
    # --- tidegrid: an English trade-press site (RSS) ------------------------------------------------------------
    dict(id="td01", site="tidegrid", path="/news/2023/06/14/gothenburg-antwerp-bruges-dfds-green-corridor/",
         date="2023-06-14", author="Ingrid Solberg", kicker="Ports",
         title="Gothenburg, Antwerp-Bruges and DFDS sign North Sea green corridor memorandum",
         paras=["The Port of Gothenburg, Port of Antwerp-Bruges and Danish ferry and logistics operator DFDS have signed "
                "a memorandum of understanding to develop a green shipping corridor between Sweden and Belgium, with "
                "the aim of putting zero-emission vessels on the route before the end of the decade.",
                "The memorandum was signed in Antwerp on Tuesday by Elvir Dzanic, chief executive of the Port of "
                "Gothenburg, Jacques Vandermeiren, chief executive of Port of Antwerp-Bruges, and Torben Carlsen, chief "
                "executive of DFDS.",
                "Under the agreement, the partners will study bunkering of green methanol and ammonia at both ends of "
                "the route, shore power for the ro-ro terminals and a common method for tracking the emissions of the "
                "cargo carried.",
                "\u201cA corridor only works if the fuel, the ships and the terminals arrive at the same time,\u201d "
                "Dzanic said. \u201cNo single company can carry that risk alone.\u201d",
                "DFDS has set a target to reduce CO2 emissions from its ships by 45% by 2030 compared with 2008, and "
                "plans to have six green vessels in operation by 2030.",
                "More than 20 green corridor initiatives have been announced worldwide since the Clydebank Declaration "
                "was launched at COP26 in Glasgow, although few have yet moved beyond feasibility studies.",
                "The Port of Gothenburg is Scandinavia's largest port. Antwerp-Bruges, formed by the merger of the "
                "ports of Antwerp and Zeebrugge in 2022, is Europe's second-largest container port."],
         fingerprint="shore power for the ro-ro terminals and a common method",
         must_contain=["No single company can carry that risk alone.", "Europe's second-largest container port"]),
    dict(id="td02", site="tidegrid", path="/news/2024/06/13/google-nv-energy-clean-transition-tariff-fervo/",
         date="2024-06-13", author="Marcus Bell", kicker="Power",
         title="Google, NV Energy strike first Clean Transition Tariff deal for Fervo geothermal",
         paras=["Google and Nevada utility NV Energy have signed an agreement to supply Google's data centres in the "
                "state with 115 MW of round-the-clock geothermal power from Fervo Energy, using a new tariff structure "
                "the companies hope other large buyers will copy.",
                "Under the proposed Clean Transition Tariff, filed with the Public Utilities Commission of Nevada on "
                "Wednesday, Google will pay a rate that covers the cost of the new capacity, which Fervo is to develop "
                "and sell to NV Energy. The arrangement still needs the commission's approval.",
                "Fervo's first commercial pilot in northern Nevada began sending power to the grid last November under "
                "an earlier agreement with Google signed in 2021.",
                "Google aims to run on 24/7 carbon-free energy on every grid where it operates by 2030. It has also "
                "committed to reduce 50% of its combined scope 1, 2 and 3 absolute emissions by 2030 against a 2019 "
                "base year, as part of its goal of net-zero emissions across its operations and value chain by 2030.",
                "\u201cLarge customers want clean firm power, and utilities want to make sure other ratepayers are not "
                "left with the bill,\u201d said Tim Latimer, Fervo's chief executive. \u201cThis tariff does both.\u201d",
                "NV Energy, a unit of Berkshire Hathaway Energy, serves about 2.4 million customers in Nevada."],
         fingerprint="filed with the Public Utilities Commission of Nevada on Wednesday",
         must_contain=["utilities want to make sure other ratepayers are not left with the bill",
                       "serves about 2.4 million customers in Nevada"]),
    dict(id="td03", site="tidegrid", path="/news/2023/06/29/cma-cgm-engie-salamandre-biomethane-jv/",
         date="2023-06-29", author="Ingrid Solberg", kicker="Shipping",
         title="CMA CGM and Engie form joint venture for Le Havre biomethane plant",
         paras=["French container line CMA CGM and energy group Engie have agreed to set up a 50/50 joint venture to build "
                "and operate Salamandre, a plant at Le Havre that will turn wood waste and solid recovered fuel into "
                "liquefied biomethane for ships.",
                "The joint venture agreement was signed in Marseille on Monday by Rodolphe Saad\u00e9, chairman and chief "
                "executive of CMA CGM, and Catherine MacGregor, chief executive of Engie.",
                "The plant is expected to produce 11,000 tonnes of liquefied biomethane a year from 2026, subject to a "
                "final investment decision next year, and would be the first of its kind in France.",
                "CMA CGM, which operates more than 30 LNG-powered container ships that can also burn biomethane, aims "
                "to reach net-zero carbon by 2050.",
                "Engie, for its part, has committed to reach net zero carbon by 2045 across all three scopes.",
                "CMA CGM also confirmed that it had ordered a further eight methanol-powered container ships from "
                "Chinese yards earlier this month."],
         fingerprint="turn wood waste and solid recovered fuel into liquefied biomethane",
         must_contain=["would be the first of its kind in France", "eight methanol-powered container ships"]),
    dict(id="td04", site="tidegrid", path="/news/2023/03/09/evergreen-orders-24-methanol-dual-fuel-boxships/",
         date="2023-03-09", author="Marcus Bell", kicker="Shipping",
         title="Evergreen places $1.9bn order for 24 methanol dual-fuel boxships",
         paras=["Taiwan's Evergreen Marine has signed shipbuilding contracts for 24 methanol dual-fuel container ships of "
                "16,000 TEU, split between Samsung Heavy Industries and a China State Shipbuilding Corp yard, in an "
                "order worth about $1.9bn.",
                "The ships are due for delivery between 2025 and 2026 and will replace older tonnage on the line's "
                "Asia-Europe and transpacific services.",
                "Evergreen said the ships would be able to burn green methanol once supplies are available, but it has "
                "not yet secured any long-term fuel contracts.",
                "The carrier has said it aims to cut the carbon intensity of its fleet, without giving a figure.",
                "\u201cOwners are buying optionality rather than committing to a fuel,\u201d said a London-based "
                "shipbroker. The order takes the global orderbook of methanol-capable container ships past 150 "
                "vessels."],
         fingerprint="split between Samsung Heavy Industries and a China State Shipbuilding Corp yard",
         must_contain=["Owners are buying optionality rather than committing to a fuel",
                       "has not yet secured any long-term fuel contracts"]),
    dict(id="td05", site="tidegrid", path="/news/2023/03/01/sembcorp-marine-keppel-om-merger-seatrium/",
         date="2023-03-01", author="Marcus Bell", kicker="Offshore",
         title="Sembcorp Marine completes Keppel O&M merger, to be renamed Seatrium",
         paras=["Sembcorp Marine has completed its combination with Keppel Offshore & Marine, creating one of the world's "
                "largest offshore and marine engineering groups, which will be renamed Seatrium.",
                "Keppel Corporation shareholders received Sembcorp Marine shares and cash as part of the deal, which "
                "was approved by shareholders of both companies in February.",
                "The enlarged group will focus on offshore wind substations, floating production units and the "
                "conversion of vessels to run on cleaner fuels.",
                "Management said a combined sustainability strategy would be presented later in the year.",
                "Analysts expect the merger to bring savings in procurement and yard capacity, although integration "
                "of the two workforces is likely to take time."],
         fingerprint="one of the world's largest offshore and marine engineering groups",
         must_contain=["integration of the two workforces is likely to take time",
                       "a combined sustainability strategy would be presented later in the year"]),
    # --- newsroom: a company newsroom of media releases ---------------------------------------------------------
    dict(id="nr01", site="newsroom",
         path="/en/media/media-releases/2024/january/sembcorp-signs-ppa-with-seci-for-300mw-wind-solar-hybrid-project/",
         date="2024-01-15",
         title="Sembcorp Signs 25-year Power Purchase Agreement with SECI for 300MW Wind-Solar Hybrid Project",
         paras=["SINGAPORE, 15 January 2024 \u2013 Sembcorp Industries (Sembcorp) announced that its wholly-owned "
                "subsidiary, Sembcorp Green Infra Private Limited (SGIPL), has signed a power purchase agreement (PPA) "
                "with Solar Energy Corporation of India Limited (SECI) for a 300MW wind-solar hybrid power project.",
                "The project will be located in the state of Karnataka and is expected to be completed within 24 months. "
                "Under the PPA, SECI will buy the power generated at a fixed tariff for 25 years.",
                "Vipul Tuli, Chief Executive Officer, South Asia, Sembcorp, said, \u201cHybrid projects give our "
                "customers steadier green power across the day. We are pleased to deepen our partnership with SECI.\u201d",
                "With this, Sembcorp's gross renewable energy capacity in India stands at 4.7GW, including 1.4GW under "
                "construction.",
                "The above is not expected to have a material impact on the net tangible assets or earnings per share "
                "of Sembcorp Industries for the financial year ending December 31, 2024."],
         fingerprint="Sembcorp Green Infra Private Limited (SGIPL), has signed a power purchase agreement",
         must_contain=["Hybrid projects give our customers steadier green power across the day"]),
    dict(id="nr02", site="newsroom",
         path="/en/media/media-releases/2023/october/sembcorp-and-pln-indonesia-power-sign-mou-on-green-hydrogen/",
         date="2023-10-25",
         title="Sembcorp and PLN Indonesia Power Sign MOU to Explore Green Hydrogen and Ammonia Projects",
         paras=["SINGAPORE, 25 October 2023 \u2013 Sembcorp Industries (Sembcorp) has signed a memorandum of "
                "understanding (MOU) with PT PLN Indonesia Power (PLN IP), a subsidiary of Indonesia's state-owned "
                "electricity company PT PLN (Persero), to jointly explore the development of green hydrogen and green "
                "ammonia projects in Indonesia.",
                "The MOU was signed on 24 October 2023 on the sidelines of the Singapore International Energy Week "
                "(SIEW) 2023, held from 23 to 27 October at Marina Bay Sands, and was witnessed by Dr Tan See Leng, "
                "Singapore's Second Minister for Trade and Industry, and Arifin Tasrif, Indonesia's Minister of Energy "
                "and Mineral Resources.",
                "Under the MOU, the two companies will conduct a joint feasibility study on producing green hydrogen "
                "and ammonia using renewable energy in Indonesia, for use in Indonesia and for export to Singapore.",
                "The MOU builds on the conditional licences granted by Singapore's Energy Market Authority in September "
                "2023 for the import of low-carbon electricity from Indonesia.",
                "Wong Kim Yin, Group President & CEO of Sembcorp, said, \u201cIndonesia has abundant renewable "
                "resources, and PLN IP's experience in power generation makes it an ideal partner.\u201d"],
         fingerprint="joint feasibility study on producing green hydrogen and ammonia",
         must_contain=["makes it an ideal partner"]),
    dict(id="nr03", site="newsroom",
         path="/en/media/media-releases/2024/march/sembcorp-near-term-targets-validated-by-sbti/",
         date="2024-03-28",
         title="Sembcorp's Near-term Greenhouse Gas Emissions Reduction Targets Validated by SBTi",
         paras=["SINGAPORE, 28 March 2024 \u2013 Sembcorp Industries (Sembcorp) today announced that the Science Based "
                "Targets initiative (SBTi) has validated its near-term greenhouse gas (GHG) emissions reduction targets "
                "as consistent with levels required to meet the goals of the Paris Agreement.",
                "Sembcorp commits to reduce absolute scope 1 and 2 GHG emissions 28% by 2030 from a 2022 base year. "
                "Sembcorp also commits to reduce scope 1 and 2 GHG emissions 70% per MWh by 2030 from a 2022 base year, "
                "and to reduce absolute scope 3 GHG emissions from the use of sold products 25% within the same "
                "timeframe.",
                "The targets support Sembcorp's longer-term goal of achieving net-zero emissions by 2050, and its plan "
                "to grow its gross installed renewables capacity to 25GW by 2028.",
                "In 2023, Sembcorp's emissions intensity fell to 0.49 tonnes of CO2 equivalent per MWh, from 0.62 in "
                "2017.",
                "Wong Kim Yin, Group President & CEO of Sembcorp, said, \u201cHaving our targets validated by the SBTi "
                "gives our stakeholders confidence that our transition plan is grounded in climate science.\u201d"],
         fingerprint="reduce absolute scope 3 GHG emissions from the use of sold products",
         must_contain=["our transition plan is grounded in climate science"]),
    dict(id="nr04", site="newsroom",
         path="/en/media/media-releases/2024/february/sembcorp-reports-net-profit-for-fy2023/",
         date="2024-02-22",
         title="Sembcorp Reports Net Profit of S$942 Million for FY2023",
         paras=["SINGAPORE, 22 February 2024 \u2013 Sembcorp Industries (Sembcorp) reported a net profit of S$942 "
                "million for the financial year ended December 31, 2023 (FY2023), compared with S$848 million in FY2022.",
                "Renewables contributed 36% of net profit before exceptional items. Gross renewables capacity reached "
                "14.2GW at the end of 2023, up from 9.6GW a year earlier.",
                "The Board has proposed a final dividend of 9.0 cents per share, bringing the total dividend for FY2023 "
                "to 13.0 cents per share.",
                "Wong Kim Yin, Group President & CEO of Sembcorp, said, \u201cWe delivered record earnings while "
                "keeping our balance sheet strong, and we remain on track to deliver our 2028 targets.\u201d"],
         fingerprint="Renewables contributed 36% of net profit before exceptional items",
         must_contain=["we remain on track to deliver our 2028 targets"]),
]

for _a in ARTICLES:  # every media release ends with the company's boilerplate, its disclaimer and its contacts
    if _a["site"] == "newsroom":
        _a["about"] = ABOUT_SEMBCORP
        _a["forward"] = FORWARD
        _a["contacts"] = CONTACTS
