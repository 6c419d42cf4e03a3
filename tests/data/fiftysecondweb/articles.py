"""Articles of the fifty-second test web (tests/fiftysecondweb.py), written for issue 17 (an honest held-out estimate on
EVENTS whose place and days are told indirectly, in English and in Chinese).

valleywire: an English regional news site ("Filed under:", "Trending now", "Reader services");
xncs: a Chinese city portal (阅读量, 【返回顶部】, 本网声明).
Places told by reference: "the Chinese capital", "in Beijing's Chaoyang district", "the Sichuan capital" (an agreement),
"the Bay Area city of Oakland", "the Guangdong provincial capital", "hosted by the city" (the city named before),
在穗/在京/在蓉/在沪/在渝 举行, 贵州省会. Days told as ranges and by reference: "from 30 November to 2 December",
"4th-6th June", "Nov 30 - Dec 2", "Tuesday through Thursday", "the two-day meeting that ended on Friday",
11月30日至12月2日, 为期三天 (from the first day). Negatives: a capital named only as where officials came from
("Officials from the Chinese capital"), 赴京 (travel to Beijing), a meeting held by video link (no city).
"""
from __future__ import annotations

ARTICLES = [
    # --- valleywire: an English regional news site ----------------------------------------------------------------
    dict(id="vw01", site="valleywire", path="/news/2025/12/03/heat-dialogue-stockton-zigong.html", date="2025-12-03",
         title="Stockton and Zigong sign heat warning pact at dialogue in China",
         paras=["The 2025 U.S.-China Urban Heat Resilience Dialogue was held in the Chinese capital from 30 November to "
                "2 December, bringing together mayors, planners and public-health officials from 14 cities.",
                "Stockton and Zigong signed a memorandum of understanding on heat early-warning systems at the dialogue "
                "on December 2. Both cities have recorded more days above 40 degrees Celsius in each of the past five "
                "summers.",
                "The dialogue followed the Sino-American Cold Chain Efficiency Roundtable in Beijing's Chaoyang "
                "district, the two-day meeting that ended on Friday, where refrigeration makers compared notes on "
                "low-carbon coolants.",
                "At a ceremony in the Sichuan capital on Tuesday, Leshan and Modesto signed a memorandum of "
                "understanding on solar-powered irrigation for orchards."],
         fingerprint="bringing together mayors, planners and public-health officials from 14 cities",
         must_contain=["held in the Chinese capital from 30 November to 2 December",
                       "At a ceremony in the Sichuan capital on Tuesday"]),
    dict(id="vw02", site="valleywire", path="/news/2025/06/09/oakland-cool-roofs-forum.html", date="2025-06-09",
         title="Oakland hosts Pacific forum on cool roofs",
         paras=["The Pacific Cities Cool Roofs Forum took place in the Bay Area city of Oakland 4th-6th June, the first "
                "time the gathering has come to California.",
                "Officials from the Chinese capital joined delegations from Jiangmen, Kaohsiung and Honolulu to compare "
                "reflective roofing programs and street-tree planting.",
                "On Thursday, Oakland and Jiangmen signed a cooperation agreement on cool pavements and urban tree "
                "canopy, the forum's main outcome.",
                "Organizers said a follow-up webinar will be held online in the autumn."],
         fingerprint="the first time the gathering has come to California",
         must_contain=["in the Bay Area city of Oakland 4th-6th June", "Officials from the Chinese capital joined"]),
    dict(id="vw03", site="valleywire", path="/news/2025/12/05/week-in-review-shipping-shade.html", date="2025-12-05",
         title="Week in review: green shipping talks in south China, shade summit in Fresno",
         paras=["Shipping executives and port officials met in the Guangdong provincial capital Tuesday through "
                "Thursday for the 2025 South China Green Shipping Corridor Conference.",
                "On Wednesday, Dongguan and Bakersfield signed a memorandum of understanding on hydrogen fuel-cell "
                "trucks for freight between ports and inland warehouses.",
                "Fresno has planted more than 30,000 street trees since 2018. The Central Valley Shade Summit, hosted "
                "by the city, ran Nov 30 - Dec 2 and drew urban foresters from eleven valley counties.",
                "Reporting for this roundup was contributed by the Valley Wire climate desk."],
         fingerprint="Fresno has planted more than 30,000 street trees since 2018",
         must_contain=["met in the Guangdong provincial capital Tuesday through Thursday",
                       "The Central Valley Shade Summit, hosted by the city, ran Nov 30 - Dec 2"]),
    # --- xncs: a Chinese city portal -------------------------------------------------------------------------------
    dict(id="xn01", site="xncs", path="/xwzx/2025-12/03/content_88120.html", date="2025-12-03",
         title="第三届中美城市固废资源化合作论坛在穗举行",
         paras=["11月30日至12月2日，第三届中美城市固废资源化合作论坛在穗举行，来自两国20余个城市的代表参会。",
                "12月1日，肇庆市与美国斯托克顿市在论坛上签署固废资源化利用合作备忘录。",
                "此前，11月25日，中美地方气候适应座谈会在京举行，双方围绕城市防洪和高温应对进行了交流。",
                "论坛闭幕后，美方代表团一行赴京参观考察。"],
         fingerprint="来自两国20余个城市的代表参会",
         must_contain=["第三届中美城市固废资源化合作论坛在穗举行", "美方代表团一行赴京参观考察"]),
    dict(id="xn02", site="xncs", path="/xwzx/2025-06/07/content_87433.html", date="2025-06-07",
         title="2025川南黔北城市绿色发展合作大会在蓉闭幕",
         paras=["6月4日，2025川南黔北城市绿色发展合作大会在蓉开幕，大会为期三天。",
                "6月5日，泸州市与遵义市签署赤水河流域生态保护合作协议，两市将共同开展水质监测和生态补偿。",
                "大会期间，与会城市还就绿色交通和清洁能源合作进行了深入交流。"],
         fingerprint="大会期间，与会城市还就绿色交通和清洁能源合作进行了深入交流",
         must_contain=["2025川南黔北城市绿色发展合作大会在蓉开幕", "赤水河流域生态保护合作协议"]),
    dict(id="xn03", site="xncs", path="/xwzx/2025-10/20/content_87991.html", date="2025-10-20",
         title="一周城市气候合作动态",
         paras=["10月14日，长三角—加州零碳园区合作对话会在沪举行，与会企业和园区代表围绕零碳园区建设标准进行了交流。",
                "10月15日至16日，长江上游城市水生态保护论坛在渝举行，来自沿江12个城市的代表参加论坛。",
                "10月17日，西南城市绿色建筑交流会在贵州省会举行，与会专家介绍了超低能耗建筑的推广经验。",
                "10月18日，中美城市低碳交通交流会以视频连线方式举行，双方就电动公交和共享出行进行了讨论。"],
         fingerprint="与会企业和园区代表围绕零碳园区建设标准进行了交流",
         must_contain=["长江上游城市水生态保护论坛在渝举行", "中美城市低碳交通交流会以视频连线方式举行"]),
]
