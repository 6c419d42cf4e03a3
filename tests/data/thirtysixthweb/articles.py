"""Articles of the thirty-sixth test web (tests/thirtysixthweb.py): commitments of a European region, an African and a
South Asian city government, a Latin American airline, a cement maker and a bank told in English, actors no other web
uses (issue 17: an honest held-out estimate in English on commitments, second round).

newsroom: a government press-release site ("Press release | Published 12 June 2024", "Notes to editors", "Was this
page useful?" chrome); wire: a business wire ("CITY--(BUSINESS WIRE)--" datelines, "About X" and forward-looking
statements boilerplate, "More News From" traps). Pledges after long asides between the actor and the verb, told in a
quote with the speaker after, "Under its new plan, X will ...", "X's target is to ...", "X set a goal of ...", "X is
aiming for ...", "a commitment by X to ...", "between 55% and 60%", "at least 65%", per capita tonnes. No record for
"by the end of the decade" or "by mid-century" (no year). Negatives: targets met, forecasts, an adviser's
recommendation, targets under consideration, another actor's target cited as a comparison, a national plan cited
by comparison.
"""
from __future__ import annotations

ARTICLES = [
    # --- newsroom: government press releases ------------------------------------------------------------------------
    dict(id="nr01", site="newsroom", path="/news/net-zero-plan-sets-out-targets-to-2030/", date="2024-06-12",
         title="Net Zero Wales plan sets out emissions targets to 2030",
         paras=["The Welsh Government, which last year published its second carbon budget after months of talks with "
                "farmers, businesses, trade unions and local councils across the country, has committed to reaching "
                "net zero emissions by 2050.",
                "Under its new plan, the Welsh Government will cut emissions between 55% and 60% below 1990 levels by "
                "2030.",
                "Emissions in Wales were 31% below 1990 levels in 2022, which met the first interim target for 2020.",
                "The Climate Change Committee, the government's independent adviser, recommended that Wales cut "
                "emissions 73% by 2035.",
                "A target of an 89% cut by 2040 is under consideration and will be put to the Senedd next year."],
         fingerprint="farmers, businesses, trade unions and local councils",
         must_contain=["between 55% and 60% below 1990 levels by 2030"]),
    dict(id="nr02", site="newsroom", path="/news/lagos-launches-updated-climate-action-plan/", date="2024-09-03",
         title="Lagos launches updated Climate Action Plan",
         paras=["\u201cLagos will cut its greenhouse gas emissions at least 65% below 2015 levels by 2040,\u201d said "
                "Adeola Bakare, the state's Commissioner for the Environment, at the launch of the updated Climate "
                "Action Plan on Monday.",
                "Lagos's target is to bring emissions per capita down to 1.5 tonnes by 2035, from about 2.4 tonnes "
                "today.",
                "By the end of the decade, the state aims to run a third of its BRT buses on electricity.",
                "Consultants hired by the state forecast that emissions will peak in 2028 as the population keeps "
                "growing.",
                "Bakare said the plan compared well with those of other West African cities, citing the 40% cut by "
                "2030 that a regional survey attributed to Abidjan."],
         fingerprint="the state's Commissioner for the Environment",
         must_contain=["Lagos's target is to bring emissions per capita down to 1.5 tonnes by 2035"]),
    dict(id="nr03", site="newsroom", path="/news/dhaka-north-sets-targets-for-buildings-and-fleet/",
         date="2024-11-20", title="Dhaka North sets targets for its own buildings and fleet",
         paras=["Dhaka North City Corporation, which serves more than six million residents and has struggled with "
                "flooding and extreme heat in recent summers, has committed to cutting emissions from its own "
                "buildings and vehicles 30% by 2030 from 2021 levels.",
                "The corporation also set a goal of generating 20% of the electricity used in its buildings from "
                "rooftop solar by 2030.",
                "Mayor Farhana Rahman said the city is aiming for carbon neutrality by mid-century.",
                "A proposal to ban diesel buses from the city centre by 2027 is under consideration by the "
                "corporation's board.",
                "Bangladesh's national plan, by comparison, foresees a 22% cut below business as usual by 2030."],
         fingerprint="struggled with flooding and extreme heat",
         must_contain=["20% of the electricity used in its buildings from rooftop solar by 2030"]),
    # --- wire: a business wire --------------------------------------------------------------------------------------
    dict(id="bw01", site="wire", path="/news/home/20250305005112/en/", date="2025-03-05",
         title="LATAM Airlines Group Sets Interim Fuel Target on Path to Net Zero",
         paras=["SANTIAGO, Chile--(BUSINESS WIRE)--LATAM Airlines Group S.A. (NYSE: LTM) today published its "
                "sustainability strategy for 2025 to 2030.",
                "LATAM is aiming for net zero emissions by 2050.",
                "The strategy includes a commitment by LATAM to use sustainable aviation fuel for 10% of its fuel "
                "consumption by 2030.",
                "The group cut its emissions per passenger 12% between 2019 and 2024, meeting the goal it set in "
                "2021.",
                "About LATAM: LATAM Airlines Group S.A. and its subsidiaries are the leading airline group in Latin "
                "America, with a presence in five domestic markets and flights to 150 destinations.",
                "Forward-Looking Statements: This press release contains forward-looking statements, including "
                "statements about LATAM's sustainability targets. Actual results may differ materially from those "
                "expressed in these statements."],
         fingerprint="sustainability strategy for 2025 to 2030",
         must_contain=["a commitment by LATAM to use sustainable aviation fuel"]),
    dict(id="bw02", site="wire", path="/news/home/20250211005387/en/", date="2025-02-11",
         title="Cemex Raises Its 2030 Climate Goal",
         paras=["MONTERREY, Mexico--(BUSINESS WIRE)--Cemex, S.A.B. de C.V. (NYSE: CX) said today that it had raised "
                "its 2030 climate ambition after meeting its previous goal early.",
                "Cemex set a goal of cutting its Scope 1 and 2 emissions 47% by 2030 from a 2020 base year.",
                "\u201cWe remain committed to becoming a net-zero company by 2050,\u201d said Chief Executive Officer "
                "Daniel Ortega.",
                "The company met its previous 2025 target of a 35% cut three years early.",
                "The Global Cement and Concrete Association, of which Cemex is a member, recommends that producers cut "
                "emissions 25% by 2030.",
                "About Cemex: Cemex is a global building materials company that produces cement, ready-mix concrete "
                "and aggregates in more than 50 countries.",
                "Forward-Looking Statements: This press release contains forward-looking statements about Cemex's "
                "climate goals. Cemex assumes no obligation to update these statements."],
         fingerprint="raised its 2030 climate ambition",
         must_contain=["Cemex set a goal of cutting its Scope 1 and 2 emissions 47% by 2030"]),
    dict(id="bw03", site="wire", path="/news/home/20250415005220/en/", date="2025-04-15",
         title="Standard Chartered Sets Financed Emissions Target for Steel",
         paras=["LONDON--(BUSINESS WIRE)--Standard Chartered PLC today announced a new target for the financed "
                "emissions of its steel portfolio.",
                "Under its new plan, Standard Chartered will reduce the financed emissions of its steel portfolio 33% "
                "by 2030 from 2022 levels.",
                "The bank's target is to reach net zero financed emissions by 2050.",
                "A target of a 20% cut in the financed emissions of its aviation lending by 2030 is under "
                "consideration.",
                "The financed emissions of the bank's power portfolio fell 15% in 2024.",
                "About Standard Chartered: Standard Chartered is an international banking group with a presence in 53 "
                "markets.",
                "Forward-Looking Statements: This document contains forward-looking statements, including about the "
                "group's climate targets, which involve risks and uncertainties."],
         fingerprint="financed emissions of its steel portfolio",
         must_contain=["Standard Chartered will reduce the financed emissions of its steel portfolio 33%"]),
]
