"""Articles of the forty-fifth test web (tests/fortyfifthweb.py), written for issue 17 (an honest held-out estimate of
Chinese summit results and joint statements): what city gatherings adopted and signed, and what cities pledged there.

hjfb: a ministry-style 新闻发布 portal (索引号 and 发布机构 in a table, 【字体：大 中 小】, 【打印】【关闭】);
lzxw: a city news site (来源 and 编辑 under the text, 相关新闻 traps).
Angles: a declaration (宣言), an initiative (倡议) and a joint statement (联合声明) issued by several named cities (one
agreement with every named party); a 成果清单 of signed agreements (一、…；二、…；三、…); pledges made at the gathering
(在论坛上宣布, 承诺, 力争, 确保, per-actor years with 分别于); dates over several days (至, 为期三天, 闭幕, 第一天);
a 云端 session of a summit and an online forum; a 分论坛 of a bigger congress (the signing is the congress's);
and what is none of these: a 筹备会, a 新闻发布会 announcing a future summit, a previous edition recalled, results
achieved (已完成, 累计).
"""
from __future__ import annotations

ARTICLES = [
    # --- hjfb: a ministry-style 新闻发布 portal ------------------------------------------------------------------
    dict(id="hj01", site="hjfb", path="/xwfb/202407/t20240716_771203.shtml", date="2024-07-16",
         title="2024金砖国家城市气候合作论坛在泉州举办",
         paras=["7月13日至15日，2024金砖国家城市气候合作论坛在福建省泉州市举办。论坛由住房和城乡建设部与福建省人民政府"
                "共同主办，来自金砖国家的30余个城市代表参会。",
                "论坛第一天，与会城市共同通过《金砖国家城市气候合作泉州宣言》。泉州市、约翰内斯堡市、喀山市、福塔莱萨市和"
                "班加罗尔市市长共同签署宣言，承诺加强城市间绿色低碳合作。",
                "泉州市在论坛上宣布，力争2028年前实现碳达峰；约翰内斯堡市表示，将于2040年实现碳中和。",
                "7月15日闭幕式上，各方签署了一批合作文件，成果清单如下：一、泉州市与喀山市签署友好城市关系协议；二、福建省"
                "能源集团与约翰内斯堡电力公司签署储能项目合作协议；三、住房和城乡建设部与巴西城市部签署城市可持续发展合作"
                "谅解备忘录。",
                "上届论坛于2023年在喀山举行，共有25个城市参加。"],
         fingerprint="来自金砖国家的30余个城市代表参会",
         must_contain=["《金砖国家城市气候合作泉州宣言》", "上届论坛于2023年在喀山举行"]),
    dict(id="hj02", site="hjfb", path="/xwfb/202405/t20240520_768455.shtml", date="2024-05-20",
         title="住房和城乡建设部举行新闻发布会介绍2024亚太城市气候峰会筹备情况",
         paras=["5月20日，住房和城乡建设部举行新闻发布会，介绍2024亚太城市气候峰会筹备情况。峰会将于今年10月在海南省"
                "海口市举行。",
                "据介绍，峰会筹备会已于5月10日在海口召开，各方就峰会议程和拟发布的《亚太城市绿色低碳发展倡议》进行了讨论。",
                "截至目前，海口市已完成城市公交车全部电动化，累计推广新能源汽车15万辆。",
                "上一届峰会于2022年在吉隆坡举行，与会城市共同发布了《吉隆坡城市气候行动宣言》。"],
         fingerprint="介绍2024亚太城市气候峰会筹备情况。峰会将于今年10月",
         must_contain=["峰会筹备会已于5月10日在海口召开", "累计推广新能源汽车15万辆"]),
    dict(id="hj03", site="hjfb", path="/xwfb/202410/t20241025_774916.shtml", date="2024-10-25",
         title="2024亚太城市气候峰会在海口闭幕 五城市共同发布绿色低碳发展倡议",
         paras=["10月22日，2024亚太城市气候峰会在海口开幕，峰会为期三天，于10月24日闭幕。",
                "峰会第一天，海口市、曼谷市、金边市、吉隆坡市和西宁市共同发布《亚太城市绿色低碳发展倡议》，倡议各城市在"
                "建筑、交通和能源领域加强合作。",
                "峰会期间还举办了“零碳建筑”云端专场，来自12个国家的专家以线上方式参会。",
                "在10月23日的城市领导人对话会上，曼谷市承诺到2030年温室气体排放量比2018年减少30%；西宁市宣布，确保2025年"
                "清洁能源发电装机占比达到95%以上。"],
         fingerprint="峰会为期三天，于10月24日闭幕",
         must_contain=["《亚太城市绿色低碳发展倡议》", "“零碳建筑”云端专场"]),
    # --- lzxw: a city news site ----------------------------------------------------------------------------------
    dict(id="lz01", site="lzxw", path="/news/2023-11/23/content_5521907.htm", date="2023-11-23",
         title="泛北部湾城市绿色发展大会在柳州举行",
         paras=["11月20日至22日，第二届泛北部湾城市绿色发展大会在柳州市举行。",
                "大会期间，“绿色交通”分论坛于21日举办。柳州市与金边市在分论坛上签署新能源汽车产业合作备忘录。",
                "柳州市在大会上承诺，力争到2027年全市新能源汽车产量占汽车总产量的60%以上。",
                "首届大会于2021年在北海举行。"],
         fingerprint="第二届泛北部湾城市绿色发展大会在柳州市举行",
         must_contain=["“绿色交通”分论坛于21日举办", "首届大会于2021年在北海举行"]),
    dict(id="lz02", site="lzxw", path="/news/2024-03/29/content_5610344.htm", date="2024-03-29",
         title="中蒙俄三市发表绿色能源合作联合声明",
         paras=["3月28日，中蒙俄城市绿色能源合作论坛以线上方式举行。",
                "呼和浩特市、乌兰巴托市和伊尔库茨克市共同发表《中蒙俄城市绿色能源合作联合声明》，三市将在风电、光伏和氢能"
                "领域开展合作。",
                "呼和浩特市在论坛上宣布，确保到2025年全市新能源装机规模达到1500万千瓦。"],
         fingerprint="中蒙俄城市绿色能源合作论坛以线上方式举行",
         must_contain=["《中蒙俄城市绿色能源合作联合声明》", "确保到2025年全市新能源装机规模达到1500万千瓦"]),
    dict(id="lz03", site="lzxw", path="/news/2024-06/13/content_5688120.htm", date="2024-06-13",
         title="2024泛北部湾城市绿色发展大会筹备会召开",
         paras=["6月12日，第三届泛北部湾城市绿色发展大会筹备会在柳州召开，会议研究了大会筹备工作方案。",
                "会上，南宁、北海、钦州三市提出，将分别于2028年、2029年和2030年前实现碳达峰。",
                "据悉，柳州、南宁两市大气污染联防联控工作已完成第一阶段任务，两市累计淘汰燃煤锅炉320台。"],
         fingerprint="第三届泛北部湾城市绿色发展大会筹备会在柳州召开",
         must_contain=["将分别于2028年、2029年和2030年前实现碳达峰", "累计淘汰燃煤锅炉320台"]),
]
