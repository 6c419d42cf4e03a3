"""Articles of the seventy-seventh test web (tests/seventyseventhweb.py), written for issue 17 (a held-out estimate of
DATES IN OTHER FORMATS AND RELATIVE DATES, English and Chinese): each page dates its signing or gathering in a way
the other webs do not ("on the 12th of March", "on 04.06.2026", "last Friday", 本月12日, 上周五, 二〇二六年十月十二日)
or not at all (日前: the day stays empty), and one page carries a trap: an update stamp and an application deadline
("last updated on 25.09.2026", "close on 30/10/2026", 截止日期为2026/11/30) that are no signing's day.

galwaycc: an English (Irish) city council newsroom, day-first dates. czgov: a Chinese city government portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- galwaycc: an English city council newsroom (day-first dates) ------------------------------------------------
    dict(id="gw01", site="galwaycc", path="/newsroom/2026/03/galway-peoria-heat-network-memorandum.html",
         date="2026-03-17", title="Galway and Peoria agree to share heat network know-how",
         paras=["Galway City Council and the City of Peoria, Illinois, signed a memorandum of understanding on "
                "district heating and heat pumps on the 12th of March at City Hall in Galway.",
                "Under the memorandum, engineers from both councils will compare heat network designs for older "
                "housing estates.",
                "A delegation from Peoria also toured the retrofit works at Ballybane."],
         fingerprint="A delegation from Peoria also toured the retrofit works at Ballybane",
         must_contain=["on the 12th of March at City Hall in Galway"]),
    dict(id="gw02", site="galwaycc", path="/newsroom/2026/06/atlantic-edge-cities-climate-forum.html",
         date="2026-06-10", title="Atlantic Edge forum brings coastal cities to Galway",
         paras=["The Atlantic Edge Cities Climate Forum took place at the Galway Racecourse on 04.06.2026, with "
                "delegations from eleven coastal cities in Europe, North America and Asia.",
                "At the forum, Galway and the City of Lowell, Massachusetts, signed a memorandum of understanding on "
                "coastal flood warning and tidal barrier maintenance.",
                "The forum closed with a walk along the Claddagh flood defences."],
         fingerprint="The forum closed with a walk along the Claddagh flood defences",
         must_contain=["took place at the Galway Racecourse on 04.06.2026"]),
    dict(id="gw03", site="galwaycc", path="/newsroom/2026/09/galway-moline-river-memorandum.html",
         date="2026-09-23", title="Galway and Moline sign river restoration memorandum",
         paras=["Last Friday, Galway City Council and the City of Moline, Illinois, signed a memorandum of "
                "understanding on river restoration and urban cooling.",
                "The two councils will exchange staff on a programme of joint study visits; applications for the "
                "first round close on 30/10/2026.",
                "This page was last updated on 25.09.2026."],
         fingerprint="applications for the first round close on",
         must_contain=["Last Friday, Galway City Council and the City of Moline"]),
    # --- czgov: a Chinese city government portal ---------------------------------------------------------------------
    dict(id="cz01", site="czgov", path="/zwdt/2026/04/20/content_83012.html", date="2026-04-20",
         title="我市与美国皮奥里亚市签署新能源汽车低碳合作备忘录",
         paras=["本月12日，滁州市与美国伊利诺伊州皮奥里亚市在滁州签署了新能源汽车产业低碳合作备忘录。",
                "根据备忘录，双方将在动力电池回收、充电基础设施和低碳物流等领域开展交流。",
                "日前，明光市与美国马萨诸塞州洛厄尔市签署了绿色建筑合作协议。"],
         fingerprint="双方将在动力电池回收、充电基础设施和低碳物流等领域开展交流",
         must_contain=["本月12日，滁州市与美国伊利诺伊州皮奥里亚市", "日前，明光市与美国马萨诸塞州洛厄尔市"]),
    dict(id="cz02", site="czgov", path="/zwdt/2026/05/20/content_83177.html", date="2026-05-20",
         title="2026滁州—北美城市绿色发展交流会举行",
         paras=["上周五，2026滁州—北美城市绿色发展交流会在滁州举行。",
                "会上，滁州市与美国伊利诺伊州莫林市签署了气候友好城市合作备忘录。",
                "与会代表还参观了滁州经济技术开发区光伏组件生产基地。"],
         fingerprint="与会代表还参观了滁州经济技术开发区光伏组件生产基地",
         must_contain=["上周五，2026滁州—北美城市绿色发展交流会在滁州举行"]),
    dict(id="cz03", site="czgov", path="/zwdt/2026/10/22/content_83460.html", date="2026-10-22",
         title="滁州市与爱尔兰戈尔韦市签署气候韧性城市合作备忘录",
         paras=["二〇二六年十月十二日，滁州市与爱尔兰戈尔韦市在戈尔韦签署了气候韧性城市合作备忘录。",
                "双方将在海绵城市建设和洪涝预警方面开展合作，首批交流项目报名截止日期为2026/11/30。",
                "本文更新时间为2026/10/23。"],
         fingerprint="双方将在海绵城市建设和洪涝预警方面开展合作",
         must_contain=["二〇二六年十月十二日，滁州市与爱尔兰戈尔韦市在戈尔韦签署了气候韧性城市合作备忘录"]),
]
