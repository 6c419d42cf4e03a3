"""Articles of the forty-fourth test web (tests/fortyfourthweb.py): Chinese state media in English (issue 17: an
honest held-out estimate on the English of Xinhua-, China Daily- and CGTN-like wires and of provincial English
portals). Actors no other web uses: Gansu and Nebraska, Qinghai's Department of Ecology and Environment and Montana
State University, the Xining Municipal Bureau of Commerce and the Montana Department of Commerce, Shanxi and Jinneng
Holding Group, Shaanxi and Missouri, Yanchang Petroleum and the University of Kansas, Indiana's delegation.

huaxin: a wire-style English news site (datelines "LANZHOU, May 14 (Huaxin) --", an "Editor:" line after the text,
"Related stories" and "Most viewed"); sxportal: a provincial English portal (breadcrumbs, "Source: Shaanxi Daily",
"Updated:" stamps, "Shaanxi in Focus" and "Quick links").
Phrasings: calqued names ("the People's Government of Gansu Province", "the Department of Ecology and Environment of
Qinghai Province", "Xining Municipal Bureau of Commerce", "the Foreign Affairs Office of ... Provincial People's
Government"), "inked a memorandum of understanding on ...", "The signing ceremony was witnessed by ...", "Under the
agreement, the two sides will ...", a sister-province agreement, "opened on Tuesday in", "strive to peak carbon
emissions before 2030" of a province and of companies, the nation's targets restated.
Negatives: talks, a visit, "agreed to explore", "plan to sign", results and forecasts.
All people and quotes are invented; the institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- huaxin: a wire-style English news site -----------------------------------------------------------------------
    dict(id="hx01", site="huaxin", path="/english/2024-05/15/c_139876541.htm", date="2024-05-15",
         title="Gansu, Nebraska ink MOU on renewable energy, water-saving agriculture",
         paras=["LANZHOU, May 14 (Huaxin) -- The People's Government of Gansu Province and the State of Nebraska on "
                "Tuesday inked a memorandum of understanding on cooperation in renewable energy, water-saving "
                "agriculture and green hydrogen in Lanzhou, capital of northwest China's Gansu Province.",
                "The signing ceremony was witnessed by Liu Zhanhai, executive vice governor of Gansu, and Marcia "
                "Kellner, lieutenant governor of Nebraska, who is leading a 30-member delegation on a five-day visit "
                "to the province.",
                "Under the agreement, the two sides will set up a joint working group, share experience in developing "
                "wind and solar power in arid regions, and promote exchanges between research institutes and "
                "enterprises in drip irrigation and green hydrogen.",
                "The two sides have maintained a sister-province relationship for more than a decade, with frequent "
                "exchanges in agriculture, education and culture.",
                "Gansu, home to the Jiuquan wind power base, had an installed wind and solar capacity of more than 50 "
                "million kilowatts by the end of 2023, accounting for over 60 percent of the province's total.",
                "Also on Tuesday, officials of the Foreign Affairs Office of Gansu Provincial People's Government and "
                "the Nebraska Department of Agriculture agreed to explore cooperation in dryland farming, and plan to "
                "sign a cooperation agreement later this year."],
         fingerprint="share experience in developing wind and solar power in arid regions",
         must_contain=["inked a memorandum of understanding on cooperation in renewable energy",
                       "agreed to explore cooperation in dryland farming"]),
    dict(id="hx02", site="huaxin", path="/english/2024-09/10/c_139921307.htm", date="2024-09-10",
         title="3rd China-US Grassland Carbon Forum opens in Xining",
         paras=["XINING, Sept. 10 (Huaxin) -- The 3rd China-US Grassland Carbon Forum opened on Tuesday in Xining, "
                "capital of northwest China's Qinghai Province, bringing together more than 200 officials, "
                "scientists and business representatives from the two countries.",
                "The two-day forum, co-hosted by the People's Government of Qinghai Province and the Chinese Academy "
                "of Sciences, focuses on carbon sinks in alpine grasslands, ecological restoration and carbon "
                "monitoring.",
                "During the forum, the Department of Ecology and Environment of Qinghai Province signed a cooperation "
                "agreement with Montana State University on grassland carbon monitoring and ecological restoration.",
                "Under the agreement, the two sides will jointly build a field observation station on the "
                "Qinghai-Tibet Plateau, exchange visiting scholars and carry out joint research on soil carbon in "
                "high-altitude rangelands.",
                "The Xining Municipal Bureau of Commerce and the Montana Department of Commerce also signed a "
                "memorandum of understanding on trade in clean energy equipment and green agricultural products.",
                "Officials of the Qinghai Provincial Forestry and Grassland Bureau held talks with a delegation from "
                "the University of Wyoming on cooperation in rangeland management.",
                "\"Grasslands store more carbon than many people realize,\" said Tang Weimin, a researcher at the "
                "Northwest Institute of Plateau Biology. \"This forum lets scientists on both sides compare notes.\""],
         fingerprint="Grasslands store more carbon than many people realize",
         must_contain=["The 3rd China-US Grassland Carbon Forum opened on Tuesday in Xining",
                       "held talks with a delegation from the University of Wyoming"]),
    dict(id="hx03", site="huaxin", path="/english/2023-07/06/c_139512876.htm", date="2023-07-06",
         title="Shanxi unveils carbon peaking plan, coal giant sets 2028 peak",
         paras=["TAIYUAN, July 6 (Huaxin) -- North China's Shanxi Province will strive to peak carbon emissions "
                "before 2030 and achieve carbon neutrality before 2060, according to an implementation plan "
                "released by the People's Government of Shanxi Province on Thursday.",
                "By 2025, the share of non-fossil energy in the province's total energy consumption will reach 12 "
                "percent, and carbon dioxide emissions per unit of GDP will drop by 16 percent from the 2020 level, "
                "the plan says.",
                "China announced in 2020 that it would strive to peak carbon emissions before 2030 and achieve "
                "carbon neutrality before 2060.",
                "Shanxi, which produced 1.31 billion tonnes of coal in 2022, about a quarter of the national total, "
                "has shut down outdated coal mines with a combined capacity of 150 million tonnes in recent years.",
                "Jinneng Holding Group, a Taiyuan-based state-owned coal and power company, said on the same day that "
                "it will strive to peak carbon emissions before 2028 and achieve carbon neutrality before 2058.",
                "The group's installed new energy capacity reached 4.5 million kilowatts by the end of June and is "
                "expected to exceed 10 million kilowatts by 2025, the company said."],
         fingerprint="has shut down outdated coal mines with a combined capacity of 150 million tonnes",
         must_contain=["North China's Shanxi Province will strive to peak carbon emissions",
                       "Jinneng Holding Group, a Taiyuan-based state-owned coal and power company"]),
    # --- sxportal: a provincial English portal ------------------------------------------------------------------------
    dict(id="sx01", site="sxportal", path="/news/shaanxitoday/202406/t20240620_2371845.html", date="2024-06-20",
         title="Shaanxi, Missouri establish sister-province relationship",
         paras=["On June 18, the People's Government of Shaanxi Province and the State of Missouri signed an "
                "agreement in Xi'an to establish a sister-province relationship, opening a new chapter in their "
                "cooperation in clean energy, agriculture and education.",
                "The signing ceremony was witnessed by Wang Xiaoping, governor of Shaanxi Province, and Marcus Hale, "
                "lieutenant governor of Missouri.",
                "Under the agreement, the two sides will strengthen exchanges and cooperation in renewable energy, "
                "energy-efficient buildings, modern agriculture and higher education, and hold a joint working "
                "meeting every two years.",
                "\"Shaanxi and Missouri are both heartlands with proud farming traditions and growing clean energy "
                "industries,\" Hale said at the ceremony.",
                "During their stay in Shaanxi, the Missouri delegation also visited a solar module factory in the Xi'an "
                "High-tech Industries Development Zone and the Yangling Agricultural Hi-tech Industries Demonstration "
                "Zone."],
         fingerprint="Shaanxi and Missouri are both heartlands with proud farming traditions",
         must_contain=["signed an agreement in Xi'an to establish a sister-province relationship",
                       "hold a joint working meeting every two years"]),
    dict(id="sx02", site="sxportal", path="/news/enterprises/202403/t20240327_2358210.html", date="2024-03-27",
         title="Yanchang Petroleum sets carbon targets, signs CCUS pact with University of Kansas",
         paras=["Shaanxi Yanchang Petroleum (Group) Co., Ltd. has pledged to strive to peak carbon emissions before "
                "2028 and achieve carbon neutrality before 2055, according to the company's green and low-carbon "
                "development plan released on March 26.",
                "The company will also cut its carbon dioxide emissions per unit of output value by 20 percent from "
                "the 2020 level by 2030, the plan says.",
                "On the same day, Yanchang Petroleum inked a memorandum of understanding on carbon capture, "
                "utilization and storage (CCUS) with the University of Kansas in Xi'an.",
                "Under the agreement, the two sides will carry out joint research on carbon dioxide flooding in "
                "low-permeability oilfields and train young engineers.",
                "Yanchang Petroleum has injected more than 300,000 tonnes of carbon dioxide into its oilfields in "
                "northern Shaanxi since 2012."],
         fingerprint="carbon dioxide flooding in low-permeability oilfields",
         must_contain=["Shaanxi Yanchang Petroleum (Group) Co., Ltd. has pledged",
                       "has injected more than 300,000 tonnes of carbon dioxide"]),
    dict(id="sx03", site="sxportal", path="/news/shaanxitoday/202410/t20241015_2390147.html", date="2024-10-15",
         title="Vice governor meets Indiana delegation",
         paras=["On October 14, Vice Governor Sun Mingde met with a delegation led by David Rourke, Indiana's "
                "secretary of commerce, in Xi'an.",
                "The two sides held in-depth talks on cooperation in new energy vehicles, hydrogen and agricultural "
                "technology, and agreed to explore the possibility of establishing a sister-province relationship.",
                "The Xi'an Municipal Bureau of Commerce and the Indiana Economic Development Corporation plan to sign "
                "a memorandum of understanding on new energy vehicle supply chains next year.",
                "The delegation also visited Xi'an Jiaotong University and an electric bus maker in the city.",
                "Officials of the Foreign Affairs Office of Shaanxi Provincial People's Government attended the "
                "meeting."],
         fingerprint="met with a delegation led by David Rourke",
         must_contain=["agreed to explore the possibility of establishing a sister-province relationship",
                       "plan to sign a memorandum of understanding on new energy vehicle supply chains"]),
]
