"""Articles of the forty-seventh test web (tests/fortyseventhweb.py): city-network and NGO news in English (issue 17: an
honest held-out estimate on network declarations and city programmes). Actors no other web uses: the Carbon Neutral
Cities Alliance and its Clean Construction Declaration, Helsinki, Lyon, Nantes, Seville, Turku, Aarhus, Leeds, Bristol,
the Climate Alliance's 100% Renewable Cities programme, ClientEarth and the Foshan Municipal Bureau of Ecology and
Environment.

cnca: a network newsroom ("Member cities" sidebar, "Press contact", "Read more news"); ecoblog: an NGO blog (author
cards, "Tags:" lists, "Share this post", "Newsletter").
Phrasings: "became the Nth city to sign the ... Declaration, committing to ...", "endorsed by 14 cities including A, B
and C", "Signatories commit to halve ... by 2030", a network's own target vs a member's, "renewed its commitment", an
NGO signing an MOU with a Chinese municipal bureau.
Negatives: "is considering joining", "was invited to sign", a campaign launched with no signer named, a city that
"left" the network.
All people and quotes are invented; the institutions are real, the declarations and programmes are made up.
"""
from __future__ import annotations

ARTICLES = [
    # --- cnca: a network newsroom ------------------------------------------------------------------------------------
    dict(id="cn01", site="cnca", path="/newsroom/helsinki-signs-clean-construction-declaration/", date="2024-03-14",
         title="Helsinki signs the Clean Construction Declaration",
         paras=["Helsinki on Wednesday became the 20th city to sign the Clean Construction Declaration of the Carbon "
                "Neutral Cities Alliance, committing to halve embodied emissions from all new municipal buildings by "
                "2030 compared with 2020 levels.",
                "Deputy Mayor Anni Virtanen signed the declaration at Helsinki City Hall in the presence of the "
                "alliance's executive director, Johanna Brook.",
                "Helsinki also pledged to use only zero-emission machinery on all municipal construction sites from "
                "2025.",
                "\"Construction is where our climate plan meets the street,\" Virtanen said. The city has cut its "
                "emissions by 39 percent since 1990.",
                "The alliance itself aims for all of its member cities to be carbon neutral by 2050 at the latest.",
                "Aarhus is considering joining the declaration later this year, a spokesperson for the city said."],
         fingerprint="became the 20th city to sign the Clean Construction Declaration",
         must_contain=["halve embodied emissions from all new municipal buildings",
                       "Aarhus is considering joining the declaration"]),
    dict(id="cn02", site="cnca", path="/newsroom/fourteen-cities-endorse-clean-construction/", date="2024-06-19",
         title="Fourteen cities endorse the Clean Construction Declaration in Turku",
         paras=["The Clean Construction Declaration was endorsed on Tuesday by 14 cities including Lyon, Nantes and "
                "Seville at the Carbon Neutral Cities Alliance's annual meeting in Turku, Finland.",
                "The annual meeting runs from 17 to 19 June and brings together climate directors from more than 40 "
                "cities.",
                "Signatories commit to halve the emissions of municipal construction projects by 2030 compared with "
                "2020, and to procure only zero-emission construction machinery from 2027.",
                "Leeds was invited to sign the declaration and will present its construction plan in the autumn.",
                "Bristol, which left the alliance in 2023, sent an observer.",
                "Lyon said it would publish a first inventory of the embodied carbon of its public works next year."],
         fingerprint="endorsed on Tuesday by 14 cities including Lyon, Nantes and Seville",
         must_contain=["Signatories commit to halve the emissions of municipal construction projects",
                       "Leeds was invited to sign the declaration"]),
    dict(id="cn03", site="cnca", path="/newsroom/aarhus-renews-renewable-pledge/", date="2024-10-09",
         title="Aarhus renews its 100% renewable electricity pledge",
         paras=["Aarhus on Monday renewed its commitment to source 100 percent of its electricity from renewable "
                "energy by 2030, in a letter to the Climate Alliance's 100% Renewable Cities programme.",
                "The programme, launched in 2021, sets its member cities the goal of a 100 percent renewable energy "
                "supply by 2040.",
                "Aarhus first made the pledge in 2019. Today 71 percent of the electricity the city uses comes from "
                "wind, solar and biomass.",
                "Turku, which hosted the programme's spring meeting, reported that its district heating network is "
                "already 80 percent renewable."],
         fingerprint="renewed its commitment to source 100 percent of its electricity from renewable energy by 2030",
         must_contain=["sets its member cities the goal of a 100 percent renewable energy supply by 2040",
                       "already 80 percent renewable"]),
    # --- ecoblog: an NGO blog ----------------------------------------------------------------------------------------
    dict(id="eb01", site="ecoblog", path="/blog/2024/05/foshan-mou-clean-air/", date="2024-05-22",
         title="We signed an MOU with Foshan's ecology bureau",
         paras=["ClientEarth signed a memorandum of understanding with the Foshan Municipal Bureau of Ecology and "
                "Environment on Monday in Foshan, Guangdong Province, to work together on environmental law "
                "enforcement and clean air.",
                "Under the MOU, the two sides will train local enforcement officers, share experience of air quality "
                "regulation and hold a yearly workshop on environmental information disclosure.",
                "Foshan's climate plan aims to peak the city's carbon emissions by 2028.",
                "Our Beijing office has worked with environmental courts and bureaus in China since 2015."],
         fingerprint="to work together on environmental law enforcement and clean air",
         must_contain=["signed a memorandum of understanding with the Foshan Municipal Bureau of Ecology and Environment",
                       "aims to peak the city's carbon emissions by 2028"]),
    dict(id="eb02", site="ecoblog", path="/blog/2024/11/nantes-joins-renewable-cities/", date="2024-11-27",
         title="Nantes joins the 100% Renewable Cities programme",
         paras=["Nantes became the 35th city to join the Climate Alliance's 100% Renewable Cities programme on 25 "
                "November, committing to cover all of its electricity use with renewable energy by 2035.",
                "Mayor Claire Morvan signed the programme's charter at a ceremony in Nantes.",
                "Several other French cities are watching closely. Lyon is considering joining, and Leeds, across the "
                "Channel, was invited to sign the charter in the spring but has not replied.",
                "The programme lost a member this year: Bristol left the Climate Alliance in July."],
         fingerprint="became the 35th city to join the Climate Alliance's 100% Renewable Cities programme",
         must_contain=["committing to cover all of its electricity use with renewable energy by 2035",
                       "Bristol left the Climate Alliance in July"]),
    dict(id="eb03", site="ecoblog", path="/blog/2024/09/zero-emission-streets-campaign/", date="2024-09-18",
         title="A new campaign for zero-emission streets",
         paras=["A coalition of NGOs launched the Zero Emission Streets campaign on Tuesday, calling on European "
                "cities to make their central streets free of fossil-fuel vehicles by 2030.",
                "No city has yet signed up to the campaign, which will open for signatures in January.",
                "The campaign asks signatories to commit to cutting transport emissions by 55 percent by 2030.",
                "Seville and Turku were invited to sign at the launch event in Brussels."],
         fingerprint="launched the Zero Emission Streets campaign on Tuesday",
         must_contain=["No city has yet signed up to the campaign",
                       "Seville and Turku were invited to sign"]),
]
