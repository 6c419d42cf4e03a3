"""Articles of the eighty-fourth test web (tests/eightyfourthweb.py), written for issue 17 (a held-out estimate of
CANADIAN PROVINCES, AUSTRALIAN STATES AND EUROPEAN REGIONS WITH CHINESE PROVINCES AND CITIES): an Australian state's
newsroom (New South Wales: the 2020 energy and emissions MoU with the Commonwealth, the 2023 Net Zero Future Act,
the 2020 Electricity Infrastructure Roadmap, a sister-state visit to Guangdong that signed nothing), a German Land's
English press office (Baden-Württemberg: its 2023 climate act, a hydrogen declaration with Québec, the renewed
climate protection pact with the three municipal associations, a Jiangsu delegation that signed nothing) and a
Chinese provincial portal (山西省: its 碳达峰实施方案, a strategic agreement with 中国华能, a city's agreement with a
company, a Baden-Württemberg delegation received, a capacity report): actors no other web uses.

nswnews: an Australian state government newsroom. bwpress: a German Land's English press office. sxgov: a Chinese
provincial portal (GBK).

Facts: real, as far as the writer knows - the NSW-Commonwealth MoU (31 Jan 2020, about $2 billion, 70 PJ of gas),
the Climate Change (Net Zero Future) Act 2023 (50% by 2030, 70% by 2035 on 2005, net zero 2050, Net Zero
Commission), the Electricity Infrastructure Roadmap (12 GW, 2 GW storage by 2030), NSW-Guangdong sister-state ties
since 1979; BW's 2023 climate act (neutral by 2040, 65% below 1990 by 2030, 2% of land for wind and solar), the
BW-Jiangsu partnership since 1984, the municipal climate protection pact; Shanxi's 碳达峰实施方案 (peak before 2030,
non-fossil shares as given, from memory). Invented or uncertain: the BW-Québec declaration (place, day, signatories),
the day of the renewed pact, the Shanxi-Huaneng agreement's day and content, the Changzhi-Jinneng agreement, every
quote, every delegation visit and its day, all capacity figures of sx05, all staff, contacts and chrome.
"""
from __future__ import annotations

