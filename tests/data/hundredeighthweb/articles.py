"""Articles of the hundred-and-eighth test web (tests/hundredeighthweb.py), written for issue 17 (a held-out estimate
of US-CHINA SUBNATIONAL CLIMATE COOPERATION SINCE THE 2023 SUNNYLANDS STATEMENT): a California state agency's
newsroom, 广东省人民政府外事办公室's portal and the University of Maryland Center for Global Sustainability's news, about
the memoranda signed at the U.S.-China High-Level Event on Subnational Climate Action (Berkeley, 29-30 May 2024; told
in English and in Chinese: one row), a port letter of Guangzhou and Los Angeles on the same trip, a clean-air
memorandum of the California Air Resources Board with Beijing's ecology bureau, the centre's memorandum with the
Chinese Academy of Environmental Planning, a Maryland-Anhui memorandum signed at a Track II dialogue, the pledges
told beside them (California's 2045 neutrality and 85 percent cut, Guangdong's peak, Maryland's 2031 and 2045
targets), and pages that conclude nothing.

The frames are real (the Sunnylands Statement's subnational section; the Berkeley event hosted by the California-China
Climate Institute on 29-30 May 2024 with Guangdong's governor and California's governor, where documents of Guangdong
and Hainan with California were released; the March 2024 trip of California's environmental and transportation
secretaries to Shanghai, Hong Kong, Guangdong and Hainan; the U.S.-China Subnational Climate Leaders Dialogue at COP29
in Baku; the Maryland-Anhui and Guangzhou-Los Angeles sister ties; California's AB 1279 targets, Maryland's Climate
Solutions Now Act targets, Guangdong's peaking plan). Which agency signed which document, the titles of the documents,
the CARB-Beijing, CGS-CAEP and Maryland-Anhui memoranda, the Track II dialogue in Hefei, the Guangzhou-Los Angeles
letter, the New Mexico delegation, the webinar, the report and the Jiangxi visit, and every quotation are written for
the test: they stand for a kind of sentence, not for a record to look up.

calepa: the California Environmental Protection Agency newsroom (English, paged listing). gdfao: 广东省人民政府外事办公室
(UTF-8, TRS-style, sitemap). cgs: the Center for Global Sustainability news site (English, RSS).
"""
from __future__ import annotations

ABOUT = ("The California Environmental Protection Agency (CalEPA) oversees the state's air, water, pesticide, "
         "toxic substances and waste programs, and the boards and departments that carry them out.")

