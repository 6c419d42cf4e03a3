"""Articles of the fifty-seventh test web (tests/fiftyseventhweb.py), written for issue 17 (an honest held-out estimate
on page templates no other web has): each page carries one agreement or one pledge, told where a plain reader of the
HTML does not look.

riverline: an English news site built with a JavaScript framework: the server HTML holds the story only in a JSON
blob (a `__NEXT_DATA__` script, a JSON-LD `articleBody`) beside an empty mount point, or a story cut by a
"Page 1 2 Next" pager whose page 2 is not served (read what page 1 holds).
exbei: an old table-layout Chinese county portal served in GBK: the text is `<td>` lines parted by `<br>` (no `<p>`),
dates "2026.11.03" and "03/11/2026" (day/month settled by the page's URL, never guessed), a 打印本页 关闭窗口 bar and a
点击数 counter; one body split by `<!--nextpage-->` with a "共2页" pager.
"""
from __future__ import annotations

ARTICLES = [
    # --- riverline: an English JS news site ---------------------------------------------------------------------
    dict(id="rl01", site="riverline", kind="next", path="/stories/chattanooga-yichang-electric-bus-memorandum",
         date="2026-10-16", title="Chattanooga and Yichang sign electric bus memorandum",
         paras=["CHATTANOOGA, Tenn. - The City of Chattanooga and the Yichang Municipal People's Government signed a "
                "memorandum of understanding on electric bus and clean transit cooperation on October 14, 2026, at "
                "City Hall in Chattanooga.",
                "The memorandum sets up a joint working group on battery-electric buses and charging depots and calls "
                "for exchanges of transit planners over the next three years.",
                "Yichang, a city of about four million people on the Yangtze River, already runs more than 1,800 "
                "electric buses."],
         fingerprint="memorandum sets up a joint working group on battery-electric buses",
         must_contain=["signed a memorandum of understanding on electric bus", "already runs more than 1,800"]),
    dict(id="rl02", site="riverline", kind="jsonld", path="/stories/dayton-climate-plan-cuts-2035",
         date="2026-09-22", title="Dayton adopts climate plan with 2035 emissions target",
         paras=["DAYTON, Ohio - Dayton's City Commission on Tuesday adopted a climate action plan that commits the "
                "city to cut its greenhouse gas emissions 50% below 2018 levels by 2035.",
                "The plan also directs city departments to replace their light-duty cars with electric vehicles as "
                "the old ones are retired, starting with the parks department.",
                "City staff will report on progress to the commission every year."],
         fingerprint="replace their light-duty cars with electric vehicles as the old ones are retired",
         must_contain=["50% below 2018 levels by 2035", "report on progress to the commission every year"]),
    dict(id="rl03", site="riverline", kind="paged", path="/stories/fort-collins-renewable-power-2030",
         date="2026-08-05", title="Fort Collins sets 2030 goal for renewable electricity",
         paras=["FORT COLLINS, Colo. - The Fort Collins City Council voted on Monday to get 100% of the city's "
                "electricity from renewable sources by 2030, five years sooner than its earlier goal.",
                "The municipal utility will add solar and wind contracts and battery storage to meet the target, "
                "council members said."],
         fingerprint="five years sooner than its earlier goal",
         must_contain=["100% of the city's electricity from renewable sources by 2030", "battery storage"]),
    # --- exbei: an old table-layout Chinese portal (GBK) ------------------------------------------------------
    dict(id="eb01", site="exbei", kind="table", path="/news/202611/20261103_5127.html", shown="2026.11.03",
         date="2026-11-03", title="襄阳绵阳两市签署新能源汽车产业合作框架协议",
         paras=["11月2日，襄阳市人民政府与绵阳市人民政府在襄阳签署《新能源汽车产业绿色低碳合作框架协议》。",
                "根据协议，两市将在动力电池回收利用、氢能重卡示范运营和充换电网络建设等方面开展合作。",
                "襄阳、绵阳均为国家新能源汽车产业重要基地。"],
         fingerprint="两市将在动力电池回收利用、氢能重卡示范运营",
         must_contain=["《新能源汽车产业绿色低碳合作框架协议》", "均为国家新能源汽车产业重要基地"]),
    dict(id="eb02", site="exbei", kind="table", path="/html/2026/1103/5131.html", shown="03/11/2026",
         date="2026-11-03", title="十堰市召开碳达峰碳中和工作推进会",
         paras=["11月1日，十堰市召开碳达峰碳中和工作推进会。",
                "会议明确，十堰市力争2028年前实现碳达峰，比全省时间表提前两年。",
                "会议要求各县市区抓紧制定本地区实施方案。"],
         fingerprint="比全省时间表提前两年",
         must_contain=["十堰市力争2028年前实现碳达峰", "抓紧制定本地区实施方案"]),
    dict(id="eb03", site="exbei", kind="nextpage", path="/news/202610/20261030_5098.html", shown="2026-10-30",
         date="2026-10-30", title="德阳南充签署清洁能源装备产业合作协议",
         paras=["10月28日，德阳市与南充市在德阳签署清洁能源装备产业合作协议。",
                "根据协议，双方将共建风电和光伏装备配套产业园。",
                "<!--nextpage-->",
                "德阳是全国重要的重大技术装备制造基地，南充则拥有丰富的天然气资源。"],
         fingerprint="双方将共建风电和光伏装备配套产业园",
         must_contain=["德阳市与南充市在德阳签署清洁能源装备产业合作协议", "南充则拥有丰富的天然气资源"]),
]
