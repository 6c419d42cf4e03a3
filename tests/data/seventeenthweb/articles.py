"""Articles of the seventeenth test web (tests/seventeenthweb.py): real pledges, retold in the words of the sites' kinds.

statedesk: a regional public-affairs newsroom on US state and city climate policy (byline, "Updated" line, "Read
more" chrome); asiaen: an English China-news portal in the China Daily style ("By X in Shanghai | China Daily |
Updated: 2021-01-25 07:12"). Angles, all on commitments: "commits to", "aims to", "has set a goal of", "target of",
"will cut", "halve", "compared with 2005 levels", "below 1990 levels", "no later than", "by the end of the decade"
(no year), "peak ... before 2030", "carbon-free electricity", zero-emission new car sales, per capita, ranges, pledges
over several actors ("both cities pledged", "each of the signatories commits", "the three states will"), and
negatives (past cuts, forecasts, a bill not passed, the IPCC's figure quoted, a goal with no number or year).
"""
from __future__ import annotations

ARTICLES = [
    # --- statedesk: a regional public-affairs newsroom ------------------------------------------------------------
    dict(id="s01", site="statedesk", path="/climate/2019/07/18/new-york-climate-law-enacted/", date="2019-07-18",
         title="New York enacts one of the nation's most ambitious climate laws",
         paras=["ALBANY — New York's Climate Leadership and Community Protection Act became law on Thursday.",
                "The law commits New York to reduce greenhouse gas emissions 85 percent below 1990 levels by 2050.",
                "It also sets a target of 70 percent renewable electricity by 2030 and requires 100 percent "
                "carbon-free electricity by 2040.",
                "Under current policies, the state's emissions are projected to fall 30 percent by 2030, according to "
                "an analysis by state energy planners.",
                "New York has cut emissions from its power plants by about half since 2005.",
                "The IPCC says global emissions must fall 45 percent from 2010 levels by 2030 to limit warming to "
                "1.5 degrees."],
         fingerprint="The law commits New York to reduce greenhouse gas emissions",
         must_contain=["are projected to fall 30 percent by 2030"]),
    dict(id="s02", site="statedesk", path="/climate/2020/03/27/washington-hawaii-targets/", date="2020-03-27",
         title="Washington tightens its emission limits as Hawaii eyes net negative",
         paras=["OLYMPIA — Washington will cut greenhouse gas emissions 45 percent below 1990 levels by 2030 under a "
                "law Governor Jay Inslee signed this week.",
                "The law sets further limits of 70 percent below 1990 levels by 2040 and 95 percent by 2050.",
                "Hawaii has set a goal of 100 percent renewable electricity by 2045, the first such mandate in the "
                "country.",
                "The islands' legislature also committed the state to become carbon neutral no later than 2045.",
                "A bill that would commit Oregon to cut emissions 80 percent by 2050 did not pass the state Senate.",
                "Washington lawmakers also want the state to lead the country on clean transportation."],
         fingerprint="Washington will cut greenhouse gas emissions 45 percent",
         must_contain=["did not pass the state Senate"]),
    dict(id="s03", site="statedesk", path="/climate/2017/06/02/states-climate-alliance-paris/", date="2017-06-02",
         title="Three governors vow to keep Paris promise",
         paras=["SACRAMENTO — The governors of New York, California and Washington said on Thursday that their "
                "states would meet the United States' Paris goal on their own.",
                "The three states will reduce emissions 26 to 28 percent below 2005 levels by 2025, the governors "
                "said.",
                "Washington aims to have 100 percent zero-emission new car sales by 2030.",
                "California has already returned its emissions to 1990 levels, four years ahead of schedule."],
         fingerprint="The three states will reduce emissions 26 to 28 percent",
         must_contain=["four years ahead of schedule"]),
    dict(id="s04", site="statedesk", path="/climate/2020/11/05/cities-carbon-neutral-plans/", date="2020-11-05",
         title="Cities race toward carbon neutrality",
         paras=["COPENHAGEN — Copenhagen aims to become the world's first carbon-neutral capital by 2025.",
                "The Danish capital has already cut its emissions 42 percent since 2005.",
                "Across the Atlantic, Vancouver and Seattle have adopted climate action plans, and both cities "
                "pledged to become carbon neutral by 2050.",
                "Seattle also aims to halve emissions from road transport by the end of the decade.",
                "Stockholm has a target of 2.2 tonnes of emissions per resident by 2020 and aims to be fossil-fuel "
                "free by 2040.",
                "Vancouver wants to become the greenest city in the world."],
         fingerprint="Copenhagen aims to become the world's first carbon-neutral capital",
         must_contain=["already cut its emissions 42 percent since 2005"]),
    # --- asiaen: an English China-news portal ---------------------------------------------------------------------
    dict(id="a01", site="asiaen", path="/a/202101/25/WS600e1a2ba31024ad0baa4a11.html", date="2021-01-25",
         title="Shanghai aims to peak carbon emissions before 2025",
         paras=["Shanghai aims to peak its carbon emissions before 2025, Mayor Gong Zheng said on Sunday in the "
                "government work report.",
                "China has pledged to peak carbon dioxide emissions before 2030 and achieve carbon neutrality before "
                "2060.",
                "The country also commits to cut carbon dioxide emissions per unit of GDP by more than 65 percent "
                "compared with 2005 levels by 2030.",
                "The city's coal consumption is expected to keep falling over the next five years.",
                "Shanghai will also work to build a green, low-carbon economy."],
         fingerprint="Shanghai aims to peak its carbon emissions before 2025",
         must_contain=["coal consumption is expected to keep falling"]),
    dict(id="a02", site="asiaen", path="/a/202009/22/WS5f69a0c2a31024ad0ba7b1c3.html", date="2020-09-22",
         title="Tech giants set tougher climate goals",
         paras=["Microsoft has committed to be carbon negative by 2030, and by 2050 to remove from the atmosphere all "
                "the carbon the company has emitted since it was founded in 1975.",
                "The company will halve its supply chain emissions by 2030 and shift to 100 percent renewable energy "
                "by 2025.",
                "Verizon, Infosys and Reckitt Benckiser have signed The Climate Pledge, and each of the signatories "
                "commits to reach net-zero carbon emissions by 2040.",
                "Hainan has set a goal of ending sales of fossil fuel cars by 2030, the first Chinese province to do "
                "so.",
                "Hainan's emissions rose 4 percent last year."],
         fingerprint="Microsoft has committed to be carbon negative by 2030",
         must_contain=["Hainan's emissions rose 4 percent last year"]),
    dict(id="a03", site="asiaen", path="/a/202202/25/WS62183a1fa310cdd39bc8a0f1.html", date="2022-02-25",
         title="Chinese firms step up carbon pledges",
         paras=["China Baowu Steel Group, the world's largest steelmaker, aims to peak its carbon emissions in 2023 "
                "and cut them by 30 percent from that peak by 2035.",
                "The steelmaker has also set a goal of carbon neutrality by 2050.",
                "China Three Gorges Corp will peak its emissions by 2023 and become carbon neutral by 2040, the "
                "company said.",
                "Alibaba and Tencent have both pledged to reach carbon neutrality in their own operations by 2030.",
                "Analysts expect China's coal consumption to peak around 2025.",
                "Guangdong is considering a proposal to cut emissions 10 percent by 2025.",
                "Baowu's crude steel output rose 4.6 percent in 2021."],
         fingerprint="aims to peak its carbon emissions in 2023",
         must_contain=["Analysts expect China's coal consumption to peak around 2025"]),
]
