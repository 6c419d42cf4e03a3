"""Articles of the nineteenth test web (tests/nineteenthweb.py): subnational and regional climate cooperation (a
Canadian province with a Chinese sister province, a Canadian university with a Chinese Academy of Sciences institute,
Japanese cities with Chinese port cities, a Chinese province joining a coalition of regional governments), actors no
other web uses (issue 17: an honest held-out estimate in English).

gov: a provincial government newsroom (a release line with the date and ministry, "CITY, Province –" datelines, a
"-30-" tail, "Media inquiries" chrome); paper: a regional newspaper (bylines, "CITY —" datelines, photo captions,
"Most popular" chrome); net: a city-network blog (posted-on line, tag cloud, "Related posts" list). Facts told twice: the
Alberta-Heilongjiang memorandum (gov01, paper01), the Kitakyushu-Dalian renewal (paper02, net01), Hubei joining the
Under2 Coalition at its General Assembly (paper03, net02). Negatives: sister-province and sister-city ties of old
(gov01, paper01, paper02, net03), a trade mission with talks, a letter of intent only discussed and a signing planned
for next year (gov02), an earlier memorandum told again "last week" (gov02), talks, a letter of intent not signed and
an agreement to be signed next month (net04), a meeting to be hosted next spring (net02).
"""
from __future__ import annotations

