"""Articles of the ninety-second test web (tests/ninetysecondweb.py), written for issue 17 (a held-out estimate on
EUROPEAN CITIES AND CITY NETWORKS WITH CHINESE CITIES): a European city network's English newsroom (mayors who
"signed", cities that "adhered to" / "signed up to" an accord, member cities' pledges, a mayors' summit and a webinar
that conclude nothing), a German city's English press releases (a letter of intent on a climate partnership signed by
the Lord Mayor in the twin city, the council's target, a workshop, a twinning anniversary) and a Chinese city portal
(the same letter of intent in Chinese, a new area's 友好合作协议 with a Danish city, a 中欧城市 webinar, a visit).
Actors no other web uses: Eurocities, Espoo, Mannheim, Groningen, Leuven, Umeå, Guimarães, Heidelberg, Uppsala,
Ljubljana, Kiel, Schleswig-Holstein, Qingdao (as a city), 青岛西海岸新区, Aalborg (奥尔堡).

eurocities: a network newsroom (paged listing). kiel: a German city's English press releases (RSS feed). qdgov: a
Chinese city portal (Simplified, found through its sitemap).
Real: Eurocities and its 2022 annual conference in Espoo (1-3 June 2022), the mayors named (Jukka Mäkelä, Ulf
Kämpfer), Mannheim's selection for the EU Mission for climate-neutral cities (April 2022) with 2030, the Green City
Accord of the European Commission, Kiel-Qingdao twinning (1992), Kiel's Masterplan 100% Climate Protection (95% below
1990 by 2050), the Sino-German Ecopark in Qingdao. Invented: the Clean Heat Declaration and the 60% letter, the
signings of Leuven/Umeå/Guimarães on that day, the Kiel-Qingdao letter of intent, the West Coast New Area-Aalborg
agreement, the webinars, workshop and visits, every quote and every person not named above.
"""
from __future__ import annotations

