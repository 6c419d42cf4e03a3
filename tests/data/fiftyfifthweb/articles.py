"""Articles of the fifty-fifth test web (tests/fiftyfifthweb.py): dates across a year's turn and one fact told many
ways (issue 17: an honest held-out estimate, English and Chinese). Actors no other web uses: Yichang and the State of
Vermont, Zhanjiang and the City of Fresno, the City of Dayton and Shaoguan, Baosteel Zhanjiang Iron & Steel.

lakepost: an English news site ("By ... | Published ..." under the title, "Filed under:" tags, "Reader favorites",
"Newsletter sign-up"); dfhz: a Chinese portal of local foreign cooperation (发布时间 and 来源 under the title, 【返回顶部】,
网友关注, 打印本页).
Phrasings: a January page telling a December signing ("signed on Dec. 28", "last December", 去年12月16日, 上月28日), a
late-December page announcing a signing "on Jan. 5" (a future signing: no record), one memorandum told by four pages
(with its day, with its month only, with no date, in Chinese), the same two parties signing a memorandum and, the
same day, a separate agreement on another field, a memorandum renewed three years after it was first signed (two
pages, 2022 and 2026), and a correction line ("An earlier version ... said ... Monday; it was signed Tuesday").
All people and quotes are invented; the places are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- lakepost: an English news site -------------------------------------------------------------------------------
    dict(id="lp01", site="lakepost", path="/world/2025/12/17/yichang-vermont-clean-energy-mou/", date="2025-12-17",
         title="Vermont and China's Yichang sign clean energy memorandum, forest carbon agreement",
         paras=["YICHANG, China - The Yichang Municipal People's Government and the State of Vermont signed a "
                "memorandum of understanding on clean energy cooperation on Tuesday, pledging to share expertise in "
                "small hydropower, grid storage and energy efficiency in buildings.",
                "The same day, the two sides signed a separate cooperation agreement on forest carbon, under which "
                "foresters from both places will compare methods for measuring the carbon held in mountain forests.",
                "The documents were signed in Yichang, the city on the Yangtze River best known for its large dams, "
                "by Mayor Ma Qingwen and Vermont Secretary of Natural Resources Ellen Thibault.",
                "\"Our valleys and their valleys have a lot in common,\" Thibault said after the ceremony.",
                "Vermont officials also held talks with the Hubei Provincial Department of Commerce on trade in "
                "maple products, but no agreement was reached.",
                "Correction: An earlier version of this story said the memorandum was signed Monday; it was signed "
                "Tuesday."],
         fingerprint="pledging to share expertise in small hydropower, grid storage and energy efficiency",
         must_contain=["signed a separate cooperation agreement on forest carbon",
                       "held talks with the Hubei Provincial Department of Commerce"]),
    dict(id="lp02", site="lakepost", path="/us/2025/12/29/dayton-shaoguan-sister-city-plan/", date="2025-12-29",
         title="Dayton to sign sister-city pact with China's Shaoguan in January",
         paras=["DAYTON, Ohio - The City of Dayton and the Shaoguan Municipal People's Government will sign a "
                "sister-city agreement on Jan. 5, the mayor's office said on Monday.",
                "The agreement, to be signed in Dayton during a visit by a delegation from the city in northern "
                "Guangdong, is expected to cover clean manufacturing and electric vehicle parts.",
                "Dayton's interest in Chinese partners has grown since Yichang, another inland Chinese city, signed a "
                "memorandum of understanding on clean energy with the State of Vermont.",
                "City commissioners approved the plan at a meeting last week."],
         fingerprint="is expected to cover clean manufacturing and electric vehicle parts",
         must_contain=["will sign a sister-city agreement on Jan. 5", "City commissioners approved the plan"]),
    dict(id="lp03", site="lakepost", path="/us/2026/01/06/fresno-zhanjiang-renew-mou/", date="2026-01-06",
         title="Fresno renews climate memorandum with Chinese port city Zhanjiang",
         paras=["FRESNO, Calif. - The City of Fresno and the Zhanjiang Municipal People's Government renewed their "
                "memorandum of understanding on low-carbon development, signed on Dec. 28 in Zhanjiang.",
                "The two cities first signed the memorandum three years ago, and the renewed text adds cooperation on "
                "solar-powered cold storage for farm produce and on electric port equipment.",
                "Baosteel Zhanjiang Iron & Steel, the city's largest employer, pledged last month to peak its carbon "
                "emissions by 2028 and to cut them 30 percent from 2020 levels by 2035.",
                "Fresno Mayor Daniel Ortega said the city hopes to send a trade mission to Guangdong in the spring."],
         fingerprint="solar-powered cold storage for farm produce and on electric port equipment",
         must_contain=["renewed their memorandum of understanding on low-carbon development",
                       "hopes to send a trade mission to Guangdong"]),
    dict(id="lp04", site="lakepost", path="/us/2026/01/09/vermont-china-ties/", date="2026-01-09",
         title="Vermont lawmakers weigh a trade office after China visit",
         paras=["MONTPELIER, Vt. - Vermont lawmakers are weighing whether to open a small trade office in central "
                "China, weeks after the state signed a memorandum of understanding with the Yichang Municipal "
                "People's Government last December.",
                "Under that memorandum, engineers from Yichang are due in Vermont in April to visit small hydropower "
                "plants on the Winooski River.",
                "Supporters say the office would cost less than $400,000 a year.",
                "Opponents in the House said the state should first see what the memorandum delivers."],
         fingerprint="engineers from Yichang are due in Vermont in April",
         must_contain=["weighing whether to open a small trade office in central China",
                       "should first see what the memorandum delivers"]),
    dict(id="lp05", site="lakepost", path="/us/2022/12/20/fresno-zhanjiang-mou/", date="2022-12-20",
         title="Fresno signs low-carbon memorandum with Zhanjiang",
         paras=["FRESNO, Calif. - The City of Fresno and the Zhanjiang Municipal People's Government signed a "
                "memorandum of understanding on low-carbon development on Monday at Fresno City Hall.",
                "The three-year memorandum covers farm irrigation, solar power and exchanges between the two "
                "cities' ports and schools.",
                "A delegation of 12 officials from Zhanjiang, a port city in southern Guangdong, is in California "
                "this week."],
         fingerprint="covers farm irrigation, solar power and exchanges between the two",
         must_contain=["signed a memorandum of understanding on low-carbon development on Monday",
                       "is in California this week"]),
    # --- dfhz: a Chinese portal of local foreign cooperation ----------------------------------------------------------
    dict(id="df01", site="dfhz", path="/hzdt/202601/t20260105_8812.html", date="2026-01-05",
         title="宜昌与美国佛蒙特州清洁能源合作取得新进展",
         paras=["去年12月16日，宜昌市人民政府与美国佛蒙特州在宜昌签署清洁能源合作谅解备忘录，双方将在小水电、电网储能和建筑节能等领域开展交流合作。",
                "新年伊始，宜昌市发展改革委已牵头组建工作专班，推动备忘录各项内容落地。",
                "据了解，佛蒙特州代表团访宜期间还参观了三峡工程坝区和多家新能源企业。",
                "宜昌市有关负责人表示，将力争今年上半年组织企业赴佛蒙特州开展考察对接。"],
         fingerprint="推动备忘录各项内容落地",
         must_contain=["签署清洁能源合作谅解备忘录", "组织企业赴佛蒙特州开展考察对接"]),
    dict(id="df02", site="dfhz", path="/hzdt/202601/t20260107_8830.html", date="2026-01-07",
         title="湛江与美国弗雷斯诺市续签低碳发展合作备忘录",
         paras=["上月28日，湛江市人民政府与美国弗雷斯诺市在湛江续签低碳发展合作谅解备忘录。",
                "两市于2022年12月首次签署该备忘录，续签后的备忘录新增农产品光伏冷链和港口电动装备等合作内容。",
                "会上，宝钢湛江钢铁有限公司表示，力争2028年实现碳达峰。",
                "湛江市外事办负责人介绍，两市还将适时互派青年代表团。"],
         fingerprint="新增农产品光伏冷链和港口电动装备等合作内容",
         must_contain=["续签低碳发展合作谅解备忘录", "适时互派青年代表团"]),
]
