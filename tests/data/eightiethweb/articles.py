"""Articles of the eightieth test web (tests/eightiethweb.py), written for issue 17 (a held-out estimate of the
RESULTS OF CLIMATE SUMMITS told by the networks and the press): declarations signed at a summit by groups of mayors or
regional leaders with a few signatories named ("among them A, B, C and D", "signed first by ... and by ..."), pledges
a city, a state or a region announced to a summit ("told the summit that ... would"), an outcome list of a summit
(a partnership endorsed by governments, a funding figure, a call without targets), summits announced for later (no
record), a visit to a summit that signed nothing, and a stocktake that restates pledges of earlier summits.

metroalliance: an international city network's newsroom (English, paginated). hkgreen: a Hong Kong news site
(Traditional Chinese, UTF-8). unpress: a UN-style press-release set (English, found through its sitemap).

Facts. Real, as given: the C40 World Mayors Summit in Copenhagen (9-12 Oct 2019, Frank Jensen host, Eric Garcetti C40
chair), the Good Food Cities Declaration (14 cities) and the Clean Air Cities Declaration (35 cities), C40's count of
30 cities past their peak; Toronto's net-zero-by-2050 goal of October 2019; the World Mayors Summit on Climate and the
Mexico City Pact (Global Cities Covenant on Climate, 21 Nov 2010, Marcelo Ebrard host, the carbonn Cities Climate
Registry, Kadir Topbaş elected UCLG president there); the Climate Summit of Local and Regional Leaders in Bonn during
COP23 and the Bonn-Fiji Commitment (12 Nov 2017, Ashok Sridharan); North Rhine-Westphalia's climate protection law
(at least 25% below 1990 by 2020, at least 80% by 2050); the Climate Summit for Local Leaders at Paris City Hall and
its declaration (4 Dec 2015, Hidalgo and Bloomberg hosts, 100% renewables or 80% by 2050); the first Local Climate
Action Summit at COP28 (1-2 Dec 2023, COP28 Presidency and Bloomberg Philanthropies) and CHAMP; Scotland's statutory
net zero by 2045; Rio de Janeiro as host of the 2025 C40 World Mayors Summit. Real, details unsure: who signed first
(Ebrard and Topbaş, Sridharan and Laschet, Hidalgo and Paes), which cities signed which C40 declaration beyond those
named, Laschet's and Yousaf's remarks to those summits, CHAMP's endorsers named (Germany, Kenya, Chile), page dates
(ma04, un03, un04). Invented: the three sites, their chrome, every quotation (in our own words), the Hong Kong and
Macao officials' remarks and the Macao delegation, the US$65 million figure, the companies' retrofit call, the un03
stocktake.
"""
from __future__ import annotations

