"""Articles of the fifty-sixth test web (tests/fiftysixthweb.py), written for issue 17 (a held-out estimate of English
COMPANIES' and UTILITIES' PLEDGES): invented US utilities, an automaker and a power producer stating targets the way
companies write them ("aims to deliver 100% carbon-free electricity by 2050", "cut carbon emissions 80% from 2005
levels by 2030", "net-zero operations (Scope 1 and 2) by 2040", "reduce carbon intensity 30% by 2032 versus a 2019
baseline", "source 100% renewable electricity for its plants by 2030", "retire its last coal unit by 2028", a
science-based target validated by SBTi, a parent and a subsidiary each with its own target), beside forward-looking
statement boilerplate, analysts' estimates, competitors' and customers' goals cited, and progress so far.

halvard: a utility's corporate newsroom (stock quote bar, investor-relations menu, news releases with a
"Forward-Looking Statements" section, media contacts). gridledger: a trade-press energy site (bylines, a "Sponsored"
box inside the story, a "Most read" rail).
"""
from __future__ import annotations

_FLS = ("Forward-Looking Statements: This release contains forward-looking statements, including statements about "
        "reaching net-zero emissions by 2045 and other climate targets. Such targets are subject to risks and "
        "uncertainties, including regulatory approvals, supply chain conditions and customer demand, and actual "
        "results may differ materially.")

