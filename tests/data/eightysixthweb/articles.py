"""Articles of the eighty-sixth test web (tests/eightysixthweb.py), written for issue 17 (a held-out estimate in
AMERICAN WIRE AND LOCAL-NEWS STYLE): US states, counties, cities, utilities and universities pledging and signing, told
the way a wire, a city hall and a local TV station tell it (datelines "CITY (AP) —", "on Tuesday", "Monday night",
council votes and resolutions, executive orders, an integrated resource plan, a four-party memorandum, a pact of three
governors and a premier, a university's lease with its city), and pages that pledge nothing (a city's lawsuit against
oil companies, a state law that rolls back a renewable standard, a forum welcomed by a mayor, a governor revoking a
pipeline easement). Actors no other web uses.

alliedpress: a wire service read through its RSS feed ("(AP) —" datelines, "Associated writers ... contributed").
pghnews: the City of Pittsburgh's press-release newsroom (paged listing; "PITTSBURGH, PA (June 5, 2017) –").
wnim28: a South Bend local TV station (Michiana) found through its sitemap ("Copyright 2020 WNIM. All rights
reserved.").
"""
from __future__ import annotations

ARTICLES = [
    # --- alliedpress: a wire service (RSS) ------------------------------------------------------------------------
    dict(id="ap01", site="alliedpress", path="/article/duke-energy-net-zero-2050-4f1c2a9e", date="2019-09-18",
         title="Duke Energy sets net-zero carbon goal for 2050, deepens 2030 cut",
         paras=["CHARLOTTE, N.C. (AP) — Duke Energy, one of the nation's largest electric utilities, said on Tuesday "
                "that it will aim for net-zero carbon emissions from its power plants by 2050, joining a short list of "
                "big U.S. utilities that have set such a goal.",
                "The Charlotte-based company also said it now intends to cut carbon dioxide emissions from electricity "
                "generation at least 50% from 2005 levels by 2030. Its previous goal, set two years ago, had been a "
                "40% reduction by the same year.",
                "\"Our customers and communities want cleaner energy, and we are committed to delivering it while "
                "keeping it reliable and affordable,\" Lynn Good, the company's chairman, president and CEO, said in "
                "a statement.",
                "Duke serves about 7.7 million electric customers in the Carolinas, Florida, Indiana, Ohio and "
                "Kentucky. It said reaching net zero will require technologies that do not yet exist at scale, "
                "including advanced nuclear reactors and long-duration storage, and that it would keep its existing "
                "nuclear fleet running by seeking license extensions.",
                "Environmental groups were cautious. They noted that the company's long-range plans in the Carolinas "
                "still call for building thousands of megawatts of new natural gas plants over the next 15 years. "
                "\"A 2050 goal is a long way off,\" said Stephen Smith of the Southern Alliance for Clean Energy.",
                "Associated writer Tom Leary in Raleigh contributed to this report."],
         fingerprint="Duke serves about 7.7 million electric customers in the Carolinas, Florida, Indiana",
         must_contain=["at least 50% from 2005 levels by 2030",
                       "Associated writer Tom Leary in Raleigh contributed to this report."]),
    dict(id="ap02", site="alliedpress", path="/article/transportation-climate-initiative-mou-8be20d13",
         date="2020-12-21",
         title="3 states and DC sign on to regional pact to curb vehicle emissions",
         paras=["BOSTON (AP) — Massachusetts, Connecticut, Rhode Island and the District of Columbia on Monday signed "
                "a memorandum of understanding creating the Transportation and Climate Initiative Program, a "
                "cap-and-invest system for carbon pollution from cars and trucks.",
                "The program, which would begin in 2023, is designed to reduce carbon dioxide emissions from motor "
                "vehicles in the participating jurisdictions by 26% from 2022 to 2032. Fuel suppliers would have to "
                "buy allowances for the carbon in the gasoline and diesel they sell, and the proceeds, an estimated "
                "$300 million a year in Massachusetts alone, would go to transit, electric vehicles and bike lanes.",
                "Massachusetts Gov. Charlie Baker, Connecticut Gov. Ned Lamont, Rhode Island Gov. Gina Raimondo and "
                "Washington Mayor Muriel Bowser announced the agreement in a virtual news conference.",
                "\"Transportation is the largest source of greenhouse gas emissions in our region, and we can't "
                "reach our goals without tackling it,\" Baker said.",
                "Nine other states from Maine to Virginia helped draft the program over three years but did not sign "
                "Monday's memorandum. New York, New Jersey and Pennsylvania said they would keep talking with the "
                "group, and Virginia said it wanted to see how the program would work first.",
                "Critics, including some fuel dealers and Republican lawmakers, have called the program a gas tax "
                "by another name and said it could raise prices at the pump by 5 to 9 cents a gallon.",
                "Associated writers Susan Haigh in Hartford and Jennifer McDermott in Providence contributed."],
         fingerprint="Fuel suppliers would have to buy allowances for the carbon in the gasoline and diesel they sell",
         must_contain=["signed a memorandum of understanding creating the Transportation and Climate Initiative "
                       "Program"]),
    dict(id="ap03", site="alliedpress", path="/article/baltimore-sues-oil-companies-climate-2c7d5e01",
         date="2018-07-20",
         title="Baltimore sues 26 oil and gas companies over climate change",
         paras=["BALTIMORE (AP) — Baltimore on Friday sued more than two dozen oil and gas companies, including BP, "
                "Chevron, ExxonMobil and Shell, saying they should pay for the damage climate change is doing to the "
                "waterfront city.",
                "The lawsuit, filed in Baltimore City Circuit Court, says the companies knew for decades that burning "
                "their products would warm the planet and raise sea levels, yet promoted them while playing down the "
                "risks. The city says it faces more frequent flooding, heat waves and storms that will cost it "
                "hundreds of millions of dollars.",
                "\"Baltimore is on the front lines of climate change,\" Mayor Catherine Pugh said. \"The companies "
                "that profited from causing it should bear the costs of adapting to it.\"",
                "Baltimore joins San Francisco, Oakland, New York City and several California counties that have "
                "filed similar suits. A federal judge last month threw out the San Francisco and Oakland cases, and "
                "a judge in Manhattan dismissed New York City's suit on Thursday; the cities have said they will "
                "appeal.",
                "An ExxonMobil spokesman said the suits do nothing to reduce emissions and noted that the company "
                "supports the Paris climate agreement. Chevron called the lawsuit \"factually and legally meritless.\"",
                "The suit seeks unspecified damages and asks the court to order the companies to pay for sea walls "
                "and other projects. It does not ask the court to set any limit on emissions."],
         fingerprint="The lawsuit, filed in Baltimore City Circuit Court, says the companies knew for decades",
         must_contain=["It does not ask the court to set any limit on emissions."]),
    dict(id="ap04", site="alliedpress", path="/article/ohio-nuclear-bailout-signed-91aa0c77", date="2019-07-24",
         title="Ohio governor signs nuclear plant bailout, trims green energy rules",
         paras=["COLUMBUS, Ohio (AP) — Gov. Mike DeWine on Tuesday signed a bill that adds a new fee to every "
                "electricity bill in the state to rescue two nuclear power plants, shortly after the Ohio House "
                "passed it 51-38.",
                "The law, known as House Bill 6, will send about $150 million a year to the Perry and Davis-Besse "
                "plants near Cleveland and Toledo, owned by FirstEnergy Solutions, which had said it would close them "
                "without help. It also props up two aging coal-fired plants run by the Ohio Valley Electric Corp.",
                "At the same time, the law scales back the renewable energy standard that utilities must meet, to "
                "8.5% by 2026 from the 12.5% by 2027 that lawmakers set in 2008, and ends the state's requirements "
                "for utilities to help customers save energy after 2020.",
                "\"This legislation will keep jobs in Ohio and keep zero-emission nuclear power on the grid,\" "
                "DeWine said in a statement.",
                "Opponents, including manufacturers, environmental groups and the natural gas industry, said the "
                "bill was a bailout that would raise costs for customers and set back wind and solar development. "
                "A coalition said it would seek a referendum to overturn it.",
                "Ohio's largest cities were not party to the debate. Cincinnati and Columbus have their own "
                "climate plans, which the law does not change."],
         fingerprint="will send about $150 million a year to the Perry and Davis-Besse plants",
         must_contain=["to 8.5% by 2026 from the 12.5% by 2027 that lawmakers set in 2008"]),
    dict(id="ap05", site="alliedpress", path="/article/montgomery-county-climate-emergency-5d0e3f42",
         date="2017-12-06",
         title="Maryland county declares climate emergency, sets 2035 deadline",
         paras=["ROCKVILLE, Md. (AP) — The Montgomery County Council voted unanimously on Tuesday to declare a "
                "climate emergency, making the suburban Washington county one of the first local governments in the "
                "country to do so.",
                "The resolution calls for the county to cut its greenhouse gas emissions 80% below 2005 levels by "
                "2027 and 100% by 2035, and directs county agencies to draw up a plan to get there.",
                "\"We can no longer wait for Washington to act,\" said Council member Roger Berliner, the resolution's "
                "lead sponsor. \"This is a mobilization, and the county has to lead it.\"",
                "The county of about 1 million people had set a goal in 2008 to cut emissions 80% by 2050. Berliner "
                "said the new targets pull that deadline forward by more than two decades.",
                "County Executive Ike Leggett, who does not vote on council resolutions, said he supported the goals "
                "but that the cost of meeting them had not been worked out. Business groups said they wanted to see "
                "details before taking a position.",
                "Supporters from a local chapter of The Climate Mobilization packed the council chamber and "
                "applauded after the vote."],
         fingerprint="making the suburban Washington county one of the first local governments in the country",
         must_contain=["cut its greenhouse gas emissions 80% below 2005 levels by 2027 and 100% by 2035"]),
    dict(id="ap06", site="alliedpress", path="/article/pacific-coast-climate-pact-73b9c6d8", date="2013-10-28",
         title="West Coast leaders sign pact to fight climate change",
         paras=["SAN FRANCISCO (AP) — The governors of California, Oregon and Washington and the premier of British "
                "Columbia signed an agreement on Monday to coordinate their policies on climate change, pledging to "
                "put a price on carbon pollution and to build a low-carbon economy along the Pacific Coast.",
                "The Pacific Coast Action Plan on Climate and Energy commits the four governments to adopting "
                "low-carbon fuel standards, to linking their efforts to put a price on carbon emissions and to "
                "making zero-emission vehicles a larger share of their own fleets.",
                "California Gov. Jerry Brown, Oregon Gov. John Kitzhaber, Washington Gov. Jay Inslee and British "
                "Columbia Premier Christy Clark signed the plan at a ceremony at a San Francisco hotel. \"This is a "
                "region of 53 million people and a $2.8 trillion economy, and we are going to act together,\" Inslee "
                "said.",
                "California already runs a cap-and-trade market and British Columbia has a carbon tax. Oregon and "
                "Washington have no carbon price, and the agreement does not bind their legislatures to create one.",
                "Alaska's governor, Sean Parnell, a member of the Pacific Coast Collaborative, did not sign the "
                "plan."],
         fingerprint="This is a region of 53 million people and a $2.8 trillion economy",
         must_contain=["The Pacific Coast Action Plan on Climate and Energy commits the four governments"]),

    # --- pghnews: the City of Pittsburgh's newsroom (paged listing) -----------------------------------------------
    dict(id="pg01", site="pghnews", path="/press-releases/press-releases/2017/06/mayor-signs-executive-order-on-paris",
         date="2017-06-05",
         title="Mayor Peduto Signs Executive Order Reaffirming Pittsburgh's Commitment to the Paris Agreement",
         paras=["PITTSBURGH, PA (June 5, 2017) – Mayor William Peduto today signed an executive order committing the "
                "City of Pittsburgh to the goals of the Paris climate agreement, days after the President cited "
                "Pittsburgh in announcing the United States' withdrawal from the accord.",
                "Under the order, the City will power its municipal operations with 100% renewable energy by 2035 "
                "and develop a plan to convert its vehicle fleet away from fossil fuels.",
                "\"The President said he was elected to represent Pittsburgh, not Paris. Pittsburgh stands with "
                "Paris, and with the rest of the world, on climate,\" Mayor Peduto said.",
                "The order does not set a new emissions target for the city as a whole. That target will be set in "
                "the Pittsburgh Climate Action Plan 3.0, which the Department of City Planning will bring to City "
                "Council later this year.",
                "Pittsburgh is a member of the Climate Mayors network and the Global Covenant of Mayors for Climate "
                "& Energy.",
                "Media contact: Timothy McNulty, Communications Director, Office of Mayor William Peduto."],
         fingerprint="days after the President cited Pittsburgh in announcing the United States' withdrawal",
         must_contain=["the City will power its municipal operations with 100% renewable energy by 2035"]),
    dict(id="pg02", site="pghnews", path="/press-releases/press-releases/2018/03/council-adopts-climate-action-plan-3",
         date="2018-03-27",
         title="City Council Adopts Pittsburgh Climate Action Plan 3.0",
         paras=["PITTSBURGH, PA (March 27, 2018) – Pittsburgh City Council today voted to adopt the Pittsburgh "
                "Climate Action Plan 3.0, the City's roadmap for reducing greenhouse gas emissions across "
                "neighborhoods, buildings and transportation.",
                "The plan sets a goal of reducing the city's greenhouse gas emissions 50% below 2003 levels by 2030 "
                "and 80% by 2050. It also moves up the City's municipal target: Pittsburgh will now power its own "
                "operations with 100% renewable electricity by 2030, five years earlier than the date set in last "
                "June's executive order.",
                "\"We have shown that a city can grow its economy and cut its emissions at the same time,\" Mayor "
                "William Peduto said. \"This plan makes the next decade count.\"",
                "Other goals include a fossil fuel-free municipal fleet by 2030 and a 50% reduction in energy and "
                "water use in buildings in the Pittsburgh 2030 District, a partnership of property owners downtown "
                "and in Oakland.",
                "The plan was drafted by the Department of City Planning's Division of Sustainability and Resilience "
                "with more than 50 community organizations, universities and businesses. A progress report will be "
                "published every two years.",
                "Media contact: Timothy McNulty, Communications Director, Office of Mayor William Peduto."],
         fingerprint="drafted by the Department of City Planning's Division of Sustainability and Resilience",
         must_contain=["reducing the city's greenhouse gas emissions 50% below 2003 levels by 2030 and 80% by 2050"]),
    dict(id="pg03", site="pghnews", path="/press-releases/press-releases/2022/09/mayor-welcomes-clean-energy-forum",
         date="2022-09-21",
         title="Mayor Gainey Welcomes Global Clean Energy Action Forum to Pittsburgh",
         paras=["PITTSBURGH, PA (September 21, 2022) – Mayor Ed Gainey today welcomed energy ministers, business "
                "leaders and researchers from more than 30 countries to the Global Clean Energy Action Forum at the "
                "David L. Lawrence Convention Center.",
                "The forum brings together the 13th Clean Energy Ministerial and the seventh Mission Innovation "
                "ministerial, hosted by U.S. Secretary of Energy Jennifer Granholm, through Friday.",
                "\"Pittsburgh built the industrial age, and we intend to help build what comes next,\" Mayor Gainey "
                "said. \"The world is looking at this city to see how a place that made steel can make clean energy "
                "work for working people.\"",
                "The City is not a party to the ministerial agreements and did not announce new commitments at the "
                "forum. Mayor Gainey said the City's climate goals remain those of the Climate Action Plan, which the "
                "administration is reviewing this year.",
                "Residents can expect lane restrictions around the convention center through Friday.",
                "Media contact: Maria Montaño, Press Secretary, Office of Mayor Ed Gainey."],
         fingerprint="The forum brings together the 13th Clean Energy Ministerial and the seventh Mission Innovation",
         must_contain=["The City is not a party to the ministerial agreements and did not announce new commitments"]),

    # --- wnim28: a South Bend local TV station (sitemap) ------------------------------------------------------------
    dict(id="tv01", site="wnim28", path="/news/2020/06/02/ann-arbor-council-adopts-a2zero-plan/", date="2020-06-02",
         title="Ann Arbor council adopts plan to make city carbon neutral by 2030",
         paras=["ANN ARBOR, Mich. (WNIM) - Ann Arbor City Council voted unanimously Monday night to adopt the A2ZERO "
                "Living Carbon Neutrality Plan, a roadmap for a just transition to community-wide carbon neutrality "
                "by 2030.",
                "The plan lays out seven strategies, from powering the grid with 100% renewable energy to switching "
                "homes and businesses from natural gas to electric appliances and cutting vehicle miles traveled by "
                "half.",
                "\"This is our community's plan, and it is an ambitious one,\" Mayor Christopher Taylor said after "
                "the vote, which was held online because of the coronavirus pandemic.",
                "Council declared a climate emergency last November and asked the city's Office of Sustainability "
                "and Innovations to write the plan. Its director, Missy Stults, said the 2030 goal would cost about "
                "$1 billion over the decade, much of it from private investment.",
                "The city has missed climate targets before. Its 2012 Climate Action Plan aimed to cut "
                "community-wide emissions 25% below 2000 levels by 2025, but by 2018 emissions had barely moved.",
                "Copyright 2020 WNIM. All rights reserved."],
         fingerprint="The plan lays out seven strategies, from powering the grid with 100% renewable energy",
         must_contain=["a roadmap for a just transition to community-wide carbon neutrality by 2030"]),
    dict(id="tv02", site="wnim28", path="/news/2021/05/20/university-of-michigan-carbon-neutrality/",
         date="2021-05-20",
         title="U-M commits to carbon neutrality by 2040",
         paras=["ANN ARBOR, Mich. (WNIM) - The University of Michigan will eliminate the greenhouse gas emissions "
                "from its own heating plants and vehicles by 2040, President Mark Schlissel announced Thursday.",
                "Schlissel accepted the recommendations of the President's Commission on Carbon Neutrality, which "
                "spent two years studying how the university could reach net zero. Under the commitments, U-M will "
                "achieve carbon neutrality across its campuses in Ann Arbor, Dearborn and Flint and at Michigan "
                "Medicine by 2040, and will buy enough renewable electricity to cover all of its purchased power by "
                "2025.",
                "\"Climate change is the defining challenge of our time, and a public university has a duty to lead,\" "
                "Schlissel said.",
                "The university also said it would set goals for emissions from commuting, travel and purchased goods "
                "by 2025 and would stop using natural gas in new buildings where possible.",
                "Students with the campus group Climate Action Movement said the timeline was too slow and pressed "
                "the university to drop investments in fossil fuel companies.",
                "Copyright 2021 WNIM. All rights reserved."],
         fingerprint="spent two years studying how the university could reach net zero",
         must_contain=["achieve carbon neutrality across its campuses in Ann Arbor, Dearborn and Flint"]),
    dict(id="tv03", site="wnim28", path="/news/2020/11/13/whitmer-revokes-line-5-easement/", date="2020-11-13",
         title="Whitmer moves to shut down Line 5 oil pipeline under Straits of Mackinac",
         paras=["LANSING, Mich. (WNIM) - Gov. Gretchen Whitmer on Friday notified Enbridge that the state is revoking "
                "the 1953 easement that allows the company's Line 5 oil pipeline to run along the bottom of the "
                "Straits of Mackinac, and ordered it shut down by May.",
                "Attorney General Dana Nessel filed a lawsuit in Ingham County Circuit Court the same day, asking a "
                "judge to uphold the revocation.",
                "\"Enbridge has routinely refused to take action to protect our Great Lakes,\" Whitmer said. The state "
                "said the company had violated the terms of the easement for decades.",
                "Enbridge said it would continue to operate the 67-year-old pipeline and called the move a "
                "distraction from its plan to encase a new section of the line in a tunnel under the straits, under "
                "an agreement it signed with the state in 2018.",
                "The pipeline carries up to 540,000 barrels of oil and natural gas liquids a day from Superior, "
                "Wisconsin, to Sarnia, Ontario.",
                "Copyright 2020 WNIM. All rights reserved."],
         fingerprint="allows the company's Line 5 oil pipeline to run along the bottom of the Straits of Mackinac",
         must_contain=["Attorney General Dana Nessel filed a lawsuit in Ingham County Circuit Court"]),
    dict(id="tv04", site="wnim28", path="/news/2018/10/31/nipsco-plans-to-retire-coal-plants/", date="2018-10-31",
         title="NIPSCO plans to close all its coal plants within 10 years",
         paras=["MERRILLVILLE, Ind. (WNIM) - Northern Indiana Public Service Co. plans to retire all of its "
                "coal-fired power plants within the next decade and replace them mostly with wind, solar and battery "
                "storage, the utility said Wednesday.",
                "In its 2018 integrated resource plan, filed with state regulators, NIPSCO said the shift would cut "
                "its carbon emissions 90% by 2028 compared with 2005 levels and save customers about $4 billion over "
                "30 years.",
                "The R.M. Schahfer Generating Station in Wheatfield would close by 2023 and the Michigan City "
                "Generating Station by 2028. The Michigan City plant's cooling tower is a landmark on the lakefront.",
                "\"The most viable option for our customers is also the cleanest,\" NIPSCO President Violet Sistovaris "
                "said.",
                "The plan must still be reviewed by the Indiana Utility Regulatory Commission. Coal miners' unions "
                "and some county officials in Jasper County, where Schahfer pays property taxes, said they were "
                "worried about lost jobs and revenue.",
                "Copyright 2018 WNIM. All rights reserved."],
         fingerprint="The Michigan City plant's cooling tower is a landmark on the lakefront",
         must_contain=["cut its carbon emissions 90% by 2028 compared with 2005 levels"]),
    dict(id="tv05", site="wnim28", path="/news/2017/05/10/notre-dame-south-bend-hydro-agreement/", date="2017-05-10",
         title="Notre Dame, South Bend sign deal for hydroelectric plant at downtown dam",
         paras=["SOUTH BEND, Ind. (WNIM) - The University of Notre Dame and the City of South Bend signed an "
                "agreement Tuesday that clears the way for a hydroelectric facility at the Central Dam on the St. "
                "Joseph River downtown.",
                "Under the 50-year lease, Notre Dame will build and run the plant beside the East Race and use the "
                "electricity on campus, and the city will receive an annual payment and improvements to the dam.",
                "Mayor Pete Buttigieg signed for the city and John Affleck-Graves, the university's executive vice "
                "president, signed for Notre Dame at the County-City Building, a day after the Common Council "
                "approved the lease.",
                "The project is part of Notre Dame's plan to stop burning coal by 2020. The university has pledged to "
                "cut its carbon footprint in half by 2030 compared with 2005 levels and to be carbon neutral by 2050.",
                "\"The river built this city. Now it can help power the university next door,\" Buttigieg said.",
                "Copyright 2017 WNIM. All rights reserved."],
         fingerprint="Under the 50-year lease, Notre Dame will build and run the plant beside the East Race",
         must_contain=["cut its carbon footprint in half by 2030 compared with 2005 levels"]),
]
