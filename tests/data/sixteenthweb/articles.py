"""Articles of the sixteenth test web (tests/sixteenthweb.py): real agreements told by a China Daily-style English
paper (a province-level city's agreement with a foreign carmaker, a US firm's memorandum with a Chinese city) and a
company newsroom (wire releases: "CITY, Mon. D, YYYY /PRNewswire/ -- ", "###", an "About" boilerplate).

Angles: a foreign company signing with a Chinese city government; one memorandum told by the paper as signed with
Ordos and by the company as signed "with the Chinese government"; "signed contracts" (no other instrument word);
a negative (talks, "is expected to sign").
"""
from __future__ import annotations

ARTICLES = [
    # --- daily: a China Daily-style English paper ---------------------------------------------------------------
    dict(id="d01", site="daily", path="/a/201807/11/WS5b45c0a1a310796df4df5d1e.html", date="2018-07-11",
         title="Tesla to build plant in Shanghai",
         paras=["US electric carmaker Tesla Inc signed an agreement with the Shanghai municipal government on Tuesday "
                "to build a factory in the city's Lingang area with an annual production capacity of 500,000 "
                "electric vehicles.",
                "It will be the first wholly foreign-owned car plant in China, after the country said in April it "
                "would ease limits on foreign ownership in the auto industry.",
                "The plant is Tesla's first outside the United States."],
         fingerprint="first wholly foreign-owned car plant in China",
         must_contain=["signed an agreement with the Shanghai municipal government on Tuesday"]),
    dict(id="d02", site="daily", path="/a/200909/09/WS2009090903.html", date="2009-09-09",
         title="US firm to build solar plant in Inner Mongolia",
         paras=["US-based First Solar Inc signed a memorandum of understanding with the government of Ordos in the "
                "Inner Mongolia autonomous region on Tuesday to build a 2,000-megawatt solar power plant in the "
                "city's desert.",
                "The project would be the largest solar power plant in the world when completed, the company said.",
                "Ordos is better known for its coal mines."],
         fingerprint="Ordos is better known for its coal mines",
         must_contain=["signed a memorandum of understanding with the government of Ordos"]),
    dict(id="d03", site="daily", path="/a/201806/26/WS5b31a2c3a3103349141de7f0.html", date="2018-06-26",
         title="Tesla in talks with Shanghai on factory",
         paras=["Tesla Inc is in talks with the Shanghai government on building a factory in the city, and is "
                "expected to sign an agreement in the coming weeks, people familiar with the matter said.",
                "The company has not confirmed the plan."],
         fingerprint="The company has not confirmed the plan",
         must_contain=["is expected to sign an agreement in the coming weeks"]),
    # --- newsroom: a company newsroom of wire releases ----------------------------------------------------------
    dict(id="n01", site="newsroom", path="/news/2007/westinghouse-ap1000-china-contracts/", date="2007-07-24",
         title="Westinghouse and Shaw Sign Contracts for Four AP1000 Nuclear Plants in China",
         paras=["PITTSBURGH, July 24, 2007 /PRNewswire/ -- Westinghouse Electric Company and its consortium partner "
                "The Shaw Group today signed contracts with China's State Nuclear Power Technology Corporation "
                "(SNPTC) to provide four AP1000 nuclear power plants in China.",
                "The plants will be built at Sanmen in Zhejiang province and Haiyang in Shandong province.",
                "The AP1000 is a pressurized water reactor that produces about 1,100 megawatts of electricity.",
                "###"],
         fingerprint="pressurized water reactor that produces about 1,100 megawatts",
         must_contain=["today signed contracts with China's State Nuclear Power Technology Corporation"]),
    dict(id="n02", site="newsroom", path="/news/2009/first-solar-ordos-mou/", date="2009-09-08",
         title="First Solar to Build 2 GW Solar Power Plant in China",
         paras=["TEMPE, Ariz., Sept. 8, 2009 /PRNewswire/ -- First Solar, Inc. (Nasdaq: FSLR) today announced it has "
                "signed a memorandum of understanding with the Chinese government to build a 2 gigawatt solar "
                "power plant in Ordos City, Inner Mongolia.",
                "The plant will be built in phases over several years.",
                "###"],
         fingerprint="The plant will be built in phases over several years",
         must_contain=["signed a memorandum of understanding with the Chinese government"]),
]