ARTICLES = [
    # --- halvard: a utility's corporate newsroom -----------------------------------------------------------------
    dict(id="hv01", site="halvard", path="/news-releases/2024/halvard-carbon-free-plan.html", date="2024-02-27",
         title="Halvard Energy sets path to carbon-free electricity",
         paras=["CHARLOTTE, N.C., Feb. 27, 2024 - Halvard Energy Corporation (NYSE: HLVD) today announced that it "
                "aims to deliver 100% carbon-free electricity by 2050.",
                "As an interim step, the company plans to cut carbon emissions 80% from 2005 levels by 2030.",
                "Halvard has cut emissions 35% since 2005 by closing coal units and adding solar farms across its "
                "service area.",
                "The plan also calls for Halvard to retire its last coal unit by 2028, replacing it with battery "
                "storage.",
                "\"Our customers expect reliable, affordable power, and this plan delivers both,\" said Dana Whitlock, "
                "chair and chief executive officer of Halvard Energy.",
                _FLS],
         fingerprint="replacing it with battery storage",
         must_contain=["aims to deliver 100% carbon-free electricity by 2050",
                       "said Dana Whitlock, chair and chief executive officer"]),
    dict(id="hv02", site="halvard", path="/news-releases/2024/halvard-gas-net-zero-operations.html",
         date="2024-05-08", title="Halvard Gas Utilities sets net-zero operations goal",
         paras=["CHARLOTTE, N.C., May 8, 2024 - Halvard Gas Utilities, the natural gas distribution subsidiary of "
                "Halvard Energy Corporation (NYSE: HLVD), today set a goal of net-zero operations (Scope 1 and 2) by "
                "2040.",
                "The subsidiary will also cut methane emissions from its distribution system 50% from 2020 levels by "
                "2030 by replacing cast-iron mains.",
                "An analyst at Corrick Securities estimated that Halvard Gas could cut its emissions 60% by 2035 if "
                "regulators approve faster pipe replacement.",
                "Halvard Energy will also help Osprey Foods, one of its largest industrial customers, reach the food "
                "maker's goal of 100% renewable electricity by 2030 through a new green tariff.",
                _FLS],
         fingerprint="by replacing cast-iron mains",
         must_contain=["today set a goal of net-zero operations (Scope 1 and 2) by 2040",
                       "through a new green tariff"]),
    dict(id="hv03", site="halvard", path="/news-releases/2024/halvard-sbti-validation.html", date="2024-10-15",
         title="Halvard Energy's near-term climate target validated by SBTi",
         paras=["CHARLOTTE, N.C., Oct. 15, 2024 - Halvard Energy Corporation (NYSE: HLVD) said today that the Science "
                "Based Targets initiative (SBTi) has validated its near-term target to reduce carbon intensity 30% by "
                "2032 versus a 2019 baseline.",
                "Halvard's carbon intensity fell 18% between 2019 and 2023, the company said.",
                "Westmark Utilities, a neighboring competitor, has pledged to reach net-zero emissions by 2045.",
                "Halvard will report its progress each year in its sustainability report.",
                _FLS],
         fingerprint="report its progress each year in its sustainability report",
         must_contain=["has validated its near-term target to reduce carbon intensity",
                       "Halvard's carbon intensity fell 18%"]),
    # --- gridledger: a trade-press energy site --------------------------------------------------------------------
    dict(id="gl01", site="gridledger", path="/articles/brevik-motor-renewable-plants", date="2024-03-12",
         title="Brevik Motor bets on renewable power for its plants",
         paras=["Brevik Motor Company (NYSE: BRVK) will source 100% renewable electricity for its plants by 2030, the "
                "automaker said Tuesday, after signing power purchase agreements for 900 megawatts of wind and solar.",
                "The automaker is also targeting net-zero operations (Scope 1 and 2) by 2038 and carbon-neutral "
                "vehicles across its lineup by 2050.",
                "Brevik has cut emissions at its plants 22% since 2018, according to its latest sustainability report.",
                "Analysts at Tellerman & Co. estimate the automaker's supply-chain emissions could fall 40% by 2030.",
                "Rival Larchmont Autos set a goal last year of reducing carbon emissions 50% by 2030 from 2019 "
                "levels."],
         fingerprint="power purchase agreements for 900 megawatts of wind and solar",
         must_contain=["will source 100% renewable electricity for its plants by 2030",
                       "Rival Larchmont Autos set a goal last year"]),
    dict(id="gl02", site="gridledger", path="/articles/tamarack-power-light-coal-exit", date="2024-06-20",
         title="Tamarack Power & Light to exit coal, cut emissions 75% by 2035",
         paras=["Tamarack Power & Light Co., the regulated utility owned by Tamarack Energy Holdings Inc. (NASDAQ: "
                "TMRK), said it will cut carbon emissions 75% from 2005 levels by 2035.",
                "Its parent, Tamarack Energy Holdings, has its own target of net-zero emissions by 2050.",
                "The utility will retire its last coal unit, the 620-megawatt Pell Creek station, by 2031.",
                "Tamarack has reduced emissions 41% since 2005, the company said.",
                "In its filing, Tamarack cautioned that its climate targets are subject to risks, including "
                "regulatory approval of new generation and transmission."],
         fingerprint="the 620-megawatt Pell Creek station",
         must_contain=["said it will cut carbon emissions 75% from 2005 levels by 2035",
                       "Tamarack cautioned that its climate targets are subject to risks"]),
    dict(id="gl03", site="gridledger", path="/articles/utilities-clean-power-targets", date="2024-09-05",
         title="Utilities and power producers firm up clean-power targets",
         paras=["Kestrel Utilities Corp. (NYSE: KSTL) aims to deliver 100% carbon-free electricity by 2045, the "
                "utility said in its annual climate report on Wednesday.",
                "Kestrel's data-center customers, including Norrland Cloud, have goals of running on 100% renewable "
                "electricity by 2030, which the utility said it would support with new wind farms.",
                "Marlowe Energy LLC, an independent power producer, has a science-based target validated by SBTi to "
                "reduce carbon intensity 40% by 2030 versus a 2020 baseline.",
                "Industry consultants estimate that U.S. power-sector emissions will fall 60% by 2035.",
                "Kestrel said the 2045 target and other forward-looking statements are subject to risks, including "
                "the pace of federal tax-credit rules."],
         fingerprint="in its annual climate report on Wednesday",
         must_contain=["aims to deliver 100% carbon-free electricity by 2045",
                       "Industry consultants estimate that U.S. power-sector emissions"]),
]
