<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council adopts updated Masterplan 100% Climate Protection - Landeshauptstadt Kiel</title>
<meta name="date" content="2023-06-16"></head>
<body><div id="header"><a href="/en/">State Capital Kiel</a> <span>Kiel.Sailing.City.</span> <a href="/de/">Deutsch</a></div>
<div id="nav"><a href="/en/city/">City &amp; administration</a> <a href="/en/press/">Press</a> <a href="/en/tourism/">Tourism</a> <a href="/en/business/">Business</a></div>
<div id="content"><p class="kicker">Press release | Kiel, 16.06.2023</p>
<h1>Council adopts updated Masterplan 100% Climate Protection</h1>
<div class="text">
<p>The Kiel city council on Thursday adopted the updated Masterplan 100% Climate Protection. Under the plan, Kiel aims to reduce its greenhouse gas emissions by 95 percent from 1990 levels by 2050 and to halve its final energy consumption over the same period.</p>
<p>The update adds a heat plan for the whole city and a programme for solar roofs on schools and sports halls.</p>
<p>In 2021, Kiel&#x27;s emissions were 42 percent lower than in 1990. &quot;The easy part is behind us,&quot; Lord Mayor Dr. Ulf Kämpfer said after the vote.</p>
<p>The state of Schleswig-Holstein aims to become climate neutral by 2040, five years ahead of the federal target.</p>
</div>
<p class="contact">Contact: Environmental Protection Office, Climate Protection Department, presse@kiel.example, phone +49 431 901-0</p>
<p class="back"><a href="/en/press/">Back to overview</a></p></div>
<div id="sidebar"><h2>More press releases</h2><ul><li><a href="/x/0.php">Kiel and Danish partner city sign hydrogen agreement</a></li><li><a href="/x/1.php">Kiel commits to 100 percent green electricity by 2030</a></li></ul></div>
<div id="footer">State Capital Kiel, City Hall, Fleethörn 9, 24103 Kiel | Imprint | Data protection | Accessibility</div></body></html>