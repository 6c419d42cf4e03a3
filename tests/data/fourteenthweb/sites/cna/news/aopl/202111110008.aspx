<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>美中發表格拉斯哥聯合宣言 | 國際 | 中央社 CNA</title>
<meta property="article:published_time" content="2021-11-11T10:05:00+08:00"></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/list/aopl.aspx">國際</a> <a href="/list/acn.aspx">兩岸</a></div>
<div class="centralContent"><h1>美中發表格拉斯哥聯合宣言</h1>
<div class="updatetime">2021/11/11 10:05（更新時間）</div>
<div class="paragraph"><p>（中央社格拉斯哥10日綜合外電報導）美國與中國10日在格拉斯哥發表《中美關於在21世紀20年代強化氣候行動的格拉斯哥聯合宣言》。</p>
<p>宣言提到，雙方將建立工作組，定期舉行會議。</p></div></div>
<div class="related-news"><h3>延伸閱讀</h3><ul><li><a href="/x/0.aspx">某市與某州簽署減碳合作備忘錄</a></li><li><a href="/x/1.aspx">某縣宣布2040年淨零排放</a></li></ul></div>
<div class="footer">中央通訊社版權所有 本網站之文字、圖片及影音，非經授權，不得轉載</div>
</body></html>