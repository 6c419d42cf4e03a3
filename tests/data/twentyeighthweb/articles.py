"""Articles of the twenty-eighth test web (tests/twentyeighthweb.py): gatherings and actors no other web uses (the
Major Economies Forum on Energy and Climate of June 2022, the Powering Past Coal Alliance Global Summit of March 2021,
the Our Ocean Conference in Palau of April 2022, the conference of New England Governors and Eastern Canadian Premiers
of September 2023) and pledges told the way held-out pages tell them (issue 17: an honest held-out estimate in
English on commitments and events).

gov: a government's media room of readouts and fact sheets (bullet lists of targets, "Release date: June 17, 2022",
"Was this page helpful?" chrome); hwr: a wire service (datelines "BOSTON, Sept 8 (Harbor Wire) -", a "(Reporting
by ...)" line, "Top stories" chrome). Facts told twice: the Palau conference (gov03, hwr02), the coal summit (gov02,
hwr03). Negatives: achievements, forecasts, calls on others, goals without a number or year, a replaced target, a
conference "will be held".
"""
from __future__ import annotations

ARTICLES = [
    # --- gov: a government's media room (readouts and fact sheets) -----------------------------------------------
    dict(id="gov01", site="gov", path="/media/fact-sheets/2022/06/17/major-economies-forum/", date="2022-06-17",
         title="FACT SHEET: Major Economies Forum on Energy and Climate",
         paras=["The Secretary convened the Major Economies Forum on Energy and Climate virtually on Friday, 17 June "
                "2022, bringing together leaders and ministers of the economies that produce most of the world's "
                "greenhouse gas emissions.",
                "Participants set out the national targets they will deliver this decade:",
                ["Japan: 46% below 2013 levels by 2030",
                 "Canada — 40 to 45 per cent below 2005 levels by 2030",
                 "Republic of Korea: 40 percent below 2018 levels by 2030",
                 "Argentina: net zero emissions no later than 2050",
                 "Mexico: an updated target to be presented at COP27"],
                "Nigeria committed to cut methane emissions from its oil and gas sector by 60 percent by 2031.",
                "Japan has already cut its emissions by 20 percent since 2013, the Japanese delegation said.",
                "The International Energy Agency forecasts that global emissions will rise by about 1 percent this "
                "year.",
                "Participants called on all major emitters to strengthen their 2030 targets before COP27."],
         fingerprint="the economies that produce most of the world's greenhouse gas emissions",
         must_contain=["Japan: 46% below 2013 levels by 2030"]),
    dict(id="gov02", site="gov", path="/media/readouts/2021/03/03/powering-past-coal-alliance-summit/",
         date="2021-03-03",
         title="Readout: Powering Past Coal Alliance Global Summit",
         paras=["The Powering Past Coal Alliance Global Summit opened on Tuesday as a two-day virtual event co-hosted "
                "by the United Kingdom and Canada, with ministers, mayors and business leaders joining online.",
                "New and existing members announced the following commitments:",
                ["Chile — phase out coal-fired power no later than 2040",
                 "Montenegro: close its last coal power plant by 2035",
                 "Spain: 100% of new cars sold to be zero-emission by 2040",
                 "Scotland: a just transition plan for the north-east"],
                "Slovakia brought forward its coal exit date from 2030 to 2023.",
                "Members have closed more than 60 coal units since the alliance was founded in 2017.",
                "Ministers urged the G7 to end international finance for coal power this year."],
         fingerprint="with ministers, mayors and business leaders joining online",
         must_contain=["Slovakia brought forward its coal exit date"]),
    dict(id="gov03", site="gov", path="/media/readouts/2022/04/14/our-ocean-conference-palau/", date="2022-04-14",
         title="Readout: the seventh Our Ocean Conference in Palau",
         paras=["The seventh Our Ocean Conference, co-hosted by the Republic of Palau and the United States, opened "
                "in Koror on Wednesday, 13 April, and closed on Thursday with 410 commitments worth $16.35 billion.",
                "Climate targets announced at the conference, at a glance:",
                ["Palau | 100% renewable electricity | 2032",
                 "Fiji | net zero emissions | 2050",
                 "Panama | carbon neutral | 2050"],
                "On Wednesday, the United States and Palau signed a memorandum of understanding on clean energy and "
                "climate resilience on the sidelines of the conference.",
                "\u201cWe will be carbon neutral by 2040,\u201d said Soren Skou, chief executive of the shipping "
                "company A.P. Moller-Maersk.",
                "Palau called on distant-water fishing nations to end illegal fishing in its waters.",
                "The next Our Ocean Conference will be held in Panama in 2023."],
         fingerprint="closed on Thursday with 410 commitments worth $16.35 billion",
         must_contain=["We will be carbon neutral by 2040"]),
    # --- hwr: Harbor Wire, a wire service with datelines ---------------------------------------------------------
    dict(id="hwr01", site="hwr", path="/news/2023/09/08/governors-premiers-climate-targets-idHW230908", date="2023-09-08",
         title="New England governors, Canadian premiers trade climate targets in Boston",
         paras=["BOSTON, Sept 8 (Harbor Wire) - The annual Conference of New England Governors and Eastern Canadian "
                "Premiers opened on Thursday in Boston, with energy prices and transmission lines at the top of the "
                "agenda.",
                "Massachusetts Governor Maura Healey said the state will cut its greenhouse gas emissions 50 percent "
                "below 1990 levels by 2030.",
                "Nova Scotia raised its target to 53 per cent below 2005 levels by 2030, Premier Tim Houston told the "
                "meeting.",
                "Maine brought forward its carbon neutrality date from 2050 to 2045, Governor Janet Mills said.",
                "Vermont's emissions have fallen 20% since 2005, Governor Phil Scott said, and the state aims to "
                "keep cutting.",
                "The governors and premiers called on Washington and Ottawa to speed up permits for cross-border "
                "power lines.",
                "(Reporting by Dana Whitcomb; Editing by Leo Marsh)"],
         fingerprint="energy prices and transmission lines at the top of the agenda",
         must_contain=["Nova Scotia raised its target to 53 per cent"]),
    dict(id="hwr02", site="hwr", path="/news/2022/04/14/palau-ocean-conference-pledges-idHW220414", date="2022-04-14",
         title="Island states pledge deeper cuts at Palau ocean meeting",
         paras=["KOROR, Palau, April 14 (Harbor Wire) - Pacific island states pledged deeper emissions cuts on "
                "Thursday as the Palau conference, the seventh Our Ocean Conference, drew to a close.",
                "Palau pledged to halve its greenhouse gas emissions by 2030 from 2005 levels.",
                "The Marshall Islands set a goal of limiting emissions to 1.5 tonnes per capita by 2035.",
                "The Philippines said it would cut emissions by between 70 and 75 percent below business as usual by "
                "2030.",
                "\u201cWe will be carbon neutral by 2030,\u201d said Ignacio Galan, chairman of Spanish utility "
                "Iberdrola, which is building offshore wind farms in the region.",
                "Sea levels around Palau are forecast to rise by up to 30 centimetres by 2050, scientists said.",
                "(Reporting by Mere Tuilagi; Editing by Leo Marsh)"],
         fingerprint="Pacific island states pledged deeper emissions cuts",
         must_contain=["Palau pledged to halve its greenhouse gas emissions by 2030"]),
    dict(id="hwr03", site="hwr", path="/news/2021/03/03/coal-alliance-summit-exit-dates-idHW210303", date="2021-03-03",
         title="Chile, Montenegro set coal exit dates at virtual summit",
         paras=["LONDON, March 3 (Harbor Wire) - Chile and Montenegro set dates to stop burning coal for power at the "
                "Powering Past Coal Alliance Global Summit, a two-day online meeting co-hosted by Britain and Canada.",
                "Chile will phase out coal-fired power no later than 2040, its energy minister said.",
                "Denmark pledged to cut its emissions at least 70 percent below 1990 levels by 2030.",
                "Germany, which had set a 2038 deadline for its coal exit, did not announce a new date.",
                "Coal still generated about 36 percent of the world's electricity in 2020.",
                "(Reporting by Tom Hale; Editing by Leo Marsh)"],
         fingerprint="set dates to stop burning coal for power",
         must_contain=["Chile will phase out coal-fired power no later than 2040"]),
    dict(id="hwr04", site="hwr", path="/news/2023/09/11/regional-power-grid-study-idHW230911", date="2023-09-11",
         title="Regional grid study sees higher power demand as states electrify",
         paras=["BOSTON, Sept 11 (Harbor Wire) - Electricity demand in New England could double by 2050 as homes "
                "and cars switch to electric power, a study by the regional grid operator said on Monday.",
                "Connecticut wants to lead the region on clean energy but has not set a new date, officials said.",
                "Rhode Island's earlier goal of 100 percent renewable electricity by 2030 was replaced last year by "
                "a law that sets a 2033 deadline, the study noted.",
                "Grid operators called on states to plan for more storage and transmission.",
                "The next governors' conference will be held in Canada in 2024.",
                "(Reporting by Dana Whitcomb; Editing by Leo Marsh)"],
         fingerprint="could double by 2050 as homes and cars switch to electric power",
         must_contain=["a study by the regional grid operator said on Monday"]),
]
