"""Articles of the fiftieth test web (tests/fiftiethweb.py), written for issue 17 (a held-out estimate of English
COMMITMENT GRAMMAR): US, European and Latin-American city and state pledges told in phrasings the rules may not have
met ("slash ... in half by 2030 compared with 2019", "halve", "60 percent from 2006 levels", "a 2045 net-zero target",
"aims to be carbon neutral by", "100% clean electricity", "60% of its power from renewables", per-capita tonnes,
"peak before", an order or ordinance that "sets/locks in a target of", a pledge in a mayor's quote, two actors'
pledges in one sentence), beside achievements, national targets cited as context, bills not passed, "could",
forecasts, failed votes and pledges withdrawn or pushed back.

mea: a state energy office newsroom (press releases: dateline, "###" end mark, "About the Administration" box, a
"Related news" list of trap headlines). courier: a regional newspaper (kicker, byline with "Staff writer", photos
with captions and credits, a "Read more" rail).
"""
from __future__ import annotations

ARTICLES = [
    # --- mea: a state energy office newsroom ---------------------------------------------------------------------
    dict(id="me01", site="mea", path="/newsroom/2024/governor-order-emissions-goal.html", date="2024-04-16",
         title="Governor signs executive order locking in Maryland emissions goal",
         paras=["ANNAPOLIS, Md. (April 16, 2024) - Governor Ellen Marsh on Monday signed an executive order that sets "
                "a target of cutting Maryland's greenhouse gas emissions 60 percent from 2006 levels by 2031.",
                "The order also commits the state to 100% clean electricity by 2035 and directs the Maryland Energy "
                "Administration to publish a progress report every two years.",
                "Statewide emissions have fallen 30% since 2006, according to the department's latest inventory, "
                "largely because two coal plants closed.",
                "The federal government has set a national goal of cutting U.S. emissions 50 to 52 percent below 2005 "
                "levels by 2030, and the order notes that Maryland's target goes further.",
                "A separate bill that would require all state agencies to buy only zero-emission vehicles by 2030 did "
                "not pass the Senate this session."],
         fingerprint="directs the Maryland Energy Administration to publish a progress report every two years",
         must_contain=["sets a target of cutting Maryland's greenhouse gas emissions",
                       "did not pass the Senate this session"]),
    dict(id="me02", site="mea", path="/newsroom/2024/annapolis-frederick-climate-plans.html", date="2024-06-03",
         title="Annapolis and Frederick adopt climate plans with state grants",
         paras=["FREDERICK, Md. (June 3, 2024) - Two Maryland cities adopted climate action plans this spring with "
                "help from the Maryland Energy Administration's Local Government Climate Grant program.",
                "Annapolis will reach net-zero emissions by 2040 and Frederick by 2045, under plans that both city "
                "councils approved in May.",
                "Frederick's plan also aims to get 60% of the city's power from renewables by 2030.",
                "State analysts said Hagerstown could cut its emissions 40% by 2030 if it electrified its bus fleet, "
                "but the city has made no commitment.",
                "A proposal to give Rockville a 2035 carbon-neutral goal was voted down 4-3 by the city council in "
                "April.",
                "Applications for the next grant round close on August 30."],
         fingerprint="Local Government Climate Grant program",
         must_contain=["Annapolis will reach net-zero emissions by 2040 and Frederick by 2045",
                       "Applications for the next grant round close on August 30."]),
    dict(id="me03", site="mea", path="/newsroom/2024/baltimore-goal-energy-forum.html", date="2024-09-10",
         title="Baltimore sets new emissions goal at Energy Administration forum",
         paras=["BALTIMORE (September 10, 2024) - Baltimore will slash its emissions in half by 2030 compared with "
                "2019, Mayor Andre Hollis told a forum hosted by the Maryland Energy Administration on Monday.",
                "The city has withdrawn its earlier pledge to run its municipal fleet entirely on electricity by 2030, "
                "Hollis said, citing the cost of charging depots.",
                "Consultants forecast that emissions from Baltimore's buildings will fall 20 percent by 2030 under "
                "current policies.",
                "Also at the forum, Anne Arundel County's executive said the county aims to be carbon neutral by 2045.",
                "Howard County pushed back its 2030 net-zero goal last year and has not set a new date."],
         fingerprint="citing the cost of charging depots",
         must_contain=["Baltimore will slash its emissions in half by 2030 compared with 2019",
                       "has not set a new date"]),
    # --- courier: a regional newspaper ---------------------------------------------------------------------------
    dict(id="cr01", site="courier", path="/news/local/asheville-carbon-free-2040/", date="2024-03-21",
         title="Asheville adopts first climate plan: carbon-free by 2040",
         caption="Mayor Carla Benton speaks during Tuesday's council meeting.",
         paras=["ASHEVILLE - \"We will be carbon-free by 2040,\" Mayor Carla Benton said Tuesday night, after City "
                "Council adopted the city's first climate action plan.",
                "Under the plan, Asheville is to halve its greenhouse gas emissions by 2030 compared with 2018.",
                "A motion to move the carbon-free date up to 2035 failed 3-4.",
                "Neighbouring Hendersonville is weighing a similar plan; a draft would set a 2045 net-zero target, but "
                "the town council has not voted on it.",
                "Benton said the city would hire a sustainability officer by the summer."],
         fingerprint="the city would hire a sustainability officer by the summer",
         must_contain=["adopted the city's first climate action plan", "A motion to move the carbon-free date"]),
    dict(id="cr02", site="courier", path="/news/world/european-cities-climate-targets/", date="2024-05-14",
         title="European cities set tougher climate goals than their countries",
         caption="Turin seen from the banks of the Po.",
         paras=["Turin aims to be carbon neutral by 2040, the city's deputy mayor for the environment said on Monday, "
                "ten years earlier than Italy's national goal of 2050.",
                "Ghent and Bilbao set their own targets the same week: Ghent wants per-capita emissions to fall to 2 "
                "tonnes by 2030, and Bilbao pledged that its emissions will peak before 2028.",
                "Porto's emissions have fallen 38% since 2004, the city said.",
                "The European Union's target of a 55 percent cut from 1990 levels by 2030 is the floor for all of "
                "them."],
         fingerprint="ten years earlier than Italy's national goal of 2050",
         must_contain=["Ghent wants per-capita emissions to fall to 2 tonnes by 2030", "is the floor for all of them"]),
    dict(id="cr03", site="courier", path="/news/world/latin-american-cities-lock-in-targets/", date="2024-07-02",
         title="Latin American cities lock in climate targets",
         caption="Buses at a Curitiba rapid-transit station.",
         paras=["Medellín's city council approved an ordinance on Thursday that sets a target of net-zero emissions "
                "by 2050 for the city.",
                "Curitiba will cut emissions 60 percent from 2015 levels by 2030, and Montevideo plans to reach carbon "
                "neutrality by 2040, their mayors said on a joint call with reporters.",
                "\"By 2045, Rosario will be a carbon-neutral city,\" Mayor Lucía Ferreyra said.",
                "Brazil's national pledge to cut emissions 53% by 2030 was cited by Curitiba officials as a reason to "
                "act early.",
                "Guadalajara's council rejected a proposal to halve the city's emissions by 2030.",
                "Analysts said Medellín could reach its goal five years early."],
         fingerprint="their mayors said on a joint call with reporters",
         must_contain=["sets a target of net-zero emissions by 2050", "could reach its goal five years early"]),
]
