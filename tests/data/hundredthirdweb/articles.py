"""Articles of the hundred-and-third test web (tests/hundredthirdweb.py), written for issue 17 (a held-out estimate on
CARBON MARKETS AND GREEN FINANCE): the linkage of two cap-and-trade programmes renewed (Tokyo, Saitama), an exchange's
memorandum with a foreign exchange told in English and in Chinese (Korea Exchange, 广州碳排放权交易中心), a
development bank's and commercial banks' green-finance and carbon-finance agreements with a city, a province's
department and a carbon exchange (New Development Bank and Liuzhou, 兴业银行, 国家开发银行福建省分行, 中国工商银行广东省分行,
渣打银行), two provinces' carbon-market cooperation (闽粤), a forestry-carbon-sink loan agreement, the pledges restated
with them (Tokyo, Saitama, South Korea, Liuzhou, 茂名, 福建), and pages that conclude nothing (a price report, a monthly
volume report, a green bond issued without a partner twice, a loan signed for a textile factory). Actors no other web
uses.

cledger: an English financial-news site (The Carbon Ledger, RSS). ceex: a Chinese carbon exchange's newsroom (UTF-8,
paginated listing). fjsthj: a provincial ecology department's portal (福建省生态环境厅, GBK bytes labelled gb2312,
sitemap).

Real: the linkage of the Tokyo and Saitama cap-and-trade programmes since 2011; Tokyo's targets of halving emissions
from 2000 by 2030 and zero emissions by 2050; South Korea's 40 percent below 2018 by 2030; the New Development Bank and
its climate-finance aim; the Korea Exchange running the Korean allowance market; 广州碳排放权交易中心 as a pilot exchange
since 2012; Guangdong's and Fujian's pilot carbon markets; Fujian's peak before 2030. Invented: every signing of this
web (the renewal, the memoranda and agreements, their dates and signatories), Saitama's and Liuzhou's and 茂名's figures,
Fujian's 27 percent share as worded, all prices, volumes, bonds and loans, all quotes, the three sites, their staff and
chrome. Do not reuse these pages as factual material.
"""
from __future__ import annotations

