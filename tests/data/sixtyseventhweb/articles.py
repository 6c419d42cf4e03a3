"""Articles of the sixty-seventh test web (tests/sixtyseventhweb.py), written for issue 17 (a held-out estimate of
INTERVIEWS, Q&A PAGES AND QUOTED SPEECH, English and Chinese): agreements and pledges told in someone's words - a Q&A
interview ("Q: ... A: ..."), a quoted mayor ("'We signed ... this morning,' Mayor X said"), a press-conference
transcript ("Reporter: ... Bell: ..."), a Chinese 答记者问 (问：/答：), a quoted Chinese mayor (“……，”XX说。) and a
专访 whose interviewee is named only in the intro ("我们" then stands for his city). Each page holds one trap: a
question naming a pledge the answer declines, or a quote about what another city hopes or a rival did.

ledger: an English newspaper with an interview section. nanfeng: a Chinese news portal with 专访 and 答记者问 pages.
"""
from __future__ import annotations

ARTICLES = [
    # --- ledger: an English newspaper with an interview section ------------------------------------------------------
    dict(id="pl01", site="ledger", path="/conversations/2025/06/kalamazoo-mayor-yangjiang.html", date="2025-06-10",
         title="Kalamazoo's mayor on the Yangjiang deal and the city's climate goal",
         paras=["Kalamazoo Mayor Dana Whitfield returned last week from Yangjiang, in China's Guangdong Province. She "
                "spoke with us about the trip. The conversation has been edited for length.",
                "Q: What did you sign in Yangjiang?",
                "A: On June 3, our city and Yangjiang signed a memorandum of understanding on electric buses and "
                "clean heating.",
                "Q: Will Kalamazoo commit to carbon neutrality by 2030?",
                "A: It is too early to say. We are still counting our emissions.",
                "Q: So what is the goal?",
                "A: We will cut citywide greenhouse gas emissions 45 percent below 2018 levels by 2032."],
         fingerprint="We are still counting our emissions",
         must_contain=["our city and Yangjiang signed a memorandum of understanding",
                       "45 percent below 2018 levels by 2032"]),
    dict(id="pl02", site="ledger", path="/news/2025/05/syracuse-jinhua-heat-pumps.html", date="2025-05-15",
         title="Syracuse signs heat-pump memorandum with Jinhua",
         paras=["'We signed a memorandum of understanding with Jinhua this morning,' Mayor Lena Ortiz of Syracuse, "
                "New York, said at City Hall on Thursday. The memorandum, signed by video link with officials in "
                "Zhejiang Province, covers heat pumps and district heating.",
                "'Our city will be carbon neutral by 2040,' she told reporters.",
                "'Jinhua hopes to reach carbon neutrality by 2050,' Ortiz added, 'and we want to learn from each "
                "other.'",
                "The council will vote on a heat-pump rebate next month."],
         fingerprint="vote on a heat-pump rebate next month",
         must_contain=["'We signed a memorandum of understanding with Jinhua this morning,'",
                       "'Our city will be carbon neutral by 2040,' she told reporters."]),
    dict(id="pl03", site="ledger", path="/news/2025/04/allentown-shanwei-briefing.html", date="2025-04-24",
         title="Allentown spokesman takes questions on Shanwei partnership",
         paras=["Allentown city spokesperson Marcus Bell held a press conference on Wednesday about the city's new "
                "partnership with Shanwei, a coastal city in Guangdong. A transcript follows.",
                "Reporter: Has the city signed anything with Shanwei?",
                "Bell: Yes. On April 22, Allentown and Shanwei signed a sister-city agreement on electric buses and "
                "rooftop solar.",
                "Reporter: Lancaster says it is also talking to Shanwei. Did they sign first?",
                "Bell: Lancaster hoped to sign a deal with Shanwei last year, but that never happened.",
                "Reporter: Will Allentown commit to 100 percent renewable electricity by 2030?",
                "Bell: We are not ready to make that commitment."],
         fingerprint="We are not ready to make that commitment",
         must_contain=["Allentown and Shanwei signed a sister-city agreement",
                       "Will Allentown commit to 100 percent renewable electricity by 2030?"]),
    # --- nanfeng: a Chinese news portal with 专访 and 答记者问 pages --------------------------------------------------
    dict(id="nf01", site="nanfeng", path="/zhuanti/2025/0620/a3301.html", date="2025-06-20",
         title="茂名市生态环境局负责人就茂名与伍斯特气候合作答记者问",
         paras=["近日，茂名市生态环境局局长周海涛就茂名与美国伍斯特市开展气候合作有关问题回答了记者提问。",
                "问：茂名与伍斯特市签署了什么文件？",
                "答：6月18日，我市与美国马萨诸塞州伍斯特市签署了应对气候变化合作谅解备忘录，双方将在新能源汽车和建筑节能方面开展合作。",
                "问：茂名会承诺在2030年前实现碳中和吗？",
                "答：现在谈这个还为时过早，我们正在编制温室气体排放清单。",
                "问：茂名的碳达峰目标是什么？",
                "答：我市将力争在2028年前实现碳达峰。"],
         fingerprint="我们正在编制温室气体排放清单",
         must_contain=["我市与美国马萨诸塞州伍斯特市签署了应对气候变化合作谅解备忘录", "我市将力争在2028年前实现碳达峰"]),
    dict(id="nf02", site="nanfeng", path="/news/2025/0709/a3412.html", date="2025-07-09",
         title="潮州与安娜堡签署友好城市气候合作协议",
         paras=["“我们今天上午与美国密歇根州安娜堡市签署了友好城市气候合作协议，”潮州市市长林文博在新闻发布会上说。",
                "林文博说，双方将在海上风电和电动公交方面开展合作。",
                "“安娜堡希望在2035年前实现碳中和，我们愿意分享经验，”他说。",
                "发布会上，市政府还通报了上半年空气质量情况。"],
         fingerprint="市政府还通报了上半年空气质量情况",
         must_contain=["我们今天上午与美国密歇根州安娜堡市签署了友好城市气候合作协议", "双方将在海上风电和电动公交方面开展合作"]),
    dict(id="nf03", site="nanfeng", path="/zhuanti/2025/0805/a3520.html", date="2025-08-05",
         title="专访云浮市市长郑永康：让绿色成为发展底色",
         paras=["本报记者日前专访了云浮市市长郑永康，请他谈谈云浮与美国城市的气候合作。",
                "问：云浮与美国俄亥俄州阿克伦市的合作进展如何？",
                "答：今年7月28日，我们与阿克伦市签署了绿色制造合作备忘录。",
                "问：有人说云浮在绿色转型上比阿克伦落后了？",
                "答：阿克伦希望到2035年把排放减少一半，我们也会向他们学习。",
                "问：云浮自己的目标是什么？",
                "答：我们将力争2029年前实现碳达峰。"],
         fingerprint="我们也会向他们学习",
         must_contain=["我们与阿克伦市签署了绿色制造合作备忘录", "我们将力争2029年前实现碳达峰"]),
]