ARTICLES = [
    # --- gov: a provincial government newsroom -------------------------------------------------------------------
    dict(id="gov01", site="gov", path="/release.cfm?xID=57011", date="2018-06-07", ministry="Economic Development and Trade",
         title="Alberta and Heilongjiang partner on carbon capture",
         paras=["HARBIN, Heilongjiang – Alberta and China's Heilongjiang Province have agreed to cooperate under a new "
                "memorandum of understanding on carbon capture, utilization and storage and clean technology.",
                "It was signed in Harbin on June 6 by Alberta's Minister of Economic Development and Trade and a "
                "vice-governor of Heilongjiang.",
                "“Heilongjiang is one of our oldest partners in China, and this memorandum will help Alberta companies "
                "bring their carbon capture expertise to a growing market,” the minister said.",
                "Alberta and Heilongjiang have been sister provinces since 1981.",
                "Alberta has committed to reducing methane emissions from its oil and gas sector by 45 per cent below "
                "2014 levels by 2025."],
         fingerprint="carbon capture, utilization and storage and clean technology",
         must_contain=["It was signed in Harbin on June 6"]),
    dict(id="gov02", site="gov", path="/release.cfm?xID=57039", date="2018-06-12", ministry="Economic Development and Trade",
         title="Minister wraps up trade mission to China and Japan",
         paras=["TOKYO, Japan – Alberta's Minister of Economic Development and Trade wrapped up a nine-day trade mission "
                "to China and Japan on Tuesday.",
                "In Changchun, the minister held talks with Jilin Province on clean technology and agriculture, and the "
                "two provinces expect to sign a cooperation agreement next year.",
                "In Tokyo, officials discussed a letter of intent on hydrogen supply chains with Japanese trading "
                "companies, but no letter was signed.",
                "The mission followed the signing of Alberta's carbon capture memorandum with Heilongjiang last week.",
                "Alberta aims to reach net-zero emissions by 2050, the minister told business leaders in Tokyo."],
         fingerprint="hydrogen supply chains with Japanese trading companies",
         must_contain=["wrapped up a nine-day trade mission"]),
    dict(id="gov03", site="gov", path="/release.cfm?xID=60233", date="2019-09-25", ministry="Advanced Education",
         title="Alberta researchers team up with Chinese institute on hydrogen",
         paras=["CALGARY, Alberta – The University of Calgary and the Dalian Institute of Chemical Physics of the "
                "Chinese Academy of Sciences entered into a research cooperation agreement on Tuesday to develop "
                "hydrogen and energy storage technologies.",
                "The agreement, signed in Calgary, sets up a joint laboratory and an exchange program for graduate "
                "students.",
                "“Partnerships like this one put Alberta researchers at the centre of the clean energy transition,” "
                "the Minister of Advanced Education said.",
                "The university has worked with Chinese researchers on oil sands upgrading since the 1990s."],
         fingerprint="sets up a joint laboratory and an exchange program for graduate students",
         must_contain=["entered into a research cooperation agreement on Tuesday"]),
    # --- paper: a regional newspaper ------------------------------------------------------------------------------
    dict(id="paper01", site="paper", path="/news/business/alberta-inks-carbon-capture-pact-with-heilongjiang-1.2291",
         date="2018-06-08", byline="Laura Whitford", caption="Officials from Alberta and Heilongjiang at a ceremony in "
         "Harbin. (Government of Alberta)",
         title="Alberta inks carbon capture pact with Chinese sister province",
         paras=["EDMONTON — Alberta inked a memorandum of understanding with China's Heilongjiang Province on "
                "Wednesday, promising to share its know-how on capturing and storing carbon with the northeastern "
                "province.",
                "The pact, signed in Harbin, commits the two provinces to joint research, pilot projects and staff "
                "exchanges.",
                "Alberta and Heilongjiang first became sister provinces in 1981, and the Chinese province has sent "
                "engineers to Alberta's oil sands since the 1980s.",
                "Officials said a second agreement, on hydrogen, could be signed with Jilin Province next year."],
         fingerprint="commits the two provinces to joint research, pilot projects and staff exchanges",
         must_contain=["inked a memorandum of understanding with China's Heilongjiang Province"]),
    dict(id="paper02", site="paper", path="/news/world/kitakyushu-dalian-renew-low-carbon-pact-1.2874",
         date="2019-10-18", byline="Mei Tanaka-Ross", caption="The mayors of Kitakyushu, left, and Dalian shake hands "
         "after the ceremony. (Herald photo)",
         title="Japanese, Chinese port cities renew low-carbon pact",
         paras=["DALIAN, China — The Japanese city of Kitakyushu and the Chinese port city of Dalian renewed their "
                "environmental cooperation agreement on Thursday, adding projects on waste-to-energy plants and "
                "low-carbon ports.",
                "The mayors of the two cities put their signatures to the “Agreement on Cooperation for a Low-Carbon "
                "Society” at a ceremony in Dalian.",
                "Kitakyushu and Dalian became sister cities in 1979, and Kitakyushu engineers helped clean up "
                "Dalian's polluted bay in the 1990s."],
         fingerprint="adding projects on waste-to-energy plants and low-carbon ports",
         must_contain=["renewed their environmental cooperation agreement on Thursday"]),
    dict(id="paper03", site="paper", path="/news/world/hubei-joins-under2-coalition-1.2951", date="2019-12-16",
         byline="Laura Whitford", caption="Delegates at the Under2 Coalition General Assembly in Madrid. (Herald photo)",
         title="Hubei joins global coalition of climate-minded regions",
         paras=["MADRID — Hubei Province joined the Under2 Coalition last Tuesday, becoming the latest Chinese "
                "province in the network of more than 220 state and regional governments.",
                "A vice-governor of the central Chinese province signed the Under2 Memorandum of Understanding at the "
                "coalition's General Assembly in Madrid, which was held on Dec. 10.",
                "Wales and Catalonia, both founding members of the coalition, shared their experience of cutting "
                "emissions with the new members."],
         fingerprint="the latest Chinese province in the network of more than 220 state and regional governments",
         must_contain=["Hubei Province joined the Under2 Coalition last Tuesday"]),
    # --- net: a city-network blog ---------------------------------------------------------------------------------
    dict(id="net01", site="net", path="/blog/2019/10/21/kitakyushu-dalian-renewal/", date="2019-10-21",
         tags=["Japan", "China", "sister cities", "waste"],
         title="Kitakyushu and Dalian renew their low-carbon partnership",
         paras=["Last Thursday, the City of Kitakyushu and the Dalian Municipal People's Government renewed the "
                "*Agreement on Cooperation for a Low-Carbon Society* in Dalian.",
                "Under the renewed agreement, Kitakyushu will help Dalian plan waste-to-energy plants and cut "
                "emissions at its container port.",
                "Kitakyushu aims to cut its greenhouse gas emissions by 47 percent from 2013 levels by 2030."],
         fingerprint="Kitakyushu will help Dalian plan waste-to-energy plants",
         must_contain=["renewed the Agreement on Cooperation for a Low-Carbon Society in Dalian"]),
    dict(id="net02", site="net", path="/blog/2019/12/11/welcome-hubei-under2/", date="2019-12-11",
         tags=["Under2", "China", "regions", "membership"],
         title="Welcome, Hubei! A new member for the Under2 Coalition",
         paras=["At the Under2 Coalition General Assembly in Madrid on 10 December, Hubei Province put its signature "
                "to the Under2 MOU and became the coalition's newest member.",
                "The General Assembly brought together ministers and governors from more than 40 state and regional "
                "governments.",
                "Hubei has pledged to peak its carbon dioxide emissions by 2030.",
                "Lombardy will host the coalition's European regional meeting in Milan next spring."],
         fingerprint="brought together ministers and governors from more than 40 state and regional governments",
         must_contain=["put its signature to the Under2 MOU"]),
    dict(id="net03", site="net", path="/blog/2019/08/29/kawasaki-shenyang-eco-town/", date="2019-08-29",
         tags=["Japan", "China", "circular economy", "eco-towns"],
         title="Kawasaki and Shenyang sign eco-town memorandum",
         paras=["A memorandum of understanding on circular economy and low-carbon city development was signed on "
                "27 August in Shenyang.",
                "Its signatories were the City of Kawasaki, the Shenyang Municipal People's Government and the "
                "Institute for Global Environmental Strategies (IGES).",
                "Kawasaki and Shenyang have been sister cities since 1981, and Kawasaki's eco-town has hosted study "
                "visits from Shenyang officials for over a decade."],
         fingerprint="memorandum of understanding on circular economy and low-carbon city development",
         must_contain=["Its signatories were the City of Kawasaki"]),
    dict(id="net04", site="net", path="/blog/2020/01/22/catalonia-anhui-mobility-talks/", date="2020-01-22",
         tags=["Europe", "China", "e-mobility", "regions"],
         title="Catalonia and Anhui explore cooperation on sustainable mobility",
         paras=["A delegation from the Government of Catalonia visited Hefei last week for talks with Anhui Province "
                "on electric mobility and renewable energy.",
                "The two sides discussed a letter of intent on sustainable mobility, but it was not signed during the "
                "visit.",
                "Catalonia and Anhui will sign a cooperation agreement next month, officials said.",
                "Catalonia has set a target of generating 50 percent of its electricity from renewable sources by "
                "2030."],
         fingerprint="talks with Anhui Province on electric mobility and renewable energy",
         must_contain=["discussed a letter of intent on sustainable mobility"]),
]
