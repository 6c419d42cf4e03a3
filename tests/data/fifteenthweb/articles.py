"""Articles of the fifteenth test web (tests/fifteenthweb.py): real gatherings none of the other webs use, retold in
the words of the sites' kinds, for issue 17's events on unseen webs.

citynet: an English city-network news site (<time datetime>, "Most popular" chrome); lvse: a Chinese news portal
(date and source in one line, 【责任编辑】 after the body). Angles: "on the sidelines of", "held in X from June 19 to 22",
"opened Tuesday", a COP by number and as "the UN climate conference in Marrakech", 第X届 with 开幕 and 期间, a range
"5月27日至29日", one forum named in English and Chinese, an earlier edition of the same forum recalled as background;
and negatives that give no event: a press conference, a webinar, a state assembly, a sports conference, an annual
meeting to come, a summit a city "will host next year", a past summit, a 会见/会谈, 全国人民代表大会, a trade fair.
"""
from __future__ import annotations

ARTICLES = [
    # --- citynet: an English city-network news site ---------------------------------------------------------------
    dict(id="e01", site="citynet", path="/news/2018/06/22/montreal-paris-climate-memorandum.html", date="2018-06-22",
         title="Montréal and Paris sign climate memorandum at ICLEI World Congress",
         paras=["The ICLEI World Congress 2018, held in Montréal from June 19 to 22, closed on Friday after four days of "
                "debate among more than 1,000 delegates from local and regional governments.",
                "On the sidelines of the congress on Wednesday, Mayor Valérie Plante of Montréal and Mayor Anne Hidalgo "
                "of Paris signed a memorandum of understanding on climate action and the ecological transition.",
                "The congress is held every three years; the previous one took place in Seoul in 2015.",
                "ICLEI will present the congress results to its members in a webinar next month."],
         fingerprint="signed a memorandum of understanding on climate action and the ecological transition",
         must_contain=["held in Montréal from June 19 to 22"]),
    dict(id="e02", site="citynet", path="/news/2016/11/16/california-jiangsu-cop22.html", date="2016-11-16",
         title="California and Jiangsu deepen clean-energy ties at COP22",
         paras=["On the sidelines of COP22, the UN climate conference in Marrakech, the State of California and China's "
                "Jiangsu Province signed a memorandum of understanding on Tuesday to cooperate on clean energy and "
                "low-carbon development.",
                "The memorandum covers energy efficiency, electric vehicles and climate research.",
                "The conference opened on November 7 and runs until November 18."],
         fingerprint="signed a memorandum of understanding on Tuesday to cooperate on clean energy",
         must_contain=["The conference opened on November 7 and runs until November 18."]),
    dict(id="e03", site="citynet", path="/news/2015/09/23/us-china-governors-forum-seattle.html", date="2015-09-23",
         title="Governors sign clean-energy pact at U.S.-China forum in Seattle",
         paras=["The third U.S.-China Governors Forum opened Tuesday in Seattle, bringing together governors of U.S. "
                "states and leaders of Chinese provinces during President Xi Jinping's state visit.",
                "On the sidelines of the forum, Washington State and Sichuan Province signed a memorandum of "
                "understanding on clean energy cooperation.",
                "The first U.S.-China Governors Forum was held in Salt Lake City in 2011, and the second in Beijing in "
                "2013.",
                "Governor Jay Inslee told a press conference after the session that the two sides would exchange "
                "experts."],
         fingerprint="Washington State and Sichuan Province signed a memorandum",
         must_contain=["The first U.S.-China Governors Forum was held in Salt Lake City in 2011"]),
    dict(id="e04", site="citynet", path="/news/2024/05/15/mayor-to-host-climate-summit.html", date="2024-05-15",
         title="Mayor says city will host climate summit next year",
         paras=["Mayor Karen Bass told a press conference on Monday that Los Angeles will host the Pacific Cities "
                "Climate Summit next year.",
                "The announcement came a day after the California State Assembly held a session on the state budget.",
                "City staff presented the climate action plan in the Climate Resilience Webinar Series on Tuesday.",
                "The plan was first discussed at the Western Cities Climate Conference in Denver in 2019.",
                "The Rose Bowl, home of Pac-12 Conference football, installed solar panels last year.",
                "The U.S. Conference of Mayors will discuss climate resilience at its annual meeting in June."],
         fingerprint="will host the Pacific Cities Climate Summit next year",
         must_contain=["installed solar panels last year"]),
    # --- lvse: a Chinese news portal -------------------------------------------------------------------------------
    dict(id="z01", site="lvse", path="/gj/2015/09-24/7541203.shtml", date="2015-09-24",
         title="第三届中美省州长论坛在西雅图举行 川华两省州签署清洁能源合作备忘录",
         paras=["新华网西雅图9月22日电 第三届中美省州长论坛22日在美国西雅图举行。",
                "论坛期间，四川省与美国华盛顿州签署清洁能源合作谅解备忘录。",
                "首届中美省州长论坛于2011年在美国盐湖城举办。"],
         fingerprint="论坛期间，四川省与美国华盛顿州签署清洁能源合作谅解备忘录",
         must_contain=["第三届中美省州长论坛22日在美国西雅图举行"]),
    dict(id="z02", site="lvse", path="/gj/2016/11-16/8064412.shtml", date="2016-11-16",
         title="加州与江苏在马拉喀什气候大会期间签署清洁能源合作备忘录",
         paras=["当地时间15日，在摩洛哥马拉喀什举行的第22届联合国气候变化大会期间，美国加利福尼亚州与江苏省签署清洁能源"
                "合作谅解备忘录。",
                "第22届联合国气候变化大会于11月7日开幕，将于18日闭幕。"],
         fingerprint="美国加利福尼亚州与江苏省签署清洁能源",
         must_contain=["第22届联合国气候变化大会于11月7日开幕"]),
    dict(id="z03", site="lvse", path="/ny/2019/05-30/8851276.shtml", date="2019-05-30",
         title="第十届清洁能源部长级会议在温哥华举行",
         paras=["第十届清洁能源部长级会议暨第四届创新使命部长级会议5月27日至29日在加拿大温哥华举行。",
                "会议期间，中国国家能源局与加拿大自然资源部签署了清洁能源合作谅解备忘录。",
                "下一届清洁能源部长级会议将于明年在智利举行。"],
         fingerprint="中国国家能源局与加拿大自然资源部签署了清洁能源合作谅解备忘录",
         must_contain=["5月27日至29日在加拿大温哥华举行"]),
    dict(id="z04", site="lvse", path="/dfz/2024/03-12/9869032.shtml", date="2024-03-12",
         title="市长会见美国加州代表团",
         paras=["3月11日，市长会见了来访的美国加利福尼亚州代表团，双方就应对气候变化和清洁能源合作进行了会谈。",
                "此前一天，第十四届全国人民代表大会第二次会议在北京闭幕。",
                "代表团还将参观4月举办的第135届中国进出口商品交易会新能源展区。",
                "双方表示，将共同筹办明年举行的中美城市气候合作峰会。",
                "两市代表曾共同出席2015年在洛杉矶举行的中美气候领导峰会。",
                "市生态环境局当天还举办了碳市场建设网络研讨会。"],
         fingerprint="双方就应对气候变化和清洁能源合作进行了会谈",
         must_contain=["将共同筹办明年举行的中美城市气候合作峰会"]),
]
