<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Port cities from China and Scandinavia discuss shore power in Kiel - Landeshauptstadt Kiel</title>
<meta name="date" content="2024-03-21"></head>
<body><div id="header"><a href="/en/">State Capital Kiel</a> <span>Kiel.Sailing.City.</span> <a href="/de/">Deutsch</a></div>
<div id="nav"><a href="/en/city/">City &amp; administration</a> <a href="/en/press/">Press</a> <a href="/en/tourism/">Tourism</a> <a href="/en/business/">Business</a></div>
<div id="content"><p class="kicker">Press release | Kiel, 21.03.2024</p>
<h1>Port cities from China and Scandinavia discuss shore power in Kiel</h1>
<div class="text">
<p>Experts from Qingdao, Bergen and Kiel met at Kiel City Hall on 19 and 20 March for a workshop on shore power for ferries and cruise ships.</p>
<p>The participants visited the shore power plant at the Norwegenkai and discussed grid connections, tariffs and the standards ships must meet.</p>
<p>No agreements were signed. The three cities want to publish a joint paper on their experience later this year.</p>
<p>The workshop was funded by the state of Schleswig-Holstein&#x27;s programme for international municipal cooperation.</p>
</div>
<p class="contact">Contact: Office of the Lord Mayor, International Affairs, presse@kiel.example, phone +49 431 901-0</p>
<p class="back"><a href="/en/press/">Back to overview</a></p></div>
<div id="sidebar"><h2>More press releases</h2><ul><li><a href="/x/0.php">Kiel and Danish partner city sign hydrogen agreement</a></li><li><a href="/x/1.php">Kiel commits to 100 percent green electricity by 2030</a></li></ul></div>
<div id="footer">State Capital Kiel, City Hall, Fleethörn 9, 24103 Kiel | Imprint | Data protection | Accessibility</div></body></html>