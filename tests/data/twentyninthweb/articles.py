"""Articles of the twenty-ninth test web (tests/twentyninthweb.py), written for issue 17 (an honest held-out estimate
in Chinese of events, commitments and resolution): three conferences and the pledges and one memorandum told there, as a
Simplified Chinese energy/environment portal, a Traditional Chinese Hong Kong paper and an English wire report them.

nyhj: a Simplified Chinese portal (来源 and 发布时间 under the title, 责任编辑 after the body);
hk: a Traditional Chinese Hong Kong paper (【本報訊】, 發佈時間 line);
wire: an English wire ("CITY, China, Mon D --" datelines).
Angles: a conference opening on a day and closing the next (start = first day), its host city only in the dateline
(新华社银川6月12日电), 第N届 with the year, a venue (国家会议中心) naming its city, 于…在…召开, 以线上线下结合方式; the same
pledge with and without its base year (Simplified / English, Simplified / Traditional); a capacity target in 万千瓦 and in
gigawatts; a range (下降65%以上, 25%左右); a memorandum dated on two pages and undated on the third. Negatives: a
result (已下降22%), forecasts (预计), calls (呼吁/呼籲), the nation's goals restated as background, future meetings
(将于…举行).
"""
from __future__ import annotations

ARTICLES = [
    # --- nyhj: a Simplified Chinese energy/environment portal -------------------------------------------------------
    dict(id="nj01", site="nyhj", path="/news/2024/06/12/20240612_3391.html", date="2024-06-12",
         title="2024宁夏绿色发展大会开幕",
         paras=["新华社银川6月12日电 2024宁夏绿色发展大会12日开幕。大会为期两天，区内外政府部门、企业和科研机构代表约600人参加。",
                "大会上，宁夏回族自治区发展和改革委员会负责人介绍，到2025年，全区新能源装机容量达到5000万千瓦以上，"
                "非化石能源消费比重达到20%左右。",
                "银川市提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降18%。",
                "2023年，全区单位地区生产总值二氧化碳排放较2020年已下降22%。",
                "预计到2025年，全区新能源发电量占比将超过30%。",
                "据介绍，2025宁夏绿色发展大会将于明年6月在石嘴山市举行。"],
         fingerprint="区内外政府部门、企业和科研机构代表约600人参加",
         must_contain=["全区新能源装机容量达到5000万千瓦以上", "2025宁夏绿色发展大会将于明年6月在石嘴山市举行"]),
    dict(id="nj02", site="nyhj", path="/news/2024/09/11/20240911_4127.html", date="2024-09-11",
         title="第三届气候变化南南合作论坛在京开幕",
         paras=["9月10日，第三届气候变化南南合作论坛在国家会议中心开幕。论坛以线上线下结合方式举行，为期两天，来自40多个"
                "发展中国家的代表参加。",
                "开幕当天，江苏省苏州市人民政府与老挝万象市政府签署低碳城市合作谅解备忘录，双方将在城市低碳规划、新能源公交"
                "和能力建设等领域开展合作。",
                "苏州市提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降20%。",
                "论坛呼吁发达国家切实履行向发展中国家提供气候资金的承诺。",
                "中国提出二氧化碳排放力争于2030年前达到峰值、努力争取2060年前实现碳中和。",
                "据悉，第四届气候变化南南合作论坛将于2025年在巴西举行。"],
         fingerprint="来自40多个发展中国家的代表参加",
         must_contain=["签署低碳城市合作谅解备忘录", "第四届气候变化南南合作论坛将于2025年在巴西举行"]),
    dict(id="nj03", site="nyhj", path="/news/2024/05/21/20240521_2856.html", date="2024-05-21",
         title="2024贵州绿色低碳发展大会在贵阳召开",
         paras=["2024贵州绿色低碳发展大会于5月20日在贵阳召开。大会以线上线下结合方式举行，省直有关部门、各市（州）和"
                "重点企业负责人参加。",
                "会上发布的《贵州省碳达峰实施方案》提出，到2030年，全省非化石能源消费比重达到25%左右，单位地区生产总值"
                "二氧化碳排放比2005年下降65%以上，确保2030年前实现碳达峰。",
                "贵阳市表示，将力争在2028年前实现碳达峰。",
                "会议呼吁全省重点用能企业加快节能降碳改造。",
                "预计2024年底全省新能源装机将突破3000万千瓦。"],
         fingerprint="省直有关部门、各市（州）和重点企业负责人参加",
         must_contain=["单位地区生产总值二氧化碳排放比2005年下降65%以上", "预计2024年底全省新能源装机将突破3000万千瓦"]),
    # --- hk: a Traditional Chinese Hong Kong paper -----------------------------------------------------------------
    dict(id="hk01", site="hk", path="/china/2024-09/11/content_88231.htm", date="2024-09-11",
         title="南南合作論壇北京開幕 蘇州與萬象簽低碳城市備忘錄",
         paras=["【本報訊】第三屆氣候變化南南合作論壇10日在北京開幕，為期兩天。",
                "論壇期間，蘇州市政府與老撾萬象市政府簽署低碳城市合作諒解備忘錄。",
                "蘇州市在論壇上表示，到2025年全市單位地區生產總值二氧化碳排放下降20%。",
                "論壇呼籲國際社會加強對發展中國家的技術支援。"],
         fingerprint="論壇呼籲國際社會加強對發展中國家的技術支援",
         must_contain=["蘇州市政府與老撾萬象市政府簽署低碳城市合作諒解備忘錄"]),
    dict(id="hk02", site="hk", path="/china/2024-06/14/content_86410.htm", date="2024-06-14",
         title="寧夏綠色發展大會閉幕 新能源裝機目標五千萬千瓦",
         paras=["【本報訊】為期兩天的2024寧夏綠色發展大會13日在銀川閉幕。",
                "大會期間，寧夏提出，到2025年全區新能源裝機容量達到5000萬千瓦以上。",
                "寧夏呼籲區內企業加快綠電替代，力爭在2027年前完成重點行業節能改造。"],
         fingerprint="寧夏呼籲區內企業加快綠電替代",
         must_contain=["全區新能源裝機容量達到5000萬千瓦以上"]),
    # --- wire: an English wire -------------------------------------------------------------------------------------
    dict(id="w01", site="wire", path="/energy/2024/06/13/ningxia-green-development-conference-closes.html",
         date="2024-06-13",
         title="China's Ningxia sets 50 GW new-energy goal as green conference closes",
         paras=["YINCHUAN, China, June 13 -- The 2024 Ningxia Green Development Conference, which opened in the regional "
                "capital Yinchuan on Wednesday, closed on Thursday.",
                "Officials said the Ningxia Hui Autonomous Region aims to raise its installed new-energy capacity to more "
                "than 50 gigawatts by 2025.",
                "Yinchuan has pledged to cut its carbon dioxide emissions per unit of GDP by 18 percent by 2025.",
                "China has pledged to peak its emissions before 2030 and to reach carbon neutrality before 2060."],
         fingerprint="which opened in the regional capital Yinchuan on Wednesday",
         must_contain=["Yinchuan has pledged to cut its carbon dioxide emissions per unit of GDP"]),
    dict(id="w02", site="wire", path="/energy/2024/09/10/suzhou-vientiane-low-carbon-mou.html", date="2024-09-10",
         title="Suzhou, Vientiane sign low-carbon city pact at South-South climate forum",
         paras=["BEIJING, Sept 10 -- The Chinese city of Suzhou and the Lao capital Vientiane signed a memorandum of "
                "understanding on low-carbon city cooperation on Tuesday at the third South-South Cooperation Forum on "
                "Climate Change, which opened in Beijing.",
                "The two cities will cooperate on low-carbon planning, electric buses and training.",
                "The two-day forum, held both in person and online, drew delegates from more than 40 developing "
                "countries."],
         fingerprint="cooperate on low-carbon planning, electric buses and training",
         must_contain=["signed a memorandum of understanding on low-carbon city cooperation on Tuesday"]),
]
