"""Articles of the forty-ninth test web (tests/fortyninthweb.py), written for issue 17 (an honest held-out estimate of
BILINGUAL and MIXED-SCRIPT pages): one article printed in two languages on the same page.

mogov: a Macao government press-release portal (English text above the traditional-Chinese copy of the same release);
unews: a university news site (English story with a 中文摘要 box, Chinese names glossed in brackets, an embedded
Chinese headline).
Each article holds ONE agreement or pledge, told in both languages: it must be one record, never two.
"""
from __future__ import annotations

ARTICLES = [
    # --- mogov: English release above its traditional-Chinese copy ----------------------------------------------
    dict(id="mo01", site="mogov", path="/en/news/412233/", date="2024-05-14",
         title="Macao and Zhuhai sign memorandum on cross-boundary air quality monitoring",
         zh_title="澳珠簽署跨境空氣質量監測合作備忘錄",
         paras=["The Environmental Protection Bureau (DSPA) of the Macao SAR Government and the Zhuhai Municipal Bureau of "
                "Ecology and Environment (珠海市生態環境局) signed a memorandum of understanding on cross-boundary air "
                "quality monitoring in Macao on 13 May 2024.",
                "Under the memorandum, the two sides will share hourly data from eleven monitoring stations along the "
                "border and hold a joint review meeting every year.",
                "Representatives of the Hengqin Guangdong-Macao In-Depth Cooperation Zone also attended the ceremony."],
         zh_paras=["澳門特別行政區政府環境保護局與珠海市生態環境局於2024年5月13日在澳門簽署跨境空氣質量監測合作備忘錄。",
                   "根據備忘錄，雙方將共享邊境沿線十一個監測站的每小時數據，並每年舉行一次聯合檢討會議。",
                   "橫琴粵澳深度合作區代表亦出席了簽署儀式。"],
         fingerprint="share hourly data from eleven monitoring stations along the border",
         must_contain=["signed a memorandum of understanding on cross-boundary air quality monitoring in Macao",
                       "hold a joint review meeting every year"]),
    dict(id="mo02", site="mogov", path="/en/news/415870/", date="2024-09-03",
         title="Chief Executive announces Macao carbon neutrality goal",
         zh_title="行政長官宣布澳門碳中和目標",
         paras=["Speaking at the opening of the Macao International Environmental Co-operation Forum and Exhibition on "
                "2 September, the Chief Executive said the Macao SAR Government pledges to achieve carbon neutrality "
                "before 2050.",
                "He added that all new public buses bought from next year would be electric, and that the government "
                "would publish a long-term decarbonisation strategy within twelve months.",
                "Last year the city's fleet of electric buses grew to 600 vehicles."],
         zh_paras=["行政長官於9月2日在澳門國際環保合作發展論壇及展覽開幕式上致辭時表示，澳門特別行政區政府承諾於2050年前"
                   "實現碳中和。",
                   "他補充說，由明年起新購置的公共巴士將全部為電動巴士，政府並將於十二個月內公布長期減碳策略。",
                   "去年全澳電動巴士數量增至600輛。"],
         fingerprint="publish a long-term decarbonisation strategy within twelve months",
         must_contain=["the Macao SAR Government pledges to achieve carbon neutrality before 2050",
                       "all new public buses bought from next year would be electric"]),
    dict(id="mo03", site="mogov", path="/en/news/418504/", date="2024-11-20",
         title="Macao and Delaware agree to co-operate on coastal resilience",
         zh_title="澳門與美國特拉華州合作提升沿海韌性",
         paras=["The Environmental Protection Bureau (DSPA) and the Delaware Department of Natural Resources and "
                "Environmental Control (特拉華州自然資源及環境管制部) signed a letter of intent on coastal resilience "
                "and sea-level monitoring in Macao on 19 November 2024.",
                "The two agencies will exchange experts and share storm-surge models over the next three years.",
                "The Delaware delegation also visited the Coloane wetlands."],
         zh_paras=["環境保護局與美國特拉華州自然資源及環境管制部於2024年11月19日在澳門簽署沿海韌性及海平面監測合作意向書。",
                   "雙方將於未來三年互派專家並共享風暴潮模型。",
                   "特拉華州代表團亦參觀了路環濕地。"],
         fingerprint="exchange experts and share storm-surge models over the next three years",
         must_contain=["signed a letter of intent on coastal resilience and sea-level monitoring",
                       "The Delaware delegation also visited the Coloane wetlands."]),
    # --- unews: a university news site --------------------------------------------------------------------------
    dict(id="un01", site="unews", path="/news/2024/04/mines-taiyuan-methane.html", date="2024-04-18",
         title="Mines and Taiyuan University of Technology partner on coal-mine methane",
         zh_summary="2024年4月16日，科罗拉多矿业大学与太原理工大学在戈尔登签署煤矿瓦斯减排研究合作谅解备忘录。",
         paras=["Colorado School of Mines and Taiyuan University of Technology (太原理工大学) signed a memorandum of "
                "understanding on coal-mine methane abatement research in Golden, Colorado, on April 16, 2024.",
                "The agreement covers joint doctoral supervision, shared test sites in Shanxi and an annual workshop.",
                "\"Methane is the fastest lever we have,\" said a professor of mining engineering at Mines."],
         fingerprint="joint doctoral supervision, shared test sites in Shanxi",
         must_contain=["signed a memorandum of understanding on coal-mine methane abatement research",
                       "Methane is the fastest lever we have"]),
    dict(id="un02", site="unews", path="/news/2024/06/hubei-new-mexico.html", date="2024-06-27",
         title="University hosts signing between New Mexico and Hubei environment agencies",
         zh_summary="新墨西哥州环境厅与湖北省生态环境厅在阿尔伯克基签署甲烷监测合作谅解备忘录。",
         paras=["The New Mexico Environment Department and the Hubei Provincial Department of Ecology and Environment "
                "(湖北省生态环境厅) signed a memorandum of understanding on methane monitoring in Albuquerque on "
                "June 25, 2024.",
                "Researchers from Wuhan University (武汉大学) and the university's Center for Water and the Environment "
                "will provide technical support for the satellite data work.",
                "The signing was held in the university's Student Union Building."],
         fingerprint="will provide technical support for the satellite data work",
         must_contain=["signed a memorandum of understanding on methane monitoring in Albuquerque",
                       "The signing was held in the university's Student Union Building."]),
    dict(id="un03", site="unews", path="/news/2024/10/lingnan-pledge.html", date="2024-10-09",
         title="嶺南大學承諾2035年前實現校園碳中和",
         zh_summary="",
         paras=["Lingnan University (嶺南大學) in Hong Kong pledged on October 8 to reach carbon neutrality on its "
                "Tuen Mun campus by 2035.",
                "The university will install rooftop solar panels on eight buildings and replace its diesel shuttle "
                "buses with electric ones.",
                "The pledge was announced by the university's president at a sustainability symposium."],
         fingerprint="install rooftop solar panels on eight buildings",
         must_contain=["pledged on October 8 to reach carbon neutrality on its Tuen Mun campus by 2035",
                       "replace its diesel shuttle buses with electric ones"]),
]
