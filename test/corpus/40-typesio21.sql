-- Type input and output at the edges (issue 10, session 21): every built-in type's accepted and
-- rejected input spellings, its output under DateStyle, IntervalStyle, extra_float_digits,
-- bytea_output and TimeZone, the casts applications use between them, to_char/to_number/to_date/
-- to_timestamp patterns, and the SQLSTATEs of the failures; some through the extended protocol.
set timezone = 'UTC';
select true, false, 't'::bool, 'f'::bool;
select 'yes'::bool, 'no'::bool, 'on'::bool, 'off'::bool;
select 'y'::bool, 'n'::bool, '1'::bool, '0'::bool;
select 'TRUE'::bool, 'False'::bool, ' true '::bool, 'tr'::bool;
select 'o'::bool;
select 'of'::bool;
select 'maybe'::bool;
select ''::bool;
select '2'::bool;
select 1::bool, 0::bool, 5::bool;
select true::int, false::int;
select 1::int8::bool;
select true::text, false::varchar, true::char(1);
select 'true'::text::bool, 'off'::text::bool;
select bool 'yes', boolean 'f';
select true and null, false or null, not null::bool;
select array[true, false, null];
select '{t,f,NULL}'::bool[], '{yes,no}'::bool[];
select true < false, true > false, bool_and(x), bool_or(x) from (values (true), (false)) v(x);
select '12'::int, ' 12 '::int, '+1'::int, '-0'::int;
select '  -42'::int4, '42  '::int2, '+0'::int8;
select '1e3'::int;
select '12.5'::int;
select '0x1F'::int;
select '1_000'::int;
select ''::int;
select '   '::int;
select '2147483647'::int, '-2147483648'::int;
select '2147483648'::int;
select '-2147483649'::int;
select '32767'::int2, '-32768'::int2;
select '32768'::int2;
select '9223372036854775807'::int8, '-9223372036854775808'::int8;
select '9223372036854775808'::int8;
select '12abc'::int;
select '- 1'::int;
select '1 2'::int;
select 2147483647 + 1;
select (-2147483648)::int * -1;
select 32767::int2 + 1::int2;
select 9223372036854775807::int8 + 1;
select -(-9223372036854775808)::int8;
select 5 / 0;
select 5 % 0;
select (-2147483648)::int / -1;
select 7 / 2, -7 / 2, 7 % -3, -7 % 3;
select 2.5::int, 3.5::int, -2.5::int, -3.5::int;
select 2.5::float8::int, 3.5::float8::int, -2.5::float8::int, 0.5::float4::int;
select 1.49999::int, 1.5000001::numeric::int;
select 2147483647.5::int;
select 1e10::int;
select 'NaN'::float8::int;
select 'Infinity'::float8::int8;
select 32767.5::int2;
select 123::int2::text, (-5)::int8::text;
select 42::numeric, 42::float4, 42::float8, 42::bigint::smallint;
select 100000::int2;
select int2 '7', int4 '8', int8 '9';
select '{1,2,NULL,3}'::int[], '{}'::int[], '{{1,2},{3,4}}'::int[];
select '{1,a}'::int[];
select '{1,2'::int[];
select '{{1,2},{3}}'::int[];
select array[1,2]::text, array[[1,2],[3,4]]::text;
select '[0:2]={1,2,3}'::int[], array_lower('[0:2]={1,2,3}'::int[], 1);
select '{ 1 , 2 }'::int[];
select array[null::int, null];
select '12345678901'::numeric::int8, 12345678901::numeric::int4;
select '0'::numeric, '-0'::numeric, '+0.000'::numeric, '.5'::numeric, '5.'::numeric;
select '  1.50  '::numeric, '1e3'::numeric, '1E-3'::numeric, '-1.2e+2'::numeric;
select 'NaN'::numeric, 'nan'::numeric, ' NaN '::numeric;
select 'Infinity'::numeric;
select '-Infinity'::numeric;
select 'inf'::numeric;
select '1e400'::numeric;
select '   '::numeric;
select ''::numeric;
select '1.2.3'::numeric;
select '1,5'::numeric;
select '1_000.5'::numeric;
select '0x10'::numeric;
select 1.5::numeric(3,0), 2.5::numeric(3,0), -2.5::numeric(3,0), 0.5::numeric(1,0);
select 1.005::numeric(4,2), 1.015::numeric(4,2), 1.025::numeric(4,2), -1.005::numeric(4,2);
select 123.456::numeric(6,2), 0.001::numeric(3,3), 0.0005::numeric(3,3);
select 999.995::numeric(5,2);
select 12345::numeric(4,0);
select 1::numeric(3,3);
select 'NaN'::numeric(4,2);
select 12.3::numeric(5), 12.5::numeric(5), 99999.4::numeric(5);
select 1.10::numeric, 1.100::numeric(5,1), 0.10::numeric * 3, 1.0::numeric / 3;
select 10::numeric / 4, 1::numeric / 7, 2::numeric / 3 * 3;
select 1.5 + 2.25, 1.50 * 2.0, 100.00 - 0.001;
select round(2.5), round(-2.5), round(1.2345, 2), round(1.2355, 3), round(125, -1), round(-135, -1);
select trunc(1.999, 2), trunc(-1.999), ceil(1.01), floor(-1.01);
select scale(1.500), scale(0::numeric), scale(1e3::numeric), scale(1e-3::numeric);
select 1e3::numeric, 1.0e3::numeric, 1.23e-5::numeric, 0.000001::numeric;
select 10000000000000000000000.1::numeric;
select 0.1::numeric + 0.2::numeric, 0.1::float8 + 0.2::float8;
select 1.5::numeric::float8, 0.1::numeric::float4, 123456789.123::numeric::float4;
select 1e-20::float8::numeric, 1.5e300::float8::numeric(5,1);
select 3.14159::float8::numeric(4,2), 2.5::float8::numeric(2,0), 'NaN'::float8::numeric;
select 'Infinity'::float8::numeric;
select 1.23::numeric::text, 1.230::numeric::varchar, (-0.5)::numeric::text;
select sum(x), avg(x) from (values (1.10::numeric), (2.205), (3)) v(x);
select '{1.5,NULL,2.50}'::numeric[], array[1.0, 2.00]::numeric(4,1)[];
select numeric '1.50' = numeric '1.5', numeric 'NaN' = numeric 'NaN', numeric 'NaN' > 1e100;
select 0.1::float8, 0.1::float4, 1.0::float8, 100::float4;
select 1e15::float8, 1e16::float8, 1e17::float8, 123456789012345678::float8;
select 1e-4::float8, 1e-5::float8, 0.00001234::float8, 1.5e-10::float8;
select 1.0e6::float4, 1.0e7::float4, 16777217::float4, 3.4e38::float4;
select 3.5e38::float4;
select '1e39'::float4;
select '1e-46'::float4;
select '1e309'::float8;
select '1e-400'::float8;
select 'NaN'::float8, 'nan'::float8, 'Infinity'::float8, '-Infinity'::float8;
select 'inf'::float8, '-inf'::float8, '+infinity'::float8, ' NaN '::float4;
select 'infinit'::float8;
select ''::float8;
select '1.5x'::float8;
select '0x10'::float8;
select '-0'::float8, -0.0::float8, '-0'::float4;
select 1::float8 / 3, 2::float4 / 3, 10::float8 / 4;
select pi(), exp(1::float8), sqrt(2::float8), cbrt(27::float8);
select 1.1::float8 * 1.1, 0.1::float4 + 0.2::float4;
select 1::float8 / 0;
select 'Infinity'::float8 - 'Infinity'::float8, 'Infinity'::float8 * 0;
select 'NaN'::float8 = 'NaN'::float8, 'NaN'::float8 > 'Infinity'::float8;
select 1e308::float8 * 10;
select 1e-308::float8 / 1e10;
select 1e38::float4 * 10::float4;
select 2.5::float8::text, 1e100::float8::text, 0.1::float4::text;
select 1.0::float8::text, (1/3.0::float8)::text, 12345.678::float4::text;
select 0.1::float4::float8, 16777217::float8::float4, 1.1::float4::numeric;
select '1.5'::float8::int, '-1.5'::float8::int, '2.5'::float4::int2;
select 1e20::float8::int8;
select 9.2233720368547758e18::float8::int8;
select 3.9::float8::bigint, -3.9::float4::bigint;
select round(2.5::float8), round(3.5::float8), round(-2.5::float8), trunc(-2.7::float8);
select '{1.5,NaN,Infinity,NULL}'::float8[], array[0.1::float4, 1e30];
select 1.5::float8 = 1.5::numeric, 0.1::float8 = 0.1::numeric;
set extra_float_digits = 0;
select 0.1::float8, 1/3::float8, 0.1::float4, 1e100::float8, 123456789.123::float8;
select 1.0::float8 / 7, 2::float4 / 3, (0.1::float8)::text;
set extra_float_digits = -3;
select 1/3::float8, 2::float4 / 3, 1.23456789::float8;
set extra_float_digits = 3;
select 0.1::float8, 1/3::float8, 0.1::float4;
set extra_float_digits = 1;
select 0.1::float8, 1/3::float8, 0.1::float4;
reset extra_float_digits;
show extra_float_digits;
select 'abc'::text, ''::text, ' x '::text, 'a''b'::text;
select 'abcdef'::varchar(3);
select cast('abcdef' as varchar(3)), cast('ab   ' as varchar(3));
select 'abc'::char(5), length('abc'::char(5)), octet_length('abc'::char(5)), 'abc'::char(5) || '|';
select 'abcdef'::char(3), 'a'::char, ''::char(3) || '|';
select 'abc  '::char(5) = 'abc'::char(3), 'abc '::text = 'abc'::text, 'abc '::varchar = 'abc';
select 'abc'::char(5)::text || '|', 'abc'::char(5)::varchar || '|', concat('abc'::char(5), '|');
select 'a '::char(3) < 'a'::char(3), 'a'::char(3) = 'a  '::char(1);
select char_length('ab '::char(4)), char_length('ab '::varchar(4)), length('ab   '::text);
select 'ab'::char(4) like 'ab%', 'ab'::char(4) like 'ab', 'ab'::char(4) ~ 'ab  $';
select upper('abc'::char(5)) || '|', trim('abc'::char(5)) || '|', 'x'::char(3) || 'y'::char(3);
create table tio21_s (v varchar(3), c char(3), t text);
insert into tio21_s values ('abc', 'ab', 'x');
insert into tio21_s values ('abcd', 'a', 'x');
insert into tio21_s values ('ab', 'abcd', 'x');
insert into tio21_s values ('abc   ', 'ab    ', 'y');
insert into tio21_s (v) values ('é€a');
insert into tio21_s (v) values ('é€ab');
select v, c, c || '|', length(c), t from tio21_s order by t, v;
update tio21_s set v = v || 'zz' where t = 'x';
select array['a'::char(3), 'bb'], '{"a ",b}'::char(2)[];
select 'x'::varchar(2)::char(4) || '|', 'xyzw'::char(4)::varchar(2);
select '{"a b","c,d","e\"f",NULL,"NULL",""}'::text[];
select array['a b', 'c,d', 'e"f', null, 'NULL', '', 'back\slash', '{x}'];
select array['a', null]::text, array[' lead', 'trail ']::text;
select '{a,b}'::varchar(1)[];
select '{{a,b},{c,d}}'::text[], ('{{a,b},{c,d}}'::text[])[2][1];
select '{"\\x",\"q\"}'::text[];
select '{a,{b}}'::text[];
select '{a b , c }'::text[];
select E'tab\there', E'nl\nx', E'\\', E'\x41\102\u0043';
select E'\xZZ';
select U&'\0041\00e9', 'ab' || null, null::text || 'x';
select chr(0);
select E'a\0b';
select '\x'::bytea, '\x00ff10'::bytea, '\xDEADbeef'::bytea, 'abc'::bytea;
select '\x0'::bytea;
select '\xzz'::bytea;
select '\x 00 ff'::bytea;
select 'a\\b'::bytea, 'a\000b'::bytea, '\001\377'::bytea, E'\\x41'::bytea;
select 'a\b'::bytea;
select '\400'::bytea;
select 'é'::bytea, length('é'::bytea), octet_length('é'::text);
set bytea_output = 'escape';
select '\x00ff10'::bytea, 'abc'::bytea, '\x5c27'::bytea, '\x7f80'::bytea, '\x0a0d'::bytea;
select 'a\\b'::bytea, 'é'::bytea, ''::bytea, '\x20'::bytea;
select array['\x01'::bytea, 'ab'], '\x4142'::bytea::text;
set bytea_output = 'hex';
show bytea_output;
set bytea_output = 'base64';
select '\x4142'::bytea::text, 'ab'::bytea::text;
select convert_to('héllo', 'UTF8'), convert_from('\x68c3a96c6c6f', 'UTF8');
select encode('\x00ff41'::bytea, 'hex'), encode('\x00ff41'::bytea, 'base64'), encode('\x00ff41'::bytea, 'escape');
select decode('00ff41', 'hex'), decode('AP9B', 'base64'), decode('a\000b', 'escape');
select decode('0g', 'hex');
select decode('abc', 'hex');
select decode('A', 'base64');
select '\x0102'::bytea || '\x03'::bytea, get_byte('\x0102'::bytea, 1), set_byte('\x0102'::bytea, 0, 255);
select get_byte('\x0102'::bytea, 2);
select md5('abc'::bytea), sha256('abc'::bytea), length('\x000102'::bytea);
select '\x0102'::bytea = '\x0102'::bytea, '\x01'::bytea < '\x0100'::bytea, '\xff'::bytea > '\x01'::bytea;
select '{"\\\\x0102",NULL}'::bytea[], array['\x01'::bytea, null];
select substring('\x0102030405'::bytea from 2 for 2), position('\x03'::bytea in '\x010203'::bytea);
select '2024-02-29'::date, '2023-02-29'::date;
select '2023-02-28'::date + 1, '2024-02-28'::date + 1, '2024-12-31'::date + 1;
select '2024-04-31'::date;
select '2024-13-01'::date;
select '0000-01-01'::date;
select '0001-01-01 BC'::date, '4713-01-01 BC'::date, '44-03-15 BC'::date;
select '4714-11-24 BC'::date;
select '4714-11-23 BC'::date;
select '5874897-12-31'::date;
select '5874898-01-01'::date;
select 'infinity'::date, '-infinity'::date, 'infinity'::date > '9999-12-31', isfinite('infinity'::date);
select 'epoch'::date, 'epoch'::timestamp, 'epoch'::timestamptz;
select '1/2/2024'::date, '2024/1/2'::date, '20240102'::date, 'Jan 2 2024'::date, '2 Jan 2024'::date;
select 'January 2, 2024'::date, '2024-Jan-02'::date, '02-Jan-2024'::date, 'Tue Jan 2 2024'::date;
select '24-01-02'::date, '1/2/24'::date, '2024.01.02'::date, '2024 002'::date;
select 'J2451545'::date, '2024-001'::date;
select '2024-01-02 12:34'::date, '2024-01-02T10:00:00Z'::date;
select '13/1/2024'::date;
select 'garbage'::date;
select ''::date;
select '2024-02-30'::date;
set datestyle = 'ISO, DMY';
select '1/2/2024'::date, '13/1/2024'::date, '02-01-24'::date;
set datestyle = 'ISO, YMD';
select '24/1/2'::date, '2024/1/2'::date;
select '1/2/2024'::date;
set datestyle = 'ISO, MDY';
select '1/2/2024'::date;
set datestyle = 'SQL, MDY';
select '2024-01-02'::date, '2024-01-02 03:04:05.5'::timestamp, '2024-01-02 03:04:05+02'::timestamptz, '0044-03-15 BC'::date;
set datestyle = 'SQL, DMY';
select '2024-01-02'::date, '2024-01-02 03:04:05'::timestamp, '3/4/2024'::date;
set datestyle = 'Postgres, MDY';
select '2024-01-02'::date, '2024-01-02 03:04:05.25'::timestamp, '2024-07-02 03:04:05+02'::timestamptz, 'infinity'::timestamp;
set datestyle = 'Postgres, DMY';
select '2024-01-02'::date, '2024-01-02 03:04:05'::timestamp;
set datestyle = 'German';
select '2024-01-02'::date, '2024-01-02 03:04:05'::timestamp, '2024-01-02 03:04:05+00'::timestamptz;
show datestyle;
set datestyle = 'ISO';
show datestyle;
set datestyle = 'bogus';
reset datestyle;
show datestyle;
select '12:34:56'::time, '12:34'::time, '1:2:3'::time, '12:34:56.789'::time, '00:00'::time;
select '24:00:00'::time, '24:00'::time, 'allballs'::time, '23:59:59.999999'::time;
select '24:00:01'::time;
select '25:00'::time;
select '12:60'::time;
select '12:34:61'::time;
select '12:34:60'::time;
select '1:30 pm'::time, '12:00 am'::time, '12:00 pm'::time, '13:00 pm'::time;
select '12:34:56.1234567'::time, '12:34:56.9999995'::time, '23:59:59.9999999'::time;
select '12:34:56.789'::time(0), '12:34:56.789'::time(1), '12:34:56.5'::time(0), '23:59:59.5'::time(0);
select '12:34:56+02'::time, 'T123456'::time, '123456'::time, '2024-01-02 12:34:56'::time;
select '12:34:56+02'::timetz, '12:34:56-07:30'::timetz, '12:34:56 UTC'::timetz;
select '24:00:00+00'::timetz, '12:34:56.789+05:45'::timetz(1);
select '12:00'::time + '1 hour'::interval, '23:00'::time + '2 hours'::interval, '01:00'::time - '2 hours'::interval;
select '12:00'::time - '10:30'::time, '10:00'::time - '12:30'::time;
select time '10:00' < time '24:00', '24:00'::time = '00:00'::time;
select '12:34:56'::time::interval, '1 hour 30 min'::interval::time, '25 hours'::interval::time;
select '2024-01-02 03:04:05'::timestamp, '2024-01-02T03:04:05'::timestamp, '2024-01-02 03:04:05.123456'::timestamp;
select '2024-01-02 03:04:05.1234565'::timestamp, '2024-01-02 03:04:05.1234575'::timestamp, '2024-12-31 23:59:59.9999999'::timestamp;
select '2024-01-02 03:04:05.5'::timestamp(0), '2024-01-02 03:04:05.45'::timestamp(1), '2024-01-02 03:04:05.55'::timestamp(1);
select '2024-01-02 03:04:05.678'::timestamp(2)::text, '2024-01-02'::timestamp(3);
select '2024-01-02 24:00:00'::timestamp, '2024-02-29 24:00'::timestamp, '2024-12-31 24:00:00'::timestamp;
select '2024-01-02 24:00:01'::timestamp;
select '2024-01-02 03:04:05 BC'::timestamp, '0001-01-01 00:00:00 BC'::timestamp - '1 day'::interval;
select 'infinity'::timestamp, '-infinity'::timestamp, 'infinity'::timestamptz, '-infinity'::timestamptz;
select 'infinity'::timestamp + '1 day'::interval, 'infinity'::timestamp > now()::timestamp, isfinite('-infinity'::timestamp);
select 'infinity'::timestamp - '2024-01-01'::timestamp;
select 'infinity'::date - '2024-01-01'::date;
select '294276-12-31 23:59:59'::timestamp;
select '294277-01-01'::timestamp;
select '2024-01-02 03:04:05'::timestamp + '1 month'::interval, '2024-01-31'::timestamp + '1 month'::interval, '2024-03-31'::date - '1 month'::interval;
select '2024-02-29'::date + '1 year'::interval, '2024-02-29'::timestamp - '1 year'::interval, '2023-03-01'::date - '2023-02-28'::date;
select '2024-01-02 03:04:05'::timestamp - '2023-12-31 00:00:00'::timestamp, '2024-01-01'::timestamp - '2024-03-01'::timestamp;
select 'today'::date = current_date, 'tomorrow'::date - 'yesterday'::date, 'now'::timestamp <= now()::timestamp;
select 'today'::timestamp = date_trunc('day', localtimestamp), 'allballs'::timetz;
select '2024-01-02 03:04:05+02'::timestamptz, '2024-01-02 03:04:05-0530'::timestamptz, '2024-01-02 03:04:05 PST'::timestamptz;
select '2024-01-02 03:04:05 America/New_York'::timestamptz, '2024-07-02 03:04:05 Europe/Paris'::timestamptz;
select '2024-01-02 03:04:05+14'::timestamptz, '2024-01-02 03:04:05-12:45'::timestamptz, '2024-01-02 03:04:05 Z'::timestamptz;
select '2024-01-02 03:04:05+16'::timestamptz;
select '2024-01-02 03:04:05 Mars/Olympus'::timestamptz;
select '2024-01-02 03:04:05+02'::timestamp, '2024-01-02 03:04:05'::timestamptz;
set timezone = 'America/New_York';
select '2024-01-02 03:04:05+00'::timestamptz, '2024-07-02 03:04:05+00'::timestamptz, '2024-03-10 02:30:00'::timestamptz;
select '2024-11-03 01:30:00'::timestamptz, '2024-11-03 01:30:00 EDT'::timestamptz, '2024-11-03 01:30:00 EST'::timestamptz;
select '2024-01-02 03:04:05'::timestamptz::timestamp, '2024-01-02'::date::timestamptz, '2024-01-02 23:30:00+00'::timestamptz::date;
select '2024-01-02 03:04:05'::timestamp::timestamptz, '2024-03-10 02:30:00'::timestamp::timestamptz;
select '2024-01-02 03:04:05+00'::timestamptz::time, '2024-01-02 03:04:05+00'::timestamptz::timetz;
select '2024-03-09 12:00'::timestamptz + '1 day'::interval, '2024-03-09 12:00'::timestamptz + '24 hours'::interval;
select '2024-03-11'::timestamptz - '2024-03-10'::timestamptz;
select timezone('UTC', '2024-01-02 03:04:05'::timestamp), '2024-01-02 03:04:05+00'::timestamptz at time zone 'Asia/Tokyo';
select '2024-01-02 03:04:05'::timestamp at time zone 'Asia/Kolkata', '2024-01-02 03:04:05+00'::timestamptz at time zone '+03';
select '1900-01-01 00:00:00+00'::timestamptz, '1883-11-18 12:00:00'::timestamptz;
select '0044-03-15 12:00:00+00 BC'::timestamptz;
select 'epoch'::timestamptz, 'infinity'::timestamptz;
select extract(epoch from '2024-01-02 03:04:05+00'::timestamptz), extract(timezone from '2024-01-02 00:00'::timestamptz);
set timezone = 'Asia/Kolkata';
select '2024-01-02 03:04:05+00'::timestamptz, now() = now() at time zone 'UTC' at time zone 'UTC';
set timezone = '+05';
select '2024-01-02 03:04:05+00'::timestamptz;
show timezone;
set timezone = 'UTC+3';
select '2024-01-02 03:04:05+00'::timestamptz;
set timezone = 'Nowhere/Land';
set timezone = 'UTC';
select '2024-01-02 03:04:05+00'::timestamptz, '2024-01-02 03:04:05.5+00'::timestamptz(0), '2024-01-02 03:04:05.55+00'::timestamptz(1);
select '2024-01-02 03:04:05 +01:30'::timestamptz, '2024-01-02T03:04:05.123+01'::timestamptz, '20240102T030405'::timestamptz;
select '2024-01-02 03:04:05'::timestamp::date, '2024-01-02'::date::timestamp, '2024-01-02'::date + '03:04'::time;
select date '2024-01-02' + 30, date '2024-01-02' - 400, date '2024-03-01' - date '2024-02-01';
select date '2024-01-02' + interval '1 hour', date '2024-01-02' - interval '1 day';
select make_date(2024, 2, 29), make_date(-44, 3, 15), make_time(23, 59, 59.5), make_timestamp(2024, 1, 2, 3, 4, 5.5);
select make_date(2023, 2, 29);
select make_date(0, 1, 1);
select make_time(24, 0, 0), make_interval(years => 1, days => 2, secs => 3.5);
select make_time(24, 0, 1);
select make_timestamptz(2024, 1, 2, 3, 4, 5, 'Europe/Paris');
select to_timestamp(0), to_timestamp(1704164645.5), to_timestamp('Infinity'::float8), to_timestamp(-1.5);
select to_timestamp('NaN'::float8);
select extract(year from '0044-03-15 BC'::date), extract(century from '2000-01-01'::date), extract(millennium from '2001-01-01'::date);
select extract(dow from '2024-01-07'::date), extract(isodow from '2024-01-07'::date), extract(doy from '2024-12-31'::date), extract(week from '2024-12-30'::date);
select extract(julian from '2024-01-02'::date), extract(epoch from '2024-01-02'::date), extract(isoyear from '2021-01-01'::date);
select extract(microseconds from '12:34:56.789'::time), extract(milliseconds from '2024-01-02 03:04:05.5'::timestamp), extract(second from '03:04:05.25'::time);
select extract(epoch from 'infinity'::timestamp), extract(year from 'infinity'::date), date_part('year', '-infinity'::timestamp);
select extract(hour from '2024-01-02'::date);
select date_trunc('month', '2024-02-29 12:00'::timestamp), date_trunc('week', '2024-01-07'::timestamp), date_trunc('quarter', '2024-05-05'::date);
select date_trunc('day', '2024-01-02 03:04:05+00'::timestamptz, 'Asia/Tokyo'), date_trunc('century', '2000-06-01'::timestamp), date_trunc('decade', '1999-01-01'::timestamp);
select date_trunc('fortnight', '2024-01-01'::timestamp);
select '1 day'::interval, '1 day 2 hours'::interval, '-1 day +2 hours'::interval, '1 year 2 months 3 days 04:05:06.789'::interval;
select '1 day ago'::interval, '@ 1 hour'::interval, '@ 1 day 2 hours ago'::interval, '2 weeks'::interval;
select 'P1Y2M'::interval, 'P1Y2M3DT4H5M6S'::interval, 'PT0.5S'::interval, 'P0.5Y'::interval, 'P1W'::interval;
select 'P1Y-2M'::interval, 'PT-1H30M'::interval, 'P0001-02-03T04:05:06'::interval;
select 'P1X'::interval;
select '1:2:3'::interval, '1:2'::interval, '-1:30'::interval, '100:00:00'::interval, '1 2:03:04'::interval;
select '1.5 days'::interval, '1.5 months'::interval, '1.5 years'::interval, '0.1 seconds'::interval, '1.25 hours'::interval;
select '1 millennium'::interval, '2 centuries'::interval, '3 decades'::interval, '10 microseconds'::interval, '5 ms'::interval;
select '1 fortnight'::interval;
select ''::interval;
select 'abc'::interval;
select '1 day 2 day'::interval;
select '178000000 years'::interval;
select '2147483647 days'::interval, '-2147483648 months'::interval;
select '2147483648 days'::interval;
select 'infinity'::interval;
select '1 day'::interval = '24 hours'::interval, '1 month'::interval = '30 days'::interval, '1 year'::interval > '360 days'::interval;
select '1 day 1 hour'::interval * 2.5, '1 month'::interval / 3, '1 hour'::interval / 7, -'1 day 02:00'::interval;
select '1 day'::interval / 0;
select justify_days('35 days'::interval), justify_hours('27 hours'::interval), justify_interval('1 month -1 hour'::interval);
select '12:34:56.789'::interval(0), '1 day 12:34:56.789'::interval second(1), '1 year 2 months'::interval year, '1 year 14 months'::interval month;
select interval '1 2' day to hour, interval '1:2' hour to minute, interval '1:2' minute to second, interval '45' minute;
select interval '1.5' year, interval '3 4:05:06.7' day to second(0);
select '1 hour'::interval::text, '-00:00:01'::interval::text, '1 mon'::text::interval;
set intervalstyle = 'sql_standard';
select '1 year 2 months'::interval, '3 days 04:05:06'::interval, '-1 year -2 months'::interval, '1 year -2 days'::interval, '00:00:00.5'::interval;
select '1 day ago'::interval, '-3 days +04:00'::interval, '0'::interval, '1-2'::interval, '1 2:3:4'::interval, '-1 2:3:4'::interval;
set intervalstyle = 'postgres_verbose';
select '1 year 2 months'::interval, '3 days 04:05:06.5'::interval, '-1 day'::interval, '0'::interval, '-00:00:03'::interval;
set intervalstyle = 'iso_8601';
select '1 year 2 months'::interval, '3 days 04:05:06.5'::interval, '-1 day +2 hours'::interval, '0'::interval, '-00:00:00.25'::interval;
set intervalstyle = 'nonsense';
reset intervalstyle;
select '-1 year +2 days -03:00'::interval, '1 year 2 mons 3 days'::interval::text;
select '00000000-0000-0000-0000-000000000000'::uuid, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid;
select '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid, 'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid;
select '{a0eebc999c0b4ef8bb6d6bb9bd380a11}'::uuid, 'a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11'::uuid;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111'::uuid;
select 'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
select ' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 '::uuid;
select '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
select 'a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
select ''::uuid;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'A0EEBC999C0B4EF8BB6D6BB9BD380A11'::uuid, '00000000-0000-0000-0000-000000000001'::uuid < 'ffffffff-0000-0000-0000-000000000000'::uuid;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::text::uuid, '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11,NULL}'::uuid[];
select 1::uuid;
select length(gen_random_uuid()::text), gen_random_uuid() <> gen_random_uuid();
select '{"b":1,"a":2}'::json, '{"b":1,"a":2}'::jsonb, '{ "a" : [1, 2 ,3] }'::json, '{ "a" : [1, 2 ,3] }'::jsonb;
select '{"a":1,"a":2}'::json, '{"a":1,"a":2}'::jsonb, '{"aa":1,"b":2,"a":3}'::jsonb, '{"b":{"d":1,"c":2}}'::jsonb;
select '[1.0, 1.50, 1e3, 1E-2, -0, 0.0, 12345678901234567890]'::jsonb, '[1.0, 1e3, -0]'::json;
select '1e400'::jsonb, '-1e-400'::jsonb, '0.1e1'::jsonb;
select 'NaN'::jsonb;
select '01'::jsonb;
select '1.'::jsonb;
select '.5'::jsonb;
select '+1'::jsonb;
select '{"a":1,}'::jsonb;
select '[1,2'::json;
select '{a:1}'::jsonb;
select '''a'''::json;
select ''::jsonb;
select '  '::json;
select 'true'::jsonb, ' null '::jsonb, '"x"'::jsonb, 'TRUE'::jsonb;
select '"\u0041\u00e9\n\t\"\\/"'::jsonb, '"\u0041"'::json, '"\/"'::jsonb;
select '"\u0000"'::jsonb;
select '"\u0000"'::json;
select '"\ud83d\ude00"'::jsonb, '"\ud83d"'::jsonb;
select '"\x41"'::jsonb;
select '{"a":"b\u00e9"}'::jsonb ->> 'a', '"tab	x"'::jsonb;
select '{}'::jsonb, '[]'::jsonb, '{"":""}'::jsonb, '[[],{}]'::json;
select '{"a":1}'::jsonb::text, '{"a" :  1}'::json::text, '{"a" :  1}'::json::jsonb::text;
select '{"a":1}'::text::jsonb, ' [1, 2] '::varchar::json;
select '1.50'::jsonb::numeric, '1e3'::jsonb::numeric, '"1.5"'::jsonb::numeric;
select '12'::jsonb::int, '12.7'::jsonb::int, '-2.5'::jsonb::int, '12'::jsonb::float8, '1e2'::jsonb::int8;
select '2147483648'::jsonb::int;
select 'true'::jsonb::bool, 'false'::jsonb::bool;
select '"true"'::jsonb::bool;
select '1'::jsonb::bool;
select 'null'::jsonb::int;
select '[1]'::jsonb::int;
select '{"a":1}'::jsonb::numeric;
select '1'::json::int;
select 1::jsonb;
select to_jsonb(1.50), to_jsonb(1e3::numeric), to_jsonb('NaN'::float8), to_jsonb('Infinity'::float8), to_jsonb(0.1::float4);
select to_json(1.0::float8), to_json(1e20::float8), to_json(1e-7::float8), to_json(12.5::float4);
select to_jsonb('NaN'::numeric), to_json('Infinity'::numeric);
select to_jsonb(true), to_jsonb('a"b'::text), to_jsonb('2024-01-02 03:04:05.5'::timestamp), to_jsonb('2024-01-02 03:04:05+00'::timestamptz);
select to_jsonb('2024-01-02'::date), to_json('12:34:56'::time), to_json('1 day'::interval), to_json('infinity'::timestamp), to_json('-infinity'::date);
select to_jsonb('\x0102'::bytea), to_jsonb('abc'::char(5)), to_jsonb(array[1, null]), to_jsonb('{"x":1}'::json), to_jsonb(array['a', null]::text[]);
select to_json('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), to_json('10.1.2.3/8'::inet), to_json('{{1,2},{3,4}}'::int[]);
select json_build_object('a', 1.50, 'b', 'x', 'c', null, 'd', true), jsonb_build_object('b', 1, 'a', 2, 'b', 3);
select json_build_object(1, 2), jsonb_build_object(1.5, 'x');
select json_build_object(null, 1);
select json_build_object('a');
select json_object('{a,1,b,2}'), jsonb_object('{a,b}', '{1,2}'), json_object('{a,1,a,2}');
select '{"a":[1,2,{"b":null}]}'::jsonb -> 'a' -> 2 ->> 'b', '{"a":1.10}'::jsonb -> 'a', '{"a":1.10}'::jsonb ->> 'a';
select '[1,2,3]'::jsonb -> -1, '[1,2,3]'::jsonb -> 5, '{"a":1}'::jsonb -> 'b', '{"a":1}'::jsonb #> '{a}', '{"a":{"b":"c"}}'::json #>> '{a,b}';
select jsonb_typeof('1.5'), jsonb_typeof('"x"'), jsonb_typeof('null'), json_typeof('[]'), jsonb_typeof('{}');
select '{"a":1}'::jsonb = '{ "a" : 1.0 }'::jsonb, '[1,2]'::jsonb = '[2,1]'::jsonb, '1'::jsonb < '"a"'::jsonb, '{"a":1}'::jsonb @> '{"a":1}';
select '{"a":1}'::json = '{"a":1}'::json;
select jsonb_pretty('{"b":[1,{"c":2}],"a":{}}'), jsonb_pretty('[]');
select jsonb_strip_nulls('{"a":null,"b":{"c":null,"d":1}}'), json_strip_nulls('[null,{"a":null}]');
select array['{"a":1}'::jsonb, null], '{"{\"a\": 1}",null}'::jsonb[];
select '{"a": 1}'::jsonb::json, '[1,  2]'::json::jsonb::json;
select jsonb_array_length('[1,[2,3]]'), json_array_length('[]'), jsonb_object_keys('{"b":1,"a":2,"c":3}');
select json_object_keys('{"b":1,"a":2,"b":3}');
select * from jsonb_each('{"b":1.50,"a":"x","c":null}') order by key;
select * from json_each_text('{"b":1.50,"a":"x","c":null}') order by key;
select * from jsonb_to_record('{"a":1,"b":"2024-01-02","c":"1.5","d":[1,2]}') as r(a int, b date, c numeric, d int[]);
select * from json_to_record('{"a":"x"}') as r(a int);
select * from jsonb_populate_record(null::tio21_s, '{"v":"abcd","c":"a"}');
select * from jsonb_populate_record(null::tio21_s, '{"v":"ab","c":"a"}');
select jsonb_set('{"a":1}', '{b}', '2.50'), jsonb_insert('[1,3]', '{1}', '2'), '{"a":1}'::jsonb || '{"a":2,"b":3}', '[1]'::jsonb || '2';
select '{"a":1,"b":2}'::jsonb - 'a', '[1,2,3]'::jsonb - 1, '{"a":{"b":1}}'::jsonb #- '{a,b}';
select jsonb_path_query_first('{"a":[1,2.50]}', '$.a[1]'), jsonb_path_exists('{"a":1}', '$.b');
select row_to_json(r), to_jsonb(r) from (select 1 as a, 1.50 as b, 'x'::char(3) as c, null::int as d) r;
select json_agg(x), jsonb_agg(x) from (values (1.0), (2.50), (null)) v(x);
select json_object_agg(k, v), jsonb_object_agg(k, v) from (values ('b', 1), ('a', 2), ('b', 3)) v(k, v);
select '192.168.1.1'::inet, '192.168.1.1/24'::inet, '192.168.1.0/24'::cidr, '10.1'::cidr, '10'::cidr, '::1'::inet, '2001:DB8::1/64'::inet;
select '192.168.1.1/32'::inet, '::ffff:1.2.3.4'::inet, '2001:db8:0:0:0:0:0:1'::inet, '0.0.0.0/0'::cidr;
select '192.168.1.1/24'::cidr;
select '256.1.1.1'::inet;
select '1.2.3.4/33'::inet;
select 'abc'::inet;
select ''::inet;
select ' 1.2.3.4 '::inet;
select '1.2.3'::inet;
select '192.168.1.5/24'::inet::cidr, '10.0.0.0/8'::cidr::inet, '10.1.2.3'::inet::text, text('10.1.2.3/8'::inet), host('10.1.2.3/8'::inet);
select abbrev('10.1.0.0/16'::cidr), abbrev('10.1.2.3/32'::inet), masklen('10.1.2.3/8'::inet), netmask('10.1.2.3/8'::inet), network('10.1.2.3/8'::inet), broadcast('10.1.2.3/8'::inet), family('::1'::inet);
select '10.1.2.3'::inet << '10.0.0.0/8'::cidr, '10.1.2.3'::inet < '10.1.2.4'::inet, '::1'::inet > '255.255.255.255'::inet, '10.1.2.3/8'::inet = '10.1.2.3/16'::inet;
select '10.1.2.3'::inet + 1, '10.1.2.3'::inet - '10.1.2.0'::inet, '255.255.255.255'::inet + 1;
select set_masklen('10.1.2.3/8'::inet, 16), set_masklen('10.1.2.3'::cidr, 40);
select '{10.1.2.3/8,NULL,::1}'::inet[], array['1.2.3.4'::cidr];
select '08:00:2b:01:02:03'::macaddr, '08-00-2B-01-02-03'::macaddr, '0800.2b01.0203'::macaddr, '08002b010203'::macaddr;
select '08:00:2b:01:02'::macaddr;
select 12.34::money, '$1,234.56'::money, '-12.345'::money, '(12.34)'::money, 1234567::money;
select '12.345'::money, '12.355'::money, 5::money * 1.5, '10'::money / 3, '1'::money + '2.50'::money;
select 'abc'::money;
select '92233720368547758.08'::money;
select '12.34'::money::numeric, 12.34::money::text, '12.34'::money::text::money;
select '10'::money / '4'::money, sum(x::money) from (values (1), (2)) v(x);
select 1.5::float8::money;
select '[1,5)'::int4range, '(1,5]'::int4range, '[1,5]'::int4range, '(,5)'::int4range, '[1,)'::int4range, 'empty'::int4range, '(1,2)'::int4range;
select '[1.5,2.50]'::numrange, '[2024-01-01,2024-02-01)'::daterange, '[2024-01-01,2024-01-01]'::daterange, '(2024-01-01,2024-01-02)'::daterange;
select '["2024-01-01 00:00","2024-01-02 00:00")'::tsrange, '[2024-01-01 00:00+00,infinity)'::tstzrange, '[-infinity,2024-01-01)'::daterange;
select '[5,1)'::int4range;
select '[1,5'::int4range;
select '[a,5)'::int4range;
select ' [ 1 , 5 ) '::int4range, '[ ,)'::int4range, '(,)'::numrange, '["1","5")'::int4range;
select int4range(1, 5), int4range(1, 5, '[]'), numrange(1.5, null, '(]'), daterange('2024-01-01', '2024-01-01', '[]');
select int4range(5, 1);
select int4range(1, 5, 'x');
select lower('[1,5)'::int4range), upper('[1,5]'::int4range), isempty('[3,3)'::int4range), lower_inc('(1,5)'::int4range), upper_inf('[1,)'::int4range);
select '[1,5)'::int4range @> 3, '[1,5)'::int4range && '[5,7)'::int4range, '[1,5)'::int4range -|- '[5,7)'::int4range, '[1,5)'::int4range * '[3,9)'::int4range, '[1,5)'::int4range + '[5,7)'::int4range;
select '[1,5)'::int4range + '[7,9)'::int4range;
select '[1,5)'::int4range::text, '[1,5)'::text::int4range, '{"[1,2)",empty,NULL}'::int4range[];
select '[2147483647,2147483647]'::int4range;
select '{[1,3), [5,7)}'::int4multirange, '{}'::int4multirange, '{[1,3),[2,6)}'::int4multirange;
select to_char(1234.5, '9999.99'), to_char(1234.5, 'FM9999.99'), to_char(-1234.5, '9,999.00'), to_char(0.5, '0.00'), to_char(0.5, '9.99');
select to_char(12345, '999'), to_char(1234.567, '99G999D9'), to_char(-12, 'S999'), to_char(12, 'SG999'), to_char(-12, '999PR'), to_char(12, '999MI');
select to_char(1.5, 'FM9.999'), to_char(0, 'FM999'), to_char(100, 'FM0000'), to_char(7, 'RN'), to_char(1999, 'FMRN'), to_char(12, 'FMth');
select to_char(12, '99th'), to_char(1, 'FM9TH'), to_char(3.14159, '9.9EEEE'), to_char(123456, '9.99EEEE'), to_char(0.00012, 'FM9.99EEEE');
select to_char(1234.5::float8, '9999.9'), to_char(1e20::float8, '9999'), to_char('NaN'::numeric, '999'), to_char(12::int8, 'L99');
select to_char(485, 'V99'), to_char(12.4, '99V9'), to_char(-0.1, 'FM9.9'), to_char(-0.1, '9.9'), to_char(5, '"n="9');
select to_char('2024-01-02 03:04:05.678'::timestamp, 'YYYY-MM-DD HH24:MI:SS.MS'), to_char('2024-01-02 13:04:05'::timestamp, 'HH12:MI AM'), to_char('2024-01-02 00:04:05'::timestamp, 'HH:MI pm');
select to_char('2024-01-02'::date, 'Day, DD Month YYYY'), to_char('2024-01-02'::date, 'FMDay, FMDD FMMonth YYYY'), to_char('2024-01-02'::date, 'DY Mon dy mon');
select to_char('2024-01-02'::date, 'DDD D ID IW WW W Q CC J'), to_char('2024-01-02'::date, 'IYYY-IW-ID'), to_char('2021-01-01'::date, 'IYYY IW');
select to_char('2024-01-02 03:04:05.123456'::timestamp, 'US FF1 FF3 FF6 SSSS SSSSS'), to_char('2024-01-02'::date, 'YY YYY Y,YYY');
select to_char('2024-01-02 03:04:05+00'::timestamptz, 'YYYY-MM-DD HH24:MI:SS TZ OF TZH:TZM'), to_char('2024-01-02'::timestamp, 'TZ');
select to_char('0044-03-15 BC'::date, 'YYYY-MM-DD BC AD b.c.'), to_char('2024-01-02'::date, 'DDth Mon'), to_char('2024-01-03'::date, 'FMDDth');
select to_char(interval '1 day 03:04:05', 'DD HH24:MI:SS'), to_char(interval '27 hours', 'HH24'), to_char(interval '-1 hour', 'HH24:MI');
select to_char('infinity'::timestamp, 'YYYY'), to_char(null::date, 'YYYY');
select to_char('2024-01-02'::date, '"quoted" YYYY \"x\"'), to_char('2024-12-30'::date, 'RM rm FMRM');
select to_number('1,234.5', '9G999D9'), to_number('-12.5', 'S99D9'), to_number('$1,000', 'L9G999'), to_number('12', '9'), to_number('  12  ', '999');
select to_number('12.345', '99.99'), to_number('(12)', '99PR'), to_number('12-', '99MI'), to_number('1.5e3', '9.9EEEE'), to_number('0012', '0000');
select to_number('abc', '999');
select to_number('', '999');
select to_number('1,2,3', '9,9,9'), to_number('12,345', '99G999');
select to_date('2024-01-02', 'YYYY-MM-DD'), to_date('02/01/2024', 'DD/MM/YYYY'), to_date('20240102', 'YYYYMMDD'), to_date('Jan 2 2024', 'Mon DD YYYY');
select to_date('2024 032', 'YYYY DDD'), to_date('2024-W01-2', 'IYYY-"W"IW-ID'), to_date('44 BC', 'YYYY BC'), to_date('January   2, 2024', 'Month DD, YYYY');
select to_date('2024-02-30', 'YYYY-MM-DD');
select to_date('2024-13-01', 'YYYY-MM-DD');
select to_date('abc', 'YYYY');
select to_date('2024-01-02', 'YYYY-DD-MM');
select to_date('24-1-2', 'YY-MM-DD'), to_date('99-1-2', 'YY-MM-DD'), to_date('2024 1 2', 'YYYY MM DD');
select to_timestamp('2024-01-02 03:04:05', 'YYYY-MM-DD HH24:MI:SS'), to_timestamp('2024-01-02 03:04:05.678', 'YYYY-MM-DD HH24:MI:SS.MS'), to_timestamp('1:30 PM', 'HH12:MI AM');
select to_timestamp('2024-01-02 03:04:05 +05', 'YYYY-MM-DD HH24:MI:SS TZH'), to_timestamp('2024-01-02 03:04:05.123456', 'YYYY-MM-DD HH24:MI:SS.US'), to_timestamp('2024', 'YYYY');
select to_timestamp('2024-01-02 25:00', 'YYYY-MM-DD HH24:MI');
select to_timestamp('13:00 PM', 'HH12:MI AM');
select to_timestamp('2024-01-02', 'YYYY-MM-DD HH24');
select to_timestamp('2024-01-02 3', 'YYYY-MM-DD HH24xx');
select to_timestamp('1704164645');
select 'abc'::text::int;
select 1::int::date;
select '2024-01-02'::date::int;
select true::float8;
select 1.5::bool;
select 1::float8::bool;
select '2024-01-02'::date::time;
select '12:00'::time::date;
select 1::interval;
select '1 day'::interval::int;
select 1::uuid::text;
select '{1,2}'::int[]::int;
select 1::int::int[];
select '10.1.2.3'::inet::int;
select 1::jsonb::int;
select 1::money::int;
select '[1,2)'::int4range::numrange;
select '{"a":1}'::json::int;
select 1::bytea;
select 'x'::bytea::int;
select '2024-01-02'::timestamp::time, '2024-01-02 03:04:05+00'::timestamptz::time, '12:34:56+03'::timetz::time;
select cast(12 as text), cast(12.50 as varchar(3)), cast(now()::date as text) = current_date::text;
select 123456::text::varchar(3), 123456::varchar(3);
select 123456::char(3);
select 1.5::float8::text::numeric, '1.5'::text::float4, ' 1e2 '::text::float8, 'inf'::varchar::float8;
select 12::text::int2, '12'::varchar::int8, '12'::char(4)::int, ' 12'::char(4)::int;
select array[1,2]::text::int[], '{1,2}'::text::int[]::text, array['1','2']::int[], array[1.5, 2.5]::int[];
select array[1,2]::float8[], array[1.5]::numeric(3,0)[], array['2024-01-02']::date[], array['t', 'no']::bool[];
select array['x', 'abcd']::varchar(2)[], array['abcd']::char(2)[];
select '{1,2,3}'::int[]::text[], '{a,b}'::text[]::int[];
select interval '1 day'::text, '1 day 02:03'::text::interval, '2024-01-02'::text::date, '2024-01-02'::date::varchar;
select '2024-01-02 03:04:05.123'::timestamp::text, '2024-01-02 03:04:05.5+00'::timestamptz::text, '10:20:30.5'::time::text;
select '2024-01-02 03:04:05'::timestamp::timestamptz::text, '2024-01-02'::date::timestamptz::date;
select 1::bool::text, 'yes'::bool::text, true::int::bool;
select 1.5::float4::float8, 1e-45::float4, 1.4e-45::float4;
select '2024-01-02 03:04:05'::timestamp::date::timestamp, '2024-01-02 03:04:05'::timestamp(0)::time(0);
create table tio21_t (id int primary key, b bool, i2 int2, i8 int8, n numeric, n52 numeric(5,2), f4 float4, f8 float8, vc varchar(4), ch char(4), by bytea, d date, t time, ts timestamp(3), tz timestamptz, iv interval, u uuid, j json, jb jsonb, ip inet, ia int[], ta text[]);
insert into tio21_t values (1, 'yes', '12', '9007199254740993', '1.50', '1.005', '0.1', '0.1', 'ab', 'ab', '\x00ff', '2024-02-29', '24:00', '2024-01-02 03:04:05.12345', '2024-01-02 03:04:05+02', '1 day ago', '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}', '{"b":1, "a":2}', '{"b":1, "a":2}', '10.1.2.3/8', '{1,NULL}', '{"a b",NULL}');
insert into tio21_t (id, n52) values (2, 999.995);
insert into tio21_t (id, i2) values (2, 40000);
insert into tio21_t (id, vc) values (2, 'abcde');
insert into tio21_t (id, vc) values (2, 'abcd    ');
insert into tio21_t (id, d) values (3, '2024-02-30');
insert into tio21_t (id, b) values (3, 'maybe');
insert into tio21_t (id, u) values (3, 'xyz');
insert into tio21_t (id, jb) values (3, '{bad');
insert into tio21_t (id, ip) values (3, '1.2.3.4.5');
insert into tio21_t (id, ia) values (3, '{1,x}');
insert into tio21_t (id, f4) values (3, '1e40');
insert into tio21_t (id, ts) values (3, 'infinity');
insert into tio21_t (id, i8, f8, n) values (4, 1.5, 'NaN', 'NaN');
insert into tio21_t (id, i2, f4, ch) values (5, 2.5, 1e-3, '');
select * from tio21_t order by id;
select id, n52 * 2, f4 * 3, ch || '.', vc || '.', d + 1, t + '1 minute'::interval, ts + '0.0005 seconds'::interval, iv * 2 from tio21_t order by id;
select id, i8::text, f8::text, n::text, by::text, j::text, jb::text, ia::text, u::text from tio21_t order by id;
update tio21_t set n52 = n52 * 100 where id = 1;
update tio21_t set n52 = n52 * 1000 where id = 1;
update tio21_t set i2 = i2 * 10000 where id = 1;
update tio21_t set ts = ts + '0.0006 seconds'::interval where id = 1 returning ts;
select id from tio21_t where d = '2024-02-29' and t = '24:00:00' and b and ch = 'ab  ' and vc = 'ab' and u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
select id from tio21_t where f4 = 0.1 or f8 = 0.1;
select id from tio21_t where f4 = 0.1::float4;
select id from tio21_t where n = 'NaN' or i8 = 2;
select id from tio21_t where jb = '{"a":2,"b":1}' and j::text = '{"b":1, "a":2}';
select id from tio21_t where ia = '{1,NULL}' and ta[1] = 'a b' and ip = '10.1.2.3/8';
select count(*) from tio21_t where by = '\x00ff'::bytea and iv = '-1 day';
select min(d), max(ts), sum(n52), avg(f4), min(u), max(ch), min(vc) from tio21_t;
select id, coalesce(i2, i8, n), greatest(f4, f8), least(d, '2024-01-01') from tio21_t order by id;
select case when id = 1 then n52 else f8 end, case when id = 1 then 1 else 1.5 end from tio21_t order by id;
select 1 union select 1.5 order by 1;
select 1::int2 union all select 2::int8 union all select '3' order by 1;
select 'a'::char(3) union select 'a  '::varchar order by 1;
select '2024-01-02'::date union select '2024-01-02 00:00'::timestamp;
select 1 union select 'x';
select 1 union select '2024-01-02'::date;
select x from (values (1), (2.5), (null)) v(x) order by x;
select x from (values ('1'::text), ('a')) v(x) where x = '1';
select * from (values (1, 'a'), (2.0, 'b')) v(x, y) where x = 2;
select '1' + 1, '1.5' + 1, 1 + '1.5';
select 'a' || 1 || 1.50 || true || '2024-01-02'::date || null::int;
select 1::text || 2::text, 1.50::text || '|', 0.1::float8 || '|';
select 1 = '1', 1.5 = '1.5', '2024-01-02'::date = '2024-01-02', 'abc' = 'abc '::char(4);
select '2024-01-02'::date < '2024-01-02 00:00:01'::timestamp, '2024-01-02'::date = '2024-01-02 00:00+00'::timestamptz;
select 1 < 1.5::float8, 1::int8 = 1.0::numeric, 0.1::float4 = 0.1::float8, 0.5::float4 = 0.5::float8;
select 9007199254740993::int8, 9007199254740993::int8::float8::int8, 9007199254740993::numeric::float8;
select 12345678901234567890::numeric + 1, 2::numeric ^ 100, 2::int8 ^ 63;
select factorial(20), factorial(21);
select 9223372036854775807::int8 * 2;
select abs(-2147483648::int);
select abs((-2147483648)::int);
select -32768::int2;
select (-32768)::int2 * -1::int2;
select 1e1000::numeric;
select power(10::numeric, 131072)::text = '1';
set timezone = 'UTC';
select 1.5::float4, 3.4028235e38::float4, 1.17549435e-38::float4, 1e-45::float4, 0.3::float4 * 3;
select 100::float8 / 3, 1e22::float8, 1e21::float8, 123e-20::float8, 5e-324::float8, 1.7976931348623157e308::float8;
select (2^53)::float8, 2::float8^0.5, (-8)::float8 ^ (1.0/3);
select 'inf'::float4, '-0'::float4::text, '1e-39'::float4;
select 0.0001::float4, 0.00001::float4, 1234567::float4, 12345678::float4, 123456789::float4;
select 1.0::numeric(10,5), 0::numeric(5,2), -0.001::numeric(5,2), 0.005::numeric(5,2), -0.005::numeric(5,2);
select 123.45::numeric(5,-1);
select 12345.678::numeric(3,-2);
select numeric '1.23e5', numeric '-1.5e-3', 1.5e-3::numeric(10,4), 1e-10::numeric;
select 1/3::numeric(10,2), 2/3::numeric, (1/3::numeric)::numeric(5,4), 10.0/3, 1.000/3;
select sqrt(2::numeric), exp(1::numeric), ln(10::numeric), log(100::numeric), power(2::numeric, 0.5), 2::numeric ^ -1;
select 1e-5::numeric * 1e-5, 99999999999999999999::numeric * 99999999999999999999;
select round(1e-20::numeric, 25), round(123.456, -5), trunc(123.456, -1), round(0.5::numeric), round(-0.5::numeric);
select 0.1::numeric::float4, 1e-50::numeric::float8, 1e50::numeric::float4;
select 1e39::numeric::float4;
select mod(10.5, 3), mod(-10, 3), 10.5 % 3, div(10.5, 3), div(-7, 2);
select width_bucket(5.5, 0, 10, 4), numeric 'Infinity' + 1, 'Infinity'::numeric - 'Infinity'::numeric, '-Infinity'::numeric * -1;
select 'Infinity'::numeric::float8, 'Infinity'::numeric::int;
select 'NaN'::numeric::int;
select abs('-Infinity'::numeric), sign('-Infinity'::numeric), floor('Infinity'::numeric), scale('Infinity'::numeric);
select '1 year 2 mons 3 days 04:05:06.5'::interval * 0.5, '1 mon'::interval * 1.5, '1 day'::interval * 0.1, '1 hour'::interval * 1e-7;
select '1 mon 15 days'::interval / 2, interval '1 year' / 7, '-1 mon -1 day'::interval / 3;
select '10 days'::interval - '1 mon'::interval, '1 mon'::interval + '-31 days'::interval, '23:59:59.999999'::interval + '0.000001'::interval;
select extract(epoch from '1 year'::interval), extract(epoch from '1 mon'::interval), extract(day from '40 days'::interval), extract(hour from '-25 hours'::interval), extract(month from '14 mons'::interval);
select date_part('epoch', '1 day -1 second'::interval), extract(century from '250 years'::interval), extract(minute from '1:30:30'::interval);
select '1 day'::interval::text, '-1 day -02:03:04'::interval, '+1 day -02:03:04'::interval, '0.5 day'::interval, '0.5 mon'::interval, '-0.5 year'::interval;
select '1 hour 70 minutes'::interval, '90 seconds'::interval, '3600 s'::interval, '1.5 weeks'::interval, '1 week 1 day'::interval;
select '@ 1 year 2 mons -3 days 4 hours 5 mins 6 secs ago'::interval;
select 'P1.5D'::interval, 'PT1.5H'::interval, 'P1DT-1H'::interval, 'PT36H'::interval, 'P2W'::interval, 'P1Y2M3W'::interval;
select 'P'::interval;
select 'PT'::interval;
select '1 year 2 mons 3 days 04:05:06'::interval year to month, '1 day 04:05:06'::interval hour, '1 day 04:05:06.789'::interval minute to second;
set intervalstyle = 'sql_standard';
select '1 mon 2 days'::interval, '-1 mon -2 days'::interval, '1 mon -2 days'::interval, '2 days 03:00:00'::interval, '-2 days -03:00:00'::interval, '1 year'::interval, '-1 year'::interval, '3 days'::interval, '-00:00:01'::interval;
select '1-2'::interval, '-1-2'::interval, '1 2'::interval, '1 2:03'::interval, '+1-2 -3 +4:05:06'::interval;
set intervalstyle = 'postgres_verbose';
select '1 year 2 mons -3 days 04:05:06.25'::interval, '-1 mon'::interval, '1.5 sec'::interval, '-00:00:00.5'::interval, '100 hours'::interval;
set intervalstyle = 'iso_8601';
select '1 year 2 mons -3 days 04:05:06.25'::interval, '-1 mon'::interval, '1.5 sec'::interval, '-00:00:00.5'::interval, '100 hours'::interval, '-1 year -2 mons +3 days'::interval;
reset intervalstyle;
select '2024-01-02 03:04:05.999999'::timestamp(5), '2024-01-02 03:04:05.5'::timestamp(0), '2024-01-02 03:04:06.5'::timestamp(0), '2024-12-31 23:59:59.5'::timestamp(0);
select '2024-01-02 03:04:05.123456'::timestamp::timestamp(3)::text, '2024-01-02 03:04:05.0001'::timestamp(3), '2000-01-01 00:00:00.0000005'::timestamp;
select '10:00:00.5'::time(0), '10:00:01.5'::time(0), '10:00:00.25'::time(1), '10:00:00.35'::time(1);
select '1999-12-31 23:59:60'::timestamp, '2024-06-30 23:59:60'::timestamp;
select '1999-12-31 23:59:60.5'::timestamp;
select '2024-01-02 03:04'::timestamp, '2024-01-02 3:4:5'::timestamp, '2024-01-02 03:04:05.'::timestamp, 'January 2 2024 3:04 PM'::timestamp, '2024-01-02 03:04:05 AM'::timestamp;
select '2024-01-02 12:00 AM'::timestamp, '2024-01-02 12:30 PM'::timestamp, 'Jan-02-2024 10:00'::timestamp, '2024-01-02 10:00 z'::timestamp;
select '1/2/2024 03:04:05'::timestamp, '2024.01.02 03:04:05'::timestamp, '20240102 030405'::timestamp, '2024-01-02T03:04:05.123Z'::timestamp;
select '2024-01-02 03:04:05+02'::timestamptz - '2024-01-02 03:04:05'::timestamptz, '2024-01-02 03:04:05.5-01:30'::timestamptz;
select '2024-01-02 03:04:05 CET'::timestamptz, '2024-07-02 03:04:05 CEST'::timestamptz, '2024-01-02 03:04:05 EST5EDT'::timestamptz, '2024-01-02 03:04:05 UTC+3'::timestamptz;
select '2024-01-02 03:04:05 GMT-8'::timestamptz, '2024-01-02 03:04:05 +0530'::timestamptz, '2024-01-02 03:04:05 -1'::timestamptz, '2024-01-02 03:04:05.123456789+00'::timestamptz;
select '0001-01-01 00:00:00+00'::timestamptz, '0001-12-31 23:59:59 BC'::timestamptz, '1000-01-01 00:00:00+00'::timestamptz at time zone 'Europe/Paris';
select age('2024-03-01'::date, '2024-01-31'::date), age('2024-01-31'::timestamp, '2024-03-01'::timestamp), age('2024-02-29'::timestamp, '2023-02-28'::timestamp);
select '2024-01-31'::date + '1 month'::interval, '2024-01-31'::timestamp + '1 month 1 day'::interval, '2024-03-31'::timestamp - '1 month'::interval, '2023-01-29'::date + '1 month'::interval;
select date '2024-01-01' - time '01:00', timestamp '2024-01-01' + time '25:00:00';
select overlaps_test from (select ('2024-01-01'::date, '2024-02-01'::date) overlaps ('2024-01-15'::date, '2024-03-01'::date) as overlaps_test) s;
select date_bin('15 minutes', '2024-01-02 03:07:00'::timestamp, '2000-01-01'), date_bin('1 day', '2024-01-02 03:07:00+00'::timestamptz, '2000-01-01 00:00+00');
select to_char(now(), 'YYYY') = extract(year from now())::text;
select to_char(0.1::float8, '0.9999999999'), to_char(1e-10::float8, '9.99EEEE'), to_char(123.456::float4, '999.999'), to_char(-0.0::float8, '9.9');
select to_char(12345.6789, '99,999.99'), to_char(-12345.6789, '99,999.99'), to_char(12345.6789, 'FM99,999.999999'), to_char(0.001, 'FM0.999'), to_char(1, '9.'), to_char(1, 'FM9.');
select to_char(123, '00000'), to_char(-123, '00000'), to_char(123, 'S00000'), to_char(123, '99999MI'), to_char(-123, '99999MI'), to_char(-123, 'FM99999PR'), to_char(123, 'FMPL999');
select to_char(99.5, '99'), to_char(999.5, '999'), to_char(1e30, '9999'), to_char('NaN'::float8, '9.9'), to_char('Infinity'::numeric, '999'), to_char(1234, '9 9 9 9');
select to_char(-1234.5, 'S9999.99'), to_char(1234.5, '9999.99S'), to_char(-1234.5, 'SG9999.99'), to_char(1234, 'LFM9999'), to_char(21, 'FMRN'), to_char(4000, 'RN');
select to_char('2024-03-05 14:05:09.5'::timestamp, 'Dy DD-MON-YY hh12:mi:ss.ff2 PM'), to_char('2024-03-05'::date, 'FMMonth FMDD, YYYY'), to_char('2024-03-05'::date, 'month'), to_char('2024-03-05'::date, 'MONTH');
select to_char('2024-03-05'::date, 'YYYY"年"MM"月"'), to_char('2024-03-05 14:05'::timestamp, 'HH24"h"MI'), to_char('2024-03-05'::date, 'ddd'), to_char('2024-03-05'::date, 'FMD FMW FMQ');
select to_char(interval '1 year 2 months 3 days 04:05:06', 'YYYY MM DD HH24 MI SS'), to_char(interval '-3 days', 'DD'), to_char(interval '100 hours', 'HH12');
select to_char('2024-01-02 03:04:05+00'::timestamptz, 'TZH TZM OF'), to_char('2024-01-02 03:04:05'::timestamp, 'OF');
select to_date('2024-02-29', 'YYYY-MM-DD'), to_date('29.02.2024', 'DD.MM.YYYY'), to_date('2024/2/9', 'YYYY/MM/DD'), to_date('20240229', 'YYYYMMDD'), to_date('240229', 'YYMMDD');
select to_date('Feb 29, 2024', 'Mon DD, YYYY'), to_date('FEBRUARY 29 2024', 'MONTH DD YYYY'), to_date('2024-060', 'YYYY-DDD'), to_date('5 2024', 'Q YYYY');
select to_date('2023-02-29', 'YYYY-MM-DD');
select to_date('2024-01-02 junk', 'YYYY-MM-DD');
select to_date('x2024-01-02', 'YYYY-MM-DD');
select to_timestamp('2024-01-02 03:04:05 PM', 'YYYY-MM-DD HH:MI:SS AM'), to_timestamp('2024-01-02T03:04:05', 'YYYY-MM-DD"T"HH24:MI:SS'), to_timestamp('05.01.2024 14:30', 'DD.MM.YYYY HH24:MI');
select to_timestamp('2024-01-02 03:04:05.1', 'YYYY-MM-DD HH24:MI:SS.FF3'), to_timestamp('2024-01-02 03:04', 'YYYY-MM-DD HH24:MI') at time zone 'UTC';
select to_timestamp('2024-01-02 03:04:05 -03:30', 'YYYY-MM-DD HH24:MI:SS TZH:TZM'), to_timestamp('1 2 2024', 'MM DD YYYY'), to_timestamp('2024 Jan', 'YYYY Mon');
select to_number('-1.234,5', 'S9G999D9'), to_number('1.5', '9.9'), to_number('1.55', '9.9'), to_number('123', '9'), to_number('12.3', '999'), to_number('-', '9');
select to_number('1 234', '9 999'), to_number('.5', '.9'), to_number('12%', '99%'), to_number('Infinity', '9');
select '2024-01-02 03:04:05 UTC+3'::timestamptz;
select '2024-01-02 03:04:05 GMT+3'::timestamptz;
select '2024-01-02 03:04:05 GMT-8'::timestamptz;
select '2024-01-02 03:04:05 EST5EDT'::timestamptz;
select '2024-01-02 03:04:05 PST8PDT'::timestamptz;
select '2024-01-02 03:04:05 EST'::timestamptz;
select '23:59:60.5'::time;
select '23:59:60'::time;
select date '2024-01-01' - time '01:00', date '2024-01-01' + time '01:00', time '01:00' + date '2024-01-01';
select '2024-01-02 03:04:05 Etc/GMT+3'::timestamptz, '2024-01-02 03:04:05 utc'::timestamptz;
select '0x10'::float8, '0x1.8p3'::float8, '-0X.8'::float4, ' 0x1p-2 '::float8, '0x1P+4'::float8;
select '0x'::float8;
select '0x1p2000'::float8;
select E'\u0000';
select array['x', 'abcd']::varchar(2)[], '{a,abcd}'::varchar(2)[], '{1.555}'::numeric(4,2)[], array[1.555]::numeric(4,2)[], '{abc}'::char(2)[];
select array['é€ab']::varchar(2)[], '{123.4}'::numeric(4,2)[];
select array[1.555, 2]::numeric(4,2)[], array['2024-01-02 03:04:05.55']::timestamp(0)[];
select '{1.555}'::numeric(4,2)[] = '{1.56}'::numeric[];
create table tio21_x (a varchar(2)[], c char(3)[], s char(3));
insert into tio21_x values ('{abc}', '{a}', 'a');
insert into tio21_x values ('{ab}', '{a}', 'b');
select a::varchar(1)[], c, c::char(1)[], c::text[] from tio21_x;
select array_agg(s order by s), array(select s from tio21_x order by s), to_json(array_agg(s)) from tio21_x;
select s like 'a', s like 'a%', s ilike 'A  ', s ~ '^a  $', s similar to 'a  ', s like 'a ' escape '!' from tio21_x order by s;
select jsonb_build_object('s', s), json_build_array(s), to_jsonb(s), row_to_json(t) from tio21_x t order by s;
select to_json('\x00ff'::bytea), json_build_object('b', '\x41'::bytea), jsonb_build_array('\x'::bytea);
select min('\x01'::bytea);
select max(null::uuid);
drop table tio21_x;
select interval '1 2' day to hour;
select interval '1:2' hour to minute;
select interval '1:2' minute to second;
select interval '1:2:3' minute to second;
select interval '1 2:03' day to minute;
select interval '2 3' day to second;
select interval '1 year 2' year to month;
select interval '1-2' year to month, interval '1-2' month;
select interval '5 6' hour to minute;
select interval '1.5' minute to second;
select interval '10:20' minute;
select interval '1 day 2' day to hour;
select interval 'P1D' day, interval '3 4:05:06' day to minute, interval '12:34:56.789' hour to second(1), interval '1 year 2 months' year;
select interval '-1:30' minute to second, interval '1:30.5' minute to second, interval '+2 -3' day to hour;
select interval '1 2 3' day to hour;
select interval '1 ago' day;
select interval '1 day ago' hour;
select '1 2'::interval day to hour, cast('1:2' as interval minute to second);
create table tio21_iv (a interval day to hour, b interval minute to second);
insert into tio21_iv values ('1 2', '1:2'), ('3', '4');
select * from tio21_iv;
drop table tio21_iv;
select date '2024-01-01' - time '01:00', date '2024-01-01' + time '01:00', time '01:00' + date '2024-01-01';
select date '2024-03-01' - time '24:00', pg_typeof(date '2024-01-01' - time '01:00');
select time '01:00' - date '2024-01-01';
select '23:59:60.5'::time;
select '23:59:60'::time, '2024-01-01 23:59:60'::timestamp, '2024-01-01 12:59:60.5'::timestamp, '12:59:60.5'::time, '24:00:00'::time;
select '2024-01-01 23:59:60.5+00'::timestamptz;
select array['1 day'::interval, '-1 mon'], array['2024-01-02'::date, '01/03/2024'], array['2024-01-02 03:04'::timestamp, 'epoch'], array[1.5, '2.50'], array[true, 'yes'], array['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'];
select array['{"a":1}'::jsonb, '{"b": 2, "a": 1}'], array[1::float8, '1e3'], array['2024-01-02 03:04+00'::timestamptz, '2024-01-02 05:04+02'];
select coalesce(null::interval, '-1 mon'), coalesce(null::date, '01/03/2024'), coalesce(null::uuid, '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}');
select case when true then '-1 mon' else '1 day'::interval end, case when false then '1 day'::interval else '2 hour' end;
select greatest('1 day'::interval, '25 hours'), least('2024-01-02'::date, '01/03/2024'), nullif('1 day'::interval, '24:00:00');
select '1 day'::interval union select '-1 mon' order by 1;
select x from (values ('1 day'::interval), ('-1 mon')) v(x) order by x;
select '2024-01-02'::date union all select '01/03/2024';
select x from (values ('{"b":1, "a":2}'::jsonb), ('{"b":1, "a":2}')) v(x);
select coalesce(null::jsonb, '{"b":1, "a":2}'), coalesce(null::timestamptz, '2024-01-02 03:04+02');
select coalesce(null::numeric, '1.50'), coalesce(null::float8, '1e3'), coalesce(null::bool, 'yes'), coalesce(null::inet, '10.1.2.3/32');
set timezone = 'UTC';
select array['2024-01-02'::date, 'infinity'], array['2024-01-02 03:04:05+02'::timestamptz], array['1 day'::interval, '-1 mon'], array['{"a":1}'::json];
select array['NaN'::numeric, 1.50, null], array['a\b', 'c"d', '', ' ', 'null', 'NULL', 'x,y', '{', '}'], array[E'\t', E'a\nb'];
select '{"a\\\\b","c\\"d"}'::text[], '{a\b}'::text[], '{"",""}'::text[], '{{"a,b"},{NULL}}'::text[];
select '{{1,2},{3,4}}'::int[] = array[[1,2],[3,4]], ('{{1,2},{3,4}}'::int[])[1:1][2], array_dims('{{1,2},{3,4}}'::int[]), array_ndims('{{{1}}}'::int[]);
select cardinality('{}'::int[]), array_length('{}'::int[], 1), '{}'::int[] = '{}'::text[]::int[], array[]::int[];
select '{ {1} , {2} }'::int[], '{1, 2, 3}'::int2[], '{1.5}'::float4[], '{t,f,yes,0}'::bool[];
select '{{1,2},{3}}'::text[];
select '{1,{2}}'::int[];
select '{"{1,2}"}'::text[], '{1,2}'::text[]::varchar[], array[array['a']], array[array[1], array[2]];
select array[array[1], array[2, 3]];
select array[[1,2],[3,4]]::text[], array['1','2']::int[]::text, array['2024-01-02']::date[]::text[];
set datestyle = 'SQL, DMY';
select array['2024-01-02'::date], array['2024-01-02 03:04:05'::timestamp], '{2024-01-02}'::date[], array_to_string(array['2024-01-02'::date], ',');
reset datestyle;
set intervalstyle = 'sql_standard';
select array['1 day 02:00'::interval, '1 year'], array_to_string(array['1 day'::interval], ';');
reset intervalstyle;
select string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), array_to_string(array[1, null, 3], ',', '*'), array_to_string(array['a', 'b'], '');
select array_position(array['a', 'b'], 'b'), array_remove(array[1, 2, 1], 1), array_replace(array[1, 2], 2, 9), array_cat('{1}'::int[], '{2}'), array_append('{a}'::text[], null);
select unnest('{{1,2},{3,4}}'::int[]);
select * from unnest('{1,2}'::int[], '{a,b,c}'::text[]);
select '{1,2,3}'::int[] @> '{2}', '{1,2}'::int[] && '{3}', 1 = any('{1,2}'::int[]), 3 = all('{3,3}'::int[]), 'a' = any('{a,null}'::text[]), 'b' = any('{a,null}'::text[]);
select '1'::int = any('{1,x}');
select array[1,2] < array[1,3], array[1,2] < array[1,2,0], array[null::int] = array[null::int], array[1] || 2 || array[3];
select array_agg(x), array_agg(x order by x desc nulls last), string_agg(x::text, ',') from (values (2), (null), (1)) v(x);
select array_agg(array[x, x]) from (values (1), (2)) v(x);
select '{"2024-01-02 03:04:05+00"}'::timestamptz[], '{12:00}'::time[], '{"1 day"}'::interval[], '{"{\"a\":1}"}'::jsonb[];
select '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid[], '{10.0.0.1,::1}'::inet[], '{"[1,2)"}'::text[];
set timezone = 'UTC';
create table tio21_r (id int, s text);
insert into tio21_r values (1, ' 12 '), (2, '+1'), (3, '1e3'), (4, '0x1F'), (5, '1_000'), (6, 'NaN'), (7, '-Infinity'), (8, '1e400'), (9, '   '), (10, '2.5'), (11, '-0'), (12, '9223372036854775808'), (13, 'yes'), (14, '2024-02-29'), (15, '24:00'), (16, 'epoch'), (17, 'infinity'), (18, 'P1Y2M'), (19, '@ 1 hour'), (20, '1 day ago'), (21, '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'), (22, '{"b":1,"a":2,"a":3}'), (23, '10.1.2.3/8'), (24, '{1,NULL,3}'), (25, '[1,5)'), (26, '\x4142'), (27, 'abc   '), (28, '1.23456789012345678');
select id, s::int from tio21_r where id in (1, 2, 11) order by id;
select s::int from tio21_r where id = 3;
select s::int from tio21_r where id = 4;
select s::int from tio21_r where id = 5;
select s::int from tio21_r where id = 10;
select s::int8 from tio21_r where id = 12;
select id, s::numeric from tio21_r where id in (1, 2, 3, 6, 7, 10, 11, 28) order by id;
select s::numeric from tio21_r where id = 8;
select s::numeric from tio21_r where id = 9;
select id, s::float8, s::float4 from tio21_r where id in (1, 2, 3, 6, 7, 10, 11, 28) order by id;
select s::float8 from tio21_r where id = 8;
select s::float8 from tio21_r where id = 4;
select s::bool from tio21_r where id = 13;
select s::bool from tio21_r where id = 1;
select s::date, s::timestamp, s::timestamptz from tio21_r where id = 14;
select s::time from tio21_r where id = 15;
select s::timestamptz, s::date from tio21_r where id in (16, 17) order by id;
select id, s::interval from tio21_r where id in (18, 19, 20) order by id;
select s::uuid from tio21_r where id = 21;
select s::json, s::jsonb from tio21_r where id = 22;
select s::inet, s::cidr from tio21_r where id = 23;
select s::int[], s::text[] from tio21_r where id = 24;
select s::int4range from tio21_r where id = 25;
select s::bytea from tio21_r where id = 26;
select s::char(3) || '|', s::varchar(4) || '|', s::char(8) || '|', length(s::char(8)) from tio21_r where id = 27;
select s::date from tio21_r where id = 13;
select s::uuid from tio21_r where id = 22;
select s::jsonb from tio21_r where id = 21;
select s::interval from tio21_r where id = 21;
select s::inet from tio21_r where id = 14;
select id, s::numeric::int from tio21_r where id in (10, 11) order by id;
select id, s::float8::int from tio21_r where id in (10, 11) order by id;
select id, s::float8::text, s::float4::text, s::numeric::float8 from tio21_r where id in (28, 6, 7) order by id;
create table tio21_v (i int, n numeric(5,2), f float8, d date, ts timestamp, tz timestamptz, b bool, j jsonb);
insert into tio21_v values (1, 1.005, 0.1, '2024-02-29', '2024-02-29 12:00', '2024-02-29 12:00+05', true, '{"n": 1.50, "b": true, "s": "x"}');
select i::text, n::text, f::text, d::text, ts::text, tz::text, b::text, j::text from tio21_v;
select i::float8, n::float8, f::numeric, n::int, f::int, b::int, i::bool from tio21_v;
select d::timestamp, d::timestamptz, ts::date, tz::date, ts::timestamptz, tz::timestamp, ts::time, tz::time from tio21_v;
select (j->'n')::numeric, (j->'n')::float8, (j->'b')::bool, (j->>'n')::numeric, (j->'s')::text, j->>'s', (j->'n')::int from tio21_v;
select (j->'s')::numeric from tio21_v;
select (j->'b')::int from tio21_v;
select n::jsonb, to_jsonb(n), to_jsonb(f), to_jsonb(d), to_jsonb(ts), to_jsonb(tz), to_jsonb(b) from tio21_v;
select n::varchar(3), f::char(2), d::char(5), ts::varchar(10) from tio21_v;
set datestyle = 'German';
select d::text, ts::text, tz::text, d || '', array[d], to_json(d), to_char(d, 'DD.MM.YYYY') from tio21_v;
set datestyle = 'SQL, DMY';
select d::text, ts::text, tz::text, format('%s', d), concat(d, ' ', ts) from tio21_v;
reset datestyle;
set timezone = 'America/Los_Angeles';
select tz, tz::text, tz::date, tz::time, to_json(tz), tz::timestamp, extract(hour from tz), date_trunc('day', tz) from tio21_v;
reset timezone;
drop table tio21_r;
drop table tio21_v;
set datestyle = 'SQL, DMY';
-- params: ["02/01/2024"]
select $1::date, $1::timestamp;
-- params: ["2024-01-02"]
select $1::date;
set datestyle = 'ISO, MDY';
set timezone = 'Europe/Berlin';
-- params: ["2024-07-01 12:00:00"]
select $1::timestamptz, $1::timestamptz::text, extract(hour from $1::timestamptz);
-- params: ["2024-07-01 12:00:00+00"]
select $1::timestamptz, $1::timestamp;
set timezone = 'UTC';
set intervalstyle = 'iso_8601';
-- params: ["1 day 02:00"]
select $1::interval;
reset intervalstyle;
set bytea_output = 'escape';
-- params: ["\\x41ff"]
select $1::bytea;
reset bytea_output;
set extra_float_digits = 0;
-- params: ["0.1"]
select $1::float8 * 3, $1::float4;
reset extra_float_digits;
-- params: [["2024-01-02", "2024-02-29"]]
select $1::date[], ($1::date[])[2] + 1;
-- params: [[true, false, null]]
select $1::bool[];
-- params: [[1.5, 2.25]]
select $1::numeric[], $1::float8[];
-- params: [["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]]
select $1::uuid[];
-- params: ["{\"a\": 1e2, \"b\": 1.0}"]
select $1::jsonb, $1::json;
-- params: [12345678901234567890]
select $1::numeric, $1::float8;
-- params: ["1.5"]
select $1::int4range;
-- params: ["[1.5,2.5)"]
select $1::numrange, $1::int4range;
-- params: ["  yes  "]
select $1::bool;
-- params: ["2024-01-02 24:00:00"]
select $1::timestamp;
-- params: ["-infinity"]
select $1::date < '0001-01-01 BC'::date;
-- params: ["00:00:00"]
select $1::interval, $1::time;
-- params: [" 1 "]
select $1::int2, $1::int8, $1::numeric, $1::float4;
-- params: ["1.5"]
select $1::int2;
-- params: ["abc", "ab"]
select $1::char(2) = $2, $1::varchar(2) = $2, $1 < $2;
-- params: ["10.0.0.1/8"]
select $1::inet << '10.0.0.0/8'::cidr, host($1::inet);
-- params: ["2024-01-02"]
select $1::date + 1;
-- params: ["2024-01-02", "1 day"]
select $1::date + $2::interval, $1::timestamp - $2::interval;
-- params: [1.5]
select $1::numeric(3,0), round($1::numeric), $1::float8::int;
-- params: [2.5]
select $1::int, $1::float8::int;
-- params: ["12"]
select $1::int, $1::int8, $1::numeric, $1::float8, $1::text;
-- params: [" 12 "]
select $1::int;
-- params: ["1e3"]
select $1::int;
-- params: ["1e3"]
select $1::numeric, $1::float8;
-- params: ["2147483648"]
select $1::int;
-- params: ["1_000"]
select $1::int8;
-- params: ["0x1F"]
select $1::int;
-- params: ["12.5"]
select $1::int;
-- params: ["12.5"]
select $1::numeric(3,0), $1::numeric(4,1);
-- params: ["123.456"]
select $1::numeric(4,2);
-- params: ["NaN"]
select $1::numeric, $1::float8, $1::float4;
-- params: ["-Infinity"]
select $1::float8, $1::numeric;
-- params: ["1e400"]
select $1::float8;
-- params: ["   "]
select $1::numeric;
-- params: ["0.1"]
select $1::float4, $1::float8, $1::float4::float8;
-- params: ["yes"]
select $1::bool;
-- params: ["on"]
select $1::boolean, not $1::boolean;
-- params: ["t"]
select $1::bool = true;
-- params: ["maybe"]
select $1::bool;
-- params: [true, false]
select $1::bool, $2::bool, $1::bool and $2::bool;
-- params: [1, 0]
select $1::bool, $2::bool;
-- params: ["abcdef"]
select $1::varchar(3), $1::char(3), $1::char(8) || '|';
-- params: ["ab   "]
select $1::char(5) = 'ab', $1::varchar(2), length($1::char(5)), length($1::text);
-- params: ["\\x00ff"]
select $1::bytea, length($1::bytea);
-- params: ["a\\000b"]
select $1::bytea;
-- params: ["\\xzz"]
select $1::bytea;
-- params: ["2024-02-29"]
select $1::date, $1::date + 1, $1::timestamp, $1::timestamptz;
-- params: ["2023-02-29"]
select $1::date;
-- params: ["1/2/2024"]
select $1::date;
-- params: ["0044-03-15 BC"]
select $1::date, $1::timestamp;
-- params: ["infinity"]
select $1::date, $1::timestamp, $1::timestamptz;
-- params: ["epoch"]
select $1::timestamptz;
-- params: ["24:00:00"]
select $1::time;
-- params: ["allballs"]
select $1::time;
-- params: ["2024-01-02 03:04:05.123456789"]
select $1::timestamp, $1::timestamp(2), $1::timestamptz(0);
-- params: ["2024-01-02T03:04:05.009Z"]
select $1::timestamptz, $1::timestamp;
-- params: ["2024-01-02 03:04:05+05:30"]
select $1::timestamptz, $1::timestamptz::text;
-- params: ["P1Y2M3DT4H"]
select $1::interval;
-- params: ["1 day ago"]
select $1::interval, '2024-01-02'::date + $1::interval;
-- params: ["@ 1 hour 30 mins"]
select $1::interval;
-- params: ["10:30"]
select $1::interval;
-- params: ["{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}"]
select $1::uuid;
-- params: ["a0eebc999c0b4ef8bb6d6bb9bd380a11"]
select $1::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
-- params: ["not-a-uuid"]
select $1::uuid;
-- params: ["{\"b\": 1, \"a\": [1.50, 2]}"]
select $1::json, $1::jsonb;
-- params: ["{\"a\":1,\"a\":2}"]
select $1::jsonb, $1::json ->> 'a';
-- params: ["{bad"]
select $1::jsonb;
-- params: [{"b": 2, "a": 1.5}]
select $1::jsonb, $1::json;
-- params: ["1.50"]
select to_jsonb($1::numeric), $1::jsonb;
-- params: ["10.1.2.3/8"]
select $1::inet, $1::cidr;
-- params: ["10.1.2.3/8"]
select $1::cidr;
-- params: ["{1,2,NULL}"]
select $1::int[], $1::text[];
-- params: [[1, 2, null]]
select $1::int[], array_length($1::int[], 1);
-- params: [["a b", "c,d", null, "e\"f"]]
select $1::text[], ($1::text[])[4];
-- params: [[[1, 2], [3, 4]]]
select $1::int[], ($1::int[])[2][1];
-- params: ["{{1,2},{3}}"]
select $1::int[];
-- params: ["[1,5)"]
select $1::int4range, upper($1::int4range);
-- params: ["12.34"]
select $1::money;
-- params: ["1,234.5"]
select to_number($1, '9G999D9');
-- params: ["2024-01-02", "YYYY-MM-DD"]
select to_date($1, $2), to_timestamp($1, $2);
-- params: [1234.5, "FM9,999.00"]
select to_char($1::numeric, $2);
-- params: ["2024-01-02 03:04:05", "DD Mon YYYY HH12:MI AM"]
select to_char($1::timestamp, $2);
-- params: [3, 4]
select $1 + $2, $1 || $2, $1::int / $2::int;
-- params: ["1.5", "2"]
select $1::numeric + $2, $1::float8 * $2;
-- params: ["2.5"]
select round($1::numeric), round($1::float8), $1::numeric::int;
-- params: ["ab"]
select $1 = 'ab', $1 || 'c', length($1);
-- params: [null, null]
select $1::int, $2::text, coalesce($1, 'x');
-- params: ["12"]
select 1 + $1;
-- params: ["12.5"]
select 1 + $1;
-- params: ["abc"]
select 1 + $1;
-- params: ["2024-01-02"]
select date '2024-01-01' < $1, $1::date - date '2024-01-01';
-- params: ["1 day"]
select now()::date + $1::interval > now()::date;
-- params: ["9223372036854775807"]
select $1::int8, $1::int8 - 1, $1::numeric + 1;
-- params: ["9223372036854775808"]
select $1::int8;
-- params: ["32768"]
select $1::int2;
-- params: ["-0"]
select $1::float8, $1::numeric, $1::int;
-- params: ["1.23456789012345678"]
select $1::float8, $1::float4, $1::numeric;
-- params: [7, "x", "2024-01-02", "1.50", "yes", "{1,2}", "{\"k\": 1}", "\\x41"]
insert into tio21_t (id, vc, d, n52, b, ia, jb, by) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id, vc, d, n52, b, ia, jb, by;
-- params: [8, "abcde"]
insert into tio21_t (id, vc) values ($1, $2);
-- params: [8, "1234.567"]
insert into tio21_t (id, n52) values ($1, $2);
-- params: [8, "70000"]
insert into tio21_t (id, i2) values ($1, $2);
-- params: [8, "2024-01-02 03:04:05.5555", "24:00"]
insert into tio21_t (id, ts, t) values ($1, $2, $3) returning ts, t;
-- params: [9, "12", "1.5", "NaN", "infinity"]
insert into tio21_t (id, i8, f4, n, tz) values ($1, $2, $3, $4, $5) returning i8, f4, n, tz;
-- params: [9, "1.5"]
insert into tio21_t (id, i8) values ($1 + 100, $2);
-- params: ["2024-02-29"]
select id from tio21_t where d = $1;
-- params: ["ab"]
select id, ch = $1, vc = $1 from tio21_t where ch = $1 order by id;
-- params: ["0.1"]
select id from tio21_t where f4 = $1 order by id;
-- params: ["{1,NULL}"]
select id from tio21_t where ia = $1;
-- params: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]
select id from tio21_t where u = $1;
-- params: [{"a": 2, "b": 1}]
select id from tio21_t where jb = $1;
-- params: ["-1 day"]
select id from tio21_t where iv = $1;
-- params: ["10.1.2.3/8"]
select id from tio21_t where ip = $1;
-- params: [1]
update tio21_t set n52 = n52 + $1 where id = 7 returning n52;
-- params: ["0.005"]
update tio21_t set n52 = n52 + $1 where id = 7 returning n52;
-- params: []
select '1.5'::float8, '2024-01-02'::date, 'yes'::bool, '{1,2}'::int[], '\x01'::bytea, '1 day'::interval;
-- params: []
select 2147483647 + 1;
-- params: []
select '2024-13-01'::date;
-- params: []
select 'abc'::varchar(2), 'abc'::char(2);
prepare tio21_p(int, numeric(4,1), date, text) as select $1, $2, $3, $4::varchar(2);
execute tio21_p('12', 1.25, '2024-02-29', 'abc');
execute tio21_p(1.5, '1e2', '2024-03-01', null);
execute tio21_p('x', 1, '2024-01-02', 'a');
execute tio21_p(1, 12345, '2024-01-02', 'a');
execute tio21_p(1, 1, '2024-02-30', 'a');
deallocate tio21_p;
prepare tio21_q(timestamptz, interval, bool, bytea) as select $1, $1 + $2, $3, $4;
execute tio21_q('2024-01-02 03:04:05+02', 'P1D', 'on', '\x00');
execute tio21_q('infinity', '1 day ago', 'f', 'a\\b');
deallocate tio21_q;
drop table tio21_t;
drop table tio21_s;
reset extra_float_digits;
reset bytea_output;
reset intervalstyle;
reset datestyle;
reset timezone;
