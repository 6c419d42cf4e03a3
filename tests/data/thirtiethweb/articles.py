"""Articles of the thirtieth test web (tests/thirtiethweb.py), written for issue 17 (an honest held-out estimate of
page reading on templates nobody here has seen): a regional English newspaper, a Simplified Chinese provincial news
portal and an English live/bilingual news site, each with chrome kinds the other webs lack, telling three signings,
an event and two pledges, beside two pages with no record.

Each article: `paras` (the body, one paragraph each) and `inserts` (paragraph index -> chrome the template puts
after that paragraph, inside the body element: READ MORE links, figures with captions, pull quotes, a key-facts box,
a Chinese summary box). `fingerprint` / `must_contain` are body text; the site's chrome and traps are checked absent
on every page of the site (build.py), `no` adds page-own chrome to check absent.
"""
from __future__ import annotations

ARTICLES = [
    # --- gazette: a regional English newspaper --------------------------------------------------------------------
    dict(id="g01", site="gazette", path="/news/2024/10/08/oregon-fujian-offshore-wind-memorandum.html",
         date="2024-10-08", updated="2024-10-15",
         title="Oregon and Fujian sign offshore wind memorandum",
         paras=["Oregon and China's Fujian province on Monday signed a memorandum of understanding on offshore wind "
                "and port electrification in Fuzhou, the provincial capital.",
                "Under the memorandum, the two sides will share research on floating wind turbines and train "
                "technicians for the ports of Coos Bay and Xiamen.",
                "\"Offshore wind is where our two coasts meet,\" Oregon's energy director said at the ceremony.",
                "Fujian aims to peak its carbon emissions before 2030, according to the provincial government.",
                "The agreement runs for five years and can be renewed."],
         inserts={0: ("figure", "Officials sign the memorandum in Fuzhou on Monday.", "Photo: Lin Wei / Cascade "
                      "Gazette"),
                  1: ("readmore", "READ MORE:", "Ohio and Henan sign clean-energy pact"),
                  2: ("pullquote", "\"Offshore wind is where our two coasts meet.\""),
                  3: ("keyfacts", "At a glance", ["Signed: Monday, in Fuzhou", "Fujian's target: carbon peak "
                                                   "by 2030", "Term: five years"])},
         correction=None,
         comments=["Now Idaho should sign one with Hunan!", "Great news for Coos Bay."],
         fingerprint="train technicians for the ports of Coos Bay and Xiamen",
         must_contain=["signed a memorandum of understanding on offshore wind and port electrification",
                       "Fujian aims to peak its carbon emissions before 2030",
                       "The agreement runs for five years and can be renewed."],
         no=["Officials sign the memorandum in Fuzhou on Monday", "Photo: Lin Wei", "Ohio and Henan",
             "At a glance", "Fujian's target: carbon peak by 2030", "Idaho should sign one with Hunan"]),
    dict(id="g02", site="gazette", path="/news/2025/03/04/denver-kunming-climate-memorandum.html",
         date="2025-03-04", updated="2025-03-06",
         title="Denver and Kunming sign climate cooperation memorandum",
         paras=["Denver and the Chinese city of Kunming signed a memorandum of understanding on climate cooperation "
                "on Monday in Kunming, during a visit by a Denver delegation.",
                "The cities will exchange data on urban heat, electric buses and water-saving parks.",
                "Denver officials said the first joint workshop would take place in the autumn."],
         inserts={0: ("readmore", "Related:", "Texas city pledges net zero by 2040"),
                  1: ("figure", "The delegation visits a Kunming bus depot on Tuesday.", "Photo: City of "
                      "Denver")},
         correction="Correction, March 6: An earlier version of this article misstated where the memorandum was "
                    "signed. It was signed in Kunming.",
         comments=["Denver should do this with Phoenix first."],
         fingerprint="exchange data on urban heat, electric buses and water-saving parks",
         must_contain=["signed a memorandum of understanding on climate cooperation on Monday in Kunming",
                       "first joint workshop would take place in the autumn"],
         no=["Texas city pledges", "Photo: City of Denver", "Denver should do this with Phoenix"]),
    dict(id="g03", site="gazette", path="/news/2024/11/02/oregon-delegation-tours-fujian-wind-port.html",
         date="2024-11-02", updated="2024-11-03",
         title="Oregon delegation tours Fujian wind port",
         paras=["A delegation of Oregon port officials toured a wind turbine assembly port in Fujian province this "
                "week to study how turbines are loaded onto ships.",
                "The officials met engineers and port managers. No new agreements were signed during the visit.",
                "The delegation returns to Portland on Sunday."],
         inserts={0: ("figure", "Oregon and Fujian officials sign a memorandum in Fuzhou in October.",
                      "File photo: Lin Wei / Cascade Gazette"),
                  1: ("readmore", "READ MORE:", "Ohio and Henan sign clean-energy pact")},
         correction=None,
         comments=["Will Oregon pledge 100 percent offshore wind by 2040?"],
         fingerprint="study how turbines are loaded onto ships",
         must_contain=["No new agreements were signed during the visit."],
         no=["sign a memorandum in Fuzhou in October", "File photo", "Will Oregon pledge"]),
    # --- minnan: a Simplified Chinese provincial news portal ------------------------------------------------------
    dict(id="c01", site="minnan", path="/news/2024-10/08/content_88120.html", date="2024-10-08",
         title="福建省与美国俄勒冈州签署海上风电合作备忘录",
         source="东南日报", orig_title="福建俄勒冈携手发展海上风电",
         preface="编者按：海上风电是绿色发展的重要方向。本网今起推出“向海图强”系列报道，记录沿海地区的国际合作。",
         paras=["10月7日，福建省人民政府与美国俄勒冈州在福州签署海上风电和港口电气化合作备忘录。",
                "根据备忘录，双方将在漂浮式风机研究、港口技术人员培训等方面开展合作，合作期限为五年。",
                "福建省提出，力争2030年前实现碳达峰。"],
         fingerprint="漂浮式风机研究、港口技术人员培训",
         must_contain=["海上风电是绿色发展的重要方向", "福建省人民政府与美国俄勒冈州在福州签署海上风电和港口电气化合作备忘录",
                       "力争2030年前实现碳达峰"],
         no=["原标题", "福建俄勒冈携手发展海上风电"]),
    dict(id="c02", site="minnan", path="/news/2025-03/05/content_90417.html", date="2025-03-05",
         title="昆明市与美国丹佛市签署气候合作备忘录",
         source="春城晚报", orig_title=None, preface=None,
         paras=["3月3日，昆明市人民政府与美国丹佛市在昆明签署气候合作备忘录。",
                "双方将在城市热岛监测、电动公交和节水公园建设等领域交流数据和经验。",
                "丹佛市代表团一行还参观了昆明公交集团的电动公交车场站。"],
         fingerprint="城市热岛监测、电动公交和节水公园",
         must_contain=["昆明市人民政府与美国丹佛市在昆明签署气候合作备忘录", "参观了昆明公交集团的电动公交车场站"],
         no=[]),
    dict(id="c03", site="minnan", path="/news/2025-04/10/content_91002.html", date="2025-04-10",
         title="云南省代表团赴美国科罗拉多州考察清洁能源",
         source="本网", orig_title=None, preface=None,
         paras=["4月8日至9日，云南省代表团赴美国科罗拉多州考察风电和储能项目，与当地企业座谈交流。",
                "代表团表示，将继续关注清洁能源领域的交流机会。此次考察未签署合作文件。"],
         fingerprint="考察风电和储能项目，与当地企业座谈交流",
         must_contain=["此次考察未签署合作文件。"],
         no=[]),
    # --- ridge: an English live / bilingual news site, reached through its RSS feed -------------------------------
    dict(id="l01", site="ridge", path="/live/2024/11/12/intermountain-china-clean-energy-forum",
         date="2024-11-12", updated="2024-11-13",
         title="Live: Intermountain-China Clean Energy Forum in Salt Lake City",
         entries=[("09:05", "The 2024 Intermountain-China Clean Energy Forum opened in Salt Lake City on Tuesday. "
                            "The forum runs through Wednesday, November 13."),
                  ("11:20", "Utah and China's Guizhou province signed a memorandum of understanding on clean "
                            "hydrogen on the sidelines of the forum."),
                  ("14:45", "Salt Lake City will get 100 percent of its electricity from renewable sources by "
                            "2030, the mayor told the forum."),
                  ("16:10", "Delegates toured a hydrogen fuelling station near the airport.")],
         fingerprint="Delegates toured a hydrogen fuelling station near the airport.",
         must_contain=["signed a memorandum of understanding on clean hydrogen",
                       "100 percent of its electricity from renewable sources by 2030"],
         no=[]),
    dict(id="l02", site="ridge", path="/news/2024/11/14/utah-guizhou-hydrogen-memorandum", date="2024-11-14",
         title="Utah and Guizhou sign clean hydrogen memorandum",
         paras=["Utah and China's Guizhou province signed a memorandum of understanding on clean hydrogen on "
                "November 12 at the Intermountain-China Clean Energy Forum in Salt Lake City.",
                "The two sides will study hydrogen trucks for mining regions and share safety standards for "
                "fuelling stations.",
                "Guizhou officials said a first pilot could open in 2026."],
         inserts={0: ("summary_zh", "中文摘要", "美国犹他州与中国贵州省11月12日在盐湖城签署清洁氢能合作备忘录，双方将研究"
                                          "矿区氢能卡车并共享加氢站安全标准。")},
         fingerprint="hydrogen trucks for mining regions",
         must_contain=["signed a memorandum of understanding on clean hydrogen on November 12",
                       "a first pilot could open in 2026"],
         no=["中文摘要", "犹他州与中国贵州省"]),
]
