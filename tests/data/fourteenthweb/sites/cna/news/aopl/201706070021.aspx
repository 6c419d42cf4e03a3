<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>加州州長布朗訪四川 簽署合作備忘錄 | 國際 | 中央社 CNA</title>
<meta property="article:published_time" content="2017-06-07T10:05:00+08:00"></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/list/aopl.aspx">國際</a> <a href="/list/acn.aspx">兩岸</a></div>
<div class="centralContent"><h1>加州州長布朗訪四川 簽署合作備忘錄</h1>
<div class="updatetime">2017/06/07 10:05（更新時間）</div>
<div class="paragraph"><p>（中央社成都6日綜合外電報導）美國加州州長布朗5日在成都與四川省長尹力簽署清潔能源合作備忘錄。</p>
<p>布朗此行還將前往南京和北京。</p></div></div>
<div class="related-news"><h3>延伸閱讀</h3><ul><li><a href="/x/0.aspx">某市與某州簽署減碳合作備忘錄</a></li><li><a href="/x/1.aspx">某縣宣布2040年淨零排放</a></li></ul></div>
<div class="footer">中央通訊社版權所有 本網站之文字、圖片及影音，非經授權，不得轉載</div>
</body></html>