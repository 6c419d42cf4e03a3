"""Articles of the twenty-fifth test web (tests/twentyfifthweb.py), written for issue 17 (commitments and events):
a city's, a province's and an autonomous region's 碳达峰实施方案 targets and firms' 双碳 targets as portals report them.

lz: a city government portal (信息来源 and 发布时间 under the title, 【字体：大 中 小】, 热点推荐 chrome);
nyxw: an energy news portal (来源 and 编辑 in one line, 相关新闻 and a 免责声明 under the text).
Angles: a plan's targets (peak before 2030, a CO2-intensity cut against 2020 and against 2005, non-fossil shares with
左右 and 以上, a capacity in 万千瓦 and in 亿千瓦, new buses all electric by a year); the same target restated without
its base year; a forum with its opening day and city, 为期两天 and its closing day, where a province and a group
announced targets; a firm's peak and neutrality, an internet firm's 运营层面碳中和; and what is none of these: results
(已完成, 已达到, 已实现), forecasts (预计), calls on others (呼吁), the nation's goals quoted as background, a target
with no number, a 视频会议, a 新闻发布会, a 培训班 and an 展览.
"""
from __future__ import annotations

ARTICLES = [
    # --- lz: a city government portal ----------------------------------------------------------------------------
    dict(id="lz01", site="lz", path="/art/2023/2/20/art_4321_1187654.html", date="2023-02-20",
         title="兰州市印发碳达峰实施方案",
         paras=["近日，《兰州市碳达峰实施方案》（以下简称《方案》）正式印发。《方案》明确，兰州市确保2030年前实现碳达峰。",
                "《方案》提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降18%，非化石能源消费比重达到30%左右，"
                "新能源装机容量达到600万千瓦以上。",
                "到2030年，全市非化石能源消费比重达到35%以上，单位地区生产总值二氧化碳排放比2005年下降65%以上。",
                "交通领域，到2027年，全市新增和更新的城市公交车全部为新能源汽车。",
                "“十三五”期间，兰州市单位地区生产总值能耗累计下降21.5%，已完成省下达的目标任务。",
                "国家已提出二氧化碳排放力争于2030年前达到峰值、努力争取2060年前实现碳中和的目标。"],
         fingerprint="全市新增和更新的城市公交车全部为新能源汽车",
         must_contain=["兰州市确保2030年前实现碳达峰", "已完成省下达的目标任务"]),
    dict(id="lz02", site="lz", path="/art/2023/9/15/art_4321_1201122.html", date="2023-09-15",
         title="2023黄河流域低碳发展论坛在兰州开幕",
         paras=["9月14日，2023黄河流域低碳发展论坛在兰州开幕。论坛为期两天，由甘肃省人民政府主办，沿黄九省区代表和"
                "企业负责人约500人参加。",
                "开幕式上，甘肃省发展和改革委员会主任介绍，甘肃省将确保2030年前实现碳达峰，到2025年，全省风电、光伏发电"
                "装机容量达到8000万千瓦以上，非化石能源消费比重达到30%。",
                "国家能源集团在论坛上发布行动方案，提出力争2025年实现二氧化碳排放达峰，2060年前实现碳中和。",
                "论坛期间还举办了新能源装备展览，30余家企业参展。"],
         fingerprint="沿黄九省区代表和企业负责人约500人参加",
         must_contain=["论坛期间还举办了新能源装备展览"]),
    dict(id="lz03", site="lz", path="/art/2023/6/10/art_4321_1195530.html", date="2023-06-10",
         title="市生态环境局召开碳达峰碳中和工作推进视频会议",
         paras=["6月9日，兰州市生态环境局召开全市碳达峰碳中和工作推进视频会议，各县区生态环境分局设分会场。",
                "会议通报，2022年全市单位地区生产总值二氧化碳排放较2020年已下降9.6%，已完成阶段性目标。",
                "会议预计，到2025年全市可再生能源发电量占比将达到60%左右。",
                "会议呼吁全市重点排放企业力争在2028年前实现碳达峰。",
                "同日，市政府新闻办召开新闻发布会，介绍全市碳排放管理培训班举办情况。培训班为期三天，共培训企业碳排放"
                "管理员200余人。"],
         fingerprint="各县区生态环境分局设分会场",
         must_contain=["会议呼吁全市重点排放企业力争在2028年前实现碳达峰"]),
    # --- nyxw: an energy news portal -----------------------------------------------------------------------------
    dict(id="ny01", site="nyxw", path="/news/2023/03/08/10231.html", date="2023-03-08",
         title="能源企业和互联网企业晒出“双碳”路线图",
         paras=["中国石化近日发布碳达峰碳中和行动方案，表示将确保在2030年前实现碳达峰，力争2050年实现碳中和。",
                "2022年，中国石化已实现二氧化碳减排1200万吨，已建成加氢站98座。",
                "国家能源集团此前提出，力争2025年实现碳达峰。",
                "百度宣布，将在2030年实现集团运营层面的碳中和，并呼吁供应链伙伴共同参与减排行动。",
                "业内预计，石化行业碳排放将在2025年前后达到峰值。"],
         fingerprint="已建成加氢站98座",
         must_contain=["业内预计，石化行业碳排放将在2025年前后达到峰值"]),
    dict(id="ny02", site="nyxw", path="/news/2023/09/16/11872.html", date="2023-09-16",
         title="黄河流域低碳发展论坛闭幕 甘肃晒出新能源“成绩单”",
         paras=["为期两天的2023黄河流域低碳发展论坛15日在兰州闭幕。",
                "论坛上，甘肃省提出2030年前实现碳达峰，到2025年非化石能源消费比重达到30%。",
                "截至今年8月底，甘肃新能源装机已达到5000万千瓦，占全省电力总装机的58%。",
                "兰州市在论坛上介绍，到2025年全市单位地区生产总值二氧化碳排放下降18%。",
                "国家能源集团有关负责人表示，集团已提前完成“十四五”新能源装机规划目标的60%。"],
         fingerprint="占全省电力总装机的58%",
         must_contain=["截至今年8月底，甘肃新能源装机已达到5000万千瓦"]),
    dict(id="ny03", site="nyxw", path="/news/2022/08/22/09766.html", date="2022-08-22",
         title="内蒙古印发碳达峰实施方案：2025年新能源装机超1.35亿千瓦",
         paras=["内蒙古自治区人民政府日前印发《内蒙古自治区碳达峰实施方案》，提出2030年前实现碳达峰。",
                "到2025年，自治区单位地区生产总值二氧化碳排放下降率完成国家下达目标，新能源装机容量超过1.35亿千瓦，"
                "非化石能源消费比重提高到18%以上。",
                "到2030年，新能源发电总量超过火电发电总量，非化石能源消费比重达到25%左右。",
                "2022年上半年，内蒙古新能源装机已达到6000万千瓦。"],
         fingerprint="新能源发电总量超过火电发电总量",
         must_contain=["内蒙古新能源装机已达到6000万千瓦"]),
]
