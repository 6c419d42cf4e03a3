"""Articles of the thirty-first test web (tests/thirtyfirstweb.py): transit agencies (the Chicago Transit Authority,
King County Metro, New York's MTA, Changsha's public transport group), electric bus and battery makers (Gotion,
Proterra, New Flyer), building-efficiency bodies (the U.S. Green Building Council, the China Academy of Building
Research, Changsha's housing bureau), a city transportation bureau and an airport group with a city aviation department:
actors no other web uses (issue 17: an honest held-out estimate in English on transport and buildings cooperation).

transitledger: a transit trade magazine ("Published March 15, 2023 | 4 min read", an author box, a "Sponsored content"
box, "More from Transit Ledger"); changsha: a city government's English press page (breadcrumbs, "Updated: ...",
"Source: ...", "Share:" links, a "Contact" block). Phrasings: "entered into a partnership", "inked a deal to supply
... and cut emissions ..., in a partnership", "struck an agreement", "a pact", "a twinning arrangement", a memorandum
"on green buildings", acronyms defined once and then used alone, company pledges (net zero across the value chain,
Scope 1 and 2 cut against a baseline, an all-electric fleet), a city's buildings target. Negatives: a purchase
contract ("awarded ... a contract for ... electric trolleybuses"), a tender, a pilot "under discussion", a 2015 lease
deal recalled.
All people, quotes and most events are invented; the institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- transitledger: a transit trade magazine ---------------------------------------------------------------------
    dict(id="tl01", site="transitledger", path="/news/2023/03/cta-gotion-second-life-battery-partnership.html",
         date="2023-03-15",
         title="CTA and Gotion team up on second-life bus batteries",
         paras=["The Chicago Transit Authority (CTA) entered into a partnership with battery maker Gotion Inc. on "
                "Tuesday to reuse retired bus batteries as stationary storage at its garages and cut emissions from "
                "overnight charging.",
                "Under the partnership, Gotion will install a two-megawatt-hour storage system built from used packs "
                "at the CTA's Chicago Avenue garage by the end of next year.",
                "\"Charging hundreds of buses at night puts a real load on the grid,\" said Marcus Hale, the CTA's "
                "chief infrastructure officer. \"Storage lets us charge when the power is cleanest.\"",
                "The CTA has pledged to make its entire bus fleet electric by 2040.",
                "Gotion, whose U.S. arm is based in Fremont, California, has committed to reaching net zero across "
                "its value chain by 2040.",
                "The two sides are also weighing a battery-swapping pilot, though that idea remains under "
                "discussion."],
         fingerprint="puts a real load on the grid",
         must_contain=["entered into a partnership with battery maker Gotion Inc. on Tuesday"]),
    dict(id="tl02", site="transitledger", path="/news/2023/06/proterra-king-county-metro-deal.html",
         date="2023-06-09",
         title="Proterra inks King County Metro deal",
         paras=["Proterra inked a deal with King County Metro on Thursday to supply 40 battery-electric buses and "
                "cut emissions on routes in south King County, in a partnership that also covers depot chargers and "
                "driver training.",
                "Metro, which carries about 250,000 riders on a typical weekday, will put the first of the 40-foot "
                "buses into service next spring.",
                "\"Our riders in Burien and Tukwila breathe some of the worst diesel air in the county,\" said Metro "
                "general manager Ana Ruiz-Cole. \"These routes go first.\"",
                "Proterra, for its part, has pledged to cut Scope 1 and 2 emissions 50% by 2030 against a 2019 "
                "baseline.",
                "Separately, Metro awarded New Flyer a $92 million contract for 89 electric trolleybuses last month."],
         fingerprint="breathe some of the worst diesel air in the county",
         must_contain=["to supply 40 battery-electric buses and cut emissions on routes in south King County"]),
    dict(id="tl03", site="transitledger", path="/news/2024/01/mta-electric-bus-tender.html", date="2024-01-10",
         title="MTA seeks bids for 250 electric buses",
         paras=["The Metropolitan Transportation Authority (MTA) issued a tender on Monday for up to 250 "
                "battery-electric buses, its largest order of zero-emission vehicles so far.",
                "Bids are due by the end of March, and the MTA expects to award the contract in the summer.",
                "A pilot of overhead pantograph charging at the Gun Hill depot in the Bronx is under discussion with "
                "two suppliers, an MTA spokesperson said.",
                "The agency first tried electric buses under a 2015 deal to lease ten buses from New Flyer and "
                "Proterra.",
                "\"Every depot we convert is a neighborhood that stops breathing diesel,\" said the MTA's bus chief, "
                "Owen Pratt."],
         fingerprint="a neighborhood that stops breathing diesel",
         must_contain=["issued a tender on Monday for up to 250 battery-electric buses"]),
    dict(id="tl04", site="transitledger", path="/news/2022/11/gotion-changsha-bus-battery-agreement.html",
         date="2022-11-02",
         title="Gotion strikes battery agreement with Changsha bus operator",
         paras=["Gotion High-Tech struck an agreement with the Changsha Public Transport Group on Tuesday to supply "
                "batteries for 600 electric buses and to recycle the packs of its older vehicles, a pact both sides "
                "said would cut emissions over the buses' whole life.",
                "The Changsha operator runs more than 5,000 buses across the capital of Hunan Province.",
                "\"A battery that is recycled in Hunan does not need new lithium from abroad,\" said Gotion's "
                "vice president for public transit, Zhou Lei.",
                "Battery prices have fallen by almost half since 2019, the company added."],
         fingerprint="does not need new lithium from abroad",
         must_contain=["struck an agreement with the Changsha Public Transport Group on Tuesday"]),
    # --- changsha: a city government's English press page -------------------------------------------------------------
    dict(id="cs01", site="changsha", path="/news/govaffairs/202309/t20230913_green-buildings-memorandum.html",
         date="2023-09-13",
         title="Changsha and USGBC sign memorandum on green buildings",
         paras=["The Changsha Municipal Bureau of Housing and Urban-Rural Development and the U.S. Green Building "
                "Council signed a memorandum on green buildings in Changsha on September 12.",
                "Vice Mayor Liu Jianping witnessed the signing.",
                "Under the memorandum, the council will train local engineers in its LEED rating system and help the "
                "bureau certify 20 public buildings, while USGBC and the bureau will publish a joint guide on "
                "low-carbon retrofits next year.",
                "Changsha aims to make all new buildings net-zero carbon by 2030.",
                "\"Buildings are where a city's carbon is made and where it can be cut,\" said Li Min, the bureau's "
                "director."],
         fingerprint="where a city's carbon is made and where it can be cut",
         must_contain=["signed a memorandum on green buildings in Changsha on September 12"]),
    dict(id="cs02", site="changsha", path="/news/govaffairs/202404/t20240418_chicago-delegation.html",
         date="2024-04-18",
         title="Chicago delegation visits Changsha, airport and transit bodies sign pacts",
         paras=["A delegation from Chicago led by officials of the Chicago Transit Authority (CTA) visited Changsha "
                "from April 15 to 17.",
                "Hunan Airport Group, which runs Changsha Huanghua International Airport, and the Chicago Department "
                "of Aviation signed a pact on Wednesday to share practice on electric ground vehicles and solar power "
                "at airports.",
                "On the same day, the Changsha Municipal Transportation Bureau and the CTA struck a twinning "
                "arrangement under which the two will exchange staff and data on electric bus charging.",
                "\"Two inland hubs can learn a lot from each other,\" said Zhang Wei, the bureau's deputy director."],
         fingerprint="Two inland hubs can learn a lot from each other",
         must_contain=["struck a twinning arrangement under which the two will exchange staff"]),
    dict(id="cs03", site="changsha", path="/news/govaffairs/202407/t20240703_near-zero-energy-buildings.html",
         date="2024-07-03",
         title="CABR and city housing bureau partner on near-zero energy buildings",
         paras=["The China Academy of Building Research (CABR) entered into a partnership with the Changsha "
                "Municipal Bureau of Housing and Urban-Rural Development on Tuesday to develop near-zero energy "
                "building standards for hot-summer, cold-winter cities.",
                "CABR will set up a testing laboratory in the Xiangjiang New Area under the partnership.",
                "The bureau also issued a tender for energy-saving retrofits of 30 public buildings.",
                "A district cooling pilot in Yuelu District is still under discussion, officials said.",
                "\"Standards written for Beijing do not fit Changsha's summers,\" said Wang Hong of CABR."],
         fingerprint="do not fit Changsha's summers",
         must_contain=["to develop near-zero energy building standards for hot-summer, cold-winter cities"]),
]
