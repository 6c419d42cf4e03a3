"""Articles of the thirty-ninth test web (tests/thirtyninthweb.py): agreements of kinds the other webs have not told,
about actors no other web uses: Manitoba with Sichuan and with Heilongjiang, the University of Manitoba, Northeast
Agricultural University and the Heilongjiang Academy of Agricultural Sciences, Winnipeg and the Edmonton Declaration,
Manitoba and the Powering Past Coal Alliance, Argonne National Laboratory and the Qingdao Institute of Bioenergy and
Bioprocess Technology, Pacific Northwest National Laboratory, the University of Washington and the Shanghai Advanced
Research Institute, Queensland and Shaanxi, Brookhaven and the Institute of Engineering Thermophysics (issue 17: an
honest held-out estimate in English on agreements of provinces, states, laboratories and academies, and joinings).

mbnews: a provincial government newsroom (breadcrumbs, "Media contacts", "Recent releases");
labnews: a university and laboratory news site (a tag cloud, "More stories", "Share this story").
Phrasings: a premier signing in Chengdu with signatures "on behalf of"; a memorandum "renewed for five years" told
under a headline naming the signing, dated "last Tuesday"; three parties, one named only by an acronym defined earlier;
a city "became the 12th signatory of" a declaration; a province "acceded to" an alliance's declaration; a letter of
intent; "The two sides agreed to cooperate on ..." after a signing ceremony told in the previous paragraph.
Negatives: talks with nothing signed, an agreement "expected to be signed next month", trade deals, agreements quoted
as past background ("Under a 2015 agreement"), a town that "formally joined" a programme and one "admitted to" a forum
(membership).
All people, quotes and events are invented; the institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- mbnews: a provincial government newsroom ----------------------------------------------------------------
    dict(id="mb01", site="mbnews", path="/news/2025/05/manitoba-sichuan-clean-energy-mou/", date="2025-05-14",
         section="Premier's Office", title="Manitoba and Sichuan Sign Clean Energy Memorandum in Chengdu",
         paras=["Manitoba Premier Alana Marchetti signed a memorandum of understanding with the Sichuan Provincial "
                "People's Government in Chengdu on Tuesday, opening a new chapter of cooperation on hydropower, "
                "grid storage and low-carbon agriculture between the two provinces.",
                "Marchetti signed on behalf of the Province of Manitoba, and Vice-Governor Luo Mingqiang signed on "
                "behalf of the Sichuan Provincial People's Government, at a ceremony attended by more than 60 "
                "business and university representatives.",
                "\"Sichuan and Manitoba both built their economies on falling water,\" said Marchetti. \"This "
                "memorandum lets our engineers learn from each other as we add storage and new transmission.\"",
                "Under a 2015 agreement between the two provinces, Manitoba and Sichuan have exchanged agricultural "
                "researchers every year, and more than 40 students from Sichuan now study at Manitoba colleges.",
                "During the mission, Manitoba Hydro officials held talks with State Grid Sichuan Electric Power "
                "Company on cold-weather transmission lines, but no agreement was signed.",
                "Manitoba companies travelling with the premier also signed trade deals worth $85 million to sell "
                "canola oil, pork and oats to buyers in Sichuan.",
                "The mission continues to Chongqing on Thursday and returns to Winnipeg on May 18."],
         fingerprint="both built their economies on falling water",
         must_contain=["signed a memorandum of understanding with the Sichuan Provincial People's Government in "
                       "Chengdu on Tuesday", "returns to Winnipeg on May 18"]),

    dict(id="mb02", site="mbnews", path="/news/2025/09/heilongjiang-agriculture-memorandum-renewed/",
         date="2025-09-19", section="Agriculture",
         title="Manitoba and Heilongjiang Renew Climate-Smart Agriculture Memorandum",
         paras=["Manitoba and Heilongjiang province have renewed their memorandum of understanding on climate-smart "
                "agriculture for five years, Agriculture Minister Devon Brightwater announced today.",
                "The memorandum was renewed last Tuesday in Harbin, where Deputy Minister Claire Okafor-Lund signed "
                "on behalf of Manitoba Agriculture and Director General Sun Yaping signed for the Heilongjiang "
                "Provincial Department of Agriculture and Rural Affairs.",
                "The two provinces first signed the memorandum in 2020. Since then, farmers on both sides have "
                "tested no-till seeding, cover crops and grain drying powered by biomass.",
                "Researchers at the University of Manitoba have worked since 2021 with the Heilongjiang Academy of "
                "Agricultural Sciences (HAAS) on the carbon stored in the black soils of the Songnen Plain and the "
                "Red River Valley.",
                "During the same visit, the University of Manitoba, Northeast Agricultural University and HAAS "
                "signed a research agreement to set up a joint soil carbon laboratory in Harbin.",
                "\"Our prairies and their black soils face the same winters and the same questions,\" said "
                "Brightwater. \"Five more years means five more growing seasons of shared data.\"",
                "Manitoba Agriculture will report on the projects each spring."],
         fingerprint="five more growing seasons of shared data",
         must_contain=["renewed their memorandum of understanding on climate-smart agriculture for five years",
                       "will report on the projects each spring"]),

    dict(id="mb03", site="mbnews", path="/news/2025/11/winnipeg-edmonton-declaration/", date="2025-11-05",
         section="Environment and Climate",
         title="Province Welcomes Winnipeg as Newest Edmonton Declaration Signatory",
         paras=["The City of Winnipeg became the 12th signatory of the Edmonton Declaration on Monday, Environment "
                "and Climate Minister Priya Desrochers said today.",
                "Mayor Gordon Reimer signed the declaration on behalf of the city at a council meeting, joining "
                "municipalities across Canada and abroad that have called for cities to be given a greater role "
                "in climate action.",
                "The province has taken its own step. On Monday, Manitoba acceded to the declaration of the "
                "Powering Past Coal Alliance, the coalition of governments and businesses led by Canada and the "
                "United Kingdom, with Desrochers signing in Winnipeg.",
                "Elsewhere in the province, Brandon formally joined the Partners for Climate Protection program, a "
                "network of Canadian municipalities run by the Federation of Canadian Municipalities and ICLEI "
                "Canada, in October.",
                "The Town of Churchill was admitted to the Arctic Mayors' Forum as an observer last month.",
                "\"Every level of government has work to do, and it is good to see our cities step forward,\" said "
                "Desrochers."],
         fingerprint="good to see our cities step forward",
         must_contain=["became the 12th signatory of the Edmonton Declaration on Monday",
                       "admitted to the Arctic Mayors' Forum as an observer"]),

    # --- labnews: a university and laboratory news site -------------------------------------------------------------
    dict(id="lb01", site="labnews", path="/stories/2025/04/argonne-qibebt-letter-of-intent/", date="2025-04-09",
         author="Media Relations", tags=["batteries", "recycling", "international", "energy storage"],
         title="Argonne and Chinese Academy of Sciences institute sign letter of intent on battery recycling",
         paras=["Argonne National Laboratory and the Qingdao Institute of Bioenergy and Bioprocess Technology of "
                "the Chinese Academy of Sciences signed a letter of intent on Monday to cooperate on sodium-ion "
                "batteries and the recycling of lithium-ion cells.",
                "Deputy Laboratory Director Marcus Feld signed for Argonne at the laboratory's campus in Lemont, "
                "Illinois, and the institute's director, Zhou Wenbin, signed by video link from Qingdao.",
                "\"Recycling only works at scale if the chemistry is understood end to end,\" Feld said. \"Their "
                "electrolyte work and our process modelling fit together.\"",
                "The letter builds on a workshop series the two institutions have held each autumn since 2019.",
                "A broader research agreement between the two institutions is expected to be signed next month, "
                "once the Department of Energy completes its review."],
         fingerprint="Recycling only works at scale if the chemistry is understood end to end",
         must_contain=["signed a letter of intent on Monday to cooperate on sodium-ion batteries",
                       "once the Department of Energy completes its review"]),

    dict(id="lb02", site="labnews", path="/stories/2025/07/pnnl-uw-sari-carbon-catalysts/", date="2025-07-18",
         author="Lena Haugland", tags=["carbon capture", "catalysis", "methanol", "partnerships"],
         title="Three institutions team up on catalysts that turn captured carbon into methanol",
         paras=["For three years, chemists at Pacific Northwest National Laboratory (PNNL) have traded catalyst "
                "samples with colleagues at the Shanghai Advanced Research Institute (SARI), part of the Chinese "
                "Academy of Sciences.",
                "On Tuesday, PNNL, the University of Washington and SARI signed a research agreement in Richland, "
                "Washington, that sets up a joint program on catalysts that turn captured carbon dioxide into "
                "methanol.",
                "\"A catalyst that lasts a week in the lab has to last a year in a plant,\" said Teodora Vance, the "
                "PNNL chemist who will lead the program. \"That is the problem we are going to share.\"",
                "Graduate students from the university will spend a semester at each laboratory.",
                "PNNL researchers also held talks with Tianjin University about a pilot reactor, but nothing was "
                "signed."],
         fingerprint="A catalyst that lasts a week in the lab has to last a year in a plant",
         must_contain=["PNNL, the University of Washington and SARI signed a research agreement in Richland",
                       "but nothing was signed"]),

    dict(id="lb03", site="labnews", path="/stories/2025/10/queensland-shaanxi-hydrogen/", date="2025-10-22",
         author="Tom Ashcombe", tags=["hydrogen", "critical minerals", "Australia", "international"],
         title="Queensland and Shaanxi agree to cooperate on green hydrogen",
         paras=["Queensland Premier Harriet Kellaway and Shaanxi Vice-Governor Fang Zhiyuan attended a signing "
                "ceremony in Xi'an on Monday, the highlight of a five-day trade and research mission to western "
                "China.",
                "The two sides agreed to cooperate on green hydrogen production, critical minerals processing and "
                "the capture of coal mine methane, and to set up a joint working group that will meet each year.",
                "University of Queensland chemical engineers will lead the hydrogen research. The University of "
                "Queensland and Northwest University in Xi'an have worked together under a 2018 agreement on coal "
                "geology.",
                "\"Shaanxi mines coal the way Queensland does, and it worries about the same future,\" said "
                "Professor Ruth Mbeki-Hall, who travelled with the mission.",
                "Back home, the City of Gold Coast formally joined ICLEI Oceania last month."],
         fingerprint="mines coal the way Queensland does",
         must_contain=["The two sides agreed to cooperate on green hydrogen production",
                       "formally joined ICLEI Oceania last month"]),

    dict(id="lb04", site="labnews", path="/stories/2025/12/brookhaven-iet-storage-talks/", date="2025-12-03",
         author="Media Relations", tags=["energy storage", "compressed air", "international"],
         title="Brookhaven scientists hold storage talks in Beijing",
         paras=["Brookhaven National Laboratory scientists held two days of talks with the Institute of "
                "Engineering Thermophysics of the Chinese Academy of Sciences in Beijing last week on "
                "compressed-air energy storage.",
                "No agreement was signed. A memorandum of understanding between the two institutions is expected "
                "to be signed next month, officials said.",
                "\"We came to listen and to see their test rig,\" said Brookhaven engineer Samuel Okoro. \"Storing "
                "air in salt caverns is an old idea that has become urgent.\""],
         fingerprint="Storing air in salt caverns is an old idea",
         must_contain=["held two days of talks with the Institute of Engineering Thermophysics",
                       "No agreement was signed."]),
]
