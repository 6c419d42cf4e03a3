"""Articles of the ninety-first test web (tests/ninetyfirstweb.py), written for issue 17 (a held-out estimate on
SUMMIT OUTCOMES told the way official records tell them): a summit presidency's own site (a partnership "launched on
the sidelines of" a leaders' summit, a ministerial meeting that ended with a chair's summary and an adopted compact,
a mangrove visit, a working-group meeting that concluded nothing), a UN-style press-release site (document symbols,
"the Secretary-General welcomed", meeting coverage of a virtual leaders' summit with national targets, a speech) and
a national ministry's English newsroom (a prime minister's new 2030 target announced at that summit, a ministers'
communiqué adopted, a leaders' joint statement adopted, a side event without outcome). Gatherings and actors no
other web uses.

g20id: the G20 Indonesia 2022 presidency site ("Home / Media / News", "Latest Updates", a paged listing).
unpress: UN-style meetings coverage and press releases (document symbols, "* *** *" closing marks; an RSS feed).
envjp: a national environment ministry's English press releases ("[Provisional translation]", "Contact:"; a sitemap).
"""
from __future__ import annotations

ARTICLES = [
    # --- g20id: the G20 Indonesia 2022 presidency site (paged listing) ----------------------------------------------
    dict(id="gb01", site="g20id", path="/en/media/news/jetp-indonesia-launched", date="2022-11-15",
         title="Indonesia and International Partners Launch Just Energy Transition Partnership at G20 Bali Summit",
         paras=["Nusa Dua, Bali, 15 November 2022 - The Government of Indonesia and the International Partners Group "
                "launched the Just Energy Transition Partnership (JETP) on Tuesday, on the sidelines of the G20 "
                "Leaders' Summit in Bali, which opened the same morning under the theme \"Recover Together, Recover "
                "Stronger\".",
                "The International Partners Group, co-led by the United States and Japan and including Canada, "
                "Denmark, the European Union, France, Germany, Italy, Norway and the United Kingdom, adopted a joint "
                "statement with Indonesia that sets out the partnership's goals and an initial mobilisation of USD 20 "
                "billion of public and private finance over a three to five year period.",
                "Under the joint statement, Indonesia commits to peak total power sector emissions by 2030, with "
                "emissions capped at 290 million tonnes of CO2 in that year, to raise the share of renewable energy "
                "to 34 percent of all power generation by 2030, and to reach net-zero emissions in the power sector "
                "by 2050.",
                "The power sector targets are more ambitious than the country's current plans. Indonesia's "
                "economy-wide goal remains net-zero emissions by 2060 or sooner.",
                "President Joko Widodo said the partnership would help Indonesia retire coal-fired power plants "
                "early while protecting workers and communities. \"This is a model of how developed and developing "
                "countries can work together,\" he said after the launch.",
                "A JETP Secretariat will be set up in Jakarta to prepare a comprehensive investment and policy plan "
                "within six months. Half of the initial USD 20 billion is to come from public sector members of the "
                "International Partners Group and the other half from the Glasgow Financial Alliance for Net Zero "
                "working group.",
                "The launch is listed among the concrete deliverables of the Indonesian G20 Presidency, alongside "
                "the Pandemic Fund and the Bali Compact adopted by energy ministers in September."],
         fingerprint="Half of the initial USD 20 billion is to come from public sector members",
         must_contain=["co-led by the United States and Japan and including Canada, Denmark, the European Union",
                       "to reach net-zero emissions in the power sector by 2050"]),
    dict(id="gb02", site="g20id", path="/en/media/news/etmm-bali-compact-adopted", date="2022-09-02",
         title="Energy Ministers Adopt Bali Compact; Presidency Issues Chair's Summary",
         paras=["Nusa Dua, Bali, 2 September 2022 - G20 energy ministers meeting in Bali on Friday adopted the Bali "
                "Compact, a set of nine principles to guide the energy transition, at the G20 Energy Transitions "
                "Ministerial Meeting (ETMM) chaired by Indonesia's Minister of Energy and Mineral Resources, Arifin "
                "Tasrif.",
                "As ministers did not reach consensus on every paragraph of a communiqué, the Presidency issued a "
                "Chair's Summary recording the discussions, with the Bali Compact annexed to it as the agreed "
                "outcome.",
                "The nine principles include strengthening national energy transition plans, enhancing energy "
                "security and market stability, scaling up clean energy investment, and promoting low-emission "
                "technologies while ensuring that no one is left behind.",
                "\"The Bali Compact shows that G20 members can still agree on a common direction,\" Minister Arifin "
                "told reporters at the closing press conference. He said the compact would be delivered to leaders "
                "ahead of the Bali Summit in November.",
                "The meeting also took note of the Bali Energy Transitions Roadmap prepared by the Energy "
                "Transitions Working Group, which met three times during the year, in Yogyakarta, Labuan Bajo and "
                "Bali.",
                "The Ministerial Meeting was preceded by a site visit to a floating solar project and a dinner "
                "hosted by the Governor of Bali."],
         fingerprint="As ministers did not reach consensus on every paragraph of a communiqué",
         must_contain=["adopted the Bali Compact, a set of nine principles to guide the energy transition"]),
    dict(id="gb03", site="g20id", path="/en/media/news/leaders-plant-mangroves-tahura", date="2022-11-16",
         title="G20 Leaders Plant Mangroves at Tahura Ngurah Rai",
         paras=["Denpasar, 16 November 2022 - President Joko Widodo welcomed G20 leaders and heads of international "
                "organisations to the Ngurah Rai Grand Forest Park (Tahura Ngurah Rai) on Wednesday morning, where "
                "they planted mangrove seedlings on the second day of the Bali Summit.",
                "The visit showcased Indonesia's mangrove rehabilitation programme, which aims to restore 600,000 "
                "hectares of mangroves by 2024. Indonesia holds about a fifth of the world's mangrove forests.",
                "Indonesia and the United Arab Emirates launched the Mangrove Alliance for Climate at COP27 in Sharm "
                "el-Sheikh last week, and the President invited the leaders to join the initiative.",
                "No agreement was signed during the visit. The leaders returned to the Apurva Kempinski for the "
                "closing session of the summit, where the Bali Leaders' Declaration was to be finalised.",
                "The Ministry of Environment and Forestry said some 3,000 seedlings had been planted during the "
                "visit by leaders, ministers and local school children."],
         fingerprint="Indonesia holds about a fifth of the world's mangrove forests",
         must_contain=["No agreement was signed during the visit."]),
    dict(id="gb04", site="g20id", path="/en/media/news/second-etwg-labuan-bajo", date="2022-06-25",
         title="Energy Transitions Working Group Continues Talks on Energy Access and Technology",
         paras=["Labuan Bajo, 25 June 2022 - Delegates of G20 members, invited countries and international "
                "organisations concluded the second meeting of the Energy Transitions Working Group (ETWG) in Labuan "
                "Bajo, East Nusa Tenggara, on Saturday.",
                "Over three days, delegates discussed the three priority issues of the Indonesian Presidency: "
                "securing energy access, scaling up smart and clean energy technologies, and advancing energy "
                "financing.",
                "Draft texts for the ministerial meeting remain under negotiation, and no document was adopted at "
                "the working-group level. Several delegations asked for more time to consult their capitals.",
                "\"We have narrowed our differences, but we are not there yet,\" said the ETWG chair, Yudo Dwinanda "
                "Priaadi. A third and final meeting will be held in Bali before the ministers convene in September.",
                "On the sidelines, the Presidency hosted a side event on energy transition financing with the Asian "
                "Development Bank and the International Energy Agency."],
         fingerprint="Several delegations asked for more time to consult their capitals",
         must_contain=["no document was adopted at the working-group level"]),

    # --- unpress: UN-style meetings coverage and press releases (RSS feed) -------------------------------------------
    dict(id="un01", site="unpress", path="/en/2016/sgsm18207.doc.htm", date="2016-10-15",
         title="Secretary-General Welcomes Adoption of Kigali Amendment to Montreal Protocol on Hydrofluorocarbons",
         paras=["SG/SM/18207-ENV/DEV/1742",
                "The following statement was issued today by the Spokesman for UN Secretary-General Ban Ki-moon:",
                "The Secretary-General welcomes the adoption early this morning in Kigali of an amendment to the "
                "Montreal Protocol to phase down hydrofluorocarbons (HFCs), by the Parties meeting at the "
                "Twenty-Eighth Meeting of the Parties to the Montreal Protocol, which opened in Kigali on 10 October.",
                "Under the Kigali Amendment, developed countries will start to reduce their use of HFCs in 2019, and "
                "most developing countries will freeze consumption in 2024. The phase-down could avoid up to 0.5 "
                "degrees Celsius of global warming by the end of the century.",
                "The Secretary-General congratulates the Government of Rwanda for hosting the meeting, and thanks "
                "all Parties for their spirit of compromise. He calls on all countries to ratify the amendment "
                "swiftly, and to build on this momentum when the Paris Agreement enters into force on 4 November.",
                "* *** *"],
         fingerprint="The phase-down could avoid up to 0.5 degrees Celsius of global warming",
         must_contain=["SG/SM/18207-ENV/DEV/1742",
                       "Twenty-Eighth Meeting of the Parties to the Montreal Protocol, which opened in Kigali on "
                       "10 October"]),
    dict(id="un02", site="unpress", path="/en/2023/sgsm21925.doc.htm", date="2023-09-06",
         title="Secretary-General, at Close of Africa Climate Summit, Welcomes Nairobi Declaration",
         paras=["SG/SM/21925",
                "NAIROBI, 6 September - The Secretary-General welcomed the adoption of the Nairobi Declaration by "
                "African Heads of State and Government at the close of the first Africa Climate Summit today, "
                "calling it \"a blueprint for Africa's renewable energy future\".",
                "The Summit, hosted by President William Ruto of Kenya and the African Union Commission, opened at "
                "the Kenyatta International Convention Centre on 4 September with some 20 Heads of State in "
                "attendance.",
                "In the Declaration, leaders call for increasing Africa's renewable generation capacity from 56 GW "
                "in 2022 to at least 300 GW by 2030, and for a global carbon taxation regime to fund climate action "
                "at scale.",
                "The Secretary-General said: \"Africa has the potential to be a renewable energy superpower. But "
                "this potential will only be unlocked if financing flows.\" He urged developed countries to honour "
                "their commitment to double adaptation finance by 2025.",
                "During the Summit, the United Arab Emirates announced USD 4.5 billion to unlock clean energy "
                "investment in Africa. Other pledges were announced by the United States, Germany and the African "
                "Development Bank.",
                "* *** *"],
         fingerprint="a blueprint for Africa's renewable energy future",
         must_contain=["opened at the Kenyatta International Convention Centre on 4 September"]),
    dict(id="un03", site="unpress", path="/en/2024/sgsm22259.doc.htm", date="2024-06-05",
         title="'We Are Playing Russian Roulette with Our Planet,' Secretary-General Says in Special Address on "
               "Climate Action",
         paras=["SG/SM/22259",
                "Following is the text of UN Secretary-General António Guterres' special address on climate action, "
                "\"A Moment of Truth\", delivered at the American Museum of Natural History in New York today, on "
                "World Environment Day:",
                "Global emissions need to fall 9 per cent every year until 2030 to keep the 1.5-degree limit alive. "
                "But they are heading in the wrong direction: last year they rose by 1 per cent.",
                "I urge every country to ban advertising from fossil fuel companies, and I urge news media and tech "
                "companies to stop taking fossil fuel advertising.",
                "G20 countries must lead. Their new national climate plans, due next year, must cover all "
                "greenhouse gases and the whole economy, and set absolute reduction targets for 2035.",
                "This is our moment of truth. The battle for 1.5 degrees will be won or lost in the 2020s.",
                "* *** *"],
         fingerprint="last year they rose by 1 per cent",
         must_contain=["Global emissions need to fall 9 per cent every year until 2030"]),
    dict(id="un04", site="unpress", path="/en/2021/envdev2031.doc.htm", date="2021-04-22",
         title="Leaders Summit on Climate: New National Targets Announced as Secretary-General Calls for 'Green "
               "Recovery'",
         paras=["ENV/DEV/2031",
                "Meetings Coverage",
                "Forty world leaders took part in the virtual Leaders Summit on Climate convened by United States "
                "President Joseph R. Biden on 22 and 23 April, where several of the world's largest economies "
                "announced stronger emission targets for 2030.",
                "Opening the Summit, President Biden announced that the United States would cut emissions by 50-52 "
                "per cent below 2005 levels by 2030, nearly doubling the country's previous pledge under the Paris "
                "Agreement.",
                "Prime Minister Suga Yoshihide said Japan would reduce its emissions by 46 per cent from fiscal "
                "year 2013 levels by fiscal year 2030. Prime Minister Justin Trudeau said Canada would cut emissions "
                "by 40 to 45 per cent below 2005 levels by 2030; Canada has also committed to phasing out "
                "traditional coal-fired electricity by 2030.",
                "President Jair Bolsonaro said Brazil would reach climate neutrality by 2050, ten years earlier "
                "than previously signalled. President Moon Jae-in said the Republic of Korea would end public "
                "financing of new overseas coal-fired power plants.",
                "The United Kingdom had announced on 20 April a target of cutting emissions by 78 per cent by 2035 "
                "compared with 1990 levels, and the European Union reached agreement the night before the Summit on "
                "a net reduction of at least 55 per cent by 2030 compared with 1990 levels.",
                "Addressing the Summit, Secretary-General António Guterres welcomed the announcements and called "
                "for a coalition for net zero by 2050 that covers every country, city and company. \"We need a "
                "green recovery,\" he said.",
                "President Xi Jinping of China reiterated China's existing goals and said China would strictly "
                "control coal power projects.",
                "* *** *"],
         fingerprint="nearly doubling the country's previous pledge under the Paris Agreement",
         must_contain=["cut emissions by 50-52 per cent below 2005 levels by 2030",
                       "reduce its emissions by 46 per cent from fiscal year 2013 levels by fiscal year 2030"]),

    # --- envjp: a national environment ministry's English press releases (sitemap) -----------------------------------
    dict(id="jp01", site="envjp", path="/en/press/press_02601.html", date="2021-04-23",
         title="Prime Minister Announces Japan's New 2030 Target at the Leaders Summit on Climate",
         paras=["[Provisional translation]",
                "On 22 April 2021, Prime Minister SUGA Yoshihide participated online in the Leaders Summit on "
                "Climate hosted by President Biden of the United States.",
                "In his statement, the Prime Minister announced that Japan aims to reduce its greenhouse gas "
                "emissions by 46% in fiscal year 2030 from its fiscal year 2013 levels, setting an ambitious target "
                "which is aligned with the long-term goal of achieving net-zero by 2050. Furthermore, Japan will "
                "continue strenuous efforts in its challenge to meet the lofty goal of cutting its emissions by 50%.",
                "Japan declared in October 2020 that it will achieve carbon neutrality by 2050.",
                "Minister of the Environment KOIZUMI Shinjiro said the new target was the result of intensive "
                "discussions across ministries, and that the Ministry would review the Plan for Global Warming "
                "Countermeasures accordingly.",
                "Contact: Global Warming Countermeasures Office, Global Environment Bureau"],
         fingerprint="Japan declared in October 2020 that it will achieve carbon neutrality by 2050",
         must_contain=["reduce its greenhouse gas emissions by 46% in fiscal year 2030 from its fiscal year 2013 "
                       "levels"]),
    dict(id="jp02", site="envjp", path="/en/press/press_01445.html", date="2023-04-16",
         title="Results of the G7 Ministers' Meeting on Climate, Energy and Environment in Sapporo",
         paras=["[Provisional translation]",
                "The G7 Ministers' Meeting on Climate, Energy and Environment was held in Sapporo, Hokkaido, on 15 "
                "and 16 April 2023, co-chaired by NISHIMURA Akihiro, Minister of the Environment, and NISHIMURA "
                "Yasutoshi, Minister of Economy, Trade and Industry.",
                "At the close of the meeting on 16 April, the ministers of Canada, France, Germany, Italy, Japan, "
                "the United Kingdom and the United States and the European Union adopted the G7 Climate, Energy and "
                "Environment Ministers' Communiqué.",
                "In the Communiqué, the G7 highlighted the urgency of reducing global greenhouse gas emissions by "
                "around 43% by 2030 and 60% by 2035, relative to the 2019 level, and committed to a fully or "
                "predominantly decarbonized power sector by 2035.",
                "The G7 also set out to increase offshore wind capacity collectively by 150 GW by 2030 and solar PV "
                "to more than 1 TW, and committed to accelerating the phase-out of unabated coal power generation.",
                "Participants included the Ministers of the G7 members, and representatives of invited countries "
                "and organisations such as India, Indonesia and the United Arab Emirates.",
                "Contact: International Strategy Division, Global Environment Bureau"],
         fingerprint="co-chaired by NISHIMURA Akihiro, Minister of the Environment",
         must_contain=["adopted the G7 Climate, Energy and Environment Ministers' Communiqué"]),
    dict(id="jp03", site="envjp", path="/en/press/press_02277.html", date="2023-12-19",
         title="AZEC Leaders Meeting Held in Tokyo; Joint Statement Adopted",
         paras=["[Provisional translation]",
                "On 18 December 2023, the Asia Zero Emission Community (AZEC) Leaders Meeting was held in Tokyo, "
                "chaired by Prime Minister KISHIDA Fumio.",
                "The leaders of Australia, Brunei Darussalam, Cambodia, Indonesia, Japan, the Lao People's "
                "Democratic Republic, Malaysia, the Philippines, Singapore, Thailand and Viet Nam adopted the AZEC "
                "Leaders Joint Statement, affirming the principle of achieving carbon neutrality or net-zero "
                "emissions through diverse and realistic pathways according to each country's circumstances.",
                "The AZEC framework was launched at the first AZEC Ministerial Meeting held in Tokyo in March 2023.",
                "On the same occasion, Japanese and partner-country companies and institutions exchanged some 70 "
                "memorandums of understanding on projects such as renewable energy, hydrogen and carbon capture.",
                "The Ministry of the Environment will support the joint statement through the Joint Crediting "
                "Mechanism and through capacity building on greenhouse gas inventories.",
                "Contact: Office of Market Mechanisms, Global Environment Bureau"],
         fingerprint="affirming the principle of achieving carbon neutrality or net-zero emissions through diverse",
         must_contain=["adopted the AZEC Leaders Joint Statement"]),
    dict(id="jp04", site="envjp", path="/en/press/press_00957.html", date="2022-11-11",
         title="JCM Seminar Held at the Japan Pavilion at COP27",
         paras=["[Provisional translation]",
                "On 10 November 2022, the Ministry of the Environment held a seminar on the Joint Crediting Mechanism "
                "(JCM) at the Japan Pavilion at the 27th Conference of the Parties to the UNFCCC (COP27) in Sharm "
                "el-Sheikh, Egypt.",
                "Representatives of partner countries presented JCM model projects, including solar power with "
                "storage, waste-to-energy plants and energy-efficient chillers, and discussed the implementation of "
                "Article 6 of the Paris Agreement.",
                "Japan has signed bilateral documents on the JCM with 23 partner countries so far. No new partner "
                "country was announced at the seminar.",
                "State Minister of the Environment said in his opening remarks that Japan aims to accumulate emission "
                "reductions and removals of about 100 million tonnes of CO2 through the JCM by fiscal year 2030.",
                "Contact: Office of Market Mechanisms, Global Environment Bureau"],
         fingerprint="including solar power with storage, waste-to-energy plants and energy-efficient chillers",
         must_contain=["No new partner country was announced at the seminar."]),
]
