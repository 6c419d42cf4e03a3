"""Articles of the twentieth test web (tests/twentiethweb.py): summits and ministerials where pledges were made
(the One Planet Summit in Paris and in Nairobi, the Petersberg Climate Dialogue, the Ministerial on Climate Action, a
UN climate session in Bonn) and the pledges of countries, cities, utilities and banks, actors and gatherings no other
web uses (issue 17: an honest held-out estimate in English).

ops: a summit's own newsroom (a date line "Published 13 December 2017", "Watch the replay" chrome); mdl: a newspaper
with wire datelines ("BERLIN, May 14 (Meridian) —"); tti: a think-tank blog ("Posted by ... on June 25, 2018",
"Donate" chrome). Facts told twice: the Paris summit and New Zealand's net zero (ops01, mdl01), the Petersberg dialogue
and Germany's climate neutrality (mdl02, tti01). Negatives: a webinar, a press briefing, an exhibition, calls on
others and what a report says is needed (ops03); achievements, forecasts, proposals not adopted, goals without a year,
summits "to be held" throughout.
"""
from __future__ import annotations

ARTICLES = [
    # --- ops: the One Planet Summit newsroom ------------------------------------------------------------------------
    dict(id="ops01", site="ops", path="/en/news/one-planet-summit-paris-commitments/", date="2017-12-13",
         title="One Planet Summit: what was committed in Paris",
         paras=["The One Planet Summit, co-hosted by France, the United Nations and the World Bank Group, was held in "
                "Paris on 12 December 2017, two years to the day after the adoption of the Paris Agreement.",
                "More than 50 heads of state and government and some 4,000 guests took part in the summit.",
                "New Zealand, a founding member of the Carbon Neutrality Coalition launched at the summit, committed to "
                "reach net zero emissions by 2050.",
                "The coalition's other members pledged to work towards carbon neutrality and to publish long-term "
                "strategies.",
                "The World Bank Group announced that it will no longer finance upstream oil and gas after 2019.",
                "A press briefing with the co-hosts followed the closing session, and the One Planet exhibition on "
                "green innovation stays open to the public until Sunday."],
         fingerprint="two years to the day after the adoption of the Paris Agreement",
         must_contain=["was held in Paris on 12 December 2017"]),
    dict(id="ops02", site="ops", path="/en/news/nairobi-summit-africa-pledges/", date="2019-03-15",
         title="Nairobi summit puts Africa's clean energy at the centre",
         paras=["Leaders gathered at the headquarters of UN Environment in Nairobi on Thursday 14 March for the One "
                "Planet Summit, the first to be held in Africa, hosted by Kenyan President Uhuru Kenyatta and French "
                "President Emmanuel Macron.",
                "Kenya committed to generate 100 percent of its electricity from renewable sources by 2030.",
                "The mayors of Nairobi, Accra and Dakar committed that their cities will buy only zero-emission buses "
                "from 2027.",
                "On the sidelines, the Government of Kenya and the African Development Bank signed a memorandum of "
                "understanding on financing geothermal and wind power.",
                "The African Development Bank also pledged to scale up its climate finance across the continent.",
                "Kenya already generates more than 80 percent of its electricity from geothermal, hydro and wind "
                "sources.",
                "A panel on blue finance closed the day."],
         fingerprint="the first to be held in Africa, hosted by Kenyan President Uhuru Kenyatta",
         must_contain=["committed to generate 100 percent of its electricity"]),
    dict(id="ops03", site="ops", path="/en/news/webinar-nature-finance/", date="2018-10-04",
         title="Replay: One Planet Lab webinar on nature and finance",
         paras=["The One Planet Lab held a webinar on Wednesday on how investors can finance nature-based solutions.",
                "Speakers called on cities to halve their emissions by 2030 and urged banks to stop financing new "
                "coal plants.",
                "A report presented during the webinar says power-sector emissions must fall 80 percent by 2040 to "
                "keep warming below 1.5C.",
                "The next One Planet Summit is to be held in Nairobi in March next year.",
                "Journalists can register for a press briefing on the report on 10 October."],
         fingerprint="how investors can finance nature-based solutions",
         must_contain=["held a webinar on Wednesday"]),
    # --- mdl: the Meridian Ledger, a newspaper with wire datelines --------------------------------------------------
    dict(id="mdl01", site="mdl", path="/world/2017/12/12/leaders-paris-one-planet-summit", date="2017-12-12",
         title="Leaders seek climate finance at Paris summit as U.S. stays away",
         paras=["PARIS, Dec. 12 (Meridian) — World leaders and chief executives met in Paris on Tuesday for the One "
                "Planet Summit, hosted by French President Emmanuel Macron to speed up finance for the Paris Agreement.",
                "New Zealand Prime Minister Jacinda Ardern said her country would reach net zero emissions by 2050.",
                "U.N. Secretary-General António Guterres urged countries to raise their ambition before 2020.",
                "Global carbon emissions are forecast to rise about 2 percent this year, researchers said last month.",
                "The next summit of the series is to be held in New York in September.",
                "(Reporting by Meridian staff; Editing by the World Desk)"],
         fingerprint="to speed up finance for the Paris Agreement",
         must_contain=["met in Paris on Tuesday for the One Planet Summit"]),
    dict(id="mdl02", site="mdl", path="/world/2019/05/14/merkel-petersberg-climate-neutral", date="2019-05-14",
         title="Merkel backs climate neutrality for Germany by 2050",
         paras=["BERLIN, May 14 (Meridian) — German Chancellor Angela Merkel said on Tuesday that Germany would commit "
                "to becoming climate neutral by 2050, speaking on the closing day of the Petersberg Climate Dialogue, "
                "which opened in Berlin on Monday.",
                "Ministers from about 35 countries attended the two-day meeting, the tenth of the series.",
                "Germany cut its greenhouse gas emissions by 31 percent from 1990 levels by 2018 and is expected to "
                "miss its earlier goal of a 40 percent cut by 2020.",
                "The U.N. Climate Action Summit is to be held in New York in September.",
                "(Reporting by Meridian staff; Editing by the Europe Desk)"],
         fingerprint="speaking on the closing day of the Petersberg Climate Dialogue",
         must_contain=["would commit to becoming climate neutral by 2050"]),
    dict(id="mdl03", site="mdl", path="/world/2019/06/27/bonn-climate-talks-close", date="2019-06-27",
         title="U.N. climate talks close in Bonn; host city sets 2035 goal",
         paras=["BONN, June 27 (Meridian) — U.N. climate talks closed in Bonn on Thursday after negotiators failed to "
                "agree rules for international carbon markets.",
                "The 50th session of the U.N. subsidiary bodies, known as SB50, opened on June 17 at the World "
                "Conference Center Bonn.",
                "On the sidelines of the talks, the city of Bonn committed to becoming climate neutral by 2035.",
                "Ireland will ban the sale of new petrol and diesel cars from 2030, its environment minister told a "
                "side event.",
                "A proposal by small island states for a 2025 phase-out of coal finance was not adopted.",
                "(Reporting by Meridian staff; Editing by the Europe Desk)"],
         fingerprint="failed to agree rules for international carbon markets",
         must_contain=["closed in Bonn on Thursday"]),
    # --- tti: the Transition Tracker Institute's blog ---------------------------------------------------------------
    dict(id="tti01", site="tti", path="/insights/2019/05/petersberg-what-was-delivered/", date="2019-05-20",
         title="What the tenth Petersberg Climate Dialogue delivered",
         paras=["The tenth Petersberg Climate Dialogue brought ministers from some 35 countries to Berlin on 13 and 14 "
                "May, co-hosted by Germany and Poland.",
                "Chancellor Angela Merkel told the meeting that Germany would aim for climate neutrality by 2050.",
                "Indonesia restated its pledge to cut greenhouse gas emissions by 29 to 41 percent below "
                "business-as-usual levels by 2030.",
                "The IPCC says global emissions must fall by about 45 percent from 2010 levels by 2030.",
                "A call by several ministers for a Europe-wide coal exit by 2030 found no consensus.",
                "We will discuss the results at a webinar on 28 May."],
         fingerprint="co-hosted by Germany and Poland",
         must_contain=["Germany would aim for climate neutrality by 2050"]),
    dict(id="tti02", site="tti", path="/insights/2018/06/moca-brussels-takeaways/", date="2018-06-25",
         title="Three takeaways from the Ministerial on Climate Action in Brussels",
         paras=["The second Ministerial on Climate Action (MoCA), convened by the European Union, China and Canada, met "
                "in Brussels from 20 to 21 June 2018.",
                "Norway told ministers it will cut its emissions by at least 40 percent below 1990 levels by 2030.",
                "The EU's emissions were already 22 percent below 1990 levels in 2016.",
                "Ministers also toured an exhibition of low-carbon technologies in the Berlaymont building.",
                "The next MoCA is to be held in Brussels next year."],
         fingerprint="convened by the European Union, China and Canada",
         must_contain=["at least 40 percent below 1990 levels by 2030"]),
    dict(id="tti03", site="tti", path="/insights/2021/03/utilities-banks-net-zero/", date="2021-03-09",
         title="Utilities and banks: which net-zero pledges have numbers",
         paras=["Danish utility Ørsted has pledged to become carbon neutral in its energy generation and operations "
                "by 2025.",
                "Italian utility Enel plans to close its last coal-fired plant no later than 2027.",
                "HSBC committed to align its financed emissions with net zero by 2050.",
                "Barclays said it wants to become a net zero bank, without setting a year.",
                "Enel said its direct emissions fell 30 percent between 2017 and 2020."],
         fingerprint="in its energy generation and operations",
         must_contain=["carbon neutral in its energy generation and operations"]),
    dict(id="tti04", site="tti", path="/insights/2020/02/lisbon-oslo-city-targets/", date="2020-02-11",
         title="Lisbon and Oslo raise the bar for city climate targets",
         paras=["Lisbon, the European Green Capital for 2020, has pledged to halve its carbon dioxide emissions by "
                "2030 compared with 2002.",
                "The city also aims to cut emissions to 2 tonnes per resident by 2030.",
                "Oslo committed to cut its emissions by 95 percent below 2009 levels by 2030.",
                "Portugal has committed to raise its solar capacity to 9 gigawatts by 2030.",
                "Oslo's emissions fell 16 percent between 2009 and 2018, city figures show."],
         fingerprint="the European Green Capital for 2020",
         must_contain=["halve its carbon dioxide emissions"]),
]
