"""Articles of the forty-sixth test web (tests/fortysixthweb.py), written for issue 17 (a held-out estimate on
RESOLUTION: one fact told by several sites in two languages): the same agreements, pledges and gatherings reported
by an English city-network site, a Chinese provincial portal and an English wire, about actors no other web uses
(Minneapolis and Xining, Milwaukee and Golmud, Minnesota and Qinghai).

ccnet: a city-network newsroom ("Posted ... by the Network Secretariat", "Member Cities", "Join the Network",
"Network News"); qhgov: a provincial government portal (信息来源 and 发布时间 under the title, 【我要纠错】【收藏本页】,
a 网站地图 and 政务微博 footer); nswire: an English wire (a dateline, "Filed by ...", "Related Coverage", "Licensing").
Told several times: a two-day forum (June 12-13 / 6月12日至13日 / "opened Wednesday"); a memorandum named "MOU",
"memorandum of understanding on low-carbon cooperation" and 低碳合作备忘录, with its Chinese party as "Xining", the
"Xining Municipal People's Government" and 西宁市人民政府, restated "earlier this month" and 本月早些时候; a signing
told as "Wednesday in Xining (late Tuesday in Minneapolis)"; a pledge "80-95%" and restated "up to 95%".
Traps kept apart: Minnesota and Qinghai's renewal of their 2023 memorandum (and the 2023 signing itself); a second
memorandum of Minneapolis and Xining the same month on water; Milwaukee and Golmud signing at two different summits;
Qinghai's and its capital Xining's own peaking pledges.
All people, quotes and events are invented; the places are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- ccnet: a city-network newsroom ---------------------------------------------------------------------------
    dict(id="cc01", site="ccnet", path="/news/2024/06/minneapolis-xining-low-carbon-mou/", date="2024-06-14",
         title="Member cities sign two deals at the China-U.S. Clean Energy Cities Forum",
         paras=["Mayors and city climate officers from eleven member cities gathered in Xining, the capital of "
                "Qinghai province, for the 2024 China-U.S. Clean Energy Cities Forum on June 12-13.",
                "On June 12, the City of Minneapolis and the Xining Municipal People's Government signed a "
                "memorandum of understanding on low-carbon cooperation, covering building energy codes, electric "
                "buses and district heating.",
                "\"Our winters are as long as theirs, and our buildings leak the same heat,\" said Minneapolis "
                "sustainability director Karen Lindqvist after the signing.",
                "On the second day of the forum, Milwaukee and Golmud signed a solar partnership agreement under "
                "which the two cities will share data from utility-scale solar plants and train installers.",
                "Minneapolis used the forum to restate its climate goal: to cut citywide greenhouse gas emissions "
                "80-95% below 2006 levels by 2050.",
                "Xining said it would strive to peak its carbon emissions by 2027, three years ahead of the "
                "national target.",
                "The network's next gathering, the Great Lakes Clean Energy Summit, will be held in Milwaukee in "
                "September."],
         fingerprint="covering building energy codes, electric buses and district heating",
         must_contain=["Milwaukee and Golmud signed a solar partnership agreement", "80-95% below 2006 levels"]),
    dict(id="cc02", site="ccnet", path="/news/2024/06/xining-delegation-visits-minneapolis/", date="2024-06-28",
         title="Xining delegation tours Minneapolis water plants",
         paras=["A delegation from Xining spent three days in Minneapolis this week, touring the Fridley water "
                "treatment plant and the city's stormwater parks.",
                "On June 26, Minneapolis and Xining signed a memorandum of understanding on urban water "
                "conservation, under which the two cities will compare leak detection methods and water pricing.",
                "The visit follows the MOU on low-carbon cooperation the two cities signed in Xining earlier this "
                "month.",
                "\"Water is the next climate question for both our cities,\" said Xining vice mayor Ma Qinglan."],
         fingerprint="touring the Fridley water treatment plant",
         must_contain=["memorandum of understanding on urban water conservation"]),
    dict(id="cc03", site="ccnet", path="/news/2024/09/great-lakes-clean-energy-summit/", date="2024-09-26",
         title="Great Lakes Clean Energy Summit closes with green hydrogen pact",
         paras=["The Great Lakes Clean Energy Summit was held in Milwaukee from September 24 to 25, bringing "
                "together 300 delegates from member cities in the United States and China.",
                "On September 24, Milwaukee and Golmud signed a memorandum of understanding on green hydrogen, "
                "under which Golmud's solar parks will supply electrolyser test data to researchers in "
                "Milwaukee.",
                "The two cities signed a solar partnership agreement at the China-U.S. Clean Energy Cities Forum "
                "in Xining in June.",
                "\"From sunlight in Qinghai to hydrogen buses on Lake Michigan: that is the idea,\" said Milwaukee "
                "environmental collaboration director Dwayne Petersen."],
         fingerprint="supply electrolyser test data to researchers",
         must_contain=["signed a memorandum of understanding on green hydrogen"]),
    # --- qhgov: a provincial government portal --------------------------------------------------------------------
    dict(id="qh01", site="qhgov", path="/xxgk/xwdt/202406/t20240613_182301.html", date="2024-06-13",
         title="2024中美清洁能源城市论坛在西宁开幕",
         paras=["6月12日，2024中美清洁能源城市论坛在西宁开幕，论坛为期两天，来自中美两国11个城市的代表参加。",
                "开幕式上，西宁市人民政府与美国明尼阿波利斯市签署低碳合作备忘录，双方将在建筑节能、电动公交和集中"
                "供热等领域开展合作。",
                "同日，青海省人民政府与美国明尼苏达州续签清洁能源合作备忘录。双方于2023年首次签署该备忘录。",
                "青海省提出，确保2030年前实现碳达峰。",
                "省会西宁市提出，力争2027年前实现碳达峰。"],
         fingerprint="双方将在建筑节能、电动公交和集中供热等领域开展合作",
         must_contain=["续签清洁能源合作备忘录", "力争2027年前实现碳达峰"]),
    dict(id="qh02", site="qhgov", path="/xxgk/xwdt/202406/t20240614_182377.html", date="2024-06-14",
         title="中美清洁能源城市论坛闭幕 格尔木市与密尔沃基市签署太阳能合作协议",
         paras=["6月13日，为期两天的2024中美清洁能源城市论坛在西宁闭幕。",
                "论坛期间，格尔木市与美国密尔沃基市签署太阳能合作协议，双方将共享光伏电站运行数据并联合培训安装"
                "人员。",
                "明尼阿波利斯市在论坛上表示，到2050年，全市温室气体排放比2006年减少80%至95%。"],
         fingerprint="双方将共享光伏电站运行数据",
         must_contain=["格尔木市与美国密尔沃基市签署太阳能合作协议"]),
    dict(id="qh03", site="qhgov", path="/xxgk/xwdt/202406/t20240628_183012.html", date="2024-06-28",
         title="西宁市代表团访问明尼阿波利斯",
         paras=["6月24日至26日，西宁市代表团访问美国明尼阿波利斯市。",
                "6月26日，西宁市与明尼阿波利斯市签署城市节水合作备忘录，双方将在管网漏损检测和水价机制等方面"
                "开展交流。",
                "本月早些时候，两市在西宁签署了低碳合作备忘录。"],
         fingerprint="双方将在管网漏损检测和水价机制等方面",
         must_contain=["签署城市节水合作备忘录"]),
    # --- nswire: an English wire ----------------------------------------------------------------------------------
    dict(id="ns01", site="nswire", path="/stories/2023/05/18/minnesota-qinghai-clean-energy/", date="2023-05-18",
         title="Minnesota, China's Qinghai sign clean energy memorandum",
         paras=["ST. PAUL, Minn., May 18 (Northstar) - Minnesota and the Chinese province of Qinghai signed a "
                "memorandum of understanding on clean energy cooperation on Wednesday, the governor's office said.",
                "The memorandum, signed at the State Capitol in St. Paul, covers grid storage, wind forecasting "
                "and exchanges between the two sides' utility regulators.",
                "Qinghai, a high plateau province in western China, draws most of its electricity from hydropower, "
                "solar and wind."],
         fingerprint="covers grid storage, wind forecasting and exchanges",
         must_contain=["signed a memorandum of understanding on clean energy cooperation"]),
    dict(id="ns02", site="nswire", path="/stories/2024/06/13/us-china-cities-forum-xining/", date="2024-06-13",
         title="U.S. cities sign climate deals with Chinese peers at Xining forum",
         paras=["XINING, China, June 13 (Northstar) - Minneapolis and the northwestern Chinese city of Xining signed "
                "a memorandum of understanding (MOU) on low-carbon cooperation on Wednesday, the opening day of a "
                "two-day U.S.-China cities forum.",
                "The MOU was signed Wednesday morning in Xining, late Tuesday evening in Minneapolis.",
                "On the same day, Minnesota renewed last year's clean energy MOU with Qinghai province, of which "
                "Xining is the capital.",
                "Milwaukee signed a solar partnership agreement with Golmud, a city of 220,000 in Qinghai's "
                "Qaidam Basin, on Thursday.",
                "Minneapolis has pledged to cut its emissions by up to 95% from 2006 levels by 2050.",
                "Qinghai has pledged to peak its carbon emissions before 2030."],
         fingerprint="late Tuesday evening in Minneapolis",
         must_contain=["renewed last year's clean energy MOU with Qinghai province"]),
]
