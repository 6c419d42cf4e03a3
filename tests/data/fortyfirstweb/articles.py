"""Articles of the forty-first test web (tests/fortyfirstweb.py): gatherings and the pledges made there (issue 17: an
honest held-out estimate in English on events and summit results), with actors no other web uses: Cleveland, Toledo,
Buffalo and Shaoxing at a city climate week, Detroit, Taiyuan and Duluth at a two-day subnational dialogue, Halifax at
a virtual roundtable of port cities, Vanuatu and Tonga at a regional clean energy ministerial.

lrcn: a city-network news page (an event card under the headline, an "Upcoming events" sidebar listing gatherings
that have not happened); weekly: a climate newsletter with several short items per issue, each under its own heading.
Phrasings: "Nov. 12-14", "from 12 to 14 November", "on the final day", "opened on Tuesday" for a two-day dialogue,
"closed on Wednesday after two days", an event abbreviated later (CCW), a recap written days after, pledges "announced
at", "on the sidelines of", "during the summit, X pledged", an outcome document endorsed by four cities.
Negatives: a webinar announcement (future), past editions told as background, an award ceremony, a trade fair with no
pledge, a city's existing plan told without a pledge.
All people, quotes and events are invented; the places and institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- lrcn: a city-network news page -------------------------------------------------------------------------------
    dict(id="mn01", site="lrcn", path="/news/2024/11/18/cleveland-climate-week-recap/", date="2024-11-18",
         title="Recap: four cities sign on to a Lake Erie communiqué as Cleveland Climate Week closes",
         card=("Cleveland Climate Week 2024", "Nov. 12-14, 2024", "Huntington Convention Center, Cleveland, Ohio"),
         paras=["More than 40 city delegations came to Cleveland Climate Week, which ran Nov. 12-14 at the Huntington "
                "Convention Center on the shore of Lake Erie, for three days of workshops on building retrofits, "
                "transit and heat.",
                "On the final day, the mayors of Cleveland, Toledo and Buffalo and a vice mayor of Shaoxing endorsed "
                "the Lake Erie Climate Communiqué, an outcome document in which the four cities agree to share "
                "retrofit data, run joint purchasing for electric buses and report their progress each year.",
                "During the summit, Toledo pledged to cut community-wide greenhouse gas emissions 40 percent below "
                "2015 levels by 2030.",
                "Shaoxing, an industrial city in China's Zhejiang province that sent a delegation of twelve, announced "
                "at the week that it would peak its carbon emissions by 2027.",
                "\"We came to listen, and we are leaving with homework,\" said Zhou Wenjing, the Shaoxing vice mayor.",
                "The first Cleveland Climate Week, in 2022, drew delegations from eleven cities and ended without a "
                "joint statement.",
                "CCW organizers said the communiqué would stay open for other cities to endorse until the next "
                "edition, planned for the autumn of 2026."],
         fingerprint="We came to listen, and we are leaving with homework",
         must_contain=["More than 40 city delegations came to Cleveland Climate Week",
                       "During the summit, Toledo pledged to cut community-wide greenhouse gas emissions"]),

    dict(id="mn02", site="lrcn", path="/news/2025/04/25/great-lakes-yellow-river-dialogue/", date="2025-04-25",
         title="Detroit and Taiyuan sign bus memorandum at Great Lakes-Yellow River dialogue",
         card=("Great Lakes–Yellow River Climate Dialogue", "Two days", "Detroit, Michigan"),
         paras=["The second Great Lakes–Yellow River Climate Dialogue opened on Tuesday in Detroit, bringing together "
                "officials from eight American and Chinese cities for two days of talks on freight, transit and "
                "industrial heat.",
                "On Wednesday, on the sidelines of the dialogue, the City of Detroit and the Taiyuan Municipal "
                "People's Government signed a memorandum of understanding on electric bus fleets and charging depots.",
                "Taiyuan, the capital of Shanxi province, has run an all-electric taxi fleet since 2016.",
                "Duluth pledged during the dialogue to source 100 percent of the electricity used by city buildings "
                "from renewable sources by 2035.",
                "\"Our harbor has moved coal for a century. We want the next century to look different,\" said "
                "Duluth's sustainability officer, Marit Solberg.",
                "The first dialogue, held in Zhengzhou in 2023, produced a joint reading list and no agreements."],
         fingerprint="Our harbor has moved coal for a century",
         must_contain=["opened on Tuesday in Detroit, bringing together officials",
                       "Duluth pledged during the dialogue to source 100 percent"]),

    dict(id="mn03", site="lrcn", path="/news/2025/09/10/webinar-heat-pumps-mid-sized-cities/", date="2025-09-10",
         title="Webinar: paying for heat pumps in mid-sized cities",
         card=("Webinar: Financing Heat Pumps", "Oct. 2, 2025, 11:00 EDT", "Online"),
         paras=["Join the network on Oct. 2 for a one-hour webinar on how mid-sized cities can pay for heat pumps in "
                "homes and schools.",
                "Speakers from Cincinnati and Quanzhou will describe how their utilities offer on-bill financing and "
                "what they have learned from the first 2,000 installations.",
                "Cincinnati's climate plan already aims to cut emissions from homes, and Quanzhou is drafting a "
                "building energy code; neither city will announce new targets at the webinar.",
                "Registration is free and open to staff of member cities. A recording will be posted afterwards.",
                "The webinar follows last November's Cleveland Climate Week, where retrofit finance was the most "
                "requested topic."],
         fingerprint="how mid-sized cities can pay for heat pumps in homes and schools",
         must_contain=["Speakers from Cincinnati and Quanzhou will describe"]),

    # --- weekly: a climate newsletter, several short items per issue ------------------------------------------------
    dict(id="wk01", site="weekly", path="/issues/2024-11-15.html", date="2024-11-15", issue=212,
         title="The Lakefront Letter, issue 212: Cleveland's climate week, an award for a bus depot",
         items=[("Cleveland's climate week ends with pledges",
                 ["Cleveland Climate Week ran from 12 to 14 November and closed with an outcome document endorsed by "
                  "four cities.",
                  "Buffalo pledged at CCW to make city government carbon neutral by 2040, Mayor Denise Okafor said "
                  "on the final day.",
                  "Shaoxing's promise to peak its carbon emissions by 2027, announced at the week, was the first "
                  "target a Chinese city has set at the gathering."]),
                ("Award for a wind-powered bus depot",
                 ["A bus depot in Zhangjiakou that runs on wind power won the Sustainable Transport Award at a "
                  "ceremony in Singapore on Tuesday. The judges praised its hydrogen refuelling station."]),
                ("Reading",
                 ["Our pick this week: a long report on heat in Great Lakes schools."])],
         fingerprint="Buffalo pledged at CCW to make city government carbon neutral by 2040",
         must_contain=["Cleveland Climate Week ran from 12 to 14 November",
                       "A bus depot in Zhangjiakou that runs on wind power won the Sustainable Transport Award"]),

    dict(id="wk02", site="weekly", path="/issues/2025-03-07.html", date="2025-03-07", issue=228,
         title="The Lakefront Letter, issue 228: port cities meet online; a trade fair in Columbus",
         items=[("Port cities compare notes online",
                 ["The Global Ports Climate Roundtable, a virtual meeting of port cities, met on Tuesday with "
                  "officials from 19 cities on screen.",
                  "During the roundtable, Halifax Regional Municipality pledged to cut emissions from port operations "
                  "50 percent below 2019 levels by 2035.",
                  "The roundtable meets online twice a year; its next session is set for September."]),
                ("Trade fair in Columbus",
                 ["The Midwest Energy Expo in Columbus drew 400 exhibitors of heat pumps, batteries and charging "
                  "equipment this week. No agreements or targets were announced."])],
         fingerprint="Halifax Regional Municipality pledged to cut emissions from port operations",
         must_contain=["The Global Ports Climate Roundtable, a virtual meeting of port cities",
                       "The Midwest Energy Expo in Columbus drew 400 exhibitors"]),

    dict(id="wk03", site="weekly", path="/issues/2025-05-09.html", date="2025-05-09", issue=237,
         title="The Lakefront Letter, issue 237: Pacific ministers in Apia; a webinar on grids",
         items=[("Pacific ministers set power targets",
                 ["The second Pacific Islands Clean Energy Ministerial closed on Wednesday after two days in Apia, "
                  "Samoa.",
                  "Vanuatu pledged at the ministerial to generate 100 percent of its electricity from renewable "
                  "sources by 2030.",
                  "Tonga announced on the sidelines of the meeting that it would reach net-zero emissions by 2050.",
                  "The first ministerial, held in Nuku'alofa in 2023, ended with a communiqué on grid codes."]),
                ("Coming up: a webinar on island grids",
                 ["On May 21, the Pacific Power Association will host a webinar on batteries for island grids. "
                  "Speakers from Fiji and Samoa are expected; registration opens next week."])],
         fingerprint="Vanuatu pledged at the ministerial to generate 100 percent of its electricity",
         must_contain=["The second Pacific Islands Clean Energy Ministerial closed on Wednesday after two days",
                       "Tonga announced on the sidelines of the meeting"]),
]