ARTICLES = [
    # --- cledger: The Carbon Ledger, an English financial-news site (RSS) -------------------------------------------
    dict(id="cl01", site="cledger", path="/markets/2025/04/16/tokyo-saitama-renew-carbon-market-link/",
         date="2025-04-16",
         title="Tokyo and Saitama renew link between their cap-and-trade schemes through 2030",
         paras=["TOKYO - The Tokyo Metropolitan Government and Saitama Prefecture on Tuesday signed a renewed agreement "
                "linking their emissions trading programmes, keeping Asia's oldest subnational carbon market link in "
                "place until the end of the decade.",
                "Under the agreement, large office buildings and factories covered by either programme can keep using "
                "excess reduction credits and small-and-midsize facility credits issued by the other to meet their "
                "obligations. The two programmes have recognised each other's credits since 2011, but the original "
                "arrangement lapsed with the close of the third compliance period in March.",
                "The document was signed at the Tokyo Metropolitan Government building in Shinjuku by Governor Yuriko "
                "Koike and Saitama Governor Motohiro Ono.",
                "\"A tonne cut in Saitama is worth the same as a tonne cut in Marunouchi,\" Koike told reporters after the "
                "ceremony. Ono said the link gave smaller buildings in his prefecture \"a buyer on the other side of the "
                "river\".",
                "Tokyo has pledged to halve its greenhouse gas emissions from 2000 levels by 2030 and to reach net zero "
                "emissions by 2050. Saitama aims to cut emissions 46 percent below 2013 levels by 2030.",
                "Officials from both governments said they would study whether neighbouring Kanagawa could join the "
                "scheme later, but no talks have been scheduled. Credits traded between the two programmes remain a "
                "small share of the roughly 1,200 facilities covered."],
         fingerprint="a buyer on the other side of the river",
         must_contain=["keeping Asia's oldest subnational carbon market link in place until the end of the decade"]),
    dict(id="cl02", site="cledger", path="/green-finance/2025/06/10/ndb-liuzhou-transition-finance-framework/",
         date="2025-06-10",
         title="New Development Bank signs transition finance framework with Liuzhou",
         paras=["SHANGHAI - The New Development Bank (NDB), the lender set up by the BRICS countries, has signed a "
                "green and transition finance framework agreement with the Liuzhou Municipal People's Government, "
                "its first such accord with a Chinese city below the provincial level.",
                "The framework was signed in Liuzhou on Monday by an NDB vice-president and the city's mayor, the "
                "Shanghai-based bank said in a statement. It covers loans for the electrification of the city's bus "
                "fleet, the retrofit of steel and car plants and the expansion of district heating from industrial "
                "waste heat.",
                "Liuzhou, an industrial city in the Guangxi Zhuang Autonomous Region known for its car makers, has "
                "set out a plan under which its carbon emissions will peak before 2030.",
                "The NDB aims to direct 40 percent of its approvals to climate mitigation and adaptation over its 2022 "
                "to 2026 strategy period. No loan amounts were disclosed, and the bank said individual projects would "
                "go to its board separately.",
                "\"The heavy industry of a city like Liuzhou is where transition finance has to prove itself,\" said "
                "Ruth Adeyemi, an analyst at Harcourt Climate Research in London, who was not involved in the deal."],
         fingerprint="is where transition finance has to prove itself",
         must_contain=["its first such accord with a Chinese city below the provincial level"]),
    dict(id="cl03", site="cledger", path="/markets/2025/09/11/korea-exchange-guangzhou-carbon-mou/",
         date="2025-09-11",
         title="Korea Exchange and Guangzhou carbon bourse ink memorandum on market cooperation",
         paras=["SEOUL - Korea Exchange (KRX), which runs South Korea's emissions trading market, and China Emissions "
                "Exchange Guangzhou (CEEX) inked a memorandum of understanding on Wednesday in Guangzhou to share "
                "market data, train staff and study carbon finance products together.",
                "The memorandum is the first between KRX and a Chinese carbon exchange. CEEX, founded in 2012, hosts "
                "Guangdong province's pilot allowance market and has been among the most liquid of China's regional "
                "carbon exchanges.",
                "\"Two of Asia's compliance markets will now be talking to each other every month,\" a KRX executive "
                "said at the signing. The exchanges said they may later explore joint research on carbon futures, but "
                "no product or timetable was agreed.",
                "South Korea has pledged to cut its greenhouse gas emissions 40 percent below 2018 levels by 2030. "
                "Allowance prices in its market have fallen by more than half since 2021, which traders blame on an "
                "oversupply of free allocation."],
         fingerprint="will now be talking to each other every month",
         must_contain=["to share market data, train staff and study carbon finance products together"]),
    dict(id="cl04", site="cledger", path="/markets/2025/10/02/eu-carbon-slides-two-month-low/",
         date="2025-10-02",
         title="EU carbon slides to two-month low as gas prices ease",
         paras=["LONDON - European carbon allowances fell to their lowest in two months on Thursday as cheaper natural "
                "gas reduced the need for coal-fired power and speculative funds trimmed their long positions.",
                "The benchmark December contract on ICE Endex fell 3.2 percent to 68.15 euros a tonne by mid-afternoon "
                "in London, after touching 67.80 euros earlier in the session. Volumes were about 24 million "
                "allowances, below the 30-day average.",
                "\"The market is trading gas, not policy,\" said a broker at a London trading house. Analysts at a "
                "Frankfurt bank cut their forecast for the 2026 average to 75 euros from 82 euros.",
                "The next auction on the common platform is due on Monday. Traders said they would watch the weekly "
                "position report on Wednesday for signs that funds had stopped selling."],
         fingerprint="The market is trading gas, not policy",
         must_contain=["after touching 67.80 euros earlier in the session"]),
    dict(id="cl05", site="cledger", path="/green-finance/2025/11/13/bocom-prices-green-bond/",
         date="2025-11-13",
         title="Bank of Communications prices $700 million green bond in Hong Kong",
         paras=["HONG KONG - Bank of Communications priced a $700 million three-year green bond through its Hong Kong "
                "branch on Wednesday, paying 48 basis points over Treasuries after demand topped $2.1 billion.",
                "Proceeds will refinance loans to wind and solar farms and to metro lines in mainland China that meet "
                "the bank's green bond framework, according to the offering circular. The notes are expected to be "
                "listed on the Hong Kong stock exchange.",
                "Asian banks accounted for 62 percent of the allocation and fund managers for 21 percent. A group of "
                "twelve banks arranged the deal.",
                "Green bond sales by Chinese banks offshore reached about $19 billion in the first ten months of the "
                "year, according to data compiled by The Carbon Ledger."],
         fingerprint="paying 48 basis points over Treasuries",
         must_contain=["Asian banks accounted for 62 percent of the allocation"]),
    # --- ceex: 广州碳排放权交易中心 newsroom (UTF-8, paginated listing) -----------------------------------------------
    dict(id="ce01", site="ceex", path="/news/zxdt/202509/t20250911_4187.html", date="2025-09-11",
         title="广碳所与韩国交易所签署合作谅解备忘录",
         paras=["9月10日，广州碳排放权交易中心与韩国交易所（Korea Exchange）在广州签署合作谅解备忘录。广东省地方金融管理局、"
                "省生态环境厅有关负责同志出席签约仪式。",
                "根据备忘录，双方将在碳市场信息交流、人员互访培训、碳金融产品研究等方面开展合作，并建立月度工作会商机制。",
                "韩国交易所负责人表示，中韩两国碳市场同为亚洲重要的强制性碳市场，双方合作有助于增进相互了解。",
                "广州碳排放权交易中心成立于2012年，是国家首批碳排放权交易试点交易所之一，承担广东省碳排放配额交易工作。"],
         fingerprint="双方合作有助于增进相互了解",
         must_contain=["并建立月度工作会商机制"]),
    dict(id="ce02", site="ceex", path="/news/zxdt/202507/t20250718_4102.html", date="2025-07-18",
         title="广碳所与茂名市人民政府签署碳普惠合作框架协议",
         paras=["7月17日，广州碳排放权交易中心与茂名市人民政府在茂名签署碳普惠合作框架协议。",
                "根据协议，双方将共同推动茂名市林业、海洋渔业等领域碳普惠方法学开发和减排量交易，探索建立覆盖全市的碳普惠平台。",
                "茂名市有关负责人介绍，茂名市提出力争2030年前实现碳排放达峰，石化等重点行业单位产值能耗持续下降。",
                "下一步，双方将研究设立碳普惠专项基金，相关方案尚在论证之中。"],
         fingerprint="相关方案尚在论证之中",
         must_contain=["探索建立覆盖全市的碳普惠平台"]),
    dict(id="ce03", site="ceex", path="/news/zxdt/202511/t20251121_4260.html", date="2025-11-21",
         title="第三届粤港澳大湾区碳市场发展论坛在广州举行",
         paras=["11月20日，第三届粤港澳大湾区碳市场发展论坛在广州举行。来自粤港澳三地的政府部门、金融机构、控排企业代表约300人参加论坛。",
                "论坛期间，广州碳排放权交易中心分别与中国工商银行广东省分行、渣打银行（中国）有限公司广州分行签署碳金融合作协议，"
                "双方将在碳排放权质押融资、碳资产托管和跨境碳金融产品等方面开展合作。",
                "论坛还发布了《大湾区碳金融发展倡议》，呼吁区内金融机构加大对低碳转型项目的支持力度。",
                "与会嘉宾围绕全国碳市场扩容、碳普惠机制互认等议题进行了交流研讨。"],
         fingerprint="与会嘉宾围绕全国碳市场扩容、碳普惠机制互认等议题进行了交流研讨",
         must_contain=["双方将在碳排放权质押融资、碳资产托管和跨境碳金融产品等方面开展合作"]),
    dict(id="ce04", site="ceex", path="/news/scdt/202510/t20251015_4221.html", date="2025-10-15",
         title="2025年9月广东碳市场运行情况",
         paras=["2025年9月，广东省碳排放配额（GDEA）挂牌点选成交量128.6万吨，成交额5987.3万元，成交均价46.56元/吨，"
                "环比上涨3.8%。单向竞价成交量52万吨。",
                "截至9月30日，广东碳市场配额累计成交量2.31亿吨，累计成交额64.7亿元。",
                "市场人士分析，随着2024年度配额清缴截止日期临近，预计第四季度成交将保持活跃。控排企业需在12月31日前完成"
                "2024年度配额清缴。"],
         fingerprint="单向竞价成交量52万吨",
         must_contain=["截至9月30日，广东碳市场配额累计成交量2.31亿吨"]),
    # --- fjsthj: 福建省生态环境厅 portal (GBK labelled gb2312, sitemap) ---------------------------------------------
    dict(id="fj01", site="fjsthj", path="/xxgk/gzdt/stdt/202503/t20250328_6712.htm", date="2025-03-28",
         title="省生态环境厅与兴业银行签署绿色金融战略合作协议",
         paras=["3月27日，福建省生态环境厅与兴业银行股份有限公司在福州签署绿色金融战略合作协议。",
                "根据协议，双方将在生态环境导向的开发（EOD）项目、排污权和碳排放权抵质押融资、环境信息披露等领域开展合作。"
                "兴业银行将在未来五年为全省生态环境领域项目提供不低于500亿元意向性融资支持。",
                "省生态环境厅主要负责同志表示，希望双方以协议签署为契机，推动更多金融资源投向污染防治和应对气候变化领域。",
                "兴业银行总行设在福州，是国内较早开展绿色金融业务的商业银行。"],
         fingerprint="是国内较早开展绿色金融业务的商业银行",
         must_contain=["排污权和碳排放权抵质押融资"]),
    dict(id="fj02", site="fjsthj", path="/xxgk/gzdt/stdt/202505/t20250522_6890.htm", date="2025-05-22",
         title="闽粤两省生态环境厅签署碳市场合作框架协议",
         paras=["5月21日，福建省生态环境厅与广东省生态环境厅在广州签署《闽粤碳市场合作框架协议》。",
                "根据协议，两省将在碳排放数据质量管理、核查机构监管、碳普惠减排量互认等方面加强合作，推动两省试点碳市场经验交流。",
                "福建省提出，到2025年非化石能源消费比重达到27%以上，确保2030年前实现碳达峰。",
                "福建、广东两省均为国家碳排放权交易试点地区，两省碳市场累计成交额均居全国前列。"],
         fingerprint="两省碳市场累计成交额均居全国前列",
         must_contain=["推动两省试点碳市场经验交流"]),
    dict(id="fj03", site="fjsthj", path="/xxgk/gzdt/sxdt/202508/t20250814_7035.htm", date="2025-08-14",
         title="南平市签署林业碳汇金融合作协议",
         paras=["8月13日，南平市人民政府与国家开发银行福建省分行在南平签署林业碳汇金融合作协议，双方将围绕林业碳汇开发、"
                "国家储备林建设等开展合作。",
                "同日，南平市林业局与兴业银行南平分行签署了林业碳汇质押贷款合作协议。",
                "南平市森林覆盖率达78.85%，林业碳汇资源丰富。"],
         fingerprint="林业碳汇资源丰富",
         must_contain=["国家储备林建设等开展合作"]),
    dict(id="fj04", site="fjsthj", path="/xxgk/gzdt/sxdt/202509/t20250926_7108.htm", date="2025-09-26",
         title="福州一纺织企业获3亿元项目贷款",
         paras=["9月25日，福州农村商业银行与福建闽源锦纶纺织有限公司签署3亿元项目贷款合同，支持企业新建年产5万吨锦纶长丝生产线。",
                "该项目位于福州长乐区，建成后预计年产值可达20亿元，新增就业岗位600个。",
                "福州农村商业银行有关负责人表示，将持续加大对制造业的信贷投放。"],
         fingerprint="新增就业岗位600个",
         must_contain=["支持企业新建年产5万吨锦纶长丝生产线"]),
    dict(id="fj05", site="fjsthj", path="/xxgk/gzdt/stdt/202512/t20251204_7290.htm", date="2025-12-04",
         title="我省在澳门成功发行离岸人民币地方政府绿色债券",
         paras=["12月3日，福建省财政厅在澳门成功发行20亿元离岸人民币地方政府绿色债券，期限3年，票面利率1.95%，认购倍数达4.2倍。",
                "募集资金将用于海上风电配套、污水处理和生态修复等项目。中国银行澳门分行等机构担任联席牵头经办行。",
                "这是我省首次在境外发行地方政府债券。"],
         fingerprint="这是我省首次在境外发行地方政府债券",
         must_contain=["募集资金将用于海上风电配套、污水处理和生态修复等项目"]),
]
