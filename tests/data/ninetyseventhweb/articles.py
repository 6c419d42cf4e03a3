"""Articles of the ninety-seventh test web (tests/ninetyseventhweb.py), written for issue 17 (a held-out estimate of
TAIWAN AND TRADITIONAL CHINESE SOURCES): climate cooperation and pledges of Taiwan's cities and companies told by a
Traditional Chinese news site served Big5 (a paginated listing), a city government's bilingual news portal (a
sitemap; a Chinese and an English page of the same release, 民國 years and "今（21）日" days) and an English
Taiwan-focused wire (an RSS feed; datelines "TAIPEI, March 3 (FWN) -"). Memoranda of Taiwanese cities and counties
with Japanese, US and Danish cities, net-zero declarations of cities, companies joining RE100, beside pages that
conclude nothing (a council sending back a draft ordinance, a network meeting attended, a delegation's visit).
Actors no other web uses.

lvmd: a Traditional Chinese environment news site (綠色脈動新聞網), Big5. tnpr: the Tainan City Government's news
portal (Chinese and English). fmwire: an English Taiwan wire (Formosa Wire News, FWN).
"""
from __future__ import annotations

ARTICLES = [
    # --- lvmd: a Traditional Chinese environment news site, Big5 ---------------------------------------------------
    dict(id="lv01", site="lvmd", path="/news/local/20260211/8812.htm", date="2026-02-11",
         title="竹市與日本富山市簽署低碳城市合作備忘錄 攜手推動輕軌與小水力發電",
         paras=["新竹市長率領市府團隊赴日本富山縣訪問，10日在富山市役所與富山市長共同簽署《低碳城市交流合作備忘錄》，"
                "雙方將在公共運輸導向發展、小水力發電及建築節能等領域進行經驗交流與人員互訪。",
                "富山市以「緊湊城市」政策聞名，2008年即獲日本政府選定為「環境模範都市」，近年推動輕軌路網整合與市郊小水力"
                "發電。新竹市府表示，富山的經驗對正在規劃輕軌路網的竹市極具參考價值。",
                "新竹市長致詞時表示，竹市是科技重鎮，用電需求大，減碳必須由城市治理帶頭。「這份備忘錄不是終點，而是兩座城市"
                "對話的起點。」",
                "市府環保局指出，竹市已於去年成立淨零辦公室，並將在今年內提出溫室氣體減量執行方案。此行市府團隊也參訪了富山市"
                "的路面電車車庫及神通川沿岸的小水力發電設施。"],
         fingerprint="富山市以「緊湊城市」政策聞名",
         must_contain=["雙方將在公共運輸導向發展、小水力發電及建築節能等領域進行經驗交流與人員互訪"]),
    dict(id="lv02", site="lvmd", path="/news/local/20260318/8967.htm", date="2026-03-18",
         title="嘉市宣示2050淨零 2030年減碳30%",
         paras=["嘉義市政府17日舉行「嘉義市淨零城市宣言」記者會，市長宣布嘉義市將在2050年達成淨零排放，並以2005年為基準年，"
                "於2030年前將溫室氣體排放量減少30%。",
                "市府環保局說明，嘉義市2005年溫室氣體排放量約為142萬公噸二氧化碳當量，2024年已降至約121萬公噸，排放主要來自"
                "住商部門用電與運輸部門。",
                "為達成目標，市府規劃推動公有屋頂全面設置太陽光電、市區公車全面電動化，並輔導轄內中小企業進行碳盤查。市長說："
                "「嘉義市雖然是小城市，但減碳不能等。」",
                "環保團體代表肯定市府宣示，但也呼籲市府應盡速訂定淨零自治條例，讓目標具有法律約束力。"],
         fingerprint="市府環保局說明，嘉義市2005年溫室氣體排放量約為142萬公噸",
         must_contain=["市府規劃推動公有屋頂全面設置太陽光電"]),
    dict(id="lv03", site="lvmd", path="/news/industry/20260506/9233.htm", date="2026-05-06",
         title="遠傳電信正式加入RE100 承諾2040年全面使用再生能源",
         paras=["遠傳電信5日宣布正式加入全球再生能源倡議RE100，承諾2040年前營運據點及機房用電100%使用再生能源，成為國內少數"
                "加入RE100的電信業者。",
                "遠傳表示，目前再生能源使用比例約為12%，將透過簽訂綠電購售契約、自建太陽光電及購買再生能源憑證等方式逐步提高，"
                "並設定2030年再生能源使用比例達60%的中期目標。",
                "RE100由氣候組織（The Climate Group）與碳揭露計畫（CDP）共同發起，目前全球已有逾四百家企業加入，台灣會員超過"
                "五十家。",
                "遠傳總經理表示，5G網路擴建使用電量持續增加，企業必須提早布局綠電採購。遠傳同日也與一家離岸風電開發商簽署綠電"
                "採購意向書，但未透露合約細節。"],
         fingerprint="RE100由氣候組織（The Climate Group）與碳揭露計畫（CDP）共同發起",
         must_contain=["企業必須提早布局綠電採購"]),
    dict(id="lv04", site="lvmd", path="/news/local/20260617/9410.htm", date="2026-06-17",
         title="宜蘭縣淨零自治條例草案 議會激辯後退回重審",
         paras=["宜蘭縣議會16日審查縣府提出的《宜蘭縣淨零轉型自治條例》草案，議員對於條例中要求縣內大型用電戶設置一定比例"
                "再生能源的規定意見分歧，經過三個多小時討論後，決議退回縣府重新研議。",
                "草案原訂宜蘭縣應於2050年達成淨零排放，並以2005年為基準，於2030年減少溫室氣體排放25%。部分議員質疑縣府未提出"
                "具體財源與減量路徑，目標恐流於口號。",
                "也有議員認為，宜蘭以農業與觀光為主，應優先推動農業減碳及低碳旅遊，而非加重業者負擔。縣府環保局長回應，將參考"
                "議員意見修正草案，最快下會期再送議會審議。",
                "環保團體當天在議會外舉牌，呼籲議會盡速通過條例。"],
         fingerprint="也有議員認為，宜蘭以農業與觀光為主",
         must_contain=["決議退回縣府重新研議"]),
    dict(id="lv05", site="lvmd", path="/news/intl/20260909/9876.htm", date="2026-09-09",
         title="基隆市府赴光州出席ICLEI東亞年會 分享港灣城市調適經驗",
         paras=["基隆市副市長率團赴韓國光州出席地方環境行動國際組織（ICLEI）東亞地區年度會議，8日在「沿海城市氣候調適」分組"
                "論壇中分享基隆港灣城市因應海平面上升與強降雨的經驗。",
                "會議期間，基隆市代表團與日本橫濱市、韓國大邱廣域市代表就港口岸電、綠色航運廊道交換意見，各方同意未來持續保持"
                "聯繫，但並未簽署任何協議。",
                "副市長表示，基隆將把此行所見帶回市府，作為研擬氣候變遷調適計畫的參考，市府預計明年提出城市調適計畫草案。"],
         fingerprint="基隆將把此行所見帶回市府",
         must_contain=["分享基隆港灣城市因應海平面上升與強降雨的經驗"]),

    # --- tnpr: the Tainan City Government's bilingual news portal -------------------------------------------------
    dict(id="tn01", site="tnpr", path="/News_Content.aspx?n=13370&s=8841021", date="2026-04-21",
         title="臺南市與美國奧斯汀市簽署氣候行動合作備忘錄", unit="環境保護局",
         paras=["「2026臺南國際淨零城市論壇」今（21）日在大臺南會展中心開幕，臺南市長與美國德州奧斯汀市（City of Austin）"
                "市長在開幕式中共同簽署《氣候行動合作備忘錄》，雙方將在交通電動化、都市熱島調適及社區太陽光電等領域分享政策"
                "經驗並推動人員交流。",
                "論壇為期兩天，吸引來自美國、日本、德國、荷蘭等8國共15個城市代表及專家學者參與。臺南市長致詞表示，臺南與"
                "奧斯汀同樣擁有豐富日照與科技產業，此次合作是臺南城市外交的重要里程碑。",
                "奧斯汀市長表示，期待與臺南在電動公車及社區能源方面互相學習，也歡迎臺南市府團隊明年赴奧斯汀訪問。",
                "環保局表示，備忘錄效期五年，雙方將每年召開一次視訊工作會議，檢視合作進度。論壇明（22）日將舉行「城市淨零路徑」"
                "及「綠色金融」兩場分組座談。"],
         fingerprint="論壇為期兩天，吸引來自美國、日本、德國、荷蘭等8國共15個城市代表",
         must_contain=["雙方將在交通電動化、都市熱島調適及社區太陽光電等領域分享政策經驗"]),
    dict(id="tn01en", site="tnpr", path="/en/News_Content.aspx?n=2210&s=8841077", date="2026-04-21", lang="en",
         title="Tainan and Austin Sign Climate Action MOU at International Net-Zero Cities Forum",
         unit="Environmental Protection Bureau",
         paras=["The 2026 Tainan International Net-Zero Cities Forum opened on April 21 at the Greater Tainan Convention "
                "Center, where the Mayor of Tainan and the Mayor of the City of Austin, Texas, signed a Memorandum of "
                "Understanding on Climate Action. The two cities will share policy experience in transport "
                "electrification, urban heat island adaptation and community solar power, and promote staff exchanges.",
                "The two-day forum brought together representatives of 15 cities from eight countries, including the "
                "United States, Japan, Germany and the Netherlands, as well as experts and scholars. In his opening "
                "remarks, the Mayor of Tainan said that Tainan and Austin both enjoy abundant sunshine and thriving "
                "technology industries, and called the cooperation a milestone in the city's international exchanges.",
                "The Mayor of Austin said he looked forward to learning from Tainan on electric buses and community "
                "energy, and invited a Tainan delegation to visit Austin next year.",
                "According to the Environmental Protection Bureau, the MOU is valid for five years, and the two sides "
                "will hold an annual video conference to review progress."],
         fingerprint="The two-day forum brought together representatives of 15 cities from eight countries",
         must_contain=["urban heat island adaptation and community solar power"]),
    dict(id="tn02", site="tnpr", path="/News_Content.aspx?n=13370&s=8906642", date="2026-07-08",
         title="臺南市發布2050淨零排放路徑 宣示2030年減碳28%", unit="環境保護局",
         paras=["臺南市政府今（8）日發布「臺南市2050淨零排放路徑」，市長宣示臺南市將於2050年達成淨零排放，並以民國94年"
                "（2005年）為基準年，於2030年將溫室氣體排放量減少28%。",
                "環保局表示，臺南市溫室氣體排放以工業部門占比最高，約占五成，其次為住商及運輸部門。市府將推動公有設施光電設置、"
                "工業區能源轉型及市區公車全面電動化等六大策略。",
                "依據路徑盤點，臺南市民國113年排放量已較基準年減少約11%。市府並將於年底前將路徑送市議會備查。"],
         fingerprint="臺南市溫室氣體排放以工業部門占比最高",
         must_contain=["市府將推動公有設施光電設置"]),
    dict(id="tn02en", site="tnpr", path="/en/News_Content.aspx?n=2210&s=8906701", date="2026-07-08", lang="en",
         title="Tainan Unveils 2050 Net-Zero Pathway, Targets 28% Emissions Cut by 2030",
         unit="Environmental Protection Bureau",
         paras=["The Tainan City Government released its 2050 Net-Zero Emissions Pathway on July 8. The Mayor declared "
                "that Tainan will achieve net-zero emissions by 2050 and will cut its greenhouse gas emissions by 28% "
                "from 2005 levels by 2030.",
                "The Environmental Protection Bureau said industry accounts for about half of the city's emissions, "
                "followed by the residential and commercial sectors and transport. The city will pursue six strategies, "
                "including solar power on public facilities, energy transition in industrial parks and a fully electric "
                "city bus fleet.",
                "By 2024 the city's emissions were already about 11% below the base year, the bureau said."],
         fingerprint="industry accounts for about half of the city's emissions",
         must_contain=["energy transition in industrial parks"]),
    dict(id="tn03", site="tnpr", path="/News_Content.aspx?n=13370&s=9011358", date="2026-10-14",
         title="法國里爾歐洲都會區代表團訪臺南 交流循環經濟與綠色交通", unit="秘書處",
         paras=["法國里爾歐洲都會區（Métropole Européenne de Lille）副主席率領代表團今（14）日拜會臺南市政府，由副市長接待，"
                "雙方就循環經濟、自行車道系統及綠色交通進行交流。",
                "副市長表示，臺南與里爾都有深厚的紡織產業歷史，未來可在紡織品回收再利用方面合作。雙方同意由市府經濟發展局與"
                "里爾歐洲都會區國際事務部門研議合作意向書內容，盼明年簽署。",
                "代表團隨後參訪了永康區的資源回收廠及安平區的自行車道。"],
         fingerprint="臺南與里爾都有深厚的紡織產業歷史",
         must_contain=["代表團隨後參訪了永康區的資源回收廠"]),

    # --- fmwire: an English Taiwan wire (Formosa Wire News) --------------------------------------------------------
    dict(id="fw01", site="fmwire", path="/news/aeco/202603030021", date="2026-03-03", byline="Chen Yu-hsuan",
         title="UMC joins RE100, pledges all-renewable power by 2050",
         paras=["TAIPEI, March 3 (FWN) - United Microelectronics Corp. (UMC), Taiwan's second-largest contract "
                "chipmaker, said Tuesday it has joined the RE100 initiative, pledging to source 100 percent of its "
                "electricity from renewable sources by 2050.",
                "UMC also reaffirmed its goal of reaching net-zero emissions by 2050 and said it aims to raise "
                "renewables to 50 percent of its power use by 2030.",
                "Renewables made up 9 percent of the company's electricity use last year, according to its latest "
                "sustainability report.",
                "\"Our customers are asking for green chips, and we have to move faster,\" a UMC spokesperson told FWN.",
                "Chipmakers account for a growing share of Taiwan's power demand, and environmental groups have urged "
                "the government to speed up the rollout of offshore wind farms to meet corporate demand for green "
                "electricity."],
         fingerprint="Renewables made up 9 percent of the company's electricity use last year",
         must_contain=["Our customers are asking for green chips"]),
    dict(id="fw02", site="fmwire", path="/news/acn/202604210034", date="2026-04-21", byline="Lin Chia-hui",
         title="Tainan inks climate pact with Austin as net-zero forum opens",
         paras=["TAIPEI, April 21 (FWN) - The southern Taiwan city of Tainan signed a memorandum of understanding on "
                "climate action with Austin, Texas, on Tuesday at the opening of the Tainan International Net-Zero "
                "Cities Forum, the city government said.",
                "Under the MOU, the two cities will exchange experience on electric transport, heat adaptation and "
                "community solar projects, the Tainan City Government said in a statement.",
                "Taiwan has formal diplomatic relations with only a handful of countries, and city-to-city agreements "
                "have become an important channel for its international engagement, analysts say.",
                "The two-day forum brings together officials from 15 cities in eight countries."],
         fingerprint="city-to-city agreements have become an important channel",
         must_contain=["exchange experience on electric transport, heat adaptation"]),
    dict(id="fw03", site="fmwire", path="/news/aeco/202605120019", date="2026-05-12", byline="Huang Shih-wei",
         title="Pingtung, Danish port city Esbjerg sign offshore wind MOU",
         paras=["PINGTUNG, May 12 (FWN) - Pingtung County in southern Taiwan on Tuesday signed a memorandum of "
                "understanding with the Danish port city of Esbjerg to cooperate on offshore wind supply chains, port "
                "operations and vocational training, the county government said.",
                "The MOU was signed in Pingtung by the county magistrate and Esbjerg's mayor, who is leading a "
                "delegation of Danish wind energy companies on a week-long visit to Taiwan.",
                "Esbjerg, on Denmark's west coast, handles a large share of the offshore wind turbines shipped in "
                "Europe, and Pingtung hopes to draw on its experience as it develops a port base for wind projects "
                "in the Taiwan Strait.",
                "County officials said they hoped a Danish component maker would set up a plant in Pingtung, but no "
                "investment was announced."],
         fingerprint="handles a large share of the offshore wind turbines shipped in Europe",
         must_contain=["cooperate on offshore wind supply chains"]),
    dict(id="fw04", site="fmwire", path="/news/acn/202608180027", date="2026-08-18", byline="Wu Kuan-ting",
         title="Hualien delegation studies Nagano hydropower, no deal signed",
         paras=["HUALIEN, Aug. 18 (FWN) - A delegation led by Hualien County's magistrate visited Japan's Nagano "
                "Prefecture last week to study small hydropower and forest carbon sinks, but no agreement was signed, "
                "county officials said Tuesday.",
                "Officials said the two sides discussed a possible friendship agreement covering renewable energy and "
                "disaster prevention, which could be signed next year if the county council approves it.",
                "Nagano declared a climate emergency in 2019, one of the first Japanese prefectures to do so, and has "
                "built dozens of small hydropower plants on mountain streams.",
                "Hualien, which was hit by a major earthquake in 2024, is looking at microgrids to keep power running "
                "in remote townships after disasters."],
         fingerprint="one of the first Japanese prefectures to do so",
         must_contain=["forest carbon sinks, but no agreement was signed"]),
]
