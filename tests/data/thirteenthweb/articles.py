"""Articles of the thirteenth test web (tests/thirteenthweb.py): real events, retold in the words of the sites' kinds.

gov: a central government portal reprinting the news agency (来源 and time in one line, 【打印】【关闭】 chrome);
sasac: a state-asset regulator's portal of central enterprises' news (发布时间 and 来源 under the title);
mo: a Macao news site in Traditional Chinese (a date line with the weekday, 熱門新聞 chrome).
Angles: a four-party framework agreement signed by office-holders named with their posts, with the head of state
attending (not a party), the same agreement as a list of governments in Traditional Chinese; a joint statement whose
subject is the two envoys, not the countries; the statement of November 2023 issued on the eve of a summit, with a
global goal (no party's pledge), a gathering planned for 2024 and the statement of 2021 recalled (background); a central enterprise's investment agreement abroad (当地时间, witnessed by two heads of
government, a stake of 33.5% and a share of a country's power that are no pledges) and its package of contracts a
year later with a government as third party; a green power trading launch (totals and unnamed buyers: no
agreement); a steel group's 力争 targets with no base year and a capability that is no pledge.
"""
from __future__ import annotations

ARTICLES = [
    # --- gov: a central government portal reprinting the news agency -------------------------------------------
    dict(id="g01", site="gov", path="/xinwen/2017-07/01/content_5207219.htm", date="2017-07-01",
         title="《深化粤港澳合作 推进大湾区建设框架协议》在香港签署 习近平出席签署仪式",
         paras=["新华社香港7月1日电 《深化粤港澳合作 推进大湾区建设框架协议》签署仪式1日上午在香港举行，国家主席习近平"
                "出席签署仪式。",
                "国家发展和改革委员会主任何立峰、广东省省长马兴瑞、香港特别行政区行政长官林郑月娥、澳门特别行政区行政长官"
                "崔世安共同签署了《深化粤港澳合作 推进大湾区建设框架协议》。",
                "根据框架协议，粤港澳三地将在国家有关部门支持下，推进基础设施互联互通，共建宜居宜业宜游的优质生活圈，加强"
                "生态环境保护合作，推动绿色低碳发展。"],
         fingerprint="共建宜居宜业宜游的优质生活圈", must_contain=["国家主席习近平出席签署仪式"]),
    dict(id="g02", site="gov", path="/xinwen/2021-04/18/content_5600381.htm", date="2021-04-18",
         title="中美发表应对气候危机联合声明",
         paras=["新华社上海4月18日电 中国气候变化事务特使解振华与美国总统气候问题特使克里4月15日至16日在上海举行会谈，"
                "讨论气候危机所涉问题。",
                "会谈结束后，解振华与克里于17日共同发表《中美应对气候危机联合声明》。",
                "声明表示，中美致力于相互合作并与其他国家一道解决气候危机。",
                "美方期待4月22日至23日举办的领导人气候峰会。"],
         fingerprint="讨论气候危机所涉问题", must_contain=["中美致力于相互合作并与其他国家一道解决气候危机"]),
    dict(id="g03", site="gov", path="/xinwen/2023-11/15/content_6915311.htm", date="2023-11-15",
         title="中美发表关于加强合作应对气候危机的阳光之乡声明",
         paras=["新华社北京11月15日电 中国气候变化事务特使解振华与美国总统气候问题特使克里11月4日至7日在美国加利福尼亚州"
                "阳光之乡举行会谈。",
                "在中美两国元首旧金山会晤前夕，双方于15日发表《中美关于加强合作应对气候危机的阳光之乡声明》。",
                "声明表示，两国支持二十国集团领导人宣言所述努力争取到2030年全球可再生能源装机增至三倍。",
                "双方计划于2024年上半年举办中美地方气候行动高级别活动。",
                "2021年4月，两国曾在上海发表《中美应对气候危机联合声明》。"],
         fingerprint="举办中美地方气候行动高级别活动", must_contain=["全球可再生能源装机增至三倍"]),
    # --- sasac: a state-asset regulator's portal of central enterprises' news ----------------------------------
    dict(id="s01", site="sasac", path="/n2588025/n2588124/c2012345/content.html", date="2015-10-22",
         title="中广核与法国电力集团签署英国新建核电项目投资协议",
         paras=["当地时间10月21日，在中国国家主席习近平和英国首相卡梅伦的共同见证下，中国广核集团与法国电力集团在伦敦签署"
                "英国新建核电项目投资协议。",
                "根据协议，中广核将持有欣克利角C核电项目33.5%的股份，并与法国电力集团共同推进塞兹韦尔C和布拉德韦尔B核电"
                "项目。",
                "欣克利角C项目建成后将为英国提供约7%的电力，助力英国低碳能源转型。"],
         fingerprint="助力英国低碳能源转型", must_contain=["中广核将持有欣克利角C核电项目33.5%的股份"]),
    dict(id="s02", site="sasac", path="/n2588025/n2588124/c20891234/content.html", date="2021-09-08",
         title="我国绿色电力交易试点正式启动",
         paras=["9月7日，绿色电力交易试点正式启动。",
                "首批绿电交易共有来自17个省份的259家市场主体参与，达成交易电量79.35亿千瓦时。",
                "其中，国家电网有限公司经营区域成交68.98亿千瓦时，南方电网经营区域成交10.37亿千瓦时。",
                "参与交易的用电企业与发电企业签订了绿色电力购买合同，所购电量将获得绿色电力证书。"],
         fingerprint="达成交易电量79.35亿千瓦时", must_contain=["所购电量将获得绿色电力证书"]),
    dict(id="s03", site="sasac", path="/n2588025/n2588124/c2209876/content.html", date="2016-09-30",
         title="中广核与法国电力集团及英国政府签署欣克利角C核电项目一揽子协议",
         paras=["当地时间9月29日，中国广核集团与法国电力集团及英国政府在伦敦签署欣克利角C核电项目一揽子协议。",
                "此前，英国政府于9月15日宣布批准该项目。",
                "2015年10月，中广核与法国电力集团在伦敦签署了该项目的投资协议。"],
         fingerprint="英国政府于9月15日宣布批准该项目", must_contain=["签署欣克利角C核电项目一揽子协议"]),
    dict(id="s04", site="sasac", path="/n2588025/n2588124/c16789012/content.html", date="2021-01-21",
         title="中国宝武发布碳达峰碳中和目标",
         paras=["1月20日，中国宝武钢铁集团有限公司在上海召开技术创新大会，发布碳达峰碳中和目标。",
                "中国宝武提出，力争2023年实现碳达峰，2025年具备减碳30%工艺技术能力，2035年力争减碳30%，2050年力争实现"
                "碳中和。"],
         fingerprint="2025年具备减碳30%工艺技术能力", must_contain=["2050年力争实现碳中和"]),
    # --- mo: a Macao news site in Traditional Chinese ----------------------------------------------------------
    dict(id="m01", site="mo", path="/news/2017-07/02/content_1189321.htm", date="2017-07-02",
         title="粵港澳大灣區建設框架協議在港簽署",
         paras=["國家發展和改革委員會、廣東省人民政府、香港特別行政區政府和澳門特別行政區政府1日在香港簽署《深化粵港澳"
                "合作 推進大灣區建設框架協議》，國家主席習近平出席簽署儀式。",
                "根據框架協議，三地將在生態環境保護等領域深化合作。"],
         fingerprint="三地將在生態環境保護等領域深化合作", must_contain=["國家主席習近平出席簽署儀式"]),
]
