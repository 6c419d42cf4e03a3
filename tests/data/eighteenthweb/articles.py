"""Articles of the eighteenth test web (tests/eighteenthweb.py): China's energy cooperation with the Global South and
international bodies, actors and sectors no other web uses (issue 17: an honest held-out estimate).

enx: an English energy-news site (byline, "Most read" chrome); soe: a Simplified Chinese SOE/ministry news portal
(发布时间 and 来源 under the title); wire: an English wire ("CITY, Mon. D (APN) --" datelines). Facts told twice: a
power-construction group's framework agreement with a Central Asian energy ministry at a summit (enx01, soe01), an
energy administration's memorandum with an international renewable-energy agency at its assembly (wire01, soe02), an
energy-engineering group's solar memorandum with an African energy ministry (wire02, soe03), a Central Asian
country's renewable share (enx01, soe01). Negatives: talks and a planned memorandum, a soybean trade deal, a finished
power line (wire03); past projects, talks, a target already met (soe04).
"""
from __future__ import annotations

ARTICLES = [
    # --- enx: an English energy-news site ---------------------------------------------------------------------------
    dict(id="enx01", site="enx", path="/news/2023/05/20/powerchina-uzbekistan-renewables-xian.html", date="2023-05-20",
         title="PowerChina signs renewables framework deal with Uzbekistan at Xi'an summit",
         paras=["Power Construction Corporation of China (PowerChina) and Uzbekistan's Ministry of Energy signed a "
                "framework agreement on Friday to develop wind, solar and pumped-storage projects in the Central Asian "
                "country.",
                "The agreement was signed in Xi'an during the first China-Central Asia Summit, which was held on May "
                "18 and 19 and brought together the leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan, "
                "Turkmenistan and Uzbekistan.",
                "Uzbekistan aims to raise the share of renewable energy in its power generation to 40 percent by 2030.",
                "Kazakhstan, the region's largest economy, has pledged to reach carbon neutrality by 2060.",
                "PowerChina has built hydropower and wind projects in more than 100 countries."],
         fingerprint="develop wind, solar and pumped-storage projects in the Central Asian country",
         must_contain=["signed a framework agreement on Friday"]),
    dict(id="enx02", site="enx", path="/news/2019/03/14/unep-china-ecology-ministry-mou.html", date="2019-03-14",
         title="UN Environment and China's ecology ministry sign memorandum in Nairobi",
         paras=["The UN Environment Programme (UNEP) and China's Ministry of Ecology and Environment signed a "
                "memorandum of understanding in Nairobi on Wednesday to strengthen cooperation on air pollution, "
                "green finance and climate change.",
                "Under the memorandum, the two sides will share expertise on clean air policies with cities in Asia "
                "and Africa.",
                "China has pledged to peak its carbon dioxide emissions around 2030.",
                "UNEP has worked with Beijing on air quality since the 2008 Olympic Games."],
         fingerprint="share expertise on clean air policies with cities in Asia and Africa",
         must_contain=["signed a memorandum of understanding in Nairobi on Wednesday"]),
    dict(id="enx03", site="enx", path="/news/2023/10/18/chile-china-green-hydrogen-mou.html", date="2023-10-18",
         title="Chile and China agree to cooperate on green hydrogen and lithium",
         paras=["Chile's Ministry of Energy and China's National Energy Administration signed a memorandum of "
                "understanding in Beijing on Tuesday on cooperation in green hydrogen, energy storage and power grids.",
                "The memorandum was signed during Chilean President Gabriel Boric's state visit to China.",
                "Chile has committed to achieving carbon neutrality by 2050 and plans to close all of its coal-fired "
                "power plants by 2040.",
                "Chinese companies already supply most of the electric buses running in Santiago."],
         fingerprint="cooperation in green hydrogen, energy storage and power grids",
         must_contain=["signed a memorandum of understanding in Beijing on Tuesday"]),
    # --- wire: an English wire --------------------------------------------------------------------------------------
    dict(id="wire01", site="wire", path="/world/2024/01/14/irena-china-nea-mou.html", date="2024-01-14",
         title="China, IRENA sign memorandum on renewable energy cooperation",
         paras=["ABU DHABI, Jan. 13 (APN) -- China's National Energy Administration and the International Renewable "
                "Energy Agency (IRENA) signed a memorandum of understanding here on Saturday to deepen cooperation on "
                "the energy transition in developing countries.",
                "The memorandum was signed on the sidelines of the 14th session of the IRENA Assembly, which runs "
                "from Jan. 13 to 14 in Abu Dhabi.",
                "Under the memorandum, the two sides will carry out joint research and training for officials from "
                "Africa, Asia and Latin America.",
                "China accounted for nearly half of the world's new renewable capacity last year, according to IRENA."],
         fingerprint="carry out joint research and training for officials from Africa",
         must_contain=["signed a memorandum of understanding here on Saturday"]),
    dict(id="wire02", site="wire", path="/world/2023/09/16/zambia-energy-china-solar.html", date="2023-09-16",
         title="Zambia, Chinese energy group sign solar power memorandum",
         paras=["BEIJING, Sept. 15 (APN) -- Zambia's Ministry of Energy and China Energy Engineering Corporation "
                "(CEEC) signed a memorandum of understanding on Friday for the development of 600 megawatts of solar "
                "power plants in the southern African country.",
                "The signing was witnessed by Zambian President Hakainde Hichilema, who is on a state visit to China.",
                "Zambia, which relies on hydropower for most of its electricity, suffered power cuts during a drought.",
                "(Reporting by APN staff; Editing by the World Desk)"],
         fingerprint="600 megawatts of solar power plants in the southern African country",
         must_contain=["signed a memorandum of understanding on Friday"]),
    dict(id="wire03", site="wire", path="/world/2023/11/21/brazil-china-grid-talks.html", date="2023-11-21",
         title="Brazil, China discuss power transmission, energy transition",
         paras=["RIO DE JANEIRO, Nov. 20 (APN) -- Brazilian and Chinese energy officials held talks on Monday on "
                "cooperation in power transmission, offshore wind and the energy transition.",
                "The two sides plan to sign a memorandum of understanding on energy transition during a ministerial "
                "visit next year, officials said.",
                "Chinese importers also signed contracts to buy 2 million tonnes of Brazilian soybeans on Monday.",
                "A Chinese-built ultra-high-voltage line linking the Amazon to Rio de Janeiro was completed in 2019."],
         fingerprint="cooperation in power transmission, offshore wind and the energy transition",
         must_contain=["held talks on Monday"]),
    # --- soe: a Simplified Chinese SOE/ministry news portal ----------------------------------------------------------
    dict(id="soe01", site="soe", path="/n2588025/c27944310/content.html", date="2023-05-19",
         title="中国电建与乌兹别克斯坦能源部签署新能源合作框架协议",
         paras=["5月19日，在首届中国—中亚峰会期间，中国电力建设集团有限公司与乌兹别克斯坦能源部在西安签署新能源合作框架协议。",
                "根据协议，双方将在乌兹别克斯坦合作开发风电、光伏和抽水蓄能项目。",
                "乌兹别克斯坦计划到2030年将可再生能源发电占比提高到40%。",
                "中国电建在中亚地区已累计承建各类能源项目30余个。"],
         fingerprint="双方将在乌兹别克斯坦合作开发风电、光伏和抽水蓄能项目",
         must_contain=["与乌兹别克斯坦能源部在西安签署新能源合作框架协议"]),
    dict(id="soe02", site="soe", path="/n2588025/c29918830/content.html", date="2024-01-15",
         title="国家能源局与国际可再生能源署签署合作谅解备忘录",
         paras=["1月13日，国际可再生能源署第十四届大会期间，国家能源局与国际可再生能源署在阿布扎比签署合作谅解备忘录。",
                "双方将围绕发展中国家能源转型开展联合研究和人员培训。",
                "国际可再生能源署成立于2009年，总部设在阿布扎比。"],
         fingerprint="双方将围绕发展中国家能源转型开展联合研究和人员培训",
         must_contain=["国家能源局与国际可再生能源署在阿布扎比签署合作谅解备忘录"]),
    dict(id="soe03", site="soe", path="/n2588025/c28840512/content.html", date="2023-09-16",
         title="中国能建与赞比亚能源部签署光伏项目合作谅解备忘录",
         paras=["9月15日，在赞比亚总统希奇莱马对中国进行国事访问期间，中国能源建设集团有限公司与赞比亚能源部在北京签署合作谅解备忘录，"
                "双方将合作开发60万千瓦光伏电站。",
                "赞比亚电力供应主要依赖水电，近年来受干旱影响较大。"],
         fingerprint="双方将合作开发60万千瓦光伏电站",
         must_contain=["中国能源建设集团有限公司与赞比亚能源部在北京签署合作谅解备忘录"]),
    dict(id="soe04", site="soe", path="/n2588025/c30112207/content.html", date="2024-03-08",
         title="中国电建代表团访问厄瓜多尔 双方就水电合作深入交流",
         paras=["3月6日，中国电建代表团访问厄瓜多尔，与厄瓜多尔能源和矿业部就水电和输变电合作进行了深入交流。",
                "双方表示，将尽快签署合作协议。",
                "中国电建承建的科卡科多辛克雷水电站于2016年全面投产，可满足厄瓜多尔约三成的用电需求。",
                "中国电建已提前完成“十四五”节能减排阶段性目标。"],
         fingerprint="就水电和输变电合作进行了深入交流",
         must_contain=["双方表示，将尽快签署合作协议"]),
]
