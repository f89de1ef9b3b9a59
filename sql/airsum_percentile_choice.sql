-- Each pollutant's 24-hour-limit statistic is its own percentile of the
-- daily values (HJ 663-2013's annual assessment; HJ 663-2026 keeps the
-- list): SO2 and NO2 the 98th, PM10, PM2.5 and CO the 95th, O3 (daily
-- maximum 8-hour) the 90th;
-- the annual statistic is the mean, except CO P95 and O3 P90.
-- 101 days whose values are 10, 20, .., 1010 (CO 0.1 .. 10.1 mg/m³) in a
-- shuffled order: k = 1 + (n - 1)p/100 = 1 + p, so P(p) = 10 (1 + p) and
-- every whole percentile from 92 to 99 is a different value; a pollutant
-- evaluated by its neighbour's percentile is off by 10 (CO 0.1) or more.
-- Summaries of 2025 (HJ 663-2013) and 2026 (HJ 663-2026).
CREATE TEMP TABLE pct_summary AS
SELECT y, air_summary(make_date(y, 1, 1) + d, r * 10, r * 10, r * 10, r / 10.0, r * 10, r * 10) AS s
FROM (SELECT y, d, (d * 37) % 101 + 1 AS r
	  FROM generate_series(0, 100) d, (VALUES (2025), (2026)) v(y)) days
GROUP BY y;
-- expected: SO2 990, NO2 990, PM10 960, CO 9.6, O3 910, PM2.5 960 under
-- '24h' and 'daily'; annual: means 510, CO 9.6, O3 910; mean: 510, CO 5.1
SELECT y, p, evaluation_value(s, p, '24h') AS p_24h, evaluation_value(s, p, 'daily') AS daily,
	   evaluation_value(s, p) AS annual, evaluation_value(s, p, 'mean') AS mean
FROM pct_summary, unnest(ARRAY['so2', 'no2', 'pm10', 'co', 'o3', 'pm2.5']) WITH ORDINALITY u(p, o)
ORDER BY y, o;
-- percentile(s, pollutant, p): P(p) = 10 (1 + p), CO (1 + p)/10, at every
-- whole p from 90 to 99 and at 92.5 (k = 93.5: 935, CO 9.35); mismatches: 0
SELECT count(*) AS mismatches
FROM pct_summary, unnest(ARRAY['so2', 'no2', 'pm10', 'co', 'o3', 'pm2.5']) p,
	 unnest(ARRAY[90, 91, 92, 92.5, 93, 94, 95, 96, 97, 98, 99]::float8[]) k
WHERE percentile(s, p, k) IS DISTINCT FROM
	  (CASE WHEN p = 'co' THEN (1 + k::numeric) / 10 ELSE 10 * (1 + k::numeric) END);
SELECT k, percentile(s, 'so2', k) AS so2, percentile(s, 'co', k) AS co
FROM pct_summary, unnest(ARRAY[92, 93, 94, 95, 96, 97, 98, 99]::float8[]) k
WHERE y = 2026 ORDER BY k;
-- the rule checked against the percentile itself, for both years
SELECT y, p, evaluation_value(s, p, '24h') = round(percentile(s, p, want), CASE WHEN p = 'co' THEN 1 ELSE 0 END) AS is_own_percentile,
	   evaluation_value(s, p, '24h') <> round(percentile(s, p, want - 1), CASE WHEN p = 'co' THEN 1 ELSE 0 END) AS not_the_one_below
FROM pct_summary, (VALUES ('so2', 98), ('no2', 98), ('pm10', 95), ('co', 95), ('o3', 90), ('pm2.5', 95)) w(p, want)
ORDER BY y, p;
DROP TABLE pct_summary;
