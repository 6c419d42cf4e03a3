<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kiel and Qingdao sign letter of intent on climate partnership - Landeshauptstadt Kiel</title>
<meta name="date" content="2024-09-13"></head>
<body><div id="header"><a href="/en/">State Capital Kiel</a> <span>Kiel.Sailing.City.</span> <a href="/de/">Deutsch</a></div>
<div id="nav"><a href="/en/city/">City &amp; administration</a> <a href="/en/press/">Press</a> <a href="/en/tourism/">Tourism</a> <a href="/en/business/">Business</a></div>
<div id="content"><p class="kicker">Press release | Kiel, 13.09.2024</p>
<h1>Kiel and Qingdao sign letter of intent on climate partnership</h1>
<div class="text">
<p>Kiel and its twin city Qingdao want to work together more closely on climate protection. Lord Mayor Dr. Ulf Kämpfer and Qingdao&#x27;s Vice Mayor Zhang Deping signed a letter of intent on a climate partnership between the two port cities in Qingdao on Thursday (12 September).</p>
<p>The partnership is to cover shore power for ferries and cruise ships, offshore wind, municipal heat planning and the exchange of staff between the two city administrations. It builds on the twinning that Kiel and Qingdao have maintained since 1992.</p>
<p>&quot;Both our cities live from the sea, and both feel the consequences of climate change first at the coast,&quot; said Kämpfer. &quot;We can learn a lot from each other, in both directions.&quot;</p>
<p>The delegation from Kiel, which included representatives of the Port of Kiel and Kiel University, was in Qingdao from 9 to 14 September. It also visited the Sino-German Ecopark and the city&#x27;s cruise terminal.</p>
<p>A detailed cooperation agreement is to be worked out by the end of 2025.</p>
</div>
<p class="contact">Contact: Press office of the State Capital Kiel, presse@kiel.example, phone +49 431 901-0</p>
<p class="back"><a href="/en/press/">Back to overview</a></p></div>
<div id="sidebar"><h2>More press releases</h2><ul><li><a href="/x/0.php">Kiel and Danish partner city sign hydrogen agreement</a></li><li><a href="/x/1.php">Kiel commits to 100 percent green electricity by 2030</a></li></ul></div>
<div id="footer">State Capital Kiel, City Hall, Fleethörn 9, 24103 Kiel | Imprint | Data protection | Accessibility</div></body></html>