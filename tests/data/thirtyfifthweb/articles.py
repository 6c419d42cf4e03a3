"""Articles of the thirty-fifth test web (tests/thirtyfifthweb.py): commitments of North American cities, states and
utilities and of Asian companies told in English, actors no other web uses (issue 17: an honest held-out estimate in
English on commitments).

council: a city council news page ("Posted on March 13, 2024 | Sustainability", "Agendas & Minutes" chrome); grid: an
energy trade site (bylines, "Sponsored" boxes, "Related" trap headlines). Pledges told in the passive ("A target of
... was adopted by the council"), in a headline only, several actors in one sentence with different years ("Tucson by
2045 and Albuquerque by 2040", "Sony ... by 2040 and Hitachi by 2050"), per resident, "halve ... from 2018 levels",
"coal-free by 2028", RE100, Scope 3, state clean-electricity laws. Negatives: progress reports, consultants'
scenarios, "could", a rejected motion, a withdrawn target, a rejected bill, a country's target told as context, a
page of results only (grid04).
"""
from __future__ import annotations

ARTICLES = [
    # --- council: a city council news page --------------------------------------------------------------------------
    dict(id="cc01", site="council", path="/news/2024/03/13/council-adopts-updated-climate-action-plan/",
         date="2024-03-13", title="Council adopts updated Climate Action Plan",
         paras=["A target of reducing community-wide greenhouse gas emissions 70 percent below 2018 levels by 2030 "
                "was adopted by the Boulder City Council on Tuesday as part of the updated Climate Action Plan.",
                "The plan also sets a goal of 4 tonnes of emissions per resident by 2035, down from about 11 tonnes "
                "today.",
                "Community emissions fell 21 percent between 2018 and 2022, according to the city's annual progress "
                "report released in January.",
                "A scenario prepared for the city by the consulting firm Ridgeline Analytics found that Boulder could "
                "cut emissions 90 percent by 2035 if every building were electrified.",
                "Staff told the council the targets are in line with the United States' national goal of cutting net "
                "emissions 50 to 52 percent below 2005 levels by 2030.",
                "Council members will review the plan's progress in 2026."],
         fingerprint="as part of the updated Climate Action Plan",
         must_contain=["70 percent below 2018 levels by 2030"]),
    dict(id="cc02", site="council", path="/news/2024/05/21/community-energy-transition-strategy-approved/",
         date="2024-05-21", title="Edmonton commits to net zero emissions by 2050",
         paras=["City council on Monday approved the Community Energy Transition Strategy after two days of public "
                "hearings, with 10 councillors voting in favour and three against.",
                "Under the strategy, Edmonton pledges to halve emissions from 2018 levels by 2030.",
                "A motion by Councillor Dana Whitford to bring the net-zero date forward to 2040 was defeated 9 to 4.",
                "Administration told councillors that Edmonton could reach net zero by 2045 if provincial grid rules "
                "change.",
                "The first progress report on the strategy is due in the spring of 2025."],
         fingerprint="after two days of public hearings",
         must_contain=["Edmonton pledges to halve emissions from 2018 levels by 2030"]),
    dict(id="cc03", site="council", path="/news/2023/09/22/tucson-and-albuquerque-set-carbon-neutrality-dates/",
         date="2023-09-22", title="Tucson and Albuquerque set dates for carbon neutrality",
         paras=["The two desert cities have committed to carbon neutrality, Tucson by 2045 and Albuquerque by 2040, "
                "the mayors said in a joint statement on Thursday.",
                "Tucson will also cut emissions from city operations 60 percent below 2019 levels by 2030, under a "
                "resolution passed by the mayor and council.",
                "Albuquerque withdrew its earlier target of 100 percent renewable electricity for city facilities by "
                "2025 in March, saying it could not be met.",
                "Tucson's emissions per resident are 12.4 tonnes a year, the city's 2022 inventory shows."],
         fingerprint="the mayors said in a joint statement",
         must_contain=["Tucson by 2045 and Albuquerque by 2040"]),
    # --- grid: an energy trade site ---------------------------------------------------------------------------------
    dict(id="grid01", site="grid", path="/policy/two-states-write-clean-power-targets-into-law/", date="2023-04-04",
         title="Two states write clean power targets into law",
         paras=["New Mexico Governor Ana Torres signed a bill on Monday that requires the state's electric utilities "
                "to supply 100 percent carbon-free electricity by 2045.",
                "The law also sets an interim standard of 80 percent renewable power by 2040.",
                "In Raleigh, North Carolina lawmakers passed a measure that requires the state's utilities to cut "
                "carbon emissions from power plants 70 percent from 2005 levels by 2030 and to reach carbon "
                "neutrality by 2050.",
                "A study by the consultancy Meridian Grid Partners estimated that the Southeast could reach 80 percent "
                "clean electricity by 2035 at little extra cost.",
                "Nevada lawmakers rejected a similar bill that would have required 100 percent clean electricity by "
                "2040."],
         fingerprint="requires the state's electric utilities to supply",
         must_contain=["100 percent carbon-free electricity by 2045"]),
    dict(id="grid02", site="grid", path="/utilities/xcel-dte-dominion-restate-carbon-goals/", date="2024-02-08",
         title="Xcel, DTE and Dominion restate carbon goals as demand grows",
         paras=["Xcel Energy reaffirmed on Wednesday its pledge to cut carbon emissions 80% from 2005 levels by 2030 "
                "and to deliver 100% carbon-free electricity to customers by 2050.",
                "DTE Energy said it will be coal-free by 2032 and reach net zero carbon emissions by 2050.",
                "Dominion Energy set out a pledge to be coal-free by 2028, two years earlier than its previous plan.",
                "Xcel said its carbon emissions were 54% below 2005 levels at the end of 2023.",
                "Analysts at Crestview Research said rising data-centre demand could push DTE's coal exit back to "
                "2035."],
         fingerprint="reaffirmed on Wednesday its pledge",
         must_contain=["Dominion Energy set out a pledge to be coal-free by 2028"]),
    dict(id="grid03", site="grid", path="/corporate/asian-tech-and-electronics-makers-tighten-climate-targets/",
         date="2024-06-18", title="Asian tech and electronics makers tighten climate targets",
         paras=["Samsung Electronics has committed to RE100 by 2050, sourcing all the electricity it uses from "
                "renewables.",
                "Lenovo pledged to be carbon neutral in its operations by 2030 and to cut Scope 3 emissions 40% by "
                "2035.",
                "Sony plans to reach net zero by 2040 and Hitachi by 2050.",
                "Samsung's renewable share reached 31 percent last year, its sustainability report showed.",
                "Their suppliers operate under China's national goals of peaking emissions before 2030 and carbon "
                "neutrality before 2060."],
         fingerprint="sourcing all the electricity it uses from renewables",
         must_contain=["Sony plans to reach net zero by 2040 and Hitachi by 2050"]),
    dict(id="grid04", site="grid", path="/utilities/ameren-entergy-report-lower-emissions/", date="2024-04-30",
         title="Ameren and Entergy report lower emissions",
         paras=["Ameren's carbon emissions fell 38 percent from 2005 levels through 2023, the utility's annual climate "
                "report shows.",
                "Entergy said its emissions rate had dropped 45 percent since 2000.",
                "A scenario by consultants at Bluestem Energy found the two utilities could reach 90 percent cuts by "
                "2040 if gas plants retire early.",
                "Neither company announced new targets."],
         fingerprint="the utility's annual climate report shows",
         must_contain=["Entergy said its emissions rate had dropped 45 percent since 2000"]),
]
