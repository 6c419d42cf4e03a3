"""Articles of the thirty-eighth test web (tests/thirtyeighthweb.py), written for issue 17 (an honest held-out estimate
of Chinese commitments and events): a province's 碳达峰实施方案, cities' targets told at a forum, state-owned and
private firms' 双碳 pledges told at an industry congress, a cloud forum and a press conference.

jxfgw: a provincial development and reform commission portal (文章来源 and 发布日期 under the title, 【打印本页】,
相关链接 chrome); zgjn: an industry association site (来源, 作者 and 责任编辑, 相关阅读 traps under the text).
Angles: a plan's numbered targets (non-fossil shares, CO2 intensity against 2020 and against 2005, 确保2030年前实现
碳达峰); a 第N届 forum with a year, held in a venue, with opening and closing days, where cities told targets (力争,
确保, 不低于, 以上, 左右, 累计, 分别为, two cities in one sentence with 分别于); a congress where steel and building
material groups pledged; a 云上 forum with no city; a firm's own press conference (a publication, no gathering);
and what is none of these: results (已下降, 完成), forecasts (预计), plans only being drafted (正在编制, 征求意见稿),
the nation's targets restated.
"""
from __future__ import annotations

ARTICLES = [
    # --- jxfgw: a provincial development and reform commission portal ----------------------------------------
    dict(id="jx01", site="jxfgw", path="/art/2022/7/19/art_14590_4012345.html", date="2022-07-19",
         title="江西省人民政府印发《江西省碳达峰实施方案》",
         paras=["近日，江西省人民政府印发《江西省碳达峰实施方案》（以下简称《方案》），对全省碳达峰工作作出总体部署。",
                "《方案》提出，到2025年，全省非化石能源消费比重达到18.3%，单位地区生产总值二氧化碳排放比2020年下降"
                "19.5%，为实现碳达峰奠定坚实基础。",
                "到2030年，全省非化石能源消费比重达到23%以上，单位地区生产总值二氧化碳排放比2005年下降65%以上，"
                "确保2030年前实现碳达峰。",
                "“十三五”时期，全省单位地区生产总值二氧化碳排放累计下降24.2%，超额完成国家下达的目标任务。",
                "我国力争2030年前实现碳达峰、2060年前实现碳中和，是党中央经过深思熟虑作出的重大战略决策。"],
         fingerprint="全省非化石能源消费比重达到18.3%",
         must_contain=["确保2030年前实现碳达峰", "超额完成国家下达的目标任务"]),
    dict(id="jx02", site="jxfgw", path="/art/2023/11/10/art_14590_4120876.html", date="2023-11-10",
         title="第三届长江中游城市群绿色低碳发展论坛在南昌举办",
         paras=["11月8日，2023第三届长江中游城市群绿色低碳发展论坛在南昌绿地国际博览中心开幕。论坛由江西省发展和"
                "改革委员会主办，11月9日闭幕。",
                "论坛上，多个城市发布了减碳目标。南昌市提出，力争到2025年全市光伏发电装机容量达到300万千瓦以上，"
                "单位地区生产总值二氧化碳排放比2020年下降20%左右。",
                "赣州市表示，确保到2025年全市非化石能源消费比重不低于25%。",
                "景德镇市、上饶市提出，分别于2028年和2030年前实现碳达峰。",
                "九江市提出，到2025年和2030年，全市新能源汽车保有量分别为10万辆和30万辆；到2025年累计建成充电桩"
                "2万个以上。",
                "论坛期间，与会城市还参观了南昌市绿色低碳示范项目。"],
         fingerprint="南昌绿地国际博览中心开幕",
         must_contain=["景德镇市、上饶市提出，分别于2028年和2030年前实现碳达峰", "论坛期间，与会城市还参观了"]),
    dict(id="jx03", site="jxfgw", path="/art/2024/3/5/art_14590_4233019.html", date="2024-03-05",
         title="省发展改革委召开新闻发布会介绍全省能耗双控工作情况",
         paras=["3月4日，江西省发展改革委召开新闻发布会，介绍2023年全省能耗双控工作情况。",
                "据介绍，2023年全省单位地区生产总值能耗比上年已下降3.1%，完成年度目标任务。",
                "预计到2025年，全省可再生能源发电装机容量将达到5000万千瓦左右。",
                "《江西省工业领域碳达峰实施方案（征求意见稿）》已向社会公开征求意见，《南昌市碳达峰实施方案》正在编制，"
                "将提出力争2029年前实现碳达峰的目标。",
                "发布会上，省发展改革委有关负责人还回答了记者提问。"],
         fingerprint="介绍2023年全省能耗双控工作情况",
         must_contain=["正在编制", "回答了记者提问"]),
    # --- zgjn: an industry association site --------------------------------------------------------------------
    dict(id="jn01", site="zgjn", path="/news/hyxw/202206/t20220617_8812.html", date="2022-06-17",
         title="钢铁建材企业在行业大会上亮出“双碳”时间表",
         paras=["6月16日，2022（第二届）钢铁行业低碳发展大会在北京国家会议中心开幕，大会为期两天。",
                "大会上，鞍钢集团发布低碳冶金路线图，提出2025年前实现碳达峰，2035年碳排放总量较峰值降低30%，力争2050年"
                "实现碳中和。",
                "中国建材集团和中国中车集团表示，将分别于2025年和2028年前实现碳达峰。",
                "据测算，2021年全国重点钢铁企业吨钢综合能耗已下降至550千克标准煤左右。业内专家预计，钢铁行业有望在"
                "2025年前整体实现碳达峰。"],
         fingerprint="2022（第二届）钢铁行业低碳发展大会在北京国家会议中心开幕",
         must_contain=["鞍钢集团发布低碳冶金路线图", "业内专家预计"]),
    dict(id="jn02", site="zgjn", path="/news/hyxw/202209/t20220923_9034.html", date="2022-09-23",
         title="2022光伏产业云上峰会举行 企业发布减碳承诺",
         paras=["9月22日，2022光伏产业云上峰会以线上方式举行，来自光伏产业链上下游的200余家企业代表在线参会。",
                "峰会上，通威集团宣布，力争2023年实现运营碳中和；晶澳科技表示，将于2030年实现全球运营100%使用"
                "可再生电力。",
                "截至2022年6月底，全国光伏发电累计装机容量已达3.4亿千瓦。"],
         fingerprint="来自光伏产业链上下游的200余家企业代表在线参会",
         must_contain=["通威集团宣布", "全国光伏发电累计装机容量已达3.4亿千瓦"]),
    dict(id="jn03", site="zgjn", path="/news/qydt/202303/t20230328_9561.html", date="2023-03-28",
         title="中国铝业集团发布碳达峰行动方案",
         paras=["3月27日，中国铝业集团有限公司在北京召开新闻发布会，发布《中铝集团碳达峰行动方案》。",
                "方案提出，中铝集团力争2025年前实现碳达峰，2035年碳排放总量较峰值降低40%。",
                "2022年，中铝集团电解铝清洁能源使用比例已达到50.1%，较上年提高3.5个百分点。"],
         fingerprint="发布《中铝集团碳达峰行动方案》",
         must_contain=["中国铝业集团有限公司在北京召开新闻发布会", "清洁能源使用比例已达到50.1%"]),
    dict(id="jn04", site="zgjn", path="/news/hyxw/202401/t20240115_9980.html", date="2024-01-15",
         title="多地加快编制重点领域碳达峰方案",
         paras=["记者了解到，河南省建材行业碳达峰实施方案正在编制，有关部门已形成征求意见稿。",
                "征求意见稿提出，到2025年，全省水泥熟料单位产品综合能耗力争下降3%以上。",
                "国家层面，《2030年前碳达峰行动方案》提出，到2025年，非化石能源消费比重达到20%左右。",
                "业内预计，2024年建材行业碳排放总量将继续下降。"],
         fingerprint="河南省建材行业碳达峰实施方案正在编制",
         must_contain=["有关部门已形成征求意见稿", "业内预计"]),
]
