"""Articles of the hundred-second test web (tests/hundredsecondweb.py), written for issue 17 (a held-out estimate of
CHINESE PROVINCES' AND CITIES' CARBON-PEAK IMPLEMENTATION PLANS): peak years ('力争' and '确保', 'strive to' and
'ensure' both pledges), non-fossil shares, CO2 intensity cuts below 2005, intensity cuts with no base year, and
numbers that are no pledges (results to date, forecasts of a model, a national goal a city only implements, a plan
still being drafted). Actors no other web uses: 黑龙江省, 无锡市, 徐州市, 曲靖市, 湘潭市, 湖南省, 江門市, 肇慶市,
Liaoning, Xiangyang, Karamay.

nygc: a Chinese energy news portal (UTF-8, RSS, reposts with 来源：). xjsb: a Hong Kong Traditional Chinese newspaper
(Big5-HKSCS bytes labelled big5, a listing of two pages). ltci: an English think-tank tracker blog (its sitemap).
"""
from __future__ import annotations

ARTICLES = [
    # --- nygc: a Chinese energy news portal (能源观察网), UTF-8, found through its RSS feed ---------------------------
    dict(id="ny01", site="nygc", path="/dfdt/2022/12/28/art_3391_70521.html", date="2022-12-28",
         source="能源观察网", author="孙维",
         title="黑龙江省印发碳达峰实施方案 确保2030年前实现碳达峰",
         paras=["近日，黑龙江省人民政府印发《黑龙江省碳达峰实施方案》（以下简称《方案》），明确了全省碳达峰的时间表、"
                "路线图和施工图。",
                "《方案》提出，到2025年，全省非化石能源消费比重达到15%左右，单位地区生产总值能源消耗和二氧化碳排放确保"
                "完成国家下达目标。到2030年，非化石能源消费比重达到20%左右，单位地区生产总值二氧化碳排放比2005年下降65%"
                "以上，确保2030年前实现碳达峰。",
                "“十三五”期间，黑龙江省单位地区生产总值二氧化碳排放累计下降23.2%；2021年，全省非化石能源消费比重已达到"
                "12.8%，新能源装机规模突破1600万千瓦。",
                "省发展改革委有关负责人表示，黑龙江风能、太阳能和生物质能资源丰富，将依托松嫩平原和三江平原建设一批"
                "千万千瓦级新能源基地，同时稳妥有序推进煤电机组节能降碳改造。",
                "《方案》还部署了能源绿色低碳转型行动、节能降碳增效行动、工业领域碳达峰行动等“碳达峰十大行动”，"
                "并要求各市（地）结合实际制定本地区碳达峰实施方案。"],
         fingerprint="将依托松嫩平原和三江平原建设一批千万千瓦级新能源基地",
         must_contain=["近日，黑龙江省人民政府印发《黑龙江省碳达峰实施方案》", "并要求各市（地）结合实际制定本地区碳达峰实施方案"]),
    dict(id="ny02", site="nygc", path="/dfdt/2023/03/09/art_3391_71804.html", date="2023-03-09",
         source="能源观察网", author="钱晓岚",
         title="无锡出台碳达峰实施方案：力争2030年前碳排放达峰",
         paras=["3月7日，无锡市人民政府正式印发《无锡市碳达峰实施方案》。作为全国首批低碳城市试点之外的制造业重镇，"
                "无锡此次明确提出，力争在2030年前实现碳达峰。",
                "根据方案，到2025年，全市非化石能源消费比重提高到12%以上；“十四五”期间，单位地区生产总值二氧化碳排放"
                "降低22%，单位地区生产总值能耗降低幅度完成省下达目标。",
                "截至2022年底，无锡全市可再生能源装机容量达到410万千瓦，其中分布式光伏装机约280万千瓦，居全省前列。",
                "“无锡工业用能占全社会用能的七成以上，达峰的关键在工业。”市发展改革委相关负责人介绍，全市将以集成电路、"
                "物联网等产业为重点，推动高耗能行业能效水平全面提升。",
                "无锡表示，将认真落实国家和江苏省关于碳达峰碳中和的决策部署，分领域、分行业制定配套政策。"],
         fingerprint="全市将以集成电路、物联网等产业为重点，推动高耗能行业能效水平全面提升",
         must_contain=["无锡市人民政府正式印发《无锡市碳达峰实施方案》", "分领域、分行业制定配套政策"]),
    dict(id="ny03", site="nygc", path="/dfdt/2023/05/16/art_3391_72660.html", date="2023-05-16",
         source="徐州日报", author="刘畅",
         title="徐州：老工业基地五年碳排放强度下降两成",
         paras=["记者从徐州市发展改革委获悉，2022年，全市单位地区生产总值二氧化碳排放较2017年下降21.6%，"
                "煤炭消费占能源消费总量比重由2017年的76%降至66%。",
                "作为传统的煤炭、电力和工程机械基地，徐州近年来关停整合焦化、钢铁产能，贾汪区潘安湖由采煤塌陷地变身"
                "国家湿地公园。",
                "据市发展改革委测算，按现有政策情景，全市碳排放总量预计将于2028年前后进入峰值平台期。",
                "该负责人表示，徐州将全面落实国家“2030年前碳达峰、2060年前碳中和”目标任务，《徐州市碳达峰实施方案》"
                "目前正在编制之中，将于年内报批。",
                "（本文转载自徐州日报，原标题《老工业基地的绿色答卷》）"],
         fingerprint="贾汪区潘安湖由采煤塌陷地变身国家湿地公园",
         must_contain=["记者从徐州市发展改革委获悉", "目前正在编制之中，将于年内报批"]),
    dict(id="ny04", site="nygc", path="/dfdt/2023/08/22/art_3391_74012.html", date="2023-08-22",
         source="云南日报", author="杨丽萍",
         title="曲靖印发碳达峰实施方案 打造绿色能源强市",
         paras=["日前，曲靖市人民政府印发《曲靖市碳达峰实施方案》。方案提出，到2025年，全市非化石能源消费比重达到50%以上，"
                "确保2030年前实现碳达峰。",
                "曲靖是云南省重要的煤炭和火电基地，也是近年来光伏、硅材料产业集聚地。2022年，全市新能源装机达到620万千瓦，"
                "绿色硅产能突破40万吨。",
                "方案明确，曲靖将统筹煤电与新能源发展，推进“风光水火储”一体化，建设绿色铝、绿色硅和新能源电池产业基地。",
                "市发展改革委负责人表示，方案实施后，曲靖单位工业增加值能耗将持续下降，但具体下降幅度将按照省里下达的"
                "指标另行确定。"],
         fingerprint="推进“风光水火储”一体化，建设绿色铝、绿色硅和新能源电池产业基地",
         must_contain=["日前，曲靖市人民政府印发《曲靖市碳达峰实施方案》", "将按照省里下达的指标另行确定"]),
    dict(id="ny05", site="nygc", path="/dfdt/2023/10/30/art_3391_75233.html", date="2023-10-30",
         source="湘潭日报", author="彭湘",
         title="湘潭召开碳达峰碳中和工作推进会",
         paras=["10月27日，湘潭市碳达峰碳中和工作领导小组召开全体会议，听取《湘潭市碳达峰实施方案（征求意见稿）》"
                "编制情况汇报，研究部署下一阶段工作。",
                "会议指出，湘潭是老工业城市，钢铁、化工、建材等行业能耗占比较高，推进碳达峰任务艰巨。2022年，"
                "全市新能源装机达到85万千瓦，较2020年翻了一番。",
                "会议要求，各相关部门要加快完善方案，广泛征求意见，确保方案科学可行；要加强能耗双控与碳排放双控衔接，"
                "做好统计核算基础工作。",
                "湘潭钢铁集团、湘电集团等企业负责人列席会议。会议未就具体目标作出决定。"],
         fingerprint="要加强能耗双控与碳排放双控衔接，做好统计核算基础工作",
         must_contain=["湘潭市碳达峰碳中和工作领导小组召开全体会议", "会议未就具体目标作出决定"]),
    # --- xjsb: a Hong Kong Traditional Chinese newspaper (香江時報), Big5-HKSCS, a listing of two pages --------------
    dict(id="hk01", site="xjsb", path="/news/china/20221103/bkn-20221103061522047.htm", date="2022-11-03",
         reporter="本報記者 鄺嘉欣",
         title="湖南公布碳達峰方案 非化石能源比重2030年升至25%",
         paras=["湖南省人民政府近日印發《湖南省碳達峰實施方案》，提出到2025年，非化石能源消費比重達到22%左右；到2030年，"
                "非化石能源消費比重達到25%左右，順利實現2030年前碳達峰目標。",
                "根據湖南省統計局資料，2021年全省非化石能源消費比重為21.4%，水電和風電是主力。",
                "方案提出建設湘南、湘西等風電基地，並推動長株潭都市圈率先形成綠色低碳產業體系。",
                "在長沙經營光伏組件貿易的港商陳先生對本報表示：「湖南嘅風電同光伏發展得好快，但電網配套仲要追。」",
                "特區政府環境及生態局回覆查詢時表示，樂見內地省份訂立清晰的減碳時間表，湘港兩地在綠色金融方面合作空間廣闊。"],
         fingerprint="並推動長株潭都市圈率先形成綠色低碳產業體系",
         must_contain=["湖南省人民政府近日印發《湖南省碳達峰實施方案》", "湘港兩地在綠色金融方面合作空間廣闊"]),
    dict(id="hk02", site="xjsb", path="/news/china/20230215/bkn-20230215072210311.htm", date="2023-02-15",
         reporter="本報駐廣州記者 黃子謙",
         title="江門印發碳達峰實施方案 確保2030年前達峰",
         paras=["廣東江門市政府日前印發《江門市碳達峰實施方案》，明確到2025年，全市非化石能源消費比重達到30%以上，"
                "單位地區生產總值能源消耗比2020年下降14.5%；確保2030年前實現碳達峰。",
                "江門是著名僑鄉，擁有台山核電站及大型海上風電項目，方案提出打造粵港澳大灣區清潔能源基地。",
                "有本港能源業界人士指出，江門的核電和海上風電一旦全面投產，可經跨境電網向大灣區其他城市輸出綠電。",
                "江門市發展和改革局表示，將按照廣東省碳達峰實施方案的部署，逐年分解落實各項目標。"],
         fingerprint="江門是著名僑鄉，擁有台山核電站及大型海上風電項目",
         must_contain=["廣東江門市政府日前印發《江門市碳達峰實施方案》", "逐年分解落實各項目標"]),
    dict(id="hk03", site="xjsb", path="/news/china/20230420/bkn-20230420053318902.htm", date="2023-04-20",
         reporter="本報記者 司徒樂怡",
         title="研究指肇慶碳排放有望2027年見頂",
         paras=["本港一間大學的能源政策研究團隊昨日發表報告，以肇慶市為案例模擬大灣區外圍城市的減碳路徑。",
                "報告預計，在現行政策情景下，肇慶市碳排放有望在2027年前後見頂，較全國整體目標提早約三年。",
                "報告引述官方數據指出，2022年肇慶單位地區生產總值能耗較2020年累計下降6.1%，非化石能源消費比重約為28%。",
                "研究團隊負責人表示：「模擬結果唔係政府承諾，肇慶市碳達峰實施方案仍在徵求意見階段。」",
                "肇慶市政府未有回應本報查詢。"],
         fingerprint="以肇慶市為案例模擬大灣區外圍城市的減碳路徑",
         must_contain=["本港一間大學的能源政策研究團隊昨日發表報告", "肇慶市政府未有回應本報查詢"]),
    dict(id="hk04", site="xjsb", path="/news/local/20230608/bkn-20230608064417235.htm", date="2023-06-08",
         reporter="本報記者 莫家樂",
         title="大灣區城市減碳論壇 佛山東莞分享經驗",
         paras=["「大灣區城市低碳轉型論壇」昨日在灣仔會議展覽中心舉行，佛山、東莞兩市發展和改革局官員及本港商會代表"
                "約二百人出席。",
                "佛山市代表介紹，當地去年分布式光伏裝機增長四成，陶瓷行業天然氣替代煤炭已基本完成。東莞市代表則分享了"
                "工業園區「綠電交易」的經驗。",
                "有與會商界人士建議，港企可在碳排放核算、綠色債券發行等方面為大灣區城市提供專業服務。",
                "論壇以交流為主，未有簽署任何合作協議，亦未有城市公布新的減碳目標。"],
         fingerprint="陶瓷行業天然氣替代煤炭已基本完成",
         must_contain=["「大灣區城市低碳轉型論壇」昨日在灣仔會議展覽中心舉行", "亦未有城市公布新的減碳目標"]),
    # --- ltci: an English think-tank tracker blog (Lantern Climate Institute), found through its sitemap -----------
    dict(id="lt01", site="ltci", path="/blog/2022/12/liaoning-peaking-plan/", date="2022-12-20", author="Mei Tanaka-Cole",
         title="Tracker update: Liaoning publishes its carbon peaking plan",
         paras=["Liaoning, the northeastern rust-belt province that still burns coal for more than half of its energy, "
                "has published its carbon peaking implementation plan, the twenty-first province in our tracker to do "
                "so.",
                "The plan says Liaoning will raise the share of non-fossil fuels in its energy consumption to 13.7% by "
                "2025 and to around 20% by 2030, and will peak its carbon dioxide emissions before 2030.",
                "Coal made up 60.3% of Liaoning's energy consumption in 2021, according to the provincial statistics "
                "bureau, and non-fossil fuels only 9.8%.",
                "On energy intensity the plan only commits the province to meeting the target assigned by Beijing, "
                "without giving a figure, so we do not log one.",
                "\"The 2025 number is a real stretch for a province with this much heavy industry,\" said our analyst "
                "Daniel Okafor. \"Shenyang's district heating is where the fight will be.\""],
         fingerprint="the twenty-first province in our tracker to do so",
         must_contain=["has published its carbon peaking implementation plan",
                       "Shenyang's district heating is where the fight will be."]),
    dict(id="lt02", site="ltci", path="/blog/2023/01/heilongjiang-plan-tracker/", date="2023-01-10", author="Mei Tanaka-Cole",
         title="Heilongjiang's plan: a 65% intensity cut and a pre-2030 peak",
         paras=["Heilongjiang, China's northernmost province, has joined the tracker with a carbon peaking plan issued "
                "by the provincial government in late December.",
                "Heilongjiang will ensure that its carbon emissions peak before 2030, the plan says. It aims for a "
                "non-fossil share of energy consumption of about 15% by 2025 and about 20% by 2030, and for carbon "
                "intensity 65% below 2005 levels by 2030.",
                "The province's carbon intensity fell 23.2% over the 13th Five-Year Plan period, and non-fossil fuels "
                "already met 12.8% of its energy demand in 2021.",
                "Harbin, the provincial capital, has not yet published its own plan.",
                "Our scorecard rates the plan \"adequate\": its 2030 non-fossil goal is in line with the national "
                "average, but it leaves coal power expansion open."],
         fingerprint="Our scorecard rates the plan",
         must_contain=["has joined the tracker with a carbon peaking plan", "but it leaves coal power expansion open."]),
    dict(id="lt03", site="ltci", path="/blog/2023/07/xiangyang-strive-and-ensure/", date="2023-07-05", author="Daniel Okafor",
         title="Xiangyang: strive for 2028, ensure 2030",
         paras=["Xiangyang, the Hubei city best known for its car plants, released its carbon peaking plan last week "
                "with two dates instead of one.",
                "The city will strive to peak its carbon emissions by 2028 and will ensure that they peak before 2030, "
                "according to the plan. It also aims to lift the non-fossil share of its energy consumption to 21% by "
                "2025.",
                "The double date is becoming common among cities: the earlier year is a stretch goal, the later one a "
                "floor.",
                "Xiangyang's emissions grew 4.1% in 2022, city data show, as new battery and automotive plants came "
                "online."],
         fingerprint="the earlier year is a stretch goal, the later one a floor",
         must_contain=["released its carbon peaking plan last week", "as new battery and automotive plants came online."]),
    dict(id="lt04", site="ltci", path="/blog/2023/09/karamay-numbers/", date="2023-09-18", author="Priya Raman",
         title="Karamay: what the numbers do and do not say",
         paras=["Karamay, the oil city in northern Xinjiang, is often cited as a candidate for an early peak. Our own "
                "modelling does not support that.",
                "Under current policies, our model projects Karamay's emissions peaking around 2032, two years after "
                "the national deadline.",
                "Karamay cut its carbon intensity by 11% between 2020 and 2022, according to the city's statistical "
                "bulletin, mostly through efficiency upgrades at its refineries.",
                "City officials told us a peaking plan is being drafted and will be released next year. Until then, "
                "Karamay has no target in our tracker."],
         fingerprint="mostly through efficiency upgrades at its refineries",
         must_contain=["is often cited as a candidate for an early peak", "Karamay has no target in our tracker."]),
]
