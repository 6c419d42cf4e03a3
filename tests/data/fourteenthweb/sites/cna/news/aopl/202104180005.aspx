<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>美中發表應對氣候危機聯合聲明 | 國際 | 中央社 CNA</title>
<meta property="article:published_time" content="2021-04-18T10:05:00+08:00"></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/list/aopl.aspx">國際</a> <a href="/list/acn.aspx">兩岸</a></div>
<div class="centralContent"><h1>美中發表應對氣候危機聯合聲明</h1>
<div class="updatetime">2021/04/18 10:05（更新時間）</div>
<div class="paragraph"><p>（中央社上海18日綜合外電報導）美國總統氣候特使凱瑞與中國氣候特使解振華15日至16日在上海會談，雙方17日發表《中美應對氣候危機聯合聲明》。</p>
<p>雙方承諾在《巴黎協定》框架下加強合作。</p></div></div>
<div class="related-news"><h3>延伸閱讀</h3><ul><li><a href="/x/0.aspx">某市與某州簽署減碳合作備忘錄</a></li><li><a href="/x/1.aspx">某縣宣布2040年淨零排放</a></li></ul></div>
<div class="footer">中央通訊社版權所有 本網站之文字、圖片及影音，非經授權，不得轉載</div>
</body></html>