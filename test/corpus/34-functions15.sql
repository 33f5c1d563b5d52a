-- Functions of the PostgreSQL docs evsql lacked (the fifteenth session): trigonometry in degrees
-- (float.c's reductions, exact at 30, 45 and 60 degrees), the prefix ~ by operand type, Unicode normalization.
select sind(30), sind(-30), sind(150), sind(210), sind(330), sind(90), sind(180), sind(270), sind(360), sind(45), sind(10), sind(1e6);
select cosd(60), cosd(-60), cosd(120), cosd(90), cosd(180), cosd(270), cosd(0), cosd(45), cosd(33.3);
select tand(45), tand(-45), tand(135), tand(180), tand(90), tand(0), tand(30), tand(225), tand(17);
select cotd(45), cotd(0), cotd(90), cotd(270), cotd(135), cotd(-45), cotd(60);
select asind(0.5), asind(-0.5), asind(1), asind(0), asind(0.3), acosd(0.5), acosd(-0.5), acosd(1), acosd(-1), acosd(0.8);
select atand(1), atand(-1), atand(0), atand('Infinity'), atan2d(1, 0), atan2d(0, -1), atan2d(1, 1), atan2d(-3, 4);
select sind('NaN'), asind('NaN'), atan2d('NaN', 1);
select sind('Infinity');
select asind(2);
select x, sind(x), cosd(x) from generate_series(0, 360, 15) x;
select ~ 5, ~ (-1)::int2, ~ 7::bigint;
select ~ 1.5;
select ~ 'abc'::text;
-- params: [30]
select sind($1), cosd($1), tand($1);
-- params: [1, -1]
select atan2d($1, $2);
SELECT U&'\0061\0308bc' IS NFD NORMALIZED, U&'\0061\0308bc' IS NFC NORMALIZED, U&'\00E4bc' IS NORMALIZED, U&'\00E4bc' IS NOT NFD NORMALIZED;
SELECT normalize(U&'\0061\0308bc', NFC) = U&'\00E4bc', length(normalize(U&'\0061\0308bc')), length(normalize(U&'\00E4bc', NFD)), normalize('ﬁ', NFKC), normalize('ﬁ', NFKD), normalize(null);
select normalize(s, nfkc) from (values ('Ⅻ'), ('x²')) v(s);
select pg_typeof(normalize('a')), pg_typeof('a' is normalized);
-- string_to_table (the fifteenth session).
SELECT string_to_table('xx~^~yy~^~zz', '~^~', 'yy');
select string_to_table('a,b,,c', ',');
select * from string_to_table('a b c', ' ') with ordinality;
select t.x from string_to_table('1|2|3', '|') as t(x);
select string_to_table('abc', null), string_to_table('abc', '');
select string_to_table('', ','), 1;
select string_to_table(null, ',');
select id, string_to_table(tags, ',') from (values (1, 'a,b'), (2, 'c')) v(id, tags) order by 1, 2;
select count(*) from string_to_table('a,b,c', ',');