ARTICLES = [
    # --- eurocities: a city network's newsroom -----------------------------------------------------------------------
    dict(id="eu01", site="eurocities", path="/news/mayors-sign-clean-heat-declaration-in-espoo/", date="2022-06-03",
         title="Three mayors sign the Clean Heat Declaration at Eurocities 2022",
         tags=["Climate", "Energy", "Annual conference"],
         paras=["The mayors of Espoo, Mannheim and Groningen on Thursday signed the Clean Heat Declaration, a Eurocities "
                "text that asks the EU to treat district heating as a backbone of the energy transition, at the "
                "network's annual conference in Espoo.",
                "Eurocities 2022 runs from 1 to 3 June and has brought more than 600 mayors, city officials and "
                "partners to the Dipoli building on the Otaniemi campus, the first time the conference has met in "
                "person since 2019.",
                "\"Heating is half of the climate problem in a northern city, and it is the half nobody sees,\" said "
                "Jukka Mäkelä, Mayor of Espoo, who hosted the signing. \"We want Europe to see it.\"",
                "By signing, Mannheim restated its goal of becoming climate neutral by 2030, the target it set when "
                "it was selected for the EU Mission for 100 climate-neutral and smart cities in April.",
                "Groningen presented its plans for geothermal heat networks in the northern districts of the city.",
                "Other cities at the conference, including Lisbon and Oslo, said they would consider signing the "
                "declaration before the end of the year.",
                "Eurocities brings together the local governments of more than 200 cities in 38 countries."],
         fingerprint="Groningen presented its plans for geothermal heat networks",
         must_contain=["The mayors of Espoo, Mannheim and Groningen on Thursday signed the Clean Heat Declaration",
                       "said they would consider signing the declaration before the end of the year"]),
    dict(id="eu02", site="eurocities", path="/news/leuven-umea-guimaraes-adhere-green-city-accord/",
         date="2023-03-10", title="Leuven, Umeå and Guimarães adhere to the Green City Accord",
         tags=["Environment", "Green City Accord"],
         paras=["Three more Eurocities members have signed up to the Green City Accord, the European Commission's "
                "movement of mayors committed to making cities cleaner and healthier.",
                "Leuven, Umeå and Guimarães adhered to the Accord on Wednesday at an online ceremony with the "
                "Commissioner for Environment, Oceans and Fisheries, Virginijus Sinkevičius.",
                "Signatories commit to address five areas of environmental management - air, water, nature and "
                "biodiversity, circular economy and waste, and noise - and to set their own targets for 2030 within "
                "two years.",
                "Leuven, which has set itself the goal of becoming climate neutral by 2050, will report first on air "
                "quality and noise. Umeå said it would focus on its rivers and its urban forest.",
                "Guimarães, the European Green Capital for 2026, joined Eurocities in 2019.",
                "\"An accord is only worth what its monitoring shows,\" said Anna Lindqvist, who follows the Accord "
                "for Eurocities. \"The reports are where the work starts.\""],
         fingerprint="Umeå said it would focus on its rivers and its urban forest",
         must_contain=["Leuven, Umeå and Guimarães adhered to the Accord on Wednesday"]),
    dict(id="eu03", site="eurocities", path="/news/urban-heat-webinar-european-chinese-cities/", date="2024-04-18",
         title="European and Chinese cities compare notes on urban heat",
         tags=["Climate adaptation", "International cooperation"],
         paras=["Officials from eleven European and Chinese cities compared their heat action plans in a webinar "
                "organised by Eurocities on Tuesday.",
                "Speakers from Qingdao, Kiel and Seville described cooling centres, tree planting and early warning "
                "by text message, and experts from the European Environment Agency presented the latest data on "
                "heat deaths in Europe.",
                "The webinar was the third in a series on climate adaptation. No agreements were signed; the "
                "participants agreed to share their heat plans and to meet again online in the autumn.",
                "\"We have the same summers now, from the Baltic to the Yellow Sea,\" one of the moderators said."],
         fingerprint="We have the same summers now, from the Baltic to the Yellow Sea",
         must_contain=["No agreements were signed; the participants agreed to share their heat plans"]),
    dict(id="eu04", site="eurocities", path="/news/mayors-summit-brussels-seat-at-the-table/", date="2023-10-11",
         title="Mayors' summit in Brussels asks for a seat at the table",
         tags=["Governance", "Mayors"],
         paras=["More than 40 mayors met in Brussels on Tuesday for the Eurocities Mayors Summit and called for "
                "direct access to EU climate funds for cities.",
                "The mayors discussed the next EU budget, the renovation of social housing and the cost of public "
                "transport, and heard from the President of the European Committee of the Regions.",
                "They agreed to prepare a joint statement on climate finance, which they plan to sign at the "
                "network's meeting in the spring.",
                "\"Cities deliver most of what Europe promises on climate, and they should not have to queue for "
                "the money,\" said the chair of the summit."],
         fingerprint="they plan to sign at the network's meeting in the spring",
         must_contain=["called for direct access to EU climate funds for cities"]),
    dict(id="eu05", site="eurocities", path="/news/member-cities-pledge-60-percent-cut-by-2030/", date="2024-11-06",
         title="Member cities pledge a 60% cut by 2030 ahead of COP29",
         tags=["Climate", "COP29"],
         paras=["Twenty-three Eurocities members, including Heidelberg, Uppsala and Ljubljana, pledged on Tuesday to "
                "cut their greenhouse gas emissions by at least 60 percent by 2030 compared with 1990 levels.",
                "The pledge was made in a letter to EU environment ministers ahead of the UN climate conference in "
                "Baku. The letter also asks the EU to adopt a 90 percent reduction target for 2040.",
                "Heidelberg has already reduced its emissions by 36 percent since 1990, according to the city's "
                "latest climate report.",
                "Several other members, among them Ghent and Bologna, said they would add their names to the letter "
                "after their councils have voted."],
         fingerprint="Heidelberg has already reduced its emissions by 36 percent since 1990",
         must_contain=["pledged on Tuesday to cut their greenhouse gas emissions by at least 60 percent by 2030"]),
    # --- kiel: a German city's English press releases ---------------------------------------------------------------
    dict(id="ki01", site="kiel", path="/en/press/2024/kiel-qingdao-letter-of-intent-climate-partnership.php",
         date="2024-09-13", title="Kiel and Qingdao sign letter of intent on climate partnership",
         contact="Press office of the State Capital Kiel",
         paras=["Kiel and its twin city Qingdao want to work together more closely on climate protection. Lord Mayor "
                "Dr. Ulf Kämpfer and Qingdao's Vice Mayor Zhang Deping signed a letter of intent on a climate "
                "partnership between the two port cities in Qingdao on Thursday (12 September).",
                "The partnership is to cover shore power for ferries and cruise ships, offshore wind, municipal heat "
                "planning and the exchange of staff between the two city administrations. It builds on the twinning "
                "that Kiel and Qingdao have maintained since 1992.",
                "\"Both our cities live from the sea, and both feel the consequences of climate change first at the "
                "coast,\" said Kämpfer. \"We can learn a lot from each other, in both directions.\"",
                "The delegation from Kiel, which included representatives of the Port of Kiel and Kiel University, "
                "was in Qingdao from 9 to 14 September. It also visited the Sino-German Ecopark and the city's "
                "cruise terminal.",
                "A detailed cooperation agreement is to be worked out by the end of 2025."],
         fingerprint="It also visited the Sino-German Ecopark and the city's cruise terminal",
         must_contain=["signed a letter of intent on a climate partnership between the two port cities in Qingdao"]),
    dict(id="ki02", site="kiel", path="/en/press/2023/council-adopts-updated-masterplan.php", date="2023-06-16",
         title="Council adopts updated Masterplan 100% Climate Protection",
         contact="Environmental Protection Office, Climate Protection Department",
         paras=["The Kiel city council on Thursday adopted the updated Masterplan 100% Climate Protection. Under the "
                "plan, Kiel aims to reduce its greenhouse gas emissions by 95 percent from 1990 levels by 2050 and "
                "to halve its final energy consumption over the same period.",
                "The update adds a heat plan for the whole city and a programme for solar roofs on schools and "
                "sports halls.",
                "In 2021, Kiel's emissions were 42 percent lower than in 1990. \"The easy part is behind us,\" Lord "
                "Mayor Dr. Ulf Kämpfer said after the vote.",
                "The state of Schleswig-Holstein aims to become climate neutral by 2040, five years ahead of the "
                "federal target."],
         fingerprint="The update adds a heat plan for the whole city and a programme for solar roofs",
         must_contain=["Kiel aims to reduce its greenhouse gas emissions by 95 percent from 1990 levels by 2050"]),
    dict(id="ki03", site="kiel", path="/en/press/2024/shore-power-workshop-port-cities.php", date="2024-03-21",
         title="Port cities from China and Scandinavia discuss shore power in Kiel",
         contact="Office of the Lord Mayor, International Affairs",
         paras=["Experts from Qingdao, Bergen and Kiel met at Kiel City Hall on 19 and 20 March for a workshop on "
                "shore power for ferries and cruise ships.",
                "The participants visited the shore power plant at the Norwegenkai and discussed grid connections, "
                "tariffs and the standards ships must meet.",
                "No agreements were signed. The three cities want to publish a joint paper on their experience "
                "later this year.",
                "The workshop was funded by the state of Schleswig-Holstein's programme for international municipal "
                "cooperation."],
         fingerprint="The participants visited the shore power plant at the Norwegenkai",
         must_contain=["No agreements were signed. The three cities want to publish a joint paper"]),
    dict(id="ki04", site="kiel", path="/en/press/2022/thirty-years-twinning-kiel-qingdao.php", date="2022-06-14",
         title="Thirty years of twinning: delegation from Qingdao visits Kiel",
         contact="Office of the Lord Mayor, International Affairs",
         paras=["Thirty years after Kiel and Qingdao signed their twinning agreement, a delegation from the Chinese "
                "port city was welcomed by Lord Mayor Dr. Ulf Kämpfer at Kiel City Hall on Monday.",
                "The twinning, sealed in 1992, is one of the oldest between a German and a Chinese city. Since then "
                "more than 2,000 pupils, students and sailors have taken part in exchanges.",
                "During the visit, the two sides talked about a climate partnership. A letter of intent could be "
                "signed during a visit of the Lord Mayor to Qingdao, Kämpfer said.",
                "The delegation also watched the Kiel Week regatta from the Olympic Centre in Schilksee."],
         fingerprint="The delegation also watched the Kiel Week regatta from the Olympic Centre in Schilksee",
         must_contain=["A letter of intent could be signed during a visit of the Lord Mayor to Qingdao"]),
    # --- qdgov: a Chinese city portal (Simplified) ------------------------------------------------------------------
    dict(id="qd01", site="qdgov", path="/zwyw/qdyw/202409/t20240913_8231457.html", date="2024-09-13",
         source="青岛日报", title="我市与德国基尔市签署气候伙伴关系意向书",
         paras=["9月12日，青岛市人民政府与德国基尔市在青岛签署《青岛市与基尔市气候伙伴关系意向书》。副市长张德平与"
                "来访的基尔市市长乌尔夫·肯普费代表两市签字。",
                "根据意向书，双方将在港口岸电、海上风电、城市供热规划以及干部交流等领域开展务实合作，共同推进低碳城市"
                "建设。",
                "青岛与基尔于1992年缔结友好城市关系，30多年来在港口、海洋科研、帆船运动等领域交流密切。",
                "肯普费表示，两市都是海港城市，都最先在海岸线上感受到气候变化的影响，希望通过气候伙伴关系相互学习。",
                "双方商定，将争取在2025年底前形成具体合作协议。访问期间，基尔市代表团还考察了中德生态园和青岛邮轮母港。"],
         fingerprint="基尔市代表团还考察了中德生态园和青岛邮轮母港",
         must_contain=["青岛市人民政府与德国基尔市在青岛签署《青岛市与基尔市气候伙伴关系意向书》"]),
    dict(id="qd02", site="qdgov", path="/zwyw/qdyw/202311/t20231110_7760312.html", date="2023-11-10",
         source="青岛西海岸新区管委", title="西海岸新区与丹麦奥尔堡市签署友好合作协议",
         paras=["当地时间11月8日，青岛西海岸新区代表团访问丹麦期间，青岛西海岸新区管委与丹麦奥尔堡市在奥尔堡签署"
                "友好合作关系协议书，两地正式建立友好合作关系。",
                "根据协议，双方将在绿色能源、低碳城市规划、海洋经济和职业教育等领域开展交流与合作。",
                "奥尔堡是丹麦第四大城市，1994年在当地召开的欧洲可持续城市大会通过了《奥尔堡宪章》。",
                "此次签约是深化中欧城市合作、推动低碳城市建设的具体举措。代表团还参观了奥尔堡大学和当地的区域供热"
                "企业。"],
         fingerprint="代表团还参观了奥尔堡大学和当地的区域供热企业",
         must_contain=["青岛西海岸新区管委与丹麦奥尔堡市在奥尔堡签署友好合作关系协议书"]),
    dict(id="qd03", site="qdgov", path="/zwyw/qdyw/202412/t20241206_8410276.html", date="2024-12-06",
         source="市外办", title="中欧城市低碳发展线上研讨会举行",
         paras=["12月5日，由市外办与欧洲城市联盟（Eurocities）共同举办的“中欧城市低碳发展”线上研讨会举行。",
                "来自基尔、奥尔堡、格罗宁根等欧洲城市和我市有关部门的40余名代表参加会议，围绕城市供热、港口岸电和"
                "建筑节能等议题进行了交流。",
                "与会代表表示，将在中欧城市合作框架下加强经验分享。本次研讨会未签署合作文件。"],
         fingerprint="围绕城市供热、港口岸电和建筑节能等议题进行了交流",
         must_contain=["本次研讨会未签署合作文件"]),
    dict(id="qd04", site="qdgov", path="/zwyw/qdyw/202504/t20250417_8702215.html", date="2025-04-17",
         source="市外办", title="荷兰格罗宁根市代表团来青考察",
         paras=["4月16日，荷兰格罗宁根市副市长率代表团来青考察，副市长张德平会见了代表团一行。",
                "双方就氢能、地热供暖和城市更新等领域的合作交换了意见，表示将积极推动两市签署友好合作意向书。",
                "代表团还考察了青岛港自动化码头和中德生态园。"],
         fingerprint="代表团还考察了青岛港自动化码头和中德生态园",
         must_contain=["表示将积极推动两市签署友好合作意向书"]),
]
