"""Articles of the sixty-fourth test web (tests/sixtyfourthweb.py), written for issue 17 (a held-out estimate in
Chinese of FOREIGN GOVERNORS' and MAYORS' VISITS told by a provincial 外办 portal and a city portal): a governor's
visit with a memorandum signed by the state and the province after a meeting ("会见后，双方签署了…"), the governor
signing for his state with a city ("Y还与A市签署了…"), one governor signing with two cities ("先后与B、C签署"), a
signing of two bodies witnessed by the leaders ("在W和Y的共同见证下，D与E签署…"), a mayor's visit with a witnessed
signing and a letter of intent signed by the mayor and the host mayor; days as "10月23日至25日" and "24日上午". As
negatives: a courtesy call with talks only, "双方表示将…签署", a delegation that "出席" a forum.

lnfao: a provincial 外事办公室 portal (UTF-8). qqhr: a city government portal served in GBK.
"""
from __future__ import annotations

ARTICLES = [
    # --- lnfao: a provincial foreign-affairs office portal --------------------------------------------------------
    dict(id="ln01", site="lnfao", path="/wsdt/202410/t20241026_4410.html", date="2024-10-26",
         title="美国南达科他州州长哈特韦尔一行访问我省",
         paras=["10月23日至25日，应辽宁省人民政府邀请，美国南达科他州州长道格拉斯·哈特韦尔一行访问辽宁省。",
                "24日上午，省委书记郑启明在沈阳会见了哈特韦尔一行。郑启明表示，辽宁与南达科他州在风电装备、农业减排等"
                "领域合作潜力巨大。哈特韦尔表示，南达科他州愿同辽宁深化清洁能源合作。",
                "会见后，双方签署了《辽宁省与美国南达科他州关于加强气候变化与清洁能源合作的谅解备忘录》。根据备忘录，"
                "双方将建立年度工作会商机制。",
                "当天下午，哈特韦尔还与锦州市签署了风电装备产业合作备忘录。",
                "双方表示，将在明年适时签署农业低碳技术合作协议。",
                "副省长王海燕、省外办主任刘晓东参加会见。"],
         fingerprint="双方将建立年度工作会商机制",
         must_contain=["美国南达科他州州长道格拉斯·哈特韦尔一行访问辽宁省", "哈特韦尔还与锦州市签署了风电装备产业合作备忘录"]),
    dict(id="ln02", site="lnfao", path="/wsdt/202406/t20240614_4187.html", date="2024-06-14",
         title="美国缅因州州长卡斯韦尔率团访问辽宁",
         paras=["6月11日至13日，美国缅因州州长伊丽莎白·卡斯韦尔率经贸代表团访问辽宁。",
                "12日上午，省长林振华在沈阳与卡斯韦尔举行会谈。会谈后，在林振华和卡斯韦尔的共同见证下，辽宁省发展和改革"
                "委员会与缅因州能源办公室签署了《海上风电与清洁能源合作协议》。",
                "访问期间，卡斯韦尔先后与丹东市、营口市签署绿色港口合作谅解备忘录。",
                "卡斯韦尔一行还考察了营口港和沈阳的新能源企业。"],
         fingerprint="卡斯韦尔一行还考察了营口港",
         must_contain=["美国缅因州州长伊丽莎白·卡斯韦尔率经贸代表团访问辽宁", "先后与丹东市、营口市签署绿色港口合作谅解备忘录"]),
    dict(id="ln03", site="lnfao", path="/wsdt/202409/t20240920_4352.html", date="2024-09-20",
         title="林振华会见美国特拉华州副州长彭宁顿",
         paras=["9月19日，省委副书记、省长林振华在沈阳会见了美国特拉华州副州长罗伯特·彭宁顿一行。双方就清洁能源、"
                "气候变化应对和友好省州交流等议题进行了会谈。",
                "彭宁顿表示，特拉华州希望与辽宁在海上风电领域开展合作。双方表示将尽快签署友好省州合作备忘录。",
                "当天，彭宁顿一行还出席了在沈阳举行的2024东北亚绿色低碳发展论坛，并在开幕式上致辞。"],
         fingerprint="彭宁顿表示，特拉华州希望与辽宁在海上风电领域开展合作",
         must_contain=["美国特拉华州副州长罗伯特·彭宁顿一行", "双方表示将尽快签署友好省州合作备忘录"]),
    # --- qqhr: a city government portal in GBK ----------------------------------------------------------------------
    dict(id="qq01", site="qqhr", path="/zwdt/zwyw/202409/t20240912_118.html", date="2024-09-12",
         title="美国圣安东尼奥市市长克劳福德率团访问我市",
         paras=["9月9日至11日，美国圣安东尼奥市市长丹尼尔·克劳福德率团访问我市。",
                "10日上午，市委书记孙立群会见了克劳福德一行，市长赵文博参加会见。双方就低碳城市建设、新能源汽车推广等"
                "议题深入交流。",
                "会见后，在孙立群和克劳福德的共同见证下，齐齐哈尔市发展和改革委员会与圣安东尼奥市可持续发展办公室签署了"
                "《低碳城市建设合作备忘录》。",
                "当天下午，赵文博与克劳福德签署了《齐齐哈尔市与美国圣安东尼奥市关于开展城市气候行动合作的意向书》。",
                "访问期间，代表团还参观了我市的风电装备制造企业和湿地保护区。"],
         fingerprint="代表团还参观了我市的风电装备制造企业和湿地保护区",
         must_contain=["美国圣安东尼奥市市长丹尼尔·克劳福德率团访问我市", "《低碳城市建设合作备忘录》"]),
    dict(id="qq02", site="qqhr", path="/zwdt/zwyw/202411/t20241106_131.html", date="2024-11-06",
         title="赵文博会见美国托莱多市副市长哈洛伦一行",
         paras=["11月5日，市长赵文博会见了来访的美国托莱多市副市长詹姆斯·哈洛伦一行。",
                "双方就城市绿色转型、清洁供暖等议题进行了会谈，并表示将继续加强交流，适时签署合作备忘录。",
                "哈洛伦一行此前出席了在哈尔滨举办的中美地方绿色发展交流会。"],
         fingerprint="双方就城市绿色转型、清洁供暖等议题进行了会谈",
         must_contain=["美国托莱多市副市长詹姆斯·哈洛伦一行", "适时签署合作备忘录"]),
]
