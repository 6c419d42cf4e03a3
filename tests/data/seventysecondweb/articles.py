"""Articles of the seventy-second test web (tests/seventysecondweb.py), written for issue 17 (a held-out estimate of
COLLECTIVE PLEDGES OF COALITIONS AND THEIR MEMBERS, English and Chinese): a pledge made by a group, told with its
members named ("Members of the Compact, including A, B and C, pledged", "The mayors of A and B each signed on to",
"A、B、C等6个城市共同承诺", "A、B两市承诺") or with none named ("The 14 mayors of the Compact committed to",
"联盟各成员城市承诺"), and one trap per page: a member named as only an observer or as absent, or a target the coalition
merely "encourages" its members to adopt (鼓励).

plainspact: an English coalition newsroom. hhcity: a Chinese city-network portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- plainspact: an English coalition newsroom -----------------------------------------------------------------
    dict(id="pp01", site="plainspact", path="/news/2025/04/members-pledge-deeper-cuts.html",
         date="2025-04-15", title="Compact members pledge deeper emission cuts",
         paras=["Members of the High Plains Climate Compact, including Pocatello, Casper and Grand Island, pledged "
                "on Monday to cut greenhouse gas emissions 45 percent below 2018 levels by 2032.",
                "The pledge was adopted at the Compact's spring assembly, which drew about 120 delegates.",
                "Great Falls attended the assembly as an observer and made no pledge.",
                "The Compact will publish a shared emissions inventory next year."],
         fingerprint="The Compact will publish a shared emissions inventory next year",
         must_contain=["including Pocatello, Casper and Grand Island",
                       "45 percent below 2018 levels by 2032"]),
    dict(id="pp02", site="plainspact", path="/news/2025/09/mayors-commit-carbon-neutrality.html",
         date="2025-09-23", title="Compact mayors commit to carbon neutrality",
         paras=["The 14 mayors of the High Plains Climate Compact committed to reaching carbon neutrality by 2045, "
                "the coalition said on Tuesday.",
                "The Compact also encourages its members to adopt a target of 40 percent renewable electricity by "
                "2030.",
                "Each member city will report its progress to the Compact's secretariat every two years."],
         fingerprint="Each member city will report its progress to the Compact",
         must_contain=["committed to reaching carbon neutrality by 2045"]),
    dict(id="pp03", site="plainspact", path="/news/2026/02/founding-cities-clean-power.html",
         date="2026-02-11", title="Founding cities sign on to clean power goal",
         paras=["The mayors of Idaho Falls and Casper each signed on to a goal of drawing 60 percent of municipal "
                "electricity from renewable sources by 2030.",
                "Pocatello, whose council has yet to vote on the goal, was absent from the signing.",
                "Both cities will buy power from a new wind farm in eastern Wyoming."],
         fingerprint="Both cities will buy power from a new wind farm",
         must_contain=["60 percent of municipal electricity from renewable sources by 2030"]),
    # --- hhcity: a Chinese city-network portal ----------------------------------------------------------------------
    dict(id="hh01", site="hhcity", path="/lmdt/2025/05/1101.html",
         date="2025-05-20", title="黄淮低碳城市联盟成员城市共同承诺碳达峰",
         paras=["5月19日，黄淮低碳城市联盟第三次市长联席会议在商丘召开。",
                "会上，商丘、周口、菏泽等6个城市共同承诺2030年前实现碳达峰。",
                "濮阳市作为观察员城市列席会议，未参与承诺。",
                "联盟秘书处将于年底发布成员城市温室气体清单。"],
         fingerprint="联盟秘书处将于年底发布成员城市温室气体清单",
         must_contain=["商丘、周口、菏泽等6个城市共同承诺2030年前实现碳达峰"]),
    dict(id="hh02", site="hhcity", path="/lmdt/2025/11/1187.html",
         date="2025-11-06", title="联盟各成员城市承诺2035年碳排放比2020年下降30%",
         paras=["黄淮低碳城市联盟年会11月5日在周口举行。",
                "联盟各成员城市承诺，到2035年碳排放总量比2020年下降30%。",
                "联盟鼓励成员城市到2030年将可再生能源消费占比提高至25%。",
                "年会还发布了联盟低碳交通合作倡议。"],
         fingerprint="年会还发布了联盟低碳交通合作倡议",
         must_contain=["到2035年碳排放总量比2020年下降30%"]),
    dict(id="hh03", site="hhcity", path="/lmdt/2026/03/1240.html",
         date="2026-03-17", title="聊城滨州承诺可再生能源装机占比过半",
         paras=["聊城、滨州两市在联盟春季工作会上承诺，到2030年可再生能源发电装机占比达到50%。",
                "信阳市因故缺席本次会议，将另行表态。",
                "两市还将联合建设一批分布式光伏示范项目。"],
         fingerprint="两市还将联合建设一批分布式光伏示范项目",
         must_contain=["到2030年可再生能源发电装机占比达到50%"]),
]