ARTICLES = [
    # --- metroalliance: an international city network's newsroom ----------------------------------------------------
    dict(id="ma01", site="metroalliance", path="/newsroom/2019/10/11/good-food-cities-declaration-signed/",
         date="2019-10-11", title="Fourteen cities sign Good Food Cities Declaration in Copenhagen",
         paras=["COPENHAGEN — Fourteen cities signed the C40 Good Food Cities Declaration on Thursday at the C40 World "
                "Mayors Summit, committing to work with their residents toward a \u201cplanetary health diet\u201d by "
                "2030.",
                "The signatories, among them Copenhagen, Milan, Quezon City and Toronto, will align the food they buy "
                "for schools, hospitals and city offices with the diet and report on their progress every two years.",
                "The summit, which opened on Wednesday and runs until Saturday, has drawn more than 90 mayors to the "
                "Danish capital at the invitation of Lord Mayor Frank Jensen.",
                "C40 Chair Eric Garcetti, the Mayor of Los Angeles, said the declaration showed \u201cthat what ends up "
                "on our plates is a climate issue, too.\u201d",
                "Separately, Toronto Mayor John Tory told the summit that his city would aim to reach net-zero "
                "greenhouse gas emissions by 2050, a goal the city council endorsed last week.",
                "The declaration sets no numerical target for individual cities. Food accounts for a significant "
                "share of the emissions of large cities, and C40 said a first progress report would follow in 2021."],
         fingerprint="align the food they buy for schools, hospitals and city offices",
         must_contain=["among them Copenhagen, Milan, Quezon City and Toronto",
                       "would aim to reach net-zero greenhouse gas emissions by 2050"]),
    dict(id="ma02", site="metroalliance", path="/newsroom/2010/11/22/mexico-city-pact-signed/",
         date="2010-11-22", title="Mayors sign the Mexico City Pact at World Mayors Summit on Climate",
         paras=["MEXICO CITY — Mayors from around the world signed the Global Cities Covenant on Climate, known as the "
                "Mexico City Pact, on Sunday at the close of the World Mayors Summit on Climate.",
                "The pact was signed by 138 mayors. Mayor Marcelo Ebrard of Mexico City, who hosted the summit, signed "
                "first, followed by Mayor Kadir Topbaş of Istanbul, the newly elected president of United Cities and "
                "Local Governments (UCLG).",
                "Signatories commit to voluntarily reduce their greenhouse gas emissions, to register their actions "
                "in the carbonn Cities Climate Registry and to seek direct access to international climate finance.",
                "\u201cCities cannot wait for national governments to agree,\u201d Ebrard told delegates.",
                "Mexico City's own climate action programme, in place since 2008, aims to cut seven million tonnes "
                "of carbon dioxide by 2012.",
                "The summit ended a week before the UN climate conference opens in Cancún, where mayors hope to see "
                "local governments recognised in the negotiated text."],
         fingerprint="register their actions in the carbonn Cities Climate Registry",
         must_contain=["Mayor Marcelo Ebrard of Mexico City, who hosted the summit, signed first"]),
    dict(id="ma03", site="metroalliance", path="/newsroom/2017/11/13/bonn-fiji-commitment-adopted/",
         date="2017-11-13", title="Local and regional leaders adopt the Bonn-Fiji Commitment",
         paras=["BONN — More than 300 local and regional leaders adopted the Bonn-Fiji Commitment of Local and "
                "Regional Leaders to Deliver the Paris Agreement at All Levels on Sunday, at the Climate Summit of "
                "Local and Regional Leaders held alongside the UN climate conference, COP23.",
                "The commitment was signed first by Bonn Mayor Ashok Sridharan, the summit's host and president of "
                "ICLEI, and by Armin Laschet, Minister-President of the German state of North Rhine-Westphalia.",
                "Signatories pledge to speed up climate action through more than 20 initiatives, from a global "
                "registry of local commitments to programmes for transformative action, and to report on them at COP24 "
                "in Katowice.",
                "Laschet told the summit that North Rhine-Westphalia, home to much of Germany's coal industry, would "
                "hold to its climate protection law, which requires the state to cut greenhouse gas emissions by at "
                "least 25 percent below 1990 levels by 2020 and by at least 80 percent by 2050.",
                "Fiji's Prime Minister Frank Bainimarama, who presides over COP23, addressed the leaders and called the "
                "commitment \u201cthe voice of the places where people live.\u201d",
                "The summit was organised by ICLEI, the City of Bonn and the state government with the support of the "
                "COP23 Presidency."],
         fingerprint="from a global registry of local commitments to programmes for transformative action",
         must_contain=["by at least 25 percent below 1990 levels by 2020"]),
    dict(id="ma04", site="metroalliance", path="/newsroom/2024/11/20/rio-to-host-world-mayors-summit/",
         date="2024-11-20", title="Rio de Janeiro to host the 2025 C40 World Mayors Summit",
         paras=["Rio de Janeiro will host the next C40 World Mayors Summit in 2025, the network announced on Tuesday, "
                "in the run-up to the UN climate conference, COP30, in the Brazilian city of Belém.",
                "Mayor Eduardo Paes, who chaired C40 from 2013 to 2016, said the city would \u201cput the cities of "
                "the Global South at the centre of the conversation.\u201d",
                "Dates and the programme will be announced next year. No declarations or new commitments are expected "
                "before the summit itself.",
                "The last World Mayors Summit, held in Buenos Aires in October 2022, drew more than 100 mayors."],
         fingerprint="put the cities of the Global South at the centre of the conversation",
         must_contain=["No declarations or new commitments are expected before the summit itself"]),
    # --- hkgreen: a Hong Kong news site in Traditional Chinese ----------------------------------------------------
    dict(id="hk01", site="hkgreen", path="/news/20191011/c40-clean-air-declaration.html",
         date="2019-10-11", title="C40峰會｜倫敦巴黎等35城市簽署清潔空氣宣言",
         paras=["C40世界市長峰會10日在丹麥哥本哈根進入第二日議程，倫敦、巴黎、米蘭、首爾等35個城市的市長簽署"
                "《C40清潔空氣城市宣言》，承諾為空氣污染物訂立減排目標，並於2025年前推行主要的清潔空氣政策。",
                "根據宣言，簽署城市須在兩年內就PM2.5等污染物訂立目標，並逐步達到世界衞生組織的空氣質素指引。",
                "同日，另有14個城市簽署《C40良好食物城市宣言》，承諾推動市民邁向更健康及可持續的飲食。",
                "C40同時公布，已有30個成員城市的溫室氣體排放量達到峰值，較去年的27個增加。",
                "香港是C40成員城市，環境局局長黃錦星早前表示，特區政府正檢討《香港氣候行動藍圖2030+》。"
                "香港今次未有簽署該宣言。",
                "峰會將於12日閉幕。"],
         fingerprint="香港今次未有簽署該宣言",
         must_contain=["倫敦、巴黎、米蘭、首爾等35個城市的市長簽署"]),
    dict(id="hk02", site="hkgreen", path="/news/20151205/paris-city-hall-declaration.html",
         date="2015-12-05", title="巴黎氣候大會｜逾千名市長簽署《巴黎市政廳宣言》",
         paras=["聯合國氣候變化大會（COP21）舉行期間，「地方領袖氣候峰會」4日在巴黎市政廳舉行，逾千名來自世界各地"
                "的市長及地方領袖出席。",
                "會上，巴黎市長伊達爾戈與里約熱內盧市長帕斯等地方領袖簽署《巴黎市政廳宣言》，承諾支持到2050年"
                "百分之百使用可再生能源，或將溫室氣體排放減少80%等長遠目標。",
                "峰會由伊達爾戈與聯合國秘書長城市及氣候變化特使彭博共同主持。",
                "宣言其後將提交大會主席、法國外長法比尤斯。",
                "環境局發言人表示，特區政府會在明年檢視香港2030年的減碳目標。"],
         fingerprint="宣言其後將提交大會主席",
         must_contain=["巴黎市長伊達爾戈與里約熱內盧市長帕斯等地方領袖簽署《巴黎市政廳宣言》"]),
    dict(id="hk03", site="hkgreen", path="/news/20231203/macao-cop28-local-summit.html",
         date="2023-12-03", title="澳門代表出席COP28地方氣候行動峰會 分享低碳經驗",
         paras=["第28屆聯合國氣候變化大會（COP28）期間舉行的首屆「地方氣候行動峰會」1日至2日在阿聯酋杜拜舉行，"
                "澳門特區政府環境保護局派員以中國代表團成員身份出席，介紹澳門推動新能源巴士及垃圾焚化減碳的經驗。",
                "環保局人員在會上與多個城市代表交流，但表示今次並無簽署任何合作文件。",
                "環保局指出，澳門正按《澳門環境保護規劃（2021-2025）》推進減碳工作，並會適時研究訂立長遠減碳目標。",
                "下一屆聯合國氣候變化大會將於明年在阿塞拜疆巴庫舉行。"],
         fingerprint="今次並無簽署任何合作文件",
         must_contain=["介紹澳門推動新能源巴士及垃圾焚化減碳的經驗"]),
    dict(id="hk04", site="hkgreen", path="/news/20171113/bonn-fiji-commitment.html",
         date="2017-11-13", title="波恩氣候峰會｜逾300地方領袖通過《波恩-斐濟承諾》",
         paras=["聯合國氣候變化大會（COP23）在德國波恩舉行期間，「地方及區域領袖氣候峰會」12日舉行，逾300名地方及"
                "區域領袖通過《波恩-斐濟承諾》，承諾在各個層面落實《巴黎協定》。",
                "承諾由峰會東道主、波恩市長斯里德哈蘭與德國北萊茵-威斯特法倫州州長拉舍特率先簽署。",
                "拉舍特在峰會上表示，北萊茵-威斯特法倫州會遵守州立氣候保護法，到2020年溫室氣體排放較1990年"
                "至少減少25%，到2050年至少減少80%。",
                "斐濟總理姆拜尼馬拉馬以COP23主席身份致辭。"],
         fingerprint="斐濟總理姆拜尼馬拉馬以COP23主席身份致辭",
         must_contain=["波恩市長斯里德哈蘭與德國北萊茵-威斯特法倫州州長拉舍特率先簽署"]),
    # --- unpress: a UN-style press-release set ------------------------------------------------------------------
    dict(id="un01", site="unpress", path="/en/2015/envdev1611.doc.htm",
         date="2015-12-04", title="More than 1,000 local leaders adopt Paris City Hall Declaration",
         paras=["PARIS, 4 December 2015 \u2013 More than 1,000 mayors and local leaders from around the world gathered "
                "at Paris City Hall today for the Climate Summit for Local Leaders, held during the UN climate "
                "conference (COP21), and adopted the Paris City Hall Declaration.",
                "Paris Mayor Anne Hidalgo and Rio de Janeiro Mayor Eduardo Paes, chair of the C40 Cities Climate "
                "Leadership Group, were the first to sign the declaration, which will be presented to the COP21 "
                "Presidency.",
                "In the declaration, the signatories commit to support ambitious long-term goals such as a transition "
                "to 100 percent renewable energy in their communities or an 80 percent reduction in greenhouse gas "
                "emissions by 2050.",
                "The summit was co-hosted by Mayor Hidalgo and Michael R. Bloomberg, the UN Secretary-General's "
                "Special Envoy for Cities and Climate Change.",
                "\u201cCities are where the Paris Agreement will succeed or fail,\u201d Mr. Bloomberg said.",
                "The Compact of Mayors, the largest coalition of city leaders addressing climate change, now counts "
                "more than 400 cities."],
         fingerprint="which will be presented to the COP21 Presidency",
         must_contain=["Paris Mayor Anne Hidalgo and Rio de Janeiro Mayor Eduardo Paes"]),
    dict(id="un02", site="unpress", path="/en/2023/envdev2104.doc.htm",
         date="2023-12-02", title="Local Climate Action Summit closes with new partnership for multilevel action",
         paras=["DUBAI, 2 December 2023 \u2013 The first Local Climate Action Summit, convened by the COP28 Presidency "
                "and Bloomberg Philanthropies, closed today in Dubai after two days in which some 250 governors, mayors "
                "and other subnational leaders met national ministers for the first time within a UN climate "
                "conference.",
                "Outcomes of the Summit include:",
                "The Coalition for High Ambition Multilevel Partnerships for Climate Action (CHAMP), launched on "
                "1 December by the United Arab Emirates and endorsed by more than 60 national governments, among them "
                "Germany, Kenya and Chile, which commit to work with their subnational governments on the planning and "
                "delivery of their next nationally determined contributions.",
                "Scotland's First Minister, Humza Yousaf, told the Summit that Scotland would keep its legally binding "
                "target of net-zero emissions by 2045.",
                "Bloomberg Philanthropies announced a further US$65 million to help cities in low- and middle-income "
                "countries prepare climate projects for investment.",
                "More than 40 companies from the construction and real-estate sectors joined a call for faster "
                "permitting of building retrofits; the call sets no targets."],
         fingerprint="met national ministers for the first time within a UN climate conference",
         must_contain=["among them Germany, Kenya and Chile",
                       "target of net-zero emissions by 2045"]),
    dict(id="un03", site="unpress", path="/en/2020/envdev1988.doc.htm",
         date="2020-12-04", title="Five years on, cities turn Paris City Hall goals into local targets, report finds",
         paras=["NEW YORK, 4 December 2020 \u2013 Five years after more than 1,000 mayors adopted the Paris City Hall "
                "Declaration at the Climate Summit for Local Leaders, a stocktake published today finds that most "
                "signatory cities have turned its long-term goals into local targets.",
                "The report recalls that Paris Mayor Anne Hidalgo and Rio de Janeiro Mayor Eduardo Paes were the first "
                "to sign the declaration on 4 December 2015.",
                "Among pledges made at later gatherings, it lists Toronto's goal of net-zero emissions by 2050, "
                "announced at the C40 World Mayors Summit in Copenhagen in October 2019.",
                "The report calls on all cities to adopt interim targets of at least 50 percent below 2010 levels by "
                "2030, in line with the findings of the Intergovernmental Panel on Climate Change.",
                "No new commitments were announced with the report, which draws on data that cities reported through "
                "CDP and ICLEI."],
         fingerprint="a stocktake published today finds that most signatory cities",
         must_contain=["The report calls on all cities to adopt interim targets"]),
    dict(id="un04", site="unpress", path="/en/2023/envdev2061.doc.htm",
         date="2023-06-21", title="COP28 Presidency and Bloomberg Philanthropies to convene first Local Climate "
                                  "Action Summit",
         paras=["NEW YORK, 21 June 2023 \u2013 The incoming COP28 Presidency and Bloomberg Philanthropies announced "
                "today that they will convene the first Local Climate Action Summit at COP28 in Dubai on 1 and 2 "
                "December 2023.",
                "Governors, mayors and other subnational leaders will be invited to take part alongside heads of state "
                "and government.",
                "The organisers said they hoped the Summit would produce new partnerships between national and local "
                "governments, but no commitments have been made so far.",
                "Registration details will be announced in the coming months."],
         fingerprint="but no commitments have been made so far",
         must_contain=["will be invited to take part alongside heads of state"]),
]
