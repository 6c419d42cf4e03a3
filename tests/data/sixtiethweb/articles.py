"""Articles of the sixtieth test web (tests/sixtiethweb.py), written for issue 17 (an honest held-out estimate on DIGEST
and ROUNDUP pages, English and Chinese): one page holds several short items, each its own story with its own dateline,
date, place and actors.

pplex: an English NGO newsletter archive (the Prairie & Pacific Climate Exchange's "Exchange Notes"): items headed by
<h3> (pp01), by a bold lead-in (pp02) or parted only by "•" (pp03). dhnet: a Chinese portal's 简讯 column: items parted
by "■" (dh01), headed by a bold 【place】 (dh02) or opened by "——" (dh03). Traps: an item's "the two sides", "the city",
"a similar agreement", "双方", "该市", "两市" or dateline must not reach the next item; an item with no signing and no
pledge follows one with a signing.

Each item is (header or None, [paragraphs]); the site's template renders the items in the page's style.
"""
from __future__ import annotations

ARTICLES = [
    # --- pplex: the Prairie & Pacific Climate Exchange newsletter archive ----------------------------------------
    dict(id="pp01", site="pplex", path="/notes/2024/issue-31.html", date="2024-04-19", style="h3",
         title="Exchange Notes, Issue 31: wind trainees, flood data and a 2045 goal",
         items=[("Missoula and Yancheng sign wind-training MOU",
                 ["MISSOULA, Mont., April 15, 2024 — Missoula and Yancheng signed a memorandum of understanding on "
                  "training wind-turbine technicians.",
                  "The two sides will exchange twelve trainees a year from 2025."]),
                ("Fargo studies flood-data sharing",
                 ["Fargo is studying a flood-data partnership with Changde, its planning office said on April 17. "
                  "The two sides have not signed anything yet."]),
                ("Topeka sets a 2045 goal",
                 ["Topeka's city commission pledged on April 16, 2024 to make city operations carbon neutral by "
                  "2045."]),
                ("Cheyenne and Rizhao: solar schools",
                 ["Cheyenne signed a solar cooperation agreement with Rizhao on April 18, 2024, in Rizhao, "
                  "putting rooftop panels on twenty schools."])],
         fingerprint="training wind-turbine technicians",
         must_contain=["Fargo is studying a flood-data partnership with Changde",
                       "putting rooftop panels on twenty schools"]),
    dict(id="pp02", site="pplex", path="/notes/2024/issue-32.html", date="2024-06-14", style="bold",
         title="Exchange Notes, Issue 32: buses, methane and a lake",
         items=[("Lansing and Quzhou.",
                 ["LANSING, Mich., June 10, 2024 — Lansing signed a sister-city climate agreement with Quzhou "
                  "covering electric buses and charging depots."]),
                ("Billings.",
                 ["The city council voted on June 11 to study a landfill methane capture plan; it set no target and "
                  "signed no agreement."]),
                ("Pueblo and Yueyang.",
                 ["In Yueyang on June 12, 2024, Pueblo and Yueyang signed a memorandum of understanding on "
                  "monitoring lake-water quality."])],
         fingerprint="covering electric buses and charging depots",
         must_contain=["set no target and signed no agreement",
                       "on monitoring lake-water quality"]),
    dict(id="pp03", site="pplex", path="/notes/2024/issue-33.html", date="2024-09-20", style="bullet",
         title="Exchange Notes, Issue 33: in brief",
         items=[(None, ["Ithaca pledged on September 16, 2024 to cut community greenhouse gas emissions 60 percent "
                        "by 2035 from 2010 levels."]),
                (None, ["Bozeman signed an agreement with Changde on September 17, 2024, on heat-pump retrofits for "
                        "schools.", "The two cities will report their first results next year."]),
                (None, ["Tallahassee hopes to sign a similar agreement next year, its mayor said."])],
         fingerprint="on heat-pump retrofits for schools",
         must_contain=["to cut community greenhouse gas emissions 60 percent",
                       "Tallahassee hopes to sign a similar agreement next year"]),
    # --- dhnet: a Chinese portal's 简讯 column ------------------------------------------------------------------
    dict(id="dh01", site="dhnet", path="/jianxun/2024/05/10/a01.html", date="2024-05-10", style="square",
         title="一周要闻",
         items=[(None, ["5月6日，盐城市与美国塔拉赫西市在盐城签署气候合作备忘录，双方将在海上风电和滨海湿地保护方面开展交流。"]),
                (None, ["5月8日，常德市召开新能源汽车推广工作会。该市今年已建成公共充电桩1200个。"]),
                (None, ["5月9日，日照市宣布，力争2028年前实现碳达峰。"])],
         fingerprint="双方将在海上风电和滨海湿地保护方面开展交流",
         must_contain=["该市今年已建成公共充电桩1200个", "力争2028年前实现碳达峰"]),
    dict(id="dh02", site="dhnet", path="/jianxun/2024/07/05/a02.html", date="2024-07-05", style="bracket",
         title="简讯",
         items=[("【岳阳】", ["7月1日，岳阳市人民政府与美国内布拉斯加州林肯市签署友好城市气候合作协议。"]),
                ("【衢州】", ["7月3日，衢州市提出，到2030年全市单位地区生产总值二氧化碳排放比2020年下降25%。"]),
                ("【泰州】", ["据悉，双方将于下月在泰州签署合作备忘录。"])],
         fingerprint="签署友好城市气候合作协议",
         must_contain=["单位地区生产总值二氧化碳排放比2020年下降25%", "双方将于下月在泰州签署合作备忘录"]),
    dict(id="dh03", site="dhnet", path="/jianxun/2024/10/18/a03.html", date="2024-10-18", style="dash",
         title="要闻速览",
         items=[(None, ["10月14日，美国比林斯市代表团访问益阳市，两市签署了清洁能源合作备忘录。"]),
                (None, ["10月15日，南平市与美国伊萨卡市以视频连线方式签署森林碳汇合作协议。"]),
                (None, ["10月16日，鹰潭市召开秋冬季大气污染防治工作部署会，要求该市各县区加快淘汰老旧柴油货车。"])],
         fingerprint="两市签署了清洁能源合作备忘录",
         must_contain=["以视频连线方式签署森林碳汇合作协议", "鹰潭市召开秋冬季大气污染防治工作部署会"]),
]
