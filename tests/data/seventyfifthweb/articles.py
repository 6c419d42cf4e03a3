"""Articles of the seventy-fifth test web (tests/seventyfifthweb.py), written for issue 17 (a held-out estimate of
VIRTUAL, HYBRID AND MULTI-CITY GATHERINGS, English and Chinese): each page tells one gathering held online ("a virtual
summit", 以视频方式, 云论坛), in a city and online at once ("in Hartford and online", 线上线下相结合), or in two host
cities at once ("held simultaneously in Montgomery and Liaocheng, linked by video", 主会场设在南京，分会场设在…), and one
agreement signed or pledge made at it ("signed virtually", 云签约, 通过视频连线签署); one trap: a webinar, no
gathering the tracker records, at which nothing is signed or pledged.

rccnews: an English NGO newsroom. tzgov: a Chinese city government portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- rccnews: an English NGO newsroom --------------------------------------------------------------------------
    dict(id="rc01", site="rccnews", path="/news/2026/03/bayou-yangtze-virtual-summit.html",
         date="2026-03-05", title="Louisiana and Jiangsu cities meet at first virtual climate summit",
         paras=["The Bayou-Yangtze Virtual Climate Summit, held online on March 4, 2026, brought together mayors, "
                "planners and flood engineers from Louisiana and Jiangsu Province.",
                "During the summit, the cities of Shreveport and Huai'an signed virtually a memorandum of "
                "understanding on urban flood resilience, with each mayor signing from his own city hall.",
                "The memorandum provides for joint drainage modelling and an exchange of stormwater engineers.",
                "More than 300 people followed the summit's livestream."],
         fingerprint="More than 300 people followed the summit's livestream",
         must_contain=["held online on March 4, 2026", "signed virtually a memorandum of understanding"]),
    dict(id="rc02", site="rccnews", path="/news/2026/05/connecticut-river-clean-transit-forum.html",
         date="2026-05-14", title="Hybrid transit forum links New England and Chinese cities",
         paras=["The Connecticut River Clean Transit Forum was held in Hartford and online on May 12-13, 2026, "
                "with participants joining by livestream from 18 countries.",
                "On May 13, the forum's second day, Hartford and Suqian signed a memorandum of understanding on "
                "electric bus procurement, with Suqian's vice mayor joining the ceremony by video link from China.",
                "Confluence staff moderated a panel on depot charging.",
                "Recordings of the sessions are posted on the forum's website."],
         fingerprint="Confluence staff moderated a panel on depot charging",
         must_contain=["held in Hartford and online on May 12-13, 2026",
                       "Hartford and Suqian signed a memorandum of understanding"]),
    dict(id="rc03", site="rccnews", path="/news/2026/09/methane-dialogue-montgomery-liaocheng.html",
         date="2026-09-10", title="Two-city methane dialogue held by video link",
         paras=["The third U.S.-China Subnational Methane Dialogue was held simultaneously in Montgomery and "
                "Liaocheng on September 9, 2026, the two venues linked by video, with the main session hosted at "
                "the Montgomery Civic Center.",
                "At the dialogue, the city of Montgomery pledged to cut its greenhouse gas emissions 40% below 2020 "
                "levels by 2030.",
                "Officials in Liaocheng presented a survey of coal mine methane in western Shandong."],
         fingerprint="presented a survey of coal mine methane in western Shandong",
         must_contain=["held simultaneously in Montgomery and Liaocheng on September 9, 2026",
                       "pledged to cut its greenhouse gas emissions 40% below 2020"]),
    dict(id="rc04", site="rccnews", path="/news/2026/06/heat-health-webinar.html",
         date="2026-06-04", title="Webinar shares heat-health early warning lessons",
         paras=["Confluence Climate Network hosted a webinar on heat-health early warning systems on June 3, 2026, "
                "with speakers from Shreveport and Taizhou.",
                "The speakers compared how the two cities alert older residents before a heat wave.",
                "About 150 people registered for the webinar, which is available on demand."],
         fingerprint="About 150 people registered for the webinar",
         must_contain=["hosted a webinar on heat-health early warning systems"]),
    # --- tzgov: a Chinese city government portal ---------------------------------------------------------------------
    dict(id="tz01", site="tzgov", path="/art/2026/3/19/art_1229_5501.html", date="2026-03-19",
         title="我市与美国格林斯伯勒市云签约低碳城市合作备忘录",
         paras=["3月18日，2026中美城市绿色低碳发展云论坛以视频方式举行。",
                "论坛期间，台州市与美国格林斯伯勒市以云签约方式签署了低碳城市合作备忘录。",
                "根据备忘录，双方将在分布式光伏、绿色建筑和低碳交通领域开展交流合作。",
                "两市市长分别在各自城市通过视频致辞。"],
         fingerprint="两市市长分别在各自城市通过视频致辞",
         must_contain=["以视频方式举行", "以云签约方式签署了低碳城市合作备忘录"]),
    dict(id="tz02", site="tzgov", path="/art/2026/6/26/art_1229_5587.html", date="2026-06-26",
         title="我市与杰克逊维尔市视频连线签署港口清洁能源合作协议",
         paras=["6月25日，第二届长三角—美国东南部清洁能源合作大会开幕。大会主会场设在南京，分会场设在台州和美国杰克逊维尔。",
                "大会期间，台州市与美国杰克逊维尔市通过视频连线签署了港口清洁能源合作协议。",
                "协议约定，双方将在港口岸电、氢能装卸设备和绿色航运等方面开展合作。",
                "台州分会场还举行了清洁能源项目推介活动。"],
         fingerprint="台州分会场还举行了清洁能源项目推介活动",
         must_contain=["大会主会场设在南京", "通过视频连线签署了港口清洁能源合作协议"]),
    dict(id="tz03", site="tzgov", path="/art/2026/9/17/art_1229_5642.html", date="2026-09-17",
         title="中国—中东欧城市气候合作对话会在台州举行",
         paras=["9月16日，2026中国—中东欧城市气候合作对话会以线上线下相结合的方式在台州举行，华沙等城市代表通过视频参会。",
                "会上，台州市承诺，到2030年全市碳排放总量比2020年下降20%。",
                "与会代表还参观了台州湾新区海上风电运维基地。"],
         fingerprint="与会代表还参观了台州湾新区海上风电运维基地",
         must_contain=["以线上线下相结合的方式在台州举行", "到2030年全市碳排放总量比2020年下降20%"]),
]