ARTICLES = [
    # --- calepa: the CalEPA newsroom ------------------------------------------------------------------------------
    dict(id="ce01", site="calepa", path="/2024/05/30/california-guangdong-hainan-sign-climate-documents/",
         date="2024-05-30", rel="24-031",
         title="California, Guangdong and Hainan sign climate documents as U.S.-China subnational event opens",
         paras=["BERKELEY \u2013 California Secretary for Environmental Protection Yana Garcia and Huang Wenyu, "
                "Director-General of the Department of Ecology and Environment of Guangdong Province, on Wednesday "
                "signed a memorandum of understanding on clean air and zero-emission freight, on the opening day of "
                "the U.S.-China High-Level Event on Subnational Climate Action.",
                "The two-day event at the University of California, Berkeley, hosted by the California-China Climate "
                "Institute, is the high-level event on subnational climate action that the United States and China "
                "announced in the Sunnylands Statement last November. It runs through Thursday.",
                "At the same session, the California Natural Resources Agency and the Hainan Provincial Department "
                "of Natural Resources and Planning signed a letter of intent to cooperate on coastal wetland "
                "restoration and blue carbon accounting. Guangdong Governor Wang Weizhong and Governor Gavin Newsom "
                "looked on.",
                "Under the memorandum, CalEPA and the Guangdong department will set up a working group on "
                "heavy-duty truck electrification and port emissions, exchange air monitoring data methods and "
                "hold a first technical workshop in Guangzhou before the end of the year.",
                "\u201cGuangdong moves more freight than most countries, and California has spent two decades "
                "cleaning up its ports. We have a lot to teach each other,\u201d Secretary Garcia said.",
                "California law requires the state to reach carbon neutrality no later than 2045 and to cut "
                "human-caused greenhouse gas emissions 85 percent below 1990 levels by the same year.",
                "Officials from both countries also discussed a possible green shipping corridor between the ports "
                "of the San Pedro Bay and the Pearl River Delta; no decision was taken.",
                "###", ABOUT],
         fingerprint="exchange air monitoring data methods and hold a first technical workshop in Guangzhou",
         must_contain=["signed a letter of intent to cooperate on coastal wetland restoration"]),
    dict(id="ce02", site="calepa", path="/2024/03/25/calepa-calsta-leaders-visit-china/", date="2024-03-25",
         rel="24-017",
         title="California environment and transportation leaders visit China to advance climate partnerships",
         paras=["SACRAMENTO \u2013 California Secretary for Environmental Protection Yana Garcia and California "
                "Transportation Secretary Toks Omishakin returned this weekend from a week-long trip to Shanghai, "
                "Hong Kong and the provinces of Guangdong and Hainan.",
                "The trip built on Governor Newsom's visit to China in October 2023 and on the memoranda signed "
                "then. In Shanghai, the secretaries toured an electric bus depot and met officials of the municipal "
                "transport commission. In Guangzhou and Haikou, they discussed how to put the existing agreements "
                "into practice, including joint work on zero-emission trucks and coastal resilience.",
                "\u201cWe came to listen and to learn,\u201d Secretary Omishakin said. \u201cThe scale of China's "
                "electric transit is something every transportation agency should see.\u201d",
                "No new agreements were signed during the trip. Officials said both sides expect to prepare "
                "documents for the subnational climate event the two countries plan to hold later this year.",
                "###", ABOUT],
         fingerprint="The scale of China's electric transit is something every transportation agency should see",
         must_contain=["No new agreements were signed during the trip"]),
    dict(id="ce03", site="calepa", path="/2024/11/19/us-china-subnational-dialogue-cop29/", date="2024-11-19",
         rel="24-088",
         title="CalEPA joins U.S.-China subnational climate leaders dialogue at COP29",
         paras=["BAKU, Azerbaijan \u2013 CalEPA Secretary Yana Garcia on Monday joined state, provincial and city "
                "leaders from the United States and China at the U.S.-China Subnational Climate Leaders Dialogue, "
                "held on the sidelines of the UN Climate Change Conference (COP29).",
                "The day-long dialogue, convened by the California-China Climate Institute with America Is All In "
                "and the U.S. Climate Alliance, included a panel on the energy transition and non-CO2 emissions with "
                "officials from California, New Mexico, Maryland, Jiangsu Province and China's National Development "
                "and Reform Commission.",
                "Secretary Garcia described California's methane rules for dairies and landfills and the progress "
                "of the working groups set up under the state's memoranda with Chinese provinces.",
                "The dialogue was a forum for exchange; no agreements were signed in Baku.",
                "###", ABOUT],
         fingerprint="the progress of the working groups set up under the state's memoranda with Chinese provinces",
         must_contain=["The dialogue was a forum for exchange"]),
    dict(id="ce04", site="calepa", path="/2024/12/10/carb-beijing-clean-air-memorandum/", date="2024-12-10",
         rel="24-095",
         title="Air Resources Board and Beijing ecology bureau sign clean-air memorandum",
         paras=["SACRAMENTO \u2013 The California Air Resources Board (CARB) and the Beijing Municipal Ecology and "
                "Environment Bureau signed a memorandum of understanding on Monday at CARB's headquarters, "
                "committing the two regulators to share methods for controlling emissions from heavy-duty vehicles "
                "and for ozone forecasting.",
                "The memorandum was signed by CARB Chair Liane Randolph and Deputy Director-General Li Xiangdong "
                "of the Beijing bureau, who is leading a six-member delegation to California this week.",
                "It gives practical form to the memorandum between the State of California and Beijing "
                "Municipality signed during Governor Newsom's visit in October 2023.",
                "\u201cBeijing cut its fine-particle pollution by more than half in a decade. That is an "
                "experience worth studying closely,\u201d Chair Randolph said.",
                "The delegation will also visit CARB's new vehicle emissions laboratory in Riverside.",
                "###", ABOUT],
         fingerprint="The delegation will also visit CARB's new vehicle emissions laboratory in Riverside",
         must_contain=["committing the two regulators to share methods for controlling emissions"]),
    # --- gdfao: 广东省人民政府外事办公室 -----------------------------------------------------------------------------
    dict(id="gd01", site="gdfao", path="/wsdt/content/post_4412087.html", date="2024-05-31",
         title="王伟中出席中美地方气候行动高级别活动",
         paras=["当地时间5月29日，中美地方气候行动高级别活动在美国加利福尼亚州伯克利开幕。省长王伟中率广东省代表团出席"
                "活动并致辞。",
                "王伟中表示，广东与加州友好交往源远流长，双方在应对气候变化、绿色低碳发展等领域合作基础良好。广东愿与加州一道，"
                "落实两国元首旧金山会晤共识和《关于加强合作应对气候危机的阳光之乡声明》，推动地方气候合作走深走实。",
                "活动期间，广东省生态环境厅与美国加州环境保护局签署《关于清洁空气和零排放货运合作的谅解备忘录》，双方将在"
                "重型货车电动化、港口减排和空气质量监测等方面开展交流合作。",
                "王伟中介绍，广东已印发碳达峰实施方案，力争2030年前实现碳达峰。",
                "活动由加州—中国气候研究院主办，来自中美两国省州、城市、企业、智库的约300名代表参加。",
                "省外办、省发展改革委、省生态环境厅负责同志陪同出席。"],
         fingerprint="省外办、省发展改革委、省生态环境厅负责同志陪同出席",
         must_contain=["双方将在重型货车电动化、港口减排和空气质量监测等方面开展交流合作"]),
    dict(id="gd02", site="gdfao", path="/wsdt/content/post_4413150.html", date="2024-06-03",
         title="广州市与洛杉矶市签署绿色港口合作意向书",
         paras=["当地时间5月30日，广州市人民政府与美国洛杉矶市政府在洛杉矶签署《绿色港口与航运合作意向书》。",
                "根据意向书，两市将推动广州港与洛杉矶港在岸电设施、港区零排放装卸设备和低碳船舶燃料加注等方面开展合作，"
                "并探讨建立两港之间的信息交流机制。",
                "广州与洛杉矶于1981年结为友好城市，是中美之间最早建立友城关系的城市之一。",
                "此前一日，广东省代表团出席了在伯克利举行的中美地方气候行动高级别活动。",
                "洛杉矶港是美国最繁忙的集装箱港口，已提出到2030年实现港区装卸设备零排放的目标。"],
         fingerprint="广州与洛杉矶于1981年结为友好城市",
         must_contain=["并探讨建立两港之间的信息交流机制"]),
    dict(id="gd03", site="gdfao", path="/wsdt/content/post_4438821.html", date="2024-09-12",
         title="美国新墨西哥州环境部代表团访粤",
         paras=["9月10日至11日，美国新墨西哥州环境部副部长率代表团访问广东。省外办副主任会见代表团一行。",
                "双方就清洁能源发展、甲烷排放控制和地方气候合作等议题深入交换意见。代表团表示，希望与广东在油气领域甲烷"
                "监测方面加强交流。",
                "访粤期间，代表团参观了广州南沙的一座氢能产业园，并与省生态环境厅有关处室座谈。",
                "双方表示将保持沟通，适时探讨开展务实合作的可能性。"],
         fingerprint="代表团参观了广州南沙的一座氢能产业园",
         must_contain=["双方表示将保持沟通，适时探讨开展务实合作的可能性"]),
    dict(id="gd04", site="gdfao", path="/wsdt/content/post_4460315.html", date="2024-11-27",
         title="省外办举办中美地方气候合作线上交流会",
         paras=["11月26日，省外办以视频方式举办中美地方气候合作交流会，邀请美国加州、华盛顿州等地的政府部门和研究机构代表"
                "与省直有关部门交流。",
                "会上，与会代表介绍了各自在建筑节能、交通电动化和可再生能源并网方面的做法。有专家认为，到2035年，中美两国"
                "地方层面的合作有望带动相关领域减排30%以上。",
                "此次交流会未签署合作文件。省外办有关负责同志表示，将继续搭建交流平台，服务全省对外气候合作。"],
         fingerprint="服务全省对外气候合作",
         must_contain=["此次交流会未签署合作文件"]),
    # --- cgs: the Center for Global Sustainability news ------------------------------------------------------------
    dict(id="cg01", site="cgs", path="/news/2024/09/cgs-caep-memorandum", date="2024-09-13",
         title="CGS and China's Academy of Environmental Planning sign memorandum on subnational climate modeling",
         paras=["The University of Maryland's Center for Global Sustainability (CGS) signed a memorandum of "
                "understanding on Thursday in Beijing with the Chinese Academy of Environmental Planning (CAEP), the "
                "think tank of China's Ministry of Ecology and Environment.",
                "The memorandum sets up a three-year program of joint research on provincial and state emission "
                "pathways, methane from the waste sector and the health benefits of cleaner air. It was signed by "
                "CGS Director Nathan Hultman and CAEP's president, Wang Jinnan.",
                "\u201cSubnational governments are where a great deal of climate policy actually gets made, in both "
                "countries,\u201d Hultman said. \u201cThis partnership lets our researchers compare notes at that "
                "level.\u201d",
                "CGS researchers have worked with Chinese partners since 2018 on modeling of provincial "
                "decarbonization, and the center's team will host CAEP visiting scholars in College Park next year.",
                "The signing took place during a week of meetings on the implementation of the Sunnylands "
                "Statement, which calls on the two countries to support cooperation among states, provinces and "
                "cities."],
         fingerprint="will host CAEP visiting scholars in College Park next year",
         must_contain=["joint research on provincial and state emission pathways"]),
    dict(id="cg02", site="cgs", path="/news/2024/10/track-ii-dialogue-hefei", date="2024-10-18",
         title="Track II dialogue in Hefei ends with Maryland-Anhui methane memorandum",
         paras=["The second U.S.-China Subnational Climate Track II Dialogue, co-organized by CGS and the Anhui "
                "Provincial Development and Reform Commission, closed in Hefei on Wednesday after two days of "
                "sessions on methane, buildings and the power sector.",
                "On the dialogue's final day, the Maryland Department of the Environment and the Department of "
                "Ecology and Environment of Anhui Province signed a memorandum of understanding on landfill methane "
                "monitoring and capture. Maryland and Anhui have been sister states since 1980.",
                "Maryland Secretary of the Environment Serena McIlwain, who signed for the department, said the "
                "state's Climate Solutions Now Act commits Maryland to cut greenhouse gas emissions 60 percent below "
                "2006 levels by 2031 and to reach net-zero emissions by 2045.",
                "\u201cLandfills are the third-largest source of methane in Maryland. Anhui is dealing with the same "
                "problem at a much larger scale,\u201d McIlwain said.",
                "Participants from five other U.S. states and four Chinese provinces agreed to meet again next year. "
                "CGS will publish a summary of the discussions in December."],
         fingerprint="CGS will publish a summary of the discussions in December",
         must_contain=["signed a memorandum of understanding on landfill methane monitoring and capture"]),
    dict(id="cg03", site="cgs", path="/news/2025/02/report-launch-subnational-pathways", date="2025-02-20",
         title="New CGS report: U.S. states and Chinese provinces could cut emissions faster together",
         paras=["CGS launched its new report, Pathways for U.S.-China Subnational Climate Cooperation, at a webinar "
                "on Tuesday attended by more than 400 participants.",
                "The report finds that ten leading U.S. states and ten Chinese provinces could together cut "
                "emissions 40 percent below 2020 levels by 2035 if they adopted each other's best policies for power, "
                "buildings and transport. The figures are scenarios, not targets any government has adopted.",
                "Speakers from the Energy Foundation China and the World Resources Institute discussed how the "
                "findings could inform state and provincial plans.",
                "The report is available for download on the CGS website."],
         fingerprint="The figures are scenarios, not targets any government has adopted",
         must_contain=["at a webinar on Tuesday attended by more than 400 participants"]),
    dict(id="cg04", site="cgs", path="/news/2025/04/jiangxi-delegation-visit", date="2025-04-11",
         title="Delegation from Jiangxi's ecology department visits CGS",
         paras=["A delegation from the Department of Ecology and Environment of Jiangxi Province visited the Center "
                "for Global Sustainability in College Park on Wednesday.",
                "The visitors met CGS researchers and faculty of the School of Public Policy to discuss provincial "
                "carbon accounting and the outlook for cooperation under the Sunnylands Statement. Both sides said "
                "they would look for ways to work together in the future.",
                "The delegation continues to Washington, D.C., and New York later this week.",
                "No agreement was signed during the visit."],
         fingerprint="The delegation continues to Washington, D.C., and New York later this week",
         must_contain=["to discuss provincial carbon accounting"]),
]
