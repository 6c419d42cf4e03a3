-- Rows a release-1 warehouse (schema 0001 only) would hold; used to test upgrades keep data intact.
INSERT INTO pages VALUES ('http://old.example/a', 'oldsource', 'Wuhan and LA sign MOU', DATE '2015-09-17', 'en',
    'Wuhan and Los Angeles signed an MOU on low-carbon cities.', 'deadbeef', TIMESTAMP '2016-01-01 00:00:00',
    TIMESTAMP '2016-01-01 00:00:00');
INSERT INTO raw_pages VALUES ('http://old.example/a', 'oldsource', 'http://old.example/a', 200,
    '{"Content-Type": "text/html"}', NULL, NULL, 'utf-8', NULL, TIMESTAMP '2016-01-01 00:00:00');
INSERT INTO mentions VALUES ('k1', 'http://old.example/a', 'agreement',
    '{"agreement_type": "mou", "title": "Wuhan-LA MOU on low-carbon cities"}', '{}',
    'Wuhan and Los Angeles signed an MOU on low-carbon cities.', 'v0', 'agr-1');
INSERT INTO agreements VALUES ('agr-1', 'mou', 'Wuhan-LA MOU on low-carbon cities', DATE '2015-09-16', 'day',
    'Los Angeles', 'US', 'U.S.-China Climate Leaders Summit', ['Wuhan', 'Los Angeles'], ['low-carbon cities'],
    ['http://old.example/a', 'http://old.example/b'], NULL, TIMESTAMP '2016-01-01 00:00:00',
    TIMESTAMP '2016-01-01 00:00:00');
INSERT INTO evidence VALUES
    ('agreement', 'agr-1', 'http://old.example/a', 'Wuhan and Los Angeles signed an MOU on low-carbon cities.'),
    ('agreement', 'agr-1', 'http://old.example/b', '武汉与洛杉矶签署低碳城市合作备忘录。');
