"""Articles of the fifty-eighth test web (tests/fiftyeighthweb.py), written for issue 17 (an honest held-out estimate
in ENGLISH of AGREEMENT CLAUSES told with COORDINATION, PASSIVES and NOMINALISATIONS).

tcnet: a city-network news blog (the Two Coasts Climate Cities network); rilab: a university research-lab newsroom.
Signings are told as "A signed MOUs with B and C respectively", "A and B each signed agreements with C", "X signed three
agreements: with A on ..., with B on ..., and with C on ...", "An MOU was signed between A and B", "A memorandum of
understanding between A and B was signed on ...", "the signing of a cooperation agreement between A and B", "following
the signature of the accord by A and B", "A's agreement with B, signed Tuesday, commits ...", "A, B and C put their
signatures to a joint statement", "the pact, inked by A and B", "A renewed its partnership with B". Negatives: a city
that hopes to sign, talks on an MOU, an MOU expected to be signed, a signing recalled in a relative clause, a letter
urging.
"""
from __future__ import annotations

ARTICLES = [
    # --- tcnet: the Two Coasts Climate Cities network blog ------------------------------------------------------
    dict(id="tc01", site="tcnet", path="/blog/2024/03/fresno-guangdong-guangxi.html", date="2024-03-13",
         title="Fresno brings heat and flood plans home from southern China",
         paras=["In Guilin on March 12, 2024, Fresno signed MOUs with Guilin and Zhanjiang respectively, one on urban "
                "heat action plans and one on coastal flood warning.",
                "Fresno's delegation of eleven planners spent four days in the two cities and visited a river-cooling "
                "pilot on the Li River.",
                "Fresno hopes to sign a similar agreement with Mianyang before the end of the year, and talks on an MOU "
                "with Kaifeng have begun, the delegation said."],
         fingerprint="visited a river-cooling pilot on the Li River",
         must_contain=["Fresno signed MOUs with Guilin and Zhanjiang respectively",
                       "talks on an MOU with Kaifeng have begun"]),
    dict(id="tc02", site="tcnet", path="/blog/2024/05/spring-assembly-yichang.html", date="2024-05-22",
         title="Spring assembly in Yichang: three new city pairs",
         paras=["The network's spring assembly opened in Yichang on May 21, 2024, with delegates from 23 member cities.",
                "On the first day El Paso and Lexington each signed climate cooperation agreements with Yichang, on "
                "drought-resilient water supply and on electric city buses.",
                "An MOU was signed between Jingzhou and Porto Alegre at the same session, covering wetland restoration "
                "along their rivers.",
                "Anchorage, which signed an MOU with Lianyungang in 2015, sent an observer to the assembly this year."],
         fingerprint="covering wetland restoration along their rivers",
         must_contain=["El Paso and Lexington each signed climate cooperation agreements with Yichang",
                       "sent an observer to the assembly this year"]),
    dict(id="tc03", site="tcnet", path="/blog/2024/09/anchorage-climate-week.html", date="2024-09-13",
         title="Anchorage climate week ends with two city agreements",
         paras=["A memorandum of understanding between Anchorage and Zigong was signed on September 10, 2024, in "
                "Anchorage, at the opening of the network's climate week.",
                "The week closed in Anchorage with the signing of a cooperation agreement between Kaifeng and El Paso "
                "on September 12, 2024, on district heating from waste heat.",
                "An MOU between Mianyang and Fresno is expected to be signed next spring.",
                "Mayors of fourteen member cities also signed a letter urging national governments to fund local "
                "adaptation."],
         fingerprint="on district heating from waste heat",
         must_contain=["between Anchorage and Zigong was signed on September 10, 2024",
                       "signed a letter urging national governments"]),
    # --- rilab: a university research-lab newsroom ---------------------------------------------------------------
    dict(id="rl01", site="rilab", path="/newsroom/2024/04/clemson-three-agreements.html", date="2024-04-16",
         title="Clemson signs three research agreements in Chongqing",
         paras=["At a ceremony in Chongqing on April 15, 2024, Clemson University signed three agreements: with "
                "Chongqing University on building-energy retrofits, with Sichuan University on hydropower storage, "
                "and with Xiamen University on coastal carbon sinks.",
                "The agreements fund joint doctoral students and shared access to test beds for five years.",
                "Talks on an MOU with Lanzhou University continue, the provost's office said."],
         fingerprint="fund joint doctoral students and shared access to test beds",
         must_contain=["Clemson University signed three agreements",
                       "Talks on an MOU with Lanzhou University continue"]),
    dict(id="rl02", site="rilab", path="/newsroom/2024/07/tulane-coastal-lab.html", date="2024-07-11",
         title="Tulane builds two bridges to Chinese engineering schools",
         paras=["Following the signature of the accord by Tulane University and Dalian University of Technology in "
                "New Orleans on July 8, 2024, the two universities will share data from their wave basins.",
                "Tulane's agreement with Harbin Institute of Technology, signed Tuesday in New Orleans, commits the two "
                "to a shared coastal-resilience laboratory.",
                "Forty Tulane researchers also signed a letter urging Congress to restore climate-research funding."],
         fingerprint="share data from their wave basins",
         must_contain=["Following the signature of the accord by Tulane University",
                       "commits the two to a shared coastal-resilience laboratory"]),
    dict(id="rl03", site="rilab", path="/newsroom/2024/10/tempe-solar-statement.html", date="2024-10-15",
         title="Desert and cold-region solar research gets a joint statement",
         paras=["Arizona State University, Oregon State University and Harbin Institute of Technology put their "
                "signatures to a joint statement on desert and cold-region solar research in Tempe on October 14, "
                "2024.",
                "The pact, inked by Oregon State University and Lanzhou University in Tempe on October 14, 2024, sets "
                "up a shared solar-panel degradation archive.",
                "Arizona State University renewed its partnership with Chongqing University at the same meeting."],
         fingerprint="sets up a shared solar-panel degradation archive",
         must_contain=["put their signatures to a joint statement",
                       "renewed its partnership with Chongqing University"]),
]