ARTICLES = [
    # --- nswnews: an Australian state government newsroom ----------------------------------------------------------
    dict(id="ns01", site="nswnews", path="/news/2020/01/nsw-and-commonwealth-sign-energy-deal", date="2020-01-31",
         title="NSW and Commonwealth sign landmark $2 billion energy deal",
         paras=["Premier Gladys Berejiklian and Prime Minister Scott Morrison today signed a Memorandum of "
                "Understanding between the NSW Government and the Commonwealth on energy and emissions reduction in "
                "Sydney, with about $2 billion in joint funding.",
                "Under the MoU, NSW will aim to inject an additional 70 petajoules of gas a year into the east coast "
                "market, while both governments will fund new transmission links with Queensland and Victoria and "
                "emissions reduction projects on farms, in mines and in industry.",
                "\u201cThis deal means cheaper, cleaner and more reliable energy for households and businesses "
                "across NSW,\u201d Ms Berejiklian said.",
                "Minister for Energy and Environment Matt Kean said the agreement was consistent with the NSW "
                "Government\u2019s objective of achieving net zero emissions by 2050.",
                "\u201cThe Commonwealth is putting real money on the table, and NSW is putting real projects on the "
                "ground,\u201d Mr Kean said.",
                "Quick facts",
                "The NSW Government will fund at least $1.07 billion of the package over ten years.",
                "Similar agreements with other states are expected to be negotiated later this year.",
                "NSW supplies about a third of the electricity in the National Electricity Market."],
         fingerprint="NSW supplies about a third of the electricity in the National Electricity Market",
         must_contain=["inject an additional 70 petajoules of gas a year"]),
    dict(id="ns02", site="nswnews", path="/news/2023/11/net-zero-targets-now-law", date="2023-11-30",
         title="Net zero targets now law in NSW",
         paras=["The Minns Labor Government has legislated the State\u2019s emissions reduction targets, giving "
                "investors, industry and communities certainty as NSW moves to a clean energy economy.",
                "The Climate Change (Net Zero Future) Act 2023, which passed the Parliament on Wednesday night, "
                "enshrines in law a 50 per cent cut in net greenhouse gas emissions on 2005 levels by 2030, a 70 per "
                "cent cut by 2035 and net zero emissions by 2050.",
                "The Act also establishes an independent Net Zero Commission to monitor, review and report on the "
                "State\u2019s progress to Parliament each year.",
                "Premier Chris Minns said the legislation would outlast any one government.",
                "\u201cPutting these targets into law sends a clear signal that NSW is open for clean energy "
                "investment,\u201d Mr Minns said.",
                "Minister for Climate Change and Energy Penny Sharpe said the Commission would hold this and future "
                "governments to account.",
                "Quick facts",
                "NSW\u2019s net emissions in 2021 were about 29 per cent below 2005 levels.",
                "Four of the State\u2019s five remaining coal-fired power stations are scheduled to close by 2035.",
                "The Net Zero Commission will table its first annual report in 2024."],
         fingerprint="The Net Zero Commission will table its first annual report in 2024",
         must_contain=["independent Net Zero Commission to monitor, review and report"]),
    dict(id="ns03", site="nswnews", path="/news/2020/11/roadmap-legislation-passes", date="2020-11-27",
         title="Electricity Infrastructure Roadmap legislation passes Parliament",
         paras=["Legislation to deliver the NSW Electricity Infrastructure Roadmap passed the NSW Parliament "
                "today, paving the way for the State\u2019s ageing coal-fired power stations to be replaced by cheap "
                "and reliable renewable energy.",
                "The Roadmap will support at least 12 gigawatts of new renewable energy generation and 2 gigawatts "
                "of long duration storage, such as pumped hydro, by 2030.",
                "Minister for Energy and Environment Matt Kean said the Roadmap was expected to attract up to $32 "
                "billion in private investment by 2030 and support 6,300 construction jobs, mostly in regional NSW.",
                "\u201cThis is the most significant piece of energy legislation in the State\u2019s history,\u201d "
                "Mr Kean said.",
                "Quick facts",
                "Five Renewable Energy Zones will be developed in the Central-West Orana, New England, South West, "
                "Hunter-Central Coast and Illawarra regions.",
                "The Roadmap is forecast to reduce the State\u2019s electricity sector emissions by 90 million "
                "tonnes by 2030.",
                "An Electricity Infrastructure Jobs Advocate will be appointed to help regional communities."],
         fingerprint="An Electricity Infrastructure Jobs Advocate will be appointed to help regional communities",
         must_contain=["2 gigawatts of long duration storage"]),
    dict(id="ns04", site="nswnews", path="/news/2024/05/trade-minister-marks-45-years-with-guangdong",
         date="2024-05-24",
         title="Minister marks 45 years of sister-state ties with Guangdong",
         paras=["Minister for Industry and Trade Anoulack Chanthivong has returned from Guangzhou, where he marked "
                "45 years of the sister-state relationship between NSW and Guangdong Province.",
                "During the three-day visit, Mr Chanthivong met Guangdong officials and companies to discuss "
                "opportunities in renewable energy, critical minerals, education and tourism.",
                "The two governments agreed to explore a new program of cooperation on clean energy and emissions "
                "reduction technologies, and officials will continue discussions later this year.",
                "\u201cGuangdong is one of our oldest friends, and there is enormous potential to work together on "
                "the energy transition,\u201d Mr Chanthivong said.",
                "No agreement was signed during the visit.",
                "Quick facts",
                "NSW and Guangdong became sister states in 1979, the first such relationship between an Australian "
                "state and a Chinese province.",
                "China is NSW\u2019s largest two-way trading partner."],
         fingerprint="the first such relationship between an Australian state and a Chinese province",
         must_contain=["agreed to explore a new program of cooperation on clean energy"]),
    # --- bwpress: a German Land's English press office ----------------------------------------------------------------
    dict(id="bw01", site="bwpress", path="/en/press/2023-02-01-landtag-passes-climate-act.html",
         date="2023-02-01",
         title="Landtag passes new Climate Protection Act: Baden-Württemberg to be climate-neutral by 2040",
         paras=["The Landtag of Baden-Württemberg on Wednesday passed the Climate Protection and Climate Change "
                "Adaptation Act, under which the state is to become climate-neutral by 2040, five years earlier "
                "than Germany as a whole.",
                "By 2030, the state\u2019s greenhouse gas emissions are to fall by 65 per cent compared with 1990 "
                "levels. For the first time, the Act also sets targets for individual sectors such as energy, "
                "buildings, transport and agriculture.",
                "\u201cWe are not only setting goals, we are creating the instruments to reach them,\u201d "
                "Minister-President Winfried Kretschmann said in Stuttgart.",
                "Minister of the Environment, Climate Protection and the Energy Sector Thekla Walker said the "
                "expansion of wind and solar power was the key: at least 2 per cent of the state\u2019s land is to "
                "be made available for wind turbines and ground-mounted solar plants.",
                "Germany\u2019s federal Climate Change Act provides for climate neutrality by 2045.",
                "Emissions in Baden-Württemberg were around 21 per cent lower in 2021 than in 1990."],
         fingerprint="Emissions in Baden-Württemberg were around 21 per cent lower in 2021 than in 1990",
         must_contain=["For the first time, the Act also sets targets for individual sectors"]),
    dict(id="bw02", site="bwpress", path="/en/press/2022-10-12-hydrogen-declaration-quebec.html",
         date="2022-10-12",
         title="Baden-Württemberg and Québec join forces on green hydrogen",
         paras=["Baden-Württemberg and the Canadian province of Québec want to work together more closely on green "
                "hydrogen. Minister of Economic Affairs, Labour and Tourism Nicole Hoffmeister-Kraut and Québec\u2019s "
                "Minister of Economy and Innovation Pierre Fitzgibbon signed a joint declaration of intent in "
                "Montréal on Tuesday.",
                "The declaration covers research cooperation, the exchange of companies and the possible import of "
                "hydrogen and its derivatives produced from Québec\u2019s hydropower.",
                "\u201cQuébec has what our industry will need: plenty of clean electricity,\u201d Hoffmeister-Kraut "
                "said. \u201cWe bring the technology.\u201d",
                "The minister is travelling with a business delegation of 25 companies and research institutes. "
                "Québec aims to reduce its greenhouse gas emissions by 37.5 per cent below 1990 levels by 2030.",
                "Baden-Württemberg and Québec have maintained close relations for more than three decades."],
         fingerprint="Baden-Württemberg and Québec have maintained close relations for more than three decades",
         must_contain=["the possible import of hydrogen and its derivatives"]),
    dict(id="bw03", site="bwpress", path="/en/press/2022-07-19-climate-pact-renewed.html", date="2022-07-19",
         title="State and municipalities renew Climate Protection Pact",
         paras=["The state government and the three municipal umbrella associations have renewed their Climate "
                "Protection Pact. Minister Thekla Walker, the Gemeindetag Baden-Württemberg, the Städtetag "
                "Baden-Württemberg and the Landkreistag Baden-Württemberg signed the pact in Stuttgart on Monday.",
                "Under the pact, the state will support municipal climate protection projects with around 30 "
                "million euros a year, for example for energy-efficient renovation of town halls and schools and "
                "for municipal heat planning.",
                "\u201cThe energy transition happens on site, in our towns and districts,\u201d Walker said.",
                "The municipalities aim for a climate-neutral administration and will report on their progress "
                "every two years.",
                "The first pact was signed in 2015."],
         fingerprint="The municipalities aim for a climate-neutral administration and will report on their progress",
         must_contain=["support municipal climate protection projects with around 30 million euros a year"]),
    dict(id="bw04", site="bwpress", path="/en/press/2024-06-20-jiangsu-delegation.html", date="2024-06-20",
         title="Minister-President receives delegation from Jiangsu",
         paras=["Minister-President Winfried Kretschmann on Thursday received a delegation from the Chinese "
                "province of Jiangsu, led by Vice Governor Hu Guangjie, at the Villa Reitzenstein in Stuttgart.",
                "The talks focused on climate protection, the transformation of the automotive industry and "
                "vocational training. Baden-Württemberg and Jiangsu have been partner regions since 1984.",
                "Both sides expressed the wish to deepen their cooperation on climate protection and agreed that a "
                "new joint declaration should be prepared for the partnership\u2019s next anniversary.",
                "\u201cPartnership also means talking openly about differences,\u201d Kretschmann said after the "
                "meeting."],
         fingerprint="Partnership also means talking openly about differences",
         must_contain=["the transformation of the automotive industry and vocational training"]),
    # --- sxgov: a Chinese provincial portal (GBK) --------------------------------------------------------------------
    dict(id="sx01", site="sxgov", path="/zfxxgk/zcjd/202301/t20230116_8102311.shtml", date="2023-01-16",
         title="《山西省碳达峰实施方案》政策解读",
         paras=["近日，山西省人民政府印发《山西省碳达峰实施方案》（以下简称《方案》）。",
                "《方案》提出，“十四五”期间，全省产业结构和能源结构调整优化取得明显进展，煤炭清洁高效利用持续深化。"
                "到2025年，非化石能源消费比重达到12%，单位地区生产总值能源消耗和二氧化碳排放确保完成国家下达目标。",
                "“十五五”期间，全省产业结构调整取得重大进展，清洁低碳安全高效的能源体系初步建立。到2030年，非化石能源"
                "消费比重达到18%，确保2030年前实现碳达峰。",
                "《方案》部署了能源绿色低碳转型、节能降碳增效、工业领域碳达峰等十大行动。",
                "省发展改革委有关负责人表示，山西作为能源大省，将统筹煤炭保供和转型发展，坚决守住能源安全底线。"],
         fingerprint="山西作为能源大省，将统筹煤炭保供和转型发展",
         must_contain=["部署了能源绿色低碳转型、节能降碳增效、工业领域碳达峰等十大行动"]),
    dict(id="sx02", site="sxgov", path="/ywdt/sxyw/202208/t20220826_7021455.shtml", date="2022-08-26",
         title="省政府与中国华能集团签署战略合作协议",
         paras=["8月25日，山西省人民政府与中国华能集团有限公司在太原签署战略合作协议。省长与华能集团董事长出席签约仪式"
                "并讲话。",
                "根据协议，双方将在新能源基地建设、煤电清洁高效利用、抽水蓄能、氢能和碳捕集利用与封存等领域深化合作，"
                "“十四五”期间华能集团计划在晋投资新能源项目装机1000万千瓦。",
                "副省长与华能集团总经理代表双方签署协议。",
                "省直有关部门和华能山西分公司负责同志参加签约仪式。"],
         fingerprint="省直有关部门和华能山西分公司负责同志参加签约仪式",
         must_contain=["新能源基地建设、煤电清洁高效利用、抽水蓄能"]),
    dict(id="sx03", site="sxgov", path="/ywdt/sxyw/202306/t20230609_8630217.shtml", date="2023-06-09",
         title="长治市与晋能控股集团签署新能源合作协议",
         paras=["6月8日，长治市人民政府与晋能控股集团有限公司签署新能源产业合作协议，双方将共同建设光伏、风电和储能"
                "项目，打造零碳产业园区。",
                "签约仪式在长治举行。市委书记、市长和晋能控股集团主要负责同志出席。",
                "长治市是全国重要的煤炭和焦化基地，近年来加快推动能源结构转型。"],
         fingerprint="长治市是全国重要的煤炭和焦化基地，近年来加快推动能源结构转型",
         must_contain=["打造零碳产业园区"]),
    dict(id="sx04", site="sxgov", path="/ywdt/sxyw/202405/t20240515_9124730.shtml", date="2024-05-15",
         title="副省长会见德国巴登-符腾堡州经济代表团",
         paras=["5月14日，副省长在太原会见德国巴登-符腾堡州经济代表团一行。",
                "双方就氢能、节能环保装备和职业教育等领域合作进行了交流。副省长表示，山西正在加快推进能源革命综合改革"
                "试点，欢迎巴登-符腾堡州企业来晋投资兴业。",
                "代表团团长表示，愿与山西在绿色低碳领域加强交流，探讨签署合作备忘录的可能性。",
                "省商务厅、省外办有关负责同志参加会见。"],
         fingerprint="省商务厅、省外办有关负责同志参加会见",
         must_contain=["探讨签署合作备忘录的可能性"]),
    dict(id="sx05", site="sxgov", path="/ywdt/sxyw/202401/t20240122_8920113.shtml", date="2024-01-22",
         title="我省新能源和清洁能源装机突破5000万千瓦",
         paras=["记者从省能源局获悉，截至2023年底，全省新能源和清洁能源装机容量突破5000万千瓦，占全省发电装机容量的"
                "41%，较2020年提高11个百分点。",
                "2023年，全省新能源发电量同比增长18%，外送电量中新能源电量占比进一步提高。",
                "下一步，省能源局将研究制定新型电力系统建设方案，推动新能源高质量发展。"],
         fingerprint="省能源局将研究制定新型电力系统建设方案",
         must_contain=["外送电量中新能源电量占比进一步提高"]),
]
