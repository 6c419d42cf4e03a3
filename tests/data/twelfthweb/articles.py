"""Articles of the twelfth test web (tests/twelfthweb.py): real events, retold in the words of the sites' kinds.

govwire: a wire of government releases (Canadian provinces, an Australian state: "per cent", "Quick Facts" lists,
"– 30 –" ends); insights: a think tank's commentary (byline, numbered "Key takeaways"); campus: a university and
national-lab newsroom ("###", "About Berkeley Lab"). Angles: passive signings ("was signed by X, Y and Z on ..."),
"formalized", "put pen to paper", "X's agreement with Y, signed Tuesday, ...", quotes ("'Today we signed ...,' said
Governor X of Y"), relative days, "on the sidelines of", lists of targets, headlines that differ from the body,
"no later than", ranges in "per cent", elliptical targets ("37 per cent by 2030"), "carbon neutral by mid-century"
(no year), and negatives (planned signings, a letter of intent still to come, talks, a trade mission, a webinar,
sister-province ties, past falls).

An item of `paras` is a paragraph, or ("ul"|"ol", [items]) for a list.
"""
from __future__ import annotations

ARTICLES = [
    # --- govwire: a wire of government releases -----------------------------------------------------------------
    dict(id="w01", site="govwire", path="/releases/2017/09/ontario-next-step-climate-change.html", date="2017-09-22",
         title="Ontario Takes Next Step in Fight Against Climate Change",
         paras=["TORONTO — Ontario, Quebec and California have formalized the linking of their cap and trade programs, "
                "creating the largest carbon market in North America.",
                "The linkage agreement was signed by Premier Kathleen Wynne, Quebec Premier Philippe Couillard and "
                "California Governor Edmund G. Brown Jr. on September 22, 2017.",
                "The joint market will begin operating on January 1, 2018.",
                "Quick Facts",
                ("ul", ["Ontario has committed to cut greenhouse gas pollution 15 per cent below 1990 levels by 2020, "
                        "37 per cent by 2030 and 80 per cent by 2050.",
                        "Quebec's target is a 37.5 per cent reduction below 1990 levels by 2030.",
                        "California's cap and trade program has operated since 2013, and Quebec's since 2014.",
                        "Ontario and Jiangsu have been sister provinces since 1985."]),
                "– 30 –"],
         fingerprint="The linkage agreement was signed by Premier Kathleen Wynne",
         must_contain=["Quebec's target is a 37.5 per cent reduction"]),
    dict(id="w02", site="govwire", path="/releases/2018/12/cleanbc-cleaner-better-future.html", date="2018-12-05",
         title="CleanBC plan puts province on path to a cleaner, better future",
         paras=["VICTORIA — The Province has released CleanBC, a plan to reduce climate pollution while building a "
                "stronger economy.",
                "CleanBC will help British Columbia cut climate pollution 40 per cent from 2007 levels by 2030.",
                "The province's legislated targets also call for reductions of 60 per cent by 2040 and 80 per cent by "
                "2050 from the same base.",
                "Premier John Horgan discussed clean technology with a delegation from Guangdong last month, and the "
                "two governments are in talks on a clean-energy memorandum.",
                "Businesses can learn about CleanBC programs at a webinar on December 12.",
                "– 30 –"],
         fingerprint="CleanBC will help British Columbia cut climate pollution",
         must_contain=["are in talks on a clean-energy memorandum"]),
    dict(id="w03", site="govwire", path="/releases/2021/05/victoria-leads-nation-climate-action.html", date="2021-05-02",
         title="Victoria Leads The Nation On Climate Action",
         paras=["Victoria will cut its emissions by 45 to 50 per cent below 2005 levels by 2030, the Andrews Labor "
                "Government announced today.",
                "The new target builds on the state's legislated commitment to net zero emissions no later than 2050.",
                "The Victorian Government's own operations will be powered by 100 per cent renewable electricity by "
                "2025.",
                "Victoria's emissions fell 24.8 per cent between 2005 and 2019, while the economy grew.",
                "Victoria has been a sister state of Jiangsu since 1979."],
         fingerprint="Victoria will cut its emissions by 45 to 50 per cent",
         must_contain=["Victoria's emissions fell 24.8 per cent"]),
    dict(id="w04", site="govwire", path="/releases/2019/11/premier-trade-mission-china.html", date="2019-11-04",
         title="Premier Signs Deals In China",
         paras=["The Premier will lead a trade mission to Shanghai and Nanjing next week, the government announced "
                "today.",
                "During the visit, the Premier is expected to sign a letter of intent on hydrogen with Jiangsu "
                "Province.",
                "Earlier this month, officials held talks with the Shanghai Municipal Commission of Commerce on "
                "clean-tech exports.",
                "A trade agreement worth $300 million for agricultural exports will also be signed.",
                "Exporters can register for a webinar on the mission on November 12."],
         fingerprint="is expected to sign a letter of intent on hydrogen",
         must_contain=["A trade agreement worth $300 million"]),
    # --- insights: a think tank's commentary --------------------------------------------------------------------
    dict(id="k01", site="insights", path="/insights/eu-china-leaders-statement-climate-clean-energy",
         date="2018-07-18",
         title="What the EU-China Climate Statement Means for Paris",
         paras=["At their summit in Beijing on Monday, the European Union and China issued a Leaders' Statement on "
                "Climate Change and Clean Energy.",
                "The statement, issued on the sidelines of a summit dominated by trade, reaffirms both sides' "
                "commitment to the Paris Agreement.",
                "Key takeaways:",
                ("ol", ["The EU has pledged to cut emissions at least 40 percent below 1990 levels by 2030.",
                        "China aims to peak CO2 emissions around 2030.",
                        "China will lower carbon dioxide emissions per unit of GDP by 60 to 65 percent from 2005 "
                        "levels by 2030.",
                        "Both sides agreed to step up cooperation on emissions trading."]),
                "The statement builds on earlier climate statements by the two sides."],
         fingerprint="issued a Leaders' Statement on Climate Change and Clean Energy",
         must_contain=["Both sides agreed to step up cooperation on emissions trading"]),
    dict(id="k02", site="insights", path="/insights/subnational-climate-diplomacy-california-china",
         date="2017-06-08",
         title="Subnational Climate Diplomacy Is Thriving",
         paras=["California's agreement with China's Ministry of Science and Technology, signed Tuesday in Beijing, "
                "commits both sides to joint research on clean technology.",
                "\u201cThis agreement brings California and China closer on clean technology,\u201d said Governor "
                "Jerry Brown of California.",
                "Brown is expected to sign a memorandum with Jiangsu Province on Friday.",
                "California has committed to cut greenhouse gas emissions 40 percent below 1990 levels by 2030.",
                "Washington Governor Jay Inslee and officials from Sichuan held talks on a similar pact."],
         fingerprint="signed Tuesday in Beijing, commits both sides",
         must_contain=["Brown is expected to sign a memorandum with Jiangsu Province"]),
    # --- campus: a university and national-lab newsroom ---------------------------------------------------------
    dict(id="c01", site="campus", path="/news/2016/06/08/clean-energy-research-center-renewed/", date="2016-06-08",
         title="Berkeley Lab to Continue U.S.-China Building Research",
         paras=["BERKELEY, Calif. — U.S. Energy Secretary Ernest Moniz and China's Minister of Science and Technology "
                "Wan Gang put pen to paper on Monday in Beijing, renewing the U.S.-China Clean Energy Research Center "
                "for a second five-year phase.",
                "The protocol was signed by the U.S. Department of Energy and China's Ministry of Science and "
                "Technology on the sidelines of the Strategic and Economic Dialogue.",
                "The center was established in 2009.",
                "Berkeley Lab leads the center's building energy efficiency consortium, and its researchers will "
                "present results at a webinar on June 20.",
                "###"],
         fingerprint="put pen to paper on Monday in Beijing",
         must_contain=["The center was established in 2009"]),
    dict(id="c02", site="campus", path="/news/2019/09/24/california-china-climate-institute/", date="2019-09-24",
         title="New Institute Links Berkeley and Tsinghua on Climate",
         paras=["UC Berkeley and Tsinghua University have formalized a partnership to launch the California-China "
                "Climate Institute.",
                "A memorandum of understanding was signed by UC Berkeley and Tsinghua University on Monday in "
                "Berkeley.",
                "\u201cCalifornia will be carbon neutral no later than 2045,\u201d said former Governor Jerry Brown, "
                "who chairs the institute.",
                "The University of California has pledged to become carbon neutral by 2025.",
                "Tsinghua aims to make its campus carbon neutral by mid-century.",
                "The institute will hold its first joint workshop in Beijing next spring.",
                "###"],
         fingerprint="have formalized a partnership to launch the California-China",
         must_contain=["will hold its first joint workshop in Beijing next spring"]),
]
