"""Articles of the ninety-fourth test web (tests/ninetyfourthweb.py), written for issue 17 (a held-out estimate of
THINK-TANK AND NGO WRITING full of numbers that are NOT pledges): an NGO's English analysis blog (scenarios that
"could cut emissions 40% by 2030", what cities "should aim for", modelled pathways, a report's findings, past
figures), a think tank's Chinese WeChat-style site (研究显示, 建议, 情景分析, 有望, 可能) and an energy alliance's
English newsroom telling the signings it took part in (its launch at COP26 in Glasgow, a memorandum with a state
government) and the pledges it reports with attribution (Nepal's net zero by 2045 at COP26, Colombia's 51% by 2030
and carbon neutrality by 2050 at the Climate Ambition Summit of December 2020). Actors no other web uses.

pathblog: an NGO's English analysis blog (RSS). qdzk: a think tank's Chinese WeChat-style site (sitemap).
geapp: an energy alliance's English newsroom (a paged listing).
"""
from __future__ import annotations

ARTICLES = [
    # --- pathblog: an NGO's English analysis blog ---------------------------------------------------------------
    dict(id="pb01", site="pathblog", path="/blog/2024/03/southeast-asia-power-pathways/", date="2024-03-12",
         title="Three pathways for Southeast Asia's power sector",
         paras=["Our new modelling looks at what it would take for the power systems of Southeast Asia to align with "
                "a 1.5C pathway. We ran three scenarios: current policies, announced targets and an accelerated "
                "transition.",
                "Under the accelerated scenario, power-sector emissions in the region could fall 40% by 2030 "
                "compared with 2022, and coal generation could be almost entirely phased out by 2040.",
                "In the current-policies case, by contrast, emissions keep rising until about 2035 before they "
                "begin to fall, and solar and wind would supply only 18% of electricity by 2030.",
                "None of these figures is a forecast. They show what is technically and economically feasible if "
                "grid investment roughly doubles this decade, from around USD 25 billion a year to about USD 50 "
                "billion.",
                "\"The cheapest pathway is also the cleanest one,\" said lead author Priya Raghunathan. \"But it "
                "only opens if interconnection projects are approved in the next two or three years.\"",
                "The full dataset and methodology note are available for download."],
         fingerprint="None of these figures is a forecast. They show what is technically and economically feasible",
         must_contain=["Under the accelerated scenario, power-sector emissions in the region could fall 40%"]),
    dict(id="pb02", site="pathblog", path="/blog/2024/06/what-cities-should-aim-for/", date="2024-06-04",
         title="What cities should aim for: five benchmarks for municipal climate plans",
         paras=["Cities account for roughly 70% of energy-related CO2 emissions, yet fewer than half of the city "
                "climate plans we reviewed contain a dated target for their buildings or transport.",
                "Based on our review of 112 plans, we recommend five benchmarks. First, cities should aim for net "
                "zero emissions from municipal operations by 2030 and citywide by 2050 at the latest.",
                "Second, large cities should aim for at least 60% of new bus purchases to be zero-emission by 2027, "
                "rising to 100% by 2030. Third, city governments should consider a 50% cut in building-sector "
                "emissions by 2035 compared with 2019.",
                "These benchmarks are recommendations, not commitments: a city that adopts them would still need "
                "to write them into its own plan and budget.",
                "Our earlier analysis found that the cities that set interim targets cut emissions by an average of "
                "11% between 2015 and 2022, against 3% for those that did not."],
         fingerprint="These benchmarks are recommendations, not commitments: a city that adopts them",
         must_contain=["Based on our review of 112 plans, we recommend five benchmarks."]),
    dict(id="pb03", site="pathblog", path="/blog/2024/09/methane-report-findings/", date="2024-09-19",
         title="Report: oil and gas methane could be cut 75% with existing technology",
         paras=["Our annual methane tracker, published today, finds that methane emissions from oil and gas "
                "operations were about 80 million tonnes last year, barely changed from 2019.",
                "The report estimates that around 75% of those emissions could be avoided with technology that "
                "exists today, and that about 40% could be cut at no net cost because the captured gas can be sold.",
                "If the largest producing countries matched the performance of the best operators, global "
                "warming in 2050 could be about 0.1C lower than in a business-as-usual case, our model suggests.",
                "The report does not assess national pledges. It recommends that regulators require "
                "leak detection and repair surveys at least every quarter and ban routine flaring by 2030.",
                "Methodology: satellite observations were combined with company reporting and inventory data "
                "for 68 countries."],
         fingerprint="Methodology: satellite observations were combined with company reporting and inventory data",
         must_contain=["The report estimates that around 75% of those emissions could be avoided"]),
    dict(id="pb04", site="pathblog", path="/blog/2025/01/colombia-ndc-explained/", date="2025-01-22",
         title="Explainer: how far does Colombia's climate target go?",
         paras=["At the Climate Ambition Summit, held online on 12 December 2020 on the fifth anniversary of the "
                "Paris Agreement, Colombia's President Iván Duque announced that Colombia would cut its greenhouse "
                "gas emissions by 51% by 2030 and reach carbon neutrality by 2050.",
                "The 51% is measured against a business-as-usual projection rather than a historical base year, "
                "which makes it harder to compare with the targets of other countries.",
                "Our own analysis suggests that Colombia could go further: with a halt to deforestation in the "
                "Amazon, national emissions could be 60% below the projection by 2030.",
                "Deforestation remains the largest single source of emissions in the country, accounting for about "
                "a third of the total in 2019.",
                "We recommend that the next update add a sectoral target for transport, which our model shows could "
                "fall 20% by 2035 if the bus fleets of Bogotá and Medellín are electrified."],
         fingerprint="Deforestation remains the largest single source of emissions in the country, accounting",
         must_contain=["The 51% is measured against a business-as-usual projection"]),
    # --- qdzk: a think tank's Chinese WeChat-style site -----------------------------------------------------------
    dict(id="qz01", site="qdzk", path="/s/2024/05/qjzx-dianli-qingjing.html", date="2024-05-16",
         title="情景分析｜2035年电力行业碳排放还能降多少？",
         paras=["本期推送介绍我院最新发布的《中国电力部门低碳转型情景分析》报告的主要结论。",
                "研究显示，在强化政策情景下，全国电力行业碳排放有望在2025年前后达峰，2035年较峰值下降约30%。",
                "在基准情景下，电力行业碳排放可能要到2030年前后才能达峰，非化石能源发电量占比到2035年约为55%。",
                "报告指出，上述结果均为模型测算，不代表任何地方或企业的目标。",
                "课题组负责人表示，储能和跨省输电通道的建设进度，是决定电力行业能否提前达峰的关键变量。"],
         fingerprint="课题组负责人表示，储能和跨省输电通道的建设进度",
         must_contain=["报告指出，上述结果均为模型测算，不代表任何地方或企业的目标"]),
    dict(id="qz02", site="qdzk", path="/s/2024/08/jianyi-chengshi-jianzhu.html", date="2024-08-27",
         title="政策建议｜城市建筑领域如何实现碳达峰",
         paras=["建筑运行碳排放约占全国碳排放总量的五分之一。我院城市与建筑研究组在对30个城市调研的基础上，形成了以下政策建议。",
                "一是建议重点城市力争在2028年前实现建筑领域碳达峰，到2035年建筑运行碳排放较2020年下降20%。",
                "二是建议新建公共建筑到2030年全面执行近零能耗标准，既有公共建筑的可再生能源替代率达到15%。",
                "三是建议各地将上述指标纳入城市更新规划，但具体目标应根据当地气候和经济条件确定。",
                "研究组同时提醒，若改造资金不足，部分城市的达峰时间可能推迟至2032年以后。"],
         fingerprint="研究组同时提醒，若改造资金不足，部分城市的达峰时间可能推迟",
         must_contain=["一是建议重点城市力争在2028年前实现建筑领域碳达峰"]),
    dict(id="qz03", site="qdzk", path="/s/2024/11/yanjiu-gangtie-qingzhou.html", date="2024-11-05",
         title="研究｜钢铁行业2030年前有望减排一成以上",
         paras=["我院与多家高校联合开展的钢铁行业深度脱碳研究近日完成。",
                "研究显示，通过提高废钢比和推广氢冶金，钢铁行业碳排放有望在2030年较2020年下降10%至15%，2060年前后可能接近零排放。",
                "2023年，全国粗钢产量约10.2亿吨，行业碳排放约占全国总量的15%。",
                "研究人员强调，有关测算是对技术潜力的评估，企业能否做到，取决于电价、氢气成本和碳市场价格。",
                "该研究由我院能源与气候研究中心牵头完成，相关成果将于近期在学术期刊上发表。"],
         fingerprint="该研究由我院能源与气候研究中心牵头完成，相关成果将于近期在学术期刊上发表",
         must_contain=["2023年，全国粗钢产量约10.2亿吨"]),
    dict(id="qz04", site="qdzk", path="/s/2021/11/cop26-guancha.html", date="2021-11-15",
         title="COP26观察｜格拉斯哥大会上，哪些国家带来了新目标？",
         paras=["第26届联合国气候变化大会（COP26）于10月31日在英国格拉斯哥开幕。",
                "11月1日，尼泊尔总理德乌帕在世界领导人峰会上宣布，尼泊尔将于2045年实现净零排放。",
                "我院研究团队测算，若主要排放国的现有承诺全部兑现，本世纪末全球升温可能控制在1.8摄氏度左右；若只计入已落地的政策，升温可能达到2.7摄氏度。",
                "我们建议发展中国家在更新国家自主贡献时，同步提出可核查的中期指标。",
                "大会于11月13日闭幕，通过了《格拉斯哥气候协议》。"],
         fingerprint="我们建议发展中国家在更新国家自主贡献时，同步提出可核查的中期指标",
         must_contain=["尼泊尔将于2045年实现净零排放"]),
    # --- geapp: an energy alliance's English newsroom -------------------------------------------------------------
    dict(id="ga01", site="geapp", path="/newsroom/alliance-launched-at-cop26/", date="2021-11-02",
         title="Global Energy Alliance for People and Planet launched at COP26",
         paras=["GLASGOW - The Rockefeller Foundation, the IKEA Foundation and the Bezos Earth Fund on 2 November "
                "2021 launched the Global Energy Alliance for People and Planet at the World Leaders Summit of COP26, "
                "the UN climate conference that opened in Glasgow on 31 October.",
                "The three founding partners committed an initial USD 10 billion and aim to mobilise a further USD "
                "100 billion in public and private finance.",
                "The Alliance estimates that its work could avoid four billion tonnes of future carbon emissions and "
                "reach one billion people with clean electricity by 2030.",
                "\"Energy poverty and climate change are two sides of the same coin,\" said Dr. Rajiv J. Shah, "
                "President of the Rockefeller Foundation.",
                "Multilateral development banks and several governments joined the launch as anchor partners."],
         fingerprint="Multilateral development banks and several governments joined the launch as anchor partners",
         must_contain=["The three founding partners committed an initial USD 10 billion"]),
    dict(id="ga02", site="geapp", path="/newsroom/odisha-mou-distributed-solar/", date="2023-02-17",
         title="Alliance and Odisha sign memorandum on distributed solar",
         paras=["BHUBANESWAR - The Global Energy Alliance for People and Planet (GEAPP) and the Government of Odisha "
                "signed a memorandum of understanding in Bhubaneswar on 16 February 2023 to scale up distributed "
                "solar for farmers and rural health centres.",
                "Under the memorandum, the Alliance will provide technical assistance and help design financing "
                "models for solar irrigation pumps and rooftop systems.",
                "A feasibility study commissioned by the Alliance found that solar pumps could replace up to "
                "300,000 diesel pumps in the state and save farmers about 40% on irrigation costs.",
                "Officials said the state would consider a target for distributed solar in its next energy policy; "
                "no figure has been set."],
         fingerprint="Officials said the state would consider a target for distributed solar in its next energy",
         must_contain=["to scale up distributed solar for farmers and rural health centres"]),
    dict(id="ga03", site="geapp", path="/newsroom/nepal-net-zero-2045/", date="2021-11-04",
         title="At COP26, Nepal sets net zero goal for 2045",
         paras=["GLASGOW - Nepal will reach net-zero emissions by 2045, Prime Minister Sher Bahadur Deuba told the "
                "World Leaders Summit at COP26 in Glasgow on 1 November 2021.",
                "Nepal already generates almost all of its grid electricity from hydropower, and its forests cover "
                "about 45% of the country's land.",
                "The Alliance's analysts estimate that electric cooking could cut household LPG imports by half "
                "within a decade, a figure the government has not adopted.",
                "Our country team will support the Nepal Electricity Authority in planning for the growth in demand "
                "that electric cooking and transport would bring."],
         fingerprint="Our country team will support the Nepal Electricity Authority in planning for the growth",
         must_contain=["Nepal will reach net-zero emissions by 2045"]),
    dict(id="ga04", site="geapp", path="/newsroom/kathmandu-scoping-mission/", date="2024-04-26",
         title="Alliance mission visits Kathmandu to explore e-cooking partnership",
         paras=["KATHMANDU - A delegation from the Global Energy Alliance for People and Planet visited Kathmandu "
                "from 22 to 24 April 2024 to explore a possible partnership on electric cooking.",
                "The team met officials of the Ministry of Energy, Water Resources and Irrigation and the Nepal "
                "Electricity Authority. No agreement was signed during the visit.",
                "Both sides said they hoped to conclude a memorandum of understanding later in the year, once a "
                "joint scoping study is complete.",
                "The study will examine whether a programme could bring electric cooking to 500,000 households by "
                "2030."],
         fingerprint="The study will examine whether a programme could bring electric cooking to 500,000",
         must_contain=["No agreement was signed during the visit."]),
]
