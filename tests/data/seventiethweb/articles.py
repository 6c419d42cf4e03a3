"""Articles of the seventieth test web (tests/seventiethweb.py), written for issue 17 (a held-out estimate of SIGNINGS
WITH WITNESSES, ATTENDEES AND HOSTS, English and Chinese): each page tells one or two agreements crowded with people
and bodies who are not parties (governors and party secretaries in whose presence they were signed, witnesses,
representatives who attended, a host, co-organisers, a moderator, a program under whose auspices, a funder; 在...的见证
下, 出席签约仪式, 主持, 主办/承办/协办, 见证了签约, 代表双方签约). Actors no other web uses.

hpta: an English trade-association newsroom. bdzs: a Chinese city 招商/外办 portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- hpta: an English trade-association newsroom ---------------------------------------------------------------
    dict(id="hp01", site="hpta", path="/newsroom/2026/03/lubbock-wuzhou-storage-mou.html",
         date="2026-03-12", title="Lubbock and Wuzhou sign battery storage memorandum at Caprock Energy Storage Forum",
         paras=["LUBBOCK, Texas - The Heartland Power Trade Association hosted the Caprock Energy Storage Forum in "
                "Lubbock, Texas, on March 10-11, 2026, drawing utilities and manufacturers from both countries.",
                "On March 11, the City of Lubbock and the Wuzhou Municipal People's Government signed a memorandum of "
                "understanding on grid-scale battery storage, in the presence of Texas Lieutenant Governor Marla "
                "Quist and Wuzhou Party Secretary Tan Weiming.",
                "The forum was co-organized by the Wuzhou Foreign Affairs Office, with support from the Llano Estacado "
                "Clean Power Foundation.",
                "Exhibitors showed sodium-ion cabinets rated for West Texas summers."],
         fingerprint="sodium-ion cabinets rated for West Texas summers",
         must_contain=["hosted the Caprock Energy Storage Forum",
                       "signed a memorandum of understanding on grid-scale battery storage"]),
    dict(id="hp02", site="hpta", path="/newsroom/2026/04/akron-zhangzhou-heat-pumps.html",
         date="2026-04-22", title="Akron and Zhangzhou partners sign two heat pump agreements",
         paras=["AKRON, Ohio - Cuyahoga Thermal Systems and Zhangzhou Minjiang Heat Pump Co., Ltd. signed a supply "
                "agreement for 400 industrial heat pumps in Akron on April 20, 2026, witnessed by Ohio Development "
                "Director Corbin Walsh and Zhangzhou Vice Mayor Lu Jianhua.",
                "At the same ceremony, the City of Akron and the Zhangzhou Municipal People's Government signed a "
                "sister-city agreement focused on low-carbon manufacturing.",
                "Representatives of the Ohio Manufacturers' Alliance and the Fujian Chamber of Commerce in America "
                "attended the signing, which was hosted by the association's Great Lakes chapter.",
                "The first heat pumps will ship to a tire plant this autumn."],
         fingerprint="first heat pumps will ship to a tire plant",
         must_contain=["signed a supply agreement for 400 industrial heat pumps",
                       "signed a sister-city agreement focused on low-carbon manufacturing"]),
    dict(id="hp03", site="hpta", path="/newsroom/2026/05/rapid-city-taian-transit.html",
         date="2026-05-08", title="Rapid City and Tai'an agree clean bus partnership",
         paras=["Under the auspices of the Heartland-Shandong Clean Transit Program, Rapid City, South Dakota, and "
                "Tai'an, Shandong Province, signed a clean bus partnership agreement in Rapid City on May 6, 2026.",
                "The signing, moderated by association director Helen Ocampo, was attended by representatives of the "
                "South Dakota Municipal League and the Shandong Provincial Department of Commerce.",
                "Funding for a joint feasibility study comes from the Black Hills Transit Foundation, which is not a "
                "party to the agreement.",
                "Both cities plan to run battery-electric buses on their busiest routes."],
         fingerprint="battery-electric buses on their busiest routes",
         must_contain=["signed a clean bus partnership agreement in Rapid City",
                       "moderated by association director Helen Ocampo"]),
    # --- bdzs: a Chinese city 招商/外办 portal -----------------------------------------------------------------------
    dict(id="bd01", site="bdzs", path="/zsdt/2026/0616/c3301.html", date="2026-06-16",
         title="中美（保定）氢能产业合作对接会举行 两项合作签约",
         paras=["6月15日，中美（保定）氢能产业合作对接会在保定举行。本次对接会由保定市人民政府主办，保定市投资促进局、"
                "保定市外事办公室承办，中国国际贸易促进委员会保定市支会协办。",
                "在市委书记王立群、美国得克萨斯州阿马里洛市市长丹尼尔·罗林斯的见证下，保定市人民政府与阿马里洛市政府签署"
                "氢能交通友好合作备忘录。",
                "会上，保定市投资促进局局长李晓东与美国蓝岭氢能公司总裁代表双方签署了加氢站项目投资协议。",
                "河北省商务厅副厅长刘芳、保定市市长张伟出席签约仪式。签约仪式由副市长赵红主持。",
                "与会嘉宾还参观了保定氢燃料电池公交示范线。"],
         fingerprint="与会嘉宾还参观了保定氢燃料电池公交示范线",
         must_contain=["中美（保定）氢能产业合作对接会在保定举行", "签署了加氢站项目投资协议"]),
    dict(id="bd02", site="bdzs", path="/wsdt/2026/0709/c3342.html", date="2026-07-09",
         title="莆田市与美国亚基马市签署低碳农业合作意向书",
         paras=["7月8日，莆田市与美国华盛顿州亚基马市低碳农业合作签约仪式在莆田举行。",
                "福建省外事办公室副主任周建国、美国驻广州总领事馆商务领事马克·汉森见证了签约。",
                "莆田市副市长刘志强与亚基马市市长代表双方签署了《低碳农业和节水灌溉友好合作意向书》。",
                "活动由莆田市外事办公室主办，莆田市农业农村局承办，美中农业商会协办。",
                "双方将在果园滴灌和农光互补方面开展试点。"],
         fingerprint="双方将在果园滴灌和农光互补方面开展试点",
         must_contain=["莆田市与美国华盛顿州亚基马市低碳农业合作签约仪式在莆田举行", "低碳农业和节水灌溉友好合作意向书"]),
    dict(id="bd03", site="bdzs", path="/zsdt/2026/0924/c3390.html", date="2026-09-24",
         title="首届中美绿色供热合作论坛在黄石举行",
         paras=["9月22日至23日，首届中美绿色供热合作论坛在湖北黄石举行。论坛由中国人民对外友好协会和美国地方发展国际协会共同"
                "主办，黄石市人民政府承办，在国家能源局的支持下举办。",
                "论坛期间，黄石市与美国艾奥瓦州锡达拉皮兹市签署地热供暖合作备忘录，湖北恒泰热能有限公司与美国北星热泵公司"
                "签署热泵技术合作协议。",
                "中国人民对外友好协会副会长孙立新、湖北省政府副秘书长何平出席签约仪式并致辞。",
                "论坛由黄石市副市长陈静主持。"],
         fingerprint="论坛由黄石市副市长陈静主持",
         must_contain=["首届中美绿色供热合作论坛在湖北黄石举行", "签署热泵技术合作协议"]),
]
