"""Articles of the twenty-third test web (tests/twentythirdweb.py): Indian states, their utilities and transport
corporations, a Chinese province and Chinese firms, actors no other web uses (issue 17: an honest held-out estimate in
English): three-party memoranda, agreements told in a list ("The agreements signed included: ..."), state renewable
GW targets, a province's renewable share and electric bus fleets by a year.

bsd: a business daily (bylines "By ... | Ahmedabad", "Updated: 13 Mar 2019, 08:10 PM IST", an "Also read" block);
pib: a government press information bureau (releases at `?PRID=` addresses, "Posted On: 12 MAR 2019 5:40PM by PIB
Delhi", a dateline "New Delhi, 12 March 2019 -" opening the body). Facts told twice: the Gujarat-GUVNL-TBEA memorandum
and Gujarat's 30 GW target (bsd01, pib01), the NTPC-Rajasthan memorandum (bsd02, pib03). Negatives: talks, a plan to
sign, a trade deal under negotiation, past results (capacity added, installed, crossed).
"""
from __future__ import annotations

ARTICLES = [
    # --- bsd: a business daily --------------------------------------------------------------------------------------
    dict(id="bsd01", site="bsd", path="/economy/gujarat-tbea-solar-park-pact/articleshow/68391234.cms",
         date="2019-03-13", title="Gujarat ropes in China's TBEA for 1,000 MW Kutch solar park",
         paras=["The Gujarat government, state-run Gujarat Urja Vikas Nigam Ltd (GUVNL) and China's TBEA Co. on "
                "Tuesday signed a tripartite memorandum of understanding in Gandhinagar to build a 1,000-megawatt "
                "solar park in the Rann of Kutch.",
                "The state has set a target of 30 gigawatts of renewable energy capacity by 2022, Energy Minister "
                "Saurabh Patel said after the signing.",
                "TBEA and the state are still in talks on a second, 500 MW project near Dholera, officials said.",
                "Gujarat added 1,200 MW of solar capacity in 2018, the most of any state after Karnataka.",
                "TBEA, based in Xinjiang, already runs solar plants in Qinghai province, which has pledged to "
                "generate 100 percent of its electricity from renewable sources by 2030.",
                "India and China are also negotiating a trade deal on solar equipment, people familiar with the "
                "matter said."],
         fingerprint="to build a 1,000-megawatt solar park in the Rann of Kutch",
         must_contain=["signed a tripartite memorandum of understanding in Gandhinagar"]),
    dict(id="bsd02", site="bsd", path="/industry/energy/ntpc-rajasthan-10-gw-park/articleshow/86701122.cms",
         date="2021-10-02", title="NTPC, Rajasthan ink pact for 10 GW renewable park",
         paras=["NTPC Ltd and the Rajasthan government signed a memorandum of understanding in Jaipur on Friday to "
                "develop a 10-gigawatt ultra mega renewable energy park in the state.",
                "Rajasthan aims to reach 30 GW of solar power capacity by 2025, Chief Minister Ashok Gehlot said at "
                "the signing.",
                "The state had 7.7 GW of solar capacity at the end of August.",
                "NTPC is separately in talks with Gujarat on a green hydrogen hub, an executive said.",
                "Shares of NTPC rose 2 percent on the BSE on Friday."],
         fingerprint="ultra mega renewable energy park in the state",
         must_contain=["signed a memorandum of understanding in Jaipur on Friday"]),
    dict(id="bsd03", site="bsd", path="/city/delhi-electric-buses-eesl-deal/articleshow/69640321.cms",
         date="2019-06-05", title="Delhi signs three-way deal for 300 electric buses",
         paras=["The Delhi government, the Delhi Transport Corporation (DTC) and Energy Efficiency Services Ltd (EESL) "
                "signed a tripartite agreement on Monday for the lease of 300 electric buses.",
                "Chief Minister Arvind Kejriwal said the city's public bus fleet would be fully electric by 2030.",
                "DTC buses carry about 3.5 million passengers a day, and the corporation added 250 CNG buses last "
                "year.",
                "The government plans to sign an agreement with a charging firm next month for depots in "
                "Dwarka and Narela.",
                "Separately, India and the United Kingdom launched talks on a free trade deal."],
         fingerprint="for the lease of 300 electric buses",
         must_contain=["signed a tripartite agreement on Monday"]),
    # --- pib: a government press information bureau ------------------------------------------------------------------
    dict(id="pib01", site="pib", path="/PressReleseDetail.aspx?PRID=1568112", date="2019-03-12",
         title="Gujarat, GUVNL and TBEA sign MoU for 1,000 MW solar park in Kutch",
         paras=["New Delhi, 12 March 2019 - The Government of Gujarat, Gujarat Urja Vikas Nigam Limited and TBEA "
                "Co., Ltd. of China today signed a tripartite Memorandum of Understanding in Gandhinagar for a "
                "1,000 MW solar park in Kutch district, the Ministry of New and Renewable Energy said.",
                "Gujarat is committed to achieving 30 GW of renewable energy capacity by 2022.",
                "The State Government also plans to sign a similar MoU with a Japanese trading house next month.",
                "India's installed solar capacity crossed 28 GW in February 2019."],
         fingerprint="solar park in Kutch district, the Ministry of New and Renewable Energy said",
         must_contain=["today signed a tripartite Memorandum of Understanding"]),
    dict(id="pib02", site="pib", path="/PressReleseDetail.aspx?PRID=1873305", date="2022-11-03",
         title="Clean energy agreements signed at Invest Karnataka 2022",
         paras=["Bengaluru, 3 November 2022 - Invest Karnataka 2022, the Global Investors Meet of the Government of "
                "Karnataka, is being held in Bengaluru from 2 to 4 November 2022.",
                "The agreements signed today included: a memorandum of understanding between the Government of "
                "Karnataka and JinkoSolar for a 2 GW module factory at Tumakuru; an agreement between the Bangalore "
                "Metropolitan Transport Corporation (BMTC) and Tata Motors for the supply of 921 electric buses; and "
                "a memorandum of understanding between Karnataka Renewable Energy Development Limited (KREDL) and "
                "the Indian Institute of Science on green hydrogen.",
                "Karnataka will add 10 GW of renewable energy capacity by 2030, Chief Minister Basavaraj Bommai "
                "announced at the meet.",
                "BMTC has committed to run an all-electric bus fleet by 2030.",
                "Karnataka's installed renewable energy capacity stood at 15.1 GW in March 2022."],
         fingerprint="the Global Investors Meet of the Government of Karnataka",
         must_contain=["The agreements signed today included"]),
    dict(id="pib03", site="pib", path="/PressReleseDetail.aspx?PRID=1760245", date="2021-10-02",
         title="NTPC signs MoU with Government of Rajasthan for 10 GW renewable energy park",
         paras=["New Delhi, 2 October 2021 - NTPC Limited, India's largest power utility under the Ministry of "
                "Power, signed a Memorandum of Understanding with the Government of Rajasthan in Jaipur on Friday "
                "for the development of a 10 GW ultra mega renewable energy power park.",
                "NTPC has committed to reach 60 GW of renewable energy capacity by 2032.",
                "The company's renewable energy capacity crossed 4 GW in September 2021.",
                "NTPC is also in discussions with other States for similar parks."],
         fingerprint="India's largest power utility under the Ministry of Power",
         must_contain=["signed a Memorandum of Understanding with the Government of Rajasthan"]),
]
