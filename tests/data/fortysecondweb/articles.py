"""Articles of the forty-second test web (tests/fortysecondweb.py), written for issue 17 (a held-out estimate of page
reading on templates no other web uses), each with an agreement or a pledge so extraction is scored too.

ledger: a WordPress city paper (Yoast JSON-LD datePublished with a later dateModified and a visible "Updated" stamp
only; cookie notice, an inbox signup box, an author card, a "Share this:" row and a comments thread; a body split by an
"Advertisement" label and a "Continue reading below" line; a bolded standfirst; a table of targets; the listing paged
by <link rel="next">). dispatch: a regional news site read through an RSS feed whose links are relative (an AMP page;
a page dated only by its URL path). zbnews: a Chinese city portal in GBK, its charset only in <meta http-equiv>,
发布时间 and 来源 in one span, a header's today as a trap.
"""
from __future__ import annotations

ARTICLES = [
    # --- ledger: a WordPress city paper -----------------------------------------------------------------------
    dict(id="le01", site="ledger", path="/news/spokane-luoyang-clean-energy-memorandum/", date="2023-05-17",
         updated="2023-06-02", title="Spokane and Luoyang sign clean energy memorandum at City Hall",
         paras=["Spokane Mayor Nadine Woodward and a delegation from the Chinese city of Luoyang signed a memorandum "
                "of understanding on clean energy cooperation on May 16 at Spokane City Hall.",
                "The two cities agreed to share data on building retrofits, district heating and rooftop solar, and to "
                "exchange municipal engineers for two-week placements starting next spring.",
                "Spokane's climate plan already commits the city to carbon neutrality by 2045, and staff said the "
                "memorandum would help it learn from Luoyang's district heating network.",
                "Council member Zack Zappone, who chairs the sustainability committee, called the visit a practical "
                "step rather than a ceremonial one."],
         fingerprint="exchange municipal engineers for two-week placements",
         must_contain=["signed a memorandum of understanding on clean energy cooperation",
                       "called the visit a practical step"]),
    dict(id="le02", site="ledger", path="/news/savannah-council-adopts-emissions-cut/", date="2023-09-08",
         title="Savannah council votes to halve emissions by 2030",
         standfirst="The vote makes Savannah the first city in coastal Georgia with a binding emissions target.",
         paras=["Savannah City Council voted 8-1 on Thursday to cut the city's greenhouse gas emissions 50 percent "
                "below 2018 levels by 2030.",
                "The ordinance directs the city manager to report progress every year and to publish an inventory of "
                "municipal buildings and vehicles by next June.",
                "@AD",
                "Alderman Kesha Gibson-Carter cast the lone vote against, saying the city had not yet costed the plan.",
                "@CONT",
                "Residents who spoke at the meeting mostly urged the council to move faster on flood protection along "
                "the Casey Canal."],
         fingerprint="publish an inventory of municipal buildings and vehicles",
         must_contain=["The vote makes Savannah the first city in coastal Georgia",
                       "cast the lone vote against", "move faster on flood protection"]),
    dict(id="le03", site="ledger", path="/news/omaha-climate-plan-net-zero-2050/", date="2023-03-29",
         title="Omaha adopts its first climate action plan",
         paras=["The Omaha City Council adopted the city's first climate action plan on Tuesday, committing Omaha to "
                "net-zero emissions by 2050.",
                "It sets an interim goal of cutting community-wide emissions 50% below 2019 levels by 2030.",
                "@TABLE",
                "The plan was drafted over two years with the Metropolitan Area Planning Agency and more than 40 "
                "neighborhood meetings."],
         table=[("Community-wide emissions", "50% below 2019", "2030"),
                ("Municipal fleet", "100% electric light-duty vehicles", "2035"),
                ("Net emissions", "Net zero", "2050")],
         fingerprint="drafted over two years with the Metropolitan Area Planning Agency",
         must_contain=["Municipal fleet", "100% electric light-duty vehicles"]),
    # --- dispatch: a regional news site read through its feed -------------------------------------------------
    dict(id="dp01", site="dispatch", path="/2024/04/11/reno-baotou-hydrogen-letter/amp/", date="2024-04-11",
         canonical="/2024/04/11/reno-baotou-hydrogen-letter/",
         title="Reno and Baotou sign letter of intent on hydrogen and battery recycling",
         paras=["Reno and the Inner Mongolian city of Baotou signed a letter of intent on hydrogen and battery "
                "recycling cooperation on April 9, during a visit by a Baotou delegation to northern Nevada.",
                "Under the letter, the two cities will hold a joint workshop on recycling lithium-ion batteries and "
                "compare permitting rules for hydrogen refuelling stations.",
                "Reno Mayor Hillary Schieve said the region's battery plants made it a natural partner for a city "
                "built around rare earth and steel industries."],
         fingerprint="compare permitting rules for hydrogen refuelling stations",
         must_contain=["signed a letter of intent on hydrogen and battery recycling cooperation",
                       "a natural partner for a city"]),
    dict(id="dp02", site="dispatch", path="/2022/10/04/eugene-yibin-electric-bus-agreement/", date="2022-10-04",
         title="Eugene and Yibin agree to work together on electric buses",
         paras=["Eugene and the Sichuan city of Yibin signed a sister-city agreement on Monday that puts electric "
                "buses and charging depots at the centre of their cooperation.",
                "The City of Eugene has pledged to draw 100% of its electricity from renewable sources by 2035, and "
                "Lane Transit District plans to run only battery-electric buses by then.",
                "Yibin, home to one of the country's largest battery makers, will host Eugene transit planners next "
                "year."],
         fingerprint="puts electric buses and charging depots at the centre",
         must_contain=["will host Eugene transit planners next year"]),
    # --- zbnews: a Chinese city portal in GBK -----------------------------------------------------------------
    dict(id="zb01", site="zbnews", path="/news/2024-03/13/content_88213.htm", date="2024-03-13",
         title="淄博市与包头市签署绿色低碳产业合作框架协议",
         paras=["3月12日，淄博市人民政府与包头市人民政府在淄博签署绿色低碳产业合作框架协议。",
                "根据协议，两市将在氢能、储能和工业固废综合利用等领域开展合作，共同建设一批绿色低碳示范项目。",
                "签约仪式上，淄博市提出，力争2028年前实现碳达峰。",
                "包头市有关负责人介绍了当地稀土新材料和风电装备产业的发展情况。"],
         fingerprint="工业固废综合利用等领域开展合作",
         must_contain=["力争2028年前实现碳达峰", "稀土新材料和风电装备产业"]),
    dict(id="zb02", site="zbnews", path="/news/2024-05/20/content_89105.htm", date="2024-05-20",
         title="宜宾市印发碳达峰实施方案",
         paras=["近日，宜宾市人民政府印发《宜宾市碳达峰实施方案》。",
                "《方案》提出，到2025年，全市非化石能源消费比重达到40%以上。",
                "到2030年，全市单位地区生产总值二氧化碳排放持续下降，确保2030年前实现碳达峰。",
                "据介绍，与宜宾相邻的泸州市单位地区生产总值能耗“十四五”以来已下降12%。"],
         fingerprint="全市非化石能源消费比重达到40%以上",
         must_contain=["确保2030年前实现碳达峰", "以来已下降12%"]),
]
