"""Articles of the forty-third test web (tests/fortythirdweb.py), written for issue 17 (an honest held-out estimate in
Traditional Chinese, Taiwan and Hong Kong, of agreements, pledges and events).

tycg: a Taiwanese city government's 新聞稿 page (發布機關, 發布日期 in 民國 years under the title, 友善列印 and 回上一頁,
相關新聞 traps, a footer with the city hall's address); hkgov: a Hong Kong government press release (新聞公報: the day in
Chinese numerals in brackets, 完 and a timestamp under the text, 相關新聞公報 traps).
Angles: memoranda signed with a foreign city, a foreign university and a foreign company (names in Traditional
characters, with the English name in brackets), 由…代表雙方簽署 and 見證, 諒解備忘錄 and 簽訂MOU; a sister-city tie
(締結姊妹市) with a 民國 date; a forum opened 昨（19）日 and a summit opened 今日（十月二十六日）, 為期兩天/兩日; 2050淨零排放,
cuts against 2005 (以2005年為基準年, 較2005年減少), 再生能源發電占比, 電動公車/電動巴士 fleet targets, RE100; and what is
none of these: results (已減少, 已達), forecasts (預計), plans only being studied (規劃中, 研議).
"""
from __future__ import annotations

ARTICLES = [
    # --- tycg: a Taiwanese city government's press releases ---------------------------------------------------
    dict(id="ty01", site="tycg", path="/News_Content.aspx?n=9&s=1188201", date="2023-11-07", minguo="112-11-07",
         title="桃園與日本福岡市簽署淨零城市合作備忘錄 攜手邁向2050淨零",
         paras=["桃園市政府昨（6）日與日本福岡市政府在桃園市政府簽署「淨零城市合作備忘錄」，雙方將在建築節能、"
                "綠色運輸及廢棄物資源化等領域交流政策經驗。",
                "備忘錄由桃園市長林正道與福岡市副市長中村健一代表雙方簽署，日本台灣交流協會台北事務所代表到場見證。",
                "林市長表示，桃園市已宣示2050年達成淨零排放，並以2005年為基準年，2030年溫室氣體排放量較2005年減少25%。",
                "環保局指出，福岡市為日本九州的經濟中心，近年積極推動氫能公車及太陽光電，值得桃園借鏡。"],
         fingerprint="值得桃園借鏡", must_contain=["代表雙方簽署", "2030年溫室氣體排放量較2005年減少25%"]),
    dict(id="ty02", site="tycg", path="/News_Content.aspx?n=9&s=1179455", date="2023-09-20", minguo="112-09-20",
         title="2023桃園國際淨零論壇開幕 市府與澳洲昆士蘭大學簽署合作備忘錄",
         paras=["「2023桃園國際淨零論壇」昨（19）日於桃園會展中心開幕，為期兩天，邀請來自美國、日本、澳洲等國的"
                "學者專家及企業代表與會。",
                "開幕式上，桃園市政府與澳洲昆士蘭大學（The University of Queensland）簽署合作備忘錄，由桃園市副市長"
                "王立明與昆士蘭大學副校長艾倫．布朗代表雙方簽署，雙方將合作培育淨零人才並共同研究氫能技術。",
                "台達電子工業股份有限公司在論壇中宣布，將於2030年達成RE100，全球據點100%使用再生能源。",
                "論壇於20日閉幕，主辦單位表示，兩天共吸引逾1,500人次參與。"],
         fingerprint="兩天共吸引逾1,500人次參與", must_contain=["桃園會展中心開幕", "將於2030年達成RE100"]),
    dict(id="ty03", site="tycg", path="/News_Content.aspx?n=9&s=1142760", date="2023-05-24", minguo="112-05-24",
         title="桃園與澳洲布里斯本市締結姊妹市 共推淨零轉型",
         paras=["桃園市與澳洲布里斯本市於民國112年5月22日在布里斯本市政廳簽署締結姊妹市協定，雙方將在淨零轉型、"
                "綠色運輸及循環經濟等領域深化合作。",
                "市府並宣布，桃園市再生能源發電占比將於2030年達到20%；市區公車將於2030年前全面電動化，屆時電動公車"
                "將達1,200輛。",
                "布里斯本市為2032年奧運主辦城市，該市已於2017年起實現市政府營運碳中和。"],
         fingerprint="布里斯本市為2032年奧運主辦城市", must_contain=["簽署締結姊妹市協定", "全面電動化"]),
    dict(id="ty04", site="tycg", path="/News_Content.aspx?n=9&s=1201337", date="2024-01-10", minguo="113-01-10",
         title="桃園市112年淨零成果出爐 溫室氣體排放較94年減少12%",
         paras=["環保局今（10）日公布112年淨零成果，桃園市112年溫室氣體排放量較94年已減少12%，市區電動公車已達420輛。",
                "市府規劃中的下一步，是與美國加州沙加緬度郡研議簽署淨零合作備忘錄，並研議開徵地方碳費。",
                "環保局預計，2025年全市太陽光電裝置容量將達1.5GW，再生能源發電占比可望提高至15%。"],
         fingerprint="市府規劃中的下一步", must_contain=["已減少12%", "研議開徵地方碳費"]),
    # --- hkgov: Hong Kong government press releases ------------------------------------------------------------
    dict(id="hk01", site="hkgov", path="/gia/general/202306/12/P2023061200388.htm", date="2023-06-12",
         title="機電工程署與西門子簽署諒解備忘錄 推動建築物減碳",
         paras=["機電工程署今日（六月十二日）與西門子有限公司（Siemens Limited）簽署諒解備忘錄，雙方將在建築物能源"
                "管理、數碼化及低碳技術方面加強合作，協助香港的建築物減少碳排放。",
                "諒解備忘錄由機電工程署署長彭子傑與西門子有限公司行政總裁馬克．霍夫曼代表雙方在機電工程署總部簽署，"
                "發展局局長見證簽署儀式。",
                "中華電力有限公司亦於同日表示，承諾在2050年前實現淨零排放，並在2035年前逐步淘汰燃煤發電。"],
         fingerprint="協助香港的建築物減少碳排放", must_contain=["簽署諒解備忘錄", "承諾在2050年前實現淨零排放"]),
    dict(id="hk02", site="hkgov", path="/gia/general/202310/26/P2023102600611.htm", date="2023-10-26",
         title="「2023綠色運輸及低碳城市峰會」開幕",
         paras=["由運輸及物流局主辦的「2023綠色運輸及低碳城市峰會」今日（十月二十六日）在香港會議展覽中心開幕，為期兩日，"
                "約八百名來自二十多個國家和地區的代表出席。",
                "峰會期間，香港理工大學與瑞典隆德大學（Lund University）簽署合作備忘錄，由兩校校長代表雙方簽署，"
                "在電動車電池及氫燃料技術方面展開聯合研究。",
                "九龍巴士（一九三三）有限公司在峰會上宣布，目標在2035年前把全數約4,000輛巴士轉為電動巴士，並在2050年前"
                "實現碳中和。"],
         fingerprint="約八百名來自二十多個國家和地區的代表出席", must_contain=["香港會議展覽中心開幕", "瑞典隆德大學"]),
    dict(id="hk03", site="hkgov", path="/gia/general/202402/20/P2024022000275.htm", date="2024-02-20",
         title="立法會三題：電動巴士及減碳進度",
         paras=["以下是今日（二月二十日）在立法會會議上議員的提問和環境及生態局局長的書面答覆：",
                "香港的碳排放量已由2014年的高峰下降約兩成，電動巴士數目已達約一百九十輛。",
                "政府正研議與韓國仁川廣域市簽署綠色運輸合作備忘錄，相關細節仍在商討中。",
                "運輸署預計，到2027年全港電動巴士數目可增至約七百輛。"],
         fingerprint="議員的提問和環境及生態局局長的書面答覆", must_contain=["已由2014年的高峰下降約兩成", "相關細節仍在商討中"]),
]
