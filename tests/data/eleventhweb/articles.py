"""Articles of the eleventh test web (tests/eleventhweb.py): real events, retold in the words of the sites' kinds.

gov: a city government's portal (date and source under the title, 【字体：大 中 小】 chrome); news: a wire-style news
site (中新网 dateline, 【编辑:…】 line). Angles: a city's 碳达峰实施方案 with several targets in one sentence and no
pledge verb, the same plan reported by the news site, a state-ministry memorandum of California and China's NDRC, a
city-company memorandum, and a statistics communiqué whose figures are results (a negative).
"""
from __future__ import annotations

ARTICLES = [
    # --- gov: a city government's portal ------------------------------------------------------------------------
    dict(id="g01", site="gov", path="/zhengce/zhengcefagui/202210/t20221013_2835413.html", date="2022-10-13",
         title="北京市人民政府关于印发《北京市碳达峰实施方案》的通知",
         paras=["近日，北京市人民政府印发《北京市碳达峰实施方案》。",
                "到2025年，可再生能源消费比重达到14.4%以上，单位地区生产总值能耗比2020年下降14%，单位地区生产总值"
                "二氧化碳排放下降确保完成国家下达目标。",
                "到2030年，可再生能源消费比重达到25%左右，单位地区生产总值二氧化碳排放确保完成国家下达目标，确保如期实现"
                "2030年前碳达峰目标。"],
         fingerprint="单位地区生产总值能耗比2020年下降14%", must_contain=["确保如期实现2030年前碳达峰目标"]),
    dict(id="g02", site="gov", path="/sjfb/tjgb/202103/t20210301_2290031.html", date="2021-03-01",
         title="2020年国民经济和社会发展统计公报解读：能源结构持续优化",
         paras=["国家统计局2月28日发布的统计公报显示，2020年非化石能源消费量占能源消费总量比重为15.9%，比上年提高0.6个"
                "百分点。",
                "到2020年底，全国可再生能源发电装机达到9.34亿千瓦。",
                "“十三五”时期，单位国内生产总值二氧化碳排放下降18.8%，超额完成下降18%的约束性目标。"],
         fingerprint="比上年提高0.6个百分点", must_contain=["超额完成下降18%的约束性目标"]),
    # --- news: a wire-style news site ---------------------------------------------------------------------------
    dict(id="n01", site="news", path="/gj/2013/09-14/5285634.shtml", date="2013-09-14",
         title="中国国家发改委与美国加州签署应对气候变化合作谅解备忘录",
         paras=["中新网9月14日电 据美国加州州长办公室消息，当地时间13日，美国加利福尼亚州州长布朗与中国国家发展和改革委员会"
                "副主任解振华在萨克拉门托签署应对气候变化合作谅解备忘录。",
                "根据备忘录，双方将在低碳发展、碳排放交易、清洁能源技术等领域开展交流与合作。"],
         fingerprint="双方将在低碳发展、碳排放交易", must_contain=["在萨克拉门托签署应对气候变化合作谅解备忘录"]),
    dict(id="n02", site="news", path="/cj/2018/07-10/8563021.shtml", date="2018-07-10",
         title="特斯拉超级工厂落户上海临港",
         paras=["中新网上海7月10日电 上海市政府与美国特斯拉公司10日在上海签署合作备忘录，特斯拉超级工厂将落户上海临港地区。",
                "该工厂规划年生产50万辆纯电动整车，这是上海有史以来最大的外资制造业项目。"],
         fingerprint="规划年生产50万辆纯电动整车", must_contain=["特斯拉超级工厂将落户上海临港地区"]),
    dict(id="n03", site="news", path="/gn/2022/10-13/9872145.shtml", date="2022-10-13",
         title="北京发布碳达峰实施方案 2030年可再生能源消费比重达到25%左右",
         paras=["中新网北京10月13日电 北京市人民政府近日印发《北京市碳达峰实施方案》。",
                "方案明确，到2025年，可再生能源消费比重达到14.4%以上，单位地区生产总值能耗比2020年下降14%。",
                "到2030年，可再生能源消费比重达到25%左右，确保如期实现2030年前碳达峰目标。"],
         fingerprint="北京市人民政府近日印发", must_contain=["方案明确，到2025年"]),
]
