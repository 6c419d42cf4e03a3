"""Articles of the sixty-third test web (tests/sixtythirdweb.py), written for issue 17 (a held-out estimate in
ENGLISH of a GOVERNOR'S or MAYOR'S TRIP told over several sentences): a governor's press office and a wire tell an
invented governor's mission to China ("Governor X of Y arrived in Beijing on Monday", "On Tuesday, X and Hebei Party
Secretary Z signed a memorandum", "The governor also signed agreements with A Province and the B municipal
government", "During the trip, the governor signed five climate agreements, including with the Ministry of Commerce
and the National Energy Administration", "X's office said", "her counterpart") and a mayor's visit ("On Tuesday, in
Yantai, the mayor signed ..."), beside a meeting with no signing, "will sign" and a memorandum signed under a
predecessor years ago.

palmetto: a governor's press office (English). crossbar: a news wire (English).
"""
from __future__ import annotations

ARTICLES = [
    # --- palmetto: a governor's press office -----------------------------------------------------------------------
    dict(id="pg01", site="palmetto", path="/news/2025/04/wardlow-hebei-liaoning.html", date="2025-04-15",
         title="Gov. Wardlow signs clean energy agreements with Hebei and Liaoning",
         paras=["COLUMBIA, S.C. - Governor Celia Wardlow of South Carolina arrived in Beijing on Monday to begin a "
                "five-day trade and clean energy mission to China, the first by a South Carolina governor in a "
                "decade.",
                "On Tuesday, Wardlow and Hebei Party Secretary Lu Wenqing signed a memorandum of understanding on "
                "clean energy and electric vehicle supply chains in Shijiazhuang.",
                "The governor also signed agreements with Liaoning Province and the Shenyang municipal government on "
                "offshore wind and port electrification.",
                "Wardlow met with executives of three battery makers in Beijing to discuss investment in the "
                "Upstate; no agreements were signed at the meeting.",
                "\"South Carolina builds the cars of the future, and we want the clean power to build them,\" "
                "Wardlow said.",
                "The governor's office said the mission will continue to Shenzhen on Wednesday."],
         fingerprint="investment in the Upstate",
         must_contain=["Wardlow and Hebei Party Secretary Lu Wenqing signed a memorandum of understanding",
                       "the mission will continue to Shenzhen on Wednesday"]),
    dict(id="pg02", site="palmetto", path="/news/2025/04/wardlow-concludes-china-mission.html", date="2025-04-18",
         title="Governor Wardlow concludes China mission with five climate agreements",
         paras=["COLUMBIA, S.C. - Governor Celia Wardlow returned from China on Friday after a five-day mission that "
                "took her to Beijing, Hebei, Liaoning and Shenzhen.",
                "On Wednesday, in Shenzhen, Wardlow toured a battery recycling plant and met with the city's vice "
                "mayor, who invited South Carolina companies to a green technology fair in the autumn.",
                "During the trip, the governor signed five climate agreements, including with the Ministry of "
                "Commerce and the National Energy Administration.",
                "Under the agreement with the National Energy Administration, the state will exchange data on "
                "grid-scale battery storage.",
                "South Carolina aims to cut its greenhouse gas emissions 40 percent below 2005 levels by 2035, "
                "Wardlow's office said.",
                "Her counterpart in Liaoning, Governor Qiao Lianfeng, is expected to visit Columbia in October, when "
                "the two sides will sign a sister-state agreement.",
                "The state signed its first memorandum with a Chinese province, Jilin, in 2011 under then-Governor "
                "Harlan Mercer."],
         fingerprint="grid-scale battery storage",
         must_contain=["During the trip, the governor signed five climate agreements",
                       "the two sides will sign a sister-state agreement"]),
    # --- crossbar: a news wire -------------------------------------------------------------------------------------
    dict(id="cb01", site="crossbar", path="/world/china/south-carolina-governor-hebei-2025-04-15.html",
         date="2025-04-15", title="South Carolina governor signs clean energy pacts in China",
         paras=["BEIJING, April 15 (Crossbar) - South Carolina Governor Celia Wardlow signed a memorandum of "
                "understanding on clean energy with China's Hebei province on Tuesday, the second day of a visit "
                "aimed at drawing battery investment to the state.",
                "Wardlow and Hebei's Communist Party chief, Lu Wenqing, signed the memorandum in the provincial "
                "capital Shijiazhuang, her office said.",
                "She also signed agreements with Liaoning province and the city of Shenyang, her office said in a "
                "statement.",
                "The visit comes as several U.S. states seek to keep climate ties with China despite trade tensions "
                "in Washington.",
                "Wardlow did not meet national leaders in Beijing, the statement said."],
         fingerprint="despite trade tensions in Washington",
         must_contain=["signed a memorandum of understanding on clean energy with China's Hebei province",
                       "Wardlow did not meet national leaders in Beijing"]),
    dict(id="cb02", site="crossbar", path="/world/china/baton-rouge-mayor-dalian-2025-06-10.html",
         date="2025-06-10", title="Baton Rouge mayor signs port decarbonisation deals in northern China",
         paras=["DALIAN, China, June 10 (Crossbar) - Baton Rouge Mayor Dorian Pask arrived in the northern port city "
                "of Dalian on Sunday at the start of a four-day visit to China.",
                "On Monday, Pask and Dalian Mayor Shen Haoran signed a memorandum of understanding on port "
                "decarbonisation and shore power.",
                "On Tuesday, in Yantai, the mayor signed a green shipping agreement with the Yantai municipal "
                "government.",
                "Pask also met officials of Shandong province, but no agreement was signed.",
                "His counterpart in Dalian said the two cities would sign a sister-city agreement next year.",
                "Pask's office said the visit was paid for by a local business group."],
         fingerprint="paid for by a local business group",
         must_contain=["Pask and Dalian Mayor Shen Haoran signed a memorandum of understanding",
                       "the mayor signed a green shipping agreement with the Yantai municipal government"]),
    dict(id="cb03", site="crossbar", path="/us/louisiana-governor-consul-2025-09-03.html", date="2025-09-03",
         title="Louisiana governor meets Chinese diplomat on gas and carbon capture",
         paras=["NEW ORLEANS, Sept 3 (Crossbar) - Louisiana Governor Roy Thibodaux met China's consul general in "
                "Houston on Wednesday to discuss liquefied natural gas and carbon capture, but no agreements were "
                "signed.",
                "Thibodaux said the state will sign a memorandum on carbon capture with Shandong province when he "
                "visits China in November.",
                "Louisiana signed a sister-state agreement with Jiangsu province in 2012 under a previous governor, "
                "but it has been inactive for years.",
                "Thibodaux's office said the meeting lasted an hour."],
         fingerprint="the meeting lasted an hour",
         must_contain=["met China's consul general in Houston on Wednesday",
                       "the state will sign a memorandum on carbon capture with Shandong province"]),
]
