<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Thirty years of twinning: delegation from Qingdao visits Kiel - Landeshauptstadt Kiel</title>
<meta name="date" content="2022-06-14"></head>
<body><div id="header"><a href="/en/">State Capital Kiel</a> <span>Kiel.Sailing.City.</span> <a href="/de/">Deutsch</a></div>
<div id="nav"><a href="/en/city/">City &amp; administration</a> <a href="/en/press/">Press</a> <a href="/en/tourism/">Tourism</a> <a href="/en/business/">Business</a></div>
<div id="content"><p class="kicker">Press release | Kiel, 14.06.2022</p>
<h1>Thirty years of twinning: delegation from Qingdao visits Kiel</h1>
<div class="text">
<p>Thirty years after Kiel and Qingdao signed their twinning agreement, a delegation from the Chinese port city was welcomed by Lord Mayor Dr. Ulf Kämpfer at Kiel City Hall on Monday.</p>
<p>The twinning, sealed in 1992, is one of the oldest between a German and a Chinese city. Since then more than 2,000 pupils, students and sailors have taken part in exchanges.</p>
<p>During the visit, the two sides talked about a climate partnership. A letter of intent could be signed during a visit of the Lord Mayor to Qingdao, Kämpfer said.</p>
<p>The delegation also watched the Kiel Week regatta from the Olympic Centre in Schilksee.</p>
</div>
<p class="contact">Contact: Office of the Lord Mayor, International Affairs, presse@kiel.example, phone +49 431 901-0</p>
<p class="back"><a href="/en/press/">Back to overview</a></p></div>
<div id="sidebar"><h2>More press releases</h2><ul><li><a href="/x/0.php">Kiel and Danish partner city sign hydrogen agreement</a></li><li><a href="/x/1.php">Kiel commits to 100 percent green electricity by 2030</a></li></ul></div>
<div id="footer">State Capital Kiel, City Hall, Fleethörn 9, 24103 Kiel | Imprint | Data protection | Accessibility</div></body></html>