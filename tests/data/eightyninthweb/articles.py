"""Articles of the eighty-ninth test web (tests/eightyninthweb.py), written for issue 17 (a held-out estimate of
JAPANESE AND KOREAN LOCAL GOVERNMENTS WITH CHINESE PROVINCES AND CITIES): a Japanese prefecture's English press
releases (山口県: a memorandum exchanged with Shandong Province, an agreement of Shunan City with Weifang City the
Governor witnessed, the prefecture's revised warming plan in fiscal years, a courtesy call and study tour that conclude
nothing; Reiwa-era dates written out), a Korean province's English news read through RSS (Gyeonggi-do: a fine-dust MOU
with Shandong signed "on the 12th", Pyeongtaek-si's hydrogen MOU with Rongcheng, the province's 2030 and 2050 targets,
a plan for an MOU not yet signed) and Shandong's 外事办 portal in Simplified Chinese (the memorandum with 山口县 and the
MOU with 京畿道 told again, 德州市's memorandum with 蔚山广域市, a delegation's call that signs nothing). Actors no
other web uses.

yamaguchi: Yamaguchi Prefecture's English press releases. gyeonggi: Gyeonggi Province's English news (RSS). sdfao:
山东省人民政府外事办公室 (listing).
"""
from __future__ import annotations

ARTICLES = [
    # --- yamaguchi: a Japanese prefecture's English press releases -----------------------------------------------
    dict(id="yg01", site="yamaguchi", path="/en/press/2024/r6-1023-kankyo.html", date="2024-10-23",
         title="Yamaguchi Prefecture and Shandong Province exchange memorandum on environmental cooperation",
         paras=["On Tuesday, October 22, Reiwa 6 (2024), Governor Muraoka Tsugumasa and the Vice Governor of Shandong "
                "Province, People's Republic of China, exchanged a memorandum on environmental cooperation between "
                "Yamaguchi Prefecture and Shandong Province at the Prefectural Office in Yamaguchi City.",
                "Under the memorandum, the two governments will cooperate in monitoring air pollutants including PM2.5, "
                "in measures against marine litter drifting across the Sea of Japan and the Yellow Sea, and in the "
                "decarbonization of coastal industrial complexes, including the use of hydrogen and ammonia. The "
                "Yamaguchi Prefectural Institute of Public Health and Environment will continue to receive technical "
                "trainees from Shandong every year.",
                "Yamaguchi Prefecture and Shandong Province concluded their sister-state relationship in 1982, and "
                "cooperation in the environmental field began with a training program for Shandong engineers in fiscal "
                "1995.",
                "At the ceremony, Governor Muraoka said, \"Clean air and a clean sea do not stop at borders. I hope that "
                "this memorandum will bring together the experience of our two industrial regions on the road to "
                "carbon neutrality.\"",
                "The two sides also agreed to consider holding a joint seminar on hydrogen in fiscal 2025.",
                "The delegation from Shandong Province will stay in the prefecture until October 24 and visit the "
                "industrial complex in Shunan City."],
         fingerprint="cooperation in the environmental field began with a training program for Shandong engineers",
         must_contain=["exchanged a memorandum on environmental cooperation between Yamaguchi Prefecture and Shandong "
                       "Province", "Clean air and a clean sea do not stop at borders"]),
    dict(id="yg02", site="yamaguchi", path="/en/press/2025/r7-0206-suiso.html", date="2025-02-06",
         title="Shunan City and Weifang City conclude agreement on hydrogen cooperation",
         paras=["On February 5, Reiwa 7, Mayor Fujii Ritsuko of Shunan City and the Vice Mayor of Weifang City, "
                "Shandong Province, China, concluded an agreement on cooperation in the field of hydrogen energy at "
                "Shunan City Hall. Governor Muraoka attended the ceremony as a witness.",
                "Shunan, home to one of Japan's largest petrochemical complexes, produces large volumes of by-product "
                "hydrogen, while Weifang is a centre of fuel-cell engine manufacturing in China. Under the agreement, "
                "the two cities will exchange information on hydrogen supply chains, fuel-cell trucks and hydrogen "
                "handling at ports, and will arrange business matching between companies of the two cities.",
                "Weifang City lies in the centre of Shandong Province, the sister province of Yamaguchi Prefecture.",
                "\"Hydrogen made in our complex can become the fuel of a decarbonized region,\" Mayor Fujii said. "
                "\"Working with Weifang, which builds the engines, is a natural partnership.\"",
                "The Prefecture has supported the low-carbon conversion of the Shunan complex since fiscal 2022 and "
                "will bear part of the cost of the exchanges from its hydrogen strategy budget."],
         fingerprint="Weifang City lies in the centre of Shandong Province, the sister province",
         must_contain=["concluded an agreement on cooperation in the field of hydrogen energy",
                       "Working with Weifang, which builds the engines"]),
    dict(id="yg03", site="yamaguchi", path="/en/press/2024/r6-0328-ondanka.html", date="2024-03-28",
         title="Prefecture revises its Global Warming Countermeasures Implementation Plan",
         paras=["Yamaguchi Prefecture has revised the Yamaguchi Prefecture Global Warming Countermeasures "
                "Implementation Plan (Third Plan), following the declaration the Governor made in Reiwa 3 (2021) that "
                "the Prefecture would aim for carbon neutrality by 2050.",
                "Under the revised plan, the Prefecture aims to reduce greenhouse gas emissions in the prefecture by "
                "35.3% from the fiscal 2013 level by fiscal 2030, and to achieve virtually zero emissions by 2050. It "
                "will also raise the share of renewable energy in electricity consumed in the prefecture to 40% by "
                "fiscal 2030.",
                "Emissions in fiscal 2021 were 41.9 million tonnes of CO2, 13.4% below the fiscal 2013 level. Because "
                "the industrial sector accounts for about 70% of the total, the plan puts the conversion of the coastal "
                "industrial complexes to hydrogen, ammonia and biomass at its centre.",
                "The national government's target is a 46% reduction from fiscal 2013 by fiscal 2030.",
                "The Prefecture invited public comments on the draft plan from December 15, Reiwa 5 to January 15, "
                "Reiwa 6, and received 132 opinions from 41 individuals and organizations."],
         fingerprint="received 132 opinions from 41 individuals and organizations",
         must_contain=["35.3% from the fiscal 2013 level by fiscal 2030",
                       "the plan puts the conversion of the coastal industrial complexes"]),
    dict(id="yg04", site="yamaguchi", path="/en/press/2025/r7-0514-hyokei.html", date="2025-05-14",
         title="Shandong Province environmental delegation pays courtesy call on Vice Governor",
         paras=["On May 13, a delegation of seven officials from the Department of Ecology and Environment of Shandong "
                "Province, led by its Deputy Director General, paid a courtesy call on the Vice Governor at the "
                "Prefectural Office.",
                "The delegation is in Japan on a ten-day study tour of industrial wastewater treatment and air-quality "
                "monitoring, and has visited the Yamaguchi Prefectural Institute of Public Health and Environment and "
                "a cement plant in Ube City.",
                "The Vice Governor welcomed the delegation and said that the Prefecture would like to deepen exchanges "
                "further. The Deputy Director General expressed the hope that the two sides could one day conclude an "
                "agreement on marine litter.",
                "The study tour is part of a training program that the Prefecture has hosted every year since fiscal "
                "1995; more than 300 engineers from Shandong have taken part so far."],
         fingerprint="more than 300 engineers from Shandong have taken part so far",
         must_contain=["paid a courtesy call on the Vice Governor"]),
    # --- gyeonggi: a Korean province's English news (RSS) ----------------------------------------------------------
    dict(id="gg01", site="gyeonggi", path="/eng/news/view?newsId=40815", date="2024-06-13",
         title="Gyeonggi-do, Shandong sign MOU to tackle fine dust together",
         paras=["Gyeonggi-do and China's Shandong Province have agreed to work together to reduce fine dust and respond "
                "to the climate crisis.",
                "Gyeonggi Governor Kim Dong-yeon and Shandong Governor Zhou Naixiang signed an MOU on atmospheric "
                "environment and climate change cooperation at the Shandong Provincial Government building in Jinan on "
                "the 12th.",
                "Under the MOU, the two provinces will share real-time air quality data including PM2.5 concentrations, "
                "carry out joint research on the sources of fine dust over the West Sea, and exchange technologies for "
                "hydrogen vehicles and low-emission industrial boilers.",
                "Shandong lies about 400 km west of Gyeonggi-do across the West Sea. According to the Gyeonggi Research "
                "Institute, transboundary inflow accounts for 30 to 50% of the province's fine dust on days of high "
                "concentration.",
                "\"Fine dust knows no borders, and neither should our response,\" Governor Kim said. \"Gyeonggi-do and "
                "Shandong will be a model of local cooperation on clean air between Korea and China.\"",
                "Kim is on a four-day visit to China. On the 13th he will meet officials of Jiangsu Province in Nanjing "
                "to discuss cooperation in climate technology."],
         fingerprint="Fine dust knows no borders, and neither should our response",
         must_contain=["signed an MOU on atmospheric environment and climate change cooperation",
                       "transboundary inflow accounts for 30 to 50%"]),
    dict(id="gg02", site="gyeonggi", path="/eng/news/view?newsId=41270", date="2024-09-05",
         title="Pyeongtaek-si and China's Rongcheng to cooperate on hydrogen port",
         paras=["Pyeongtaek-si signed an MOU on hydrogen industry and green port cooperation with Rongcheng City in "
                "Weihai, Shandong Province, China, at Pyeongtaek City Hall on the 4th.",
                "Pyeongtaek Mayor Jung Jang-seon and the Mayor of Rongcheng signed the agreement in the presence of "
                "Gyeonggi-do's Vice Governor for Economic Affairs.",
                "The two cities are linked by a car-ferry route between Pyeongtaek Port and Rongcheng's Longyan Port. "
                "Under the MOU, they will cooperate on hydrogen fuel cell ships, hydrogen refuelling in port areas and "
                "shore power for ferries, and will hold a joint hydrogen business forum every year.",
                "Pyeongtaek is building a hydrogen special zone around Pyeongtaek Port, where a hydrogen production base "
                "with a capacity of 7 tonnes a day began operating last year.",
                "\"The ferry route that carries cars and goods today will carry hydrogen tomorrow,\" Mayor Jung said.",
                "Gyeonggi-do will support the exchanges through its hydrogen industry promotion programme."],
         fingerprint="The ferry route that carries cars and goods today will carry hydrogen tomorrow",
         must_contain=["signed an MOU on hydrogen industry and green port cooperation with Rongcheng City"]),
    dict(id="gg03", site="gyeonggi", path="/eng/news/view?newsId=39944", date="2024-04-22",
         title="Gyeonggi-do sets out path to 2050 carbon neutrality",
         paras=["Gyeonggi-do announced its first Basic Plan for Carbon Neutrality and Green Growth on the 22nd, Earth "
                "Day.",
                "Under the plan, the province will reduce its greenhouse gas emissions by 40% from 2018 levels by 2030 "
                "and achieve carbon neutrality by 2050. It will also raise the share of renewable energy in electricity "
                "consumed in the province to 30% by 2030 under its RE100 Gyeonggi initiative.",
                "In 2022, renewables supplied 9.7% of the electricity used in the province, and its emissions were 8.4% "
                "below the 2018 level.",
                "The 2030 target matches the national target of a 40% cut from 2018 levels by 2030.",
                "The province will invest KRW 3.4 trillion in 83 projects by 2026, including solar panels on industrial "
                "complexes, electric buses and the retrofitting of public buildings.",
                "Suwon-si, Goyang-si and Yongin-si are preparing their own basic plans, which are due by the end of the "
                "year."],
         fingerprint="Suwon-si, Goyang-si and Yongin-si are preparing their own basic plans",
         must_contain=["reduce its greenhouse gas emissions by 40% from 2018 levels by 2030"]),
    dict(id="gg04", site="gyeonggi", path="/eng/news/view?newsId=42318", date="2025-01-20",
         title="Gyeonggi-do to expand hydrogen cooperation with Chinese provinces",
         paras=["Gyeonggi-do will seek hydrogen and climate cooperation with Chinese provinces this year, the province "
                "said on the 20th.",
                "The province plans to sign an MOU on hydrogen mobility with Jiangsu Province in the first half and to "
                "host a Korea-China local government climate forum in Suwon in October.",
                "\"Details such as the timing of the signing are still being coordinated with the Chinese side,\" a "
                "Gyeonggi official said.",
                "The province has set aside KRW 1.2 billion for international climate cooperation this year."],
         fingerprint="set aside KRW 1.2 billion for international climate cooperation",
         must_contain=["plans to sign an MOU on hydrogen mobility with Jiangsu Province"]),
    # --- sdfao: 山东省人民政府外事办公室 (Simplified, listing) ------------------------------------------------------
    dict(id="sd01", site="sdfao", path="/art/2024/10/25/art_103875_10298541.html", date="2024-10-25",
         title="山东省与日本山口县交换环境合作备忘录",
         paras=["10月22日，山东省副省长率山东省政府代表团在日本山口市出席山东省与山口县环境合作备忘录交换仪式。"
                "山口县知事村冈嗣政与代表团团长共同交换了《山东省人民政府与日本国山口县环境合作备忘录》文本。",
                "根据备忘录，双方将在大气污染物监测、海洋垃圾治理、产业园区脱碳和氢能利用等领域加强交流合作。",
                "山东省与山口县于1982年缔结友好省县关系，是山东省在日本缔结的第一对友好省县。",
                "访日期间，代表团还考察了周南市石化联合企业的副产氢利用项目。"],
         fingerprint="是山东省在日本缔结的第一对友好省县",
         must_contain=["双方将在大气污染物监测、海洋垃圾治理、产业园区脱碳和氢能利用等领域加强交流合作"]),
    dict(id="sd02", site="sdfao", path="/art/2024/6/14/art_103875_10271166.html", date="2024-06-14",
         title="山东省与韩国京畿道签署大气环境与气候变化合作谅解备忘录",
         paras=["6月12日，省长周乃翔在济南会见韩国京畿道知事金东渊一行。会见后，双方签署了《山东省人民政府与大韩民国"
                "京畿道大气环境与气候变化合作谅解备忘录》。",
                "周乃翔表示，山东正在加快推动绿色低碳高质量发展，确保2030年前实现碳达峰，到2030年非化石能源消费比重"
                "提高到20%左右。希望双方在大气污染联防联控、氢能、海洋生态保护等领域深化合作。",
                "金东渊表示，京畿道愿与山东省共享空气质量监测数据，开展细颗粒物来源联合研究。",
                "省外办、省生态环境厅负责同志参加会见。"],
         fingerprint="省外办、省生态环境厅负责同志参加会见",
         must_contain=["京畿道愿与山东省共享空气质量监测数据"]),
    dict(id="sd03", site="sdfao", path="/art/2024/8/28/art_103876_10285013.html", date="2024-08-28",
         title="德州市与韩国蔚山广域市签署新能源和氢能产业合作谅解备忘录",
         paras=["8月27日，德州市人民政府与韩国蔚山广域市在德州签署新能源和氢能产业合作谅解备忘录。",
                "根据备忘录，双方将在氢燃料电池汽车、太阳能光热利用、绿色港口等领域开展项目对接和技术交流，并推动两地"
                "企业互设办事机构。",
                "蔚山广域市是韩国重要的工业城市和氢能产业基地，德州市素有“中国太阳城”之称。",
                "签约仪式前，蔚山代表团参观了德州新能源产业园。双方表示，将择机商签建立友好合作关系意向书。"],
         fingerprint="德州市素有“中国太阳城”之称",
         must_contain=["双方将在氢燃料电池汽车、太阳能光热利用、绿色港口等领域开展项目对接和技术交流"]),
    dict(id="sd04", site="sdfao", path="/art/2025/3/19/art_103875_10330472.html", date="2025-03-19",
         title="韩国忠清南道代表团访问山东",
         paras=["3月18日，省外办主任在济南会见韩国忠清南道行政副知事率领的代表团。",
                "双方回顾了两省道交流合作历程，表示将积极推动在氢能、碳中和、海上风电等领域开展交流合作。",
                "代表团此行还将赴青岛、烟台考察氢能和海上风电项目。",
                "忠清南道位于韩国西海岸，是韩国火电和氢能产业的重要集聚区。"],
         fingerprint="是韩国火电和氢能产业的重要集聚区",
         must_contain=["表示将积极推动在氢能、碳中和、海上风电等领域开展交流合作"]),
]
