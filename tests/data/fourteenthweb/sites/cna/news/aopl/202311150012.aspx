<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>美中發表陽光之鄉聲明 加強氣候合作 | 國際 | 中央社 CNA</title>
<meta property="article:published_time" content="2023-11-15T10:05:00+08:00"></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/list/aopl.aspx">國際</a> <a href="/list/acn.aspx">兩岸</a></div>
<div class="centralContent"><h1>美中發表陽光之鄉聲明 加強氣候合作</h1>
<div class="updatetime">2023/11/15 10:05（更新時間）</div>
<div class="paragraph"><p>（中央社華盛頓14日綜合外電報導）美國與中國14日發表《關於加強合作應對氣候危機的陽光之鄉聲明》。</p>
<p>這份聲明延續兩國2021年4月在上海發表的聯合聲明。</p></div></div>
<div class="related-news"><h3>延伸閱讀</h3><ul><li><a href="/x/0.aspx">某市與某州簽署減碳合作備忘錄</a></li><li><a href="/x/1.aspx">某縣宣布2040年淨零排放</a></li></ul></div>
<div class="footer">中央通訊社版權所有 本網站之文字、圖片及影音，非經授權，不得轉載</div>
</body></html>