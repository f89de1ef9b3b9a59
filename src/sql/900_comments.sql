
-- ---------------------------------------------------------------------------
-- Comments on the user-facing objects that ecoinsp 1.0 created without one
-- (new in 1.1).  This piece is part of both the install script and the
-- 1.0 -> 1.1 upgrade script: COMMENT ON replaces, so it serves both.
-- Objects new in 1.1 are commented beside their definitions.
--
-- Support functions are not commented; they are named by the convention
-- <type>_<role>, role one of in, out, recv, send (type I/O), cmp, eq, ne,
-- lt, le, gt, ge, hash, hash_extended (operators and operator classes),
-- larger, smaller, trans, transfn, final, combine, serialize, deserialize,
-- invfn, merge (aggregates), json, jsonb (casts), plus <type>_<op>_int4 /
-- int4_<op>_<type> (cross-type operators); the sentence functions'
-- bulletin_* helpers are commented as support functions (800_bulletin.sql,
-- 1.3).  sql/comments.sql checks both halves.
-- ---------------------------------------------------------------------------

-- the aqi type (HJ 633-2012, HJ 633-2026, US EPA 2024)
COMMENT ON TYPE @extschema@.aqi IS
	'an air quality index: value (integer, HJ 633-2012 §6.2), standard, primary pollutants (HJ 633-2012 §3.3) and exceeding pollutants (§3.4), beyond-scale flag; ordered by value';
COMMENT ON FUNCTION @extschema@.iaqi(text, double precision, text, text) IS
	'the individual air quality index IAQI of one concentration (HJ 633-2012 Table 1 and formula (1), HJ 633-2026 Table 3, US EPA 2024); period NULL: the pollutant''s daily-report indicator';
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision) IS
	'the daily AQI (日报) from 24-hour means and the O3 daily maximum 8-hour mean: the largest IAQI (HJ 633-2012 §5, HJ 633-2026 §4), with its primary and exceeding pollutants';
COMMENT ON FUNCTION @extschema@.aqi_hourly(double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, text) IS
	'the real-time AQI (实时报) from 1-hour values, with the O3 8-hour and PM 24-hour moving means of HJ 633-2012 Table 1 notes';
COMMENT ON FUNCTION @extschema@.value(@extschema@.aqi) IS
	'the index value, an integer (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6); the same as the cast to integer';
COMMENT ON CAST (@extschema@.aqi AS integer) IS
	'the index value (HJ 633-2012 §6.2), as value(aqi)';
COMMENT ON FUNCTION @extschema@.level(@extschema@.aqi) IS
	'the AQI level 1..6 (HJ 633-2012 Table 2; the US categories have the same bounds)';
COMMENT ON FUNCTION @extschema@.category(@extschema@.aqi, text) IS
	'the AQI category in Chinese (zh: 优 .. 严重污染, HJ 633-2012 Table 2) or English (en)';
COMMENT ON FUNCTION @extschema@.color(@extschema@.aqi) IS
	'the colour of the AQI level as #RRGGBB (HJ 633-2012 Table 2 and Appendix A)';
COMMENT ON FUNCTION @extschema@.primary_pollutants(@extschema@.aqi) IS
	'the primary pollutants 首要污染物 (HJ 633-2012 §3.3: IAQI largest, AQI > 50); {} when none';
COMMENT ON FUNCTION @extschema@.exceeding_pollutants(@extschema@.aqi) IS
	'the exceeding pollutants 超标污染物 (HJ 633-2012 §3.4: IAQI > 100); always {} outside HJ 633-2012';
COMMENT ON FUNCTION @extschema@.standard(@extschema@.aqi) IS
	'the standard the index was computed by: hj633-2012, hj633-2026 or us-epa-2024';
COMMENT ON FUNCTION @extschema@.is_beyond_scale(@extschema@.aqi) IS
	'a sub-index was above the top of its column (HJ 633-2012 Table 1 ends at 500)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.aqi) IS
	'the worst AQI of the group, keeping its primary pollutants (ordered by value, HJ 633-2012 §6.2)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.aqi) IS
	'the best AQI of the group, keeping its primary pollutants (ordered by value, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, @extschema@.aqi) IS 'lower index value (HJ 633-2012 §6.2); ties broken by standard and pollutants';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, @extschema@.aqi) IS 'lower or equal (index value first, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, @extschema@.aqi) IS 'identical: value, standard, primary and exceeding pollutants (HJ 633-2012 §3.3, §3.4, §6.2)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, @extschema@.aqi) IS 'not identical (value, standard or pollutants differ)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, @extschema@.aqi) IS 'higher or equal (index value first, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, @extschema@.aqi) IS 'higher index value (HJ 633-2012 §6.2); ties broken by standard and pollutants';

-- rate, GB/T 8170 rounding, change between periods
COMMENT ON FUNCTION @extschema@.rate(double precision, double precision) IS
	'a rate numerator/denominator (both non-negative and finite), e.g. good days of valid days (优良天数比例)';
COMMENT ON FUNCTION @extschema@.numerator(@extschema@.rate) IS 'the numerator of the rate';
COMMENT ON FUNCTION @extschema@.denominator(@extschema@.rate) IS 'the denominator of the rate';
COMMENT ON FUNCTION @extschema@.float8(@extschema@.rate) IS
	'numerator / denominator; error 22012 when the denominator is 0 (use fraction())';
COMMENT ON FUNCTION @extschema@.numeric(@extschema@.rate) IS
	'numerator / denominator as numeric; error 22012 when the denominator is 0 (use fraction())';
COMMENT ON CAST (@extschema@.rate AS double precision) IS 'numerator / denominator; error when the denominator is 0';
COMMENT ON CAST (@extschema@.rate AS numeric) IS 'numerator / denominator; error when the denominator is 0';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.rate) IS
	'the merged rate: numerators added, denominators added (district rates into the city''s rate)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.rate) IS 'the largest rate by value (denominator 0 last)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.rate) IS 'the smallest rate by value';
COMMENT ON AGGREGATE @extschema@.rate_agg(boolean) IS
	'the rate of true rows: true counts in both parts, false in the denominator, NULL is skipped (e.g. rate_agg(aqi <= 100), 优良天数比例)';
COMMENT ON AGGREGATE @extschema@.rate_agg(double precision, double precision) IS
	'the rate of weighted parts: numerators summed over denominators summed (exact); a row with a NULL is skipped';
COMMENT ON FUNCTION @extschema@.pp_change(@extschema@.rate, @extschema@.rate) IS
	'the change in percentage points (百分点) from previous to current; round with round_gb8170 (GB/T 8170-2008 §3.3)';
COMMENT ON FUNCTION @extschema@.round_gb8170(numeric, integer) IS
	'rounds to digits decimals per GB/T 8170-2008 §3.3 (四舍六入五成双, half to even) on the exact decimal value';
COMMENT ON FUNCTION @extschema@.round_gb8170(double precision, integer) IS
	'rounds the exact decimal value of the double to digits decimals per GB/T 8170-2008 §3.3 (half to even)';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, double precision) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, numeric) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.yoy_change(integer, integer) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.improvement(double precision, double precision) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.improvement(numeric, numeric) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.improvement(integer, integer) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, integer) IS
	'window: the change in percent from the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, date) IS
	'window: the change in percent from the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, integer) IS
	'window: the change in percent from the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, date) IS
	'window: the change in percent from the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(double precision, integer) IS
	'window: the improvement in percent over the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(double precision, date) IS
	'window: the improvement in percent over the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(numeric, integer) IS
	'window: the improvement in percent over the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(numeric, date) IS
	'window: the improvement in percent over the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rate, @extschema@.rate) IS 'smaller by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rate, @extschema@.rate) IS 'smaller or equal by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.rate, @extschema@.rate) IS 'equal by value (1/2 = 2/4); all rates with denominator 0 are equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rate, @extschema@.rate) IS 'different by value';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rate, @extschema@.rate) IS 'larger or equal by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rate, @extschema@.rate) IS 'larger by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.rate, @extschema@.rate) IS
	'the merged rate: numerators added, denominators added';

-- rectification of inspection feedback issues (督察反馈问题整改)
COMMENT ON AGGREGATE @extschema@.rectification(date, date, date) IS
	'counts inspection feedback issues (deadline, completion date) as of a date into a rectification_summary; NULL without rows';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.rectification_summary) IS
	'merges rectification summaries taken as of the same date';
COMMENT ON FUNCTION @extschema@.as_of(@extschema@.rectification_summary) IS 'the date the issues are counted as of';
COMMENT ON FUNCTION @extschema@.total(@extschema@.rectification_summary) IS 'all issues (反馈问题总数)';
COMMENT ON FUNCTION @extschema@.with_deadline(@extschema@.rectification_summary) IS 'issues with a rectification deadline';
COMMENT ON FUNCTION @extschema@.due(@extschema@.rectification_summary) IS 'issues whose deadline is on or before as_of (已到整改时限)';
COMMENT ON FUNCTION @extschema@.completed(@extschema@.rectification_summary) IS 'issues completed by as_of, due or not';
COMMENT ON FUNCTION @extschema@.completed_due(@extschema@.rectification_summary) IS 'due issues completed by as_of (到期已完成)';
COMMENT ON FUNCTION @extschema@.overdue(@extschema@.rectification_summary) IS 'due issues not completed by as_of (逾期未完成)';
COMMENT ON FUNCTION @extschema@.completed_on_time(@extschema@.rectification_summary) IS 'issues completed on or before their own deadline, due or not (按期完成)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning (sorting, merge joins)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';
COMMENT ON OPERATOR @extschema@.= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'all fields equal (DISTINCT, GROUP BY, UNION, joins)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'some field differs';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';

-- air_summary (HJ 663-2013, GB 3095-2012/2026, HJ 633)
COMMENT ON AGGREGATE @extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision) IS
	'the summary of daily concentrations SO2, NO2, PM10, CO (mg/m³), O3 MDA8, PM2.5 (µg/m³) of one year; several stations on one day are averaged (HJ 663-2013 city value); daily AQI by HJ 633 of the day''s date';
COMMENT ON AGGREGATE @extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision, text) IS
	'the summary of daily concentrations of one year with the daily AQI by the given HJ 633 edition (hj633-2012, hj633-2026)';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.air_summary) IS
	'merges summaries (station-months into the city''s year): the same as aggregating their days directly';
COMMENT ON FUNCTION @extschema@.year(@extschema@.air_summary) IS 'the calendar year of the summary';
COMMENT ON FUNCTION @extschema@.aqi_standard(@extschema@.air_summary) IS
	'the HJ 633 edition of the daily AQI: hj633-2012, hj633-2026 or ''by date'' (2012 until 2026-02-28)';
COMMENT ON FUNCTION @extschema@.valid_days(@extschema@.air_summary) IS
	'days on which all six pollutants have a valid daily value (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.valid_days(@extschema@.air_summary, text) IS
	'days with a valid daily value of the pollutant (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_year(@extschema@.air_summary) IS
	'each of the six pollutants has a valid year: at least 324 daily values, 27 in every month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_year(@extschema@.air_summary, text) IS
	'the pollutant has a valid year: at least 324 daily values, 27 in every month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, integer) IS
	'each of the six pollutants has at least 27 daily values in the month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, integer, text) IS
	'the pollutant has at least 27 daily values in the month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.mean(@extschema@.air_summary, text) IS
	'the mean of the city daily values of the pollutant, unrounded (HJ 663-2013 annual mean)';
COMMENT ON FUNCTION @extschema@.percentile(@extschema@.air_summary, text, double precision) IS
	'the HJ 663-2013 percentile of the daily values, exact: k = 1 + (n-1)p/100, X(s) + (X(s+1) - X(s))(k - s)';
COMMENT ON FUNCTION @extschema@.evaluation_value(@extschema@.air_summary, text, text) IS
	'the HJ 663-2013 evaluation value at reporting precision (GB/T 8170): annual means of SO2, NO2, PM10, PM2.5, CO 24-h 95th and O3 MDA8 90th percentiles; statistic ''24h'' or ''mean'' for the others';
COMMENT ON FUNCTION @extschema@.compliant(@extschema@.air_summary, text, integer, text) IS
	'the pollutant meets the GB 3095 (2012, 2026 transitional or final) Table 1 limit of the class; NULL without a valid statistic (Table 4)';
COMMENT ON FUNCTION @extschema@.compliant(@extschema@.air_summary) IS
	'all six pollutants meet GB 3095 Table 1 Class II of the default edition for the year (环境空气质量达标)';
COMMENT ON FUNCTION @extschema@.subindex(@extschema@.air_summary, text) IS
	'the single index C_i / S_i of the pollutant, two decimals (城市环境空气质量排名技术规定)';
COMMENT ON FUNCTION @extschema@.composite_index(@extschema@.air_summary) IS
	'the ambient air quality composite index Σ C_i / S_i of the six, exact and rounded once to two decimals (城市环境空气质量排名技术规定, GB/T 8170)';
COMMENT ON FUNCTION @extschema@.max_subindex_pollutant(@extschema@.air_summary) IS
	'the pollutant(s) with the largest single index (城市环境空气质量排名技术规定), comma-separated on a tie';
COMMENT ON FUNCTION @extschema@.aqi_days(@extschema@.air_summary) IS 'days with a daily AQI (HJ 633)';
COMMENT ON FUNCTION @extschema@.good_days(@extschema@.air_summary) IS 'days with AQI <= 100, levels I-II (优良天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.heavy_days(@extschema@.air_summary) IS 'days with AQI > 200, levels V-VI (重污染天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.days_at_level(@extschema@.air_summary, integer) IS 'days at AQI level 1..6 (HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.exceedance_days(@extschema@.air_summary) IS 'days with AQI > 100 (超标天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.exceedance_days(@extschema@.air_summary, text) IS
	'days on which the pollutant''s IAQI exceeds 100 (超标污染物, HJ 633-2012 §3.4)';
COMMENT ON FUNCTION @extschema@.primary_pollutant_days(@extschema@.air_summary, text, text) IS
	'days on which the pollutant was (one of) the primary pollutant(s) (HJ 633-2012 §3.3); basis ''exceedance'': only days with AQI > 100';
COMMENT ON FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary) IS
	'good days over AQI days as a rate (优良天数比例, HJ 633-2012 Table 2 levels I-II)';
COMMENT ON FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, text, text) IS
	'days with the pollutant primary (HJ 633-2012 §3.3) over exceedance days (basis ''exceedance'', national bulletins) or over days with a primary pollutant (''primary'')';
COMMENT ON FUNCTION @extschema@.report_concentration(text, double precision) IS
	'a concentration at reporting precision (GB/T 8170): integer µg/m³, CO to 0.1 mg/m³';

-- noise (HJ 640-2012, GB 3096-2008)
COMMENT ON FUNCTION @extschema@.noise_grade(double precision, text, text) IS
	'the HJ 640-2012 grade of a mean level rounded to 0.1 dB: kind regional (Tables 1-2) or road_traffic (Table 3), period day or night';
COMMENT ON FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade) IS
	'the grade number 1..5 (HJ 640-2012); the function of the cast to integer';
COMMENT ON CAST (@extschema@.noise_grade AS integer) IS 'the grade number 1..5 (HJ 640-2012)';
COMMENT ON FUNCTION @extschema@.label(@extschema@.noise_grade, text) IS
	'the HJ 640-2012 wording of the grade: 好, 较好, 一般, 较差, 差 (zh) or good .. poor (en)';
COMMENT ON FUNCTION @extschema@.noise_limit(text, text) IS
	'the GB 3096-2008 Table 1 limit L_Aeq in dB(A) of a functional zone (0, 1, 2, 3, 4a, 4b) by day or night';
COMMENT ON FUNCTION @extschema@.noise_compliant(double precision, text, text) IS
	'the level, rounded to 0.1 dB, is at most its zone''s GB 3096-2008 Table 1 limit';
COMMENT ON FUNCTION @extschema@.noise_period(timestamp) IS
	'day (06:00-22:00) or night of a local timestamp (GB 3096-2008 §3)';
COMMENT ON AGGREGATE @extschema@.leq_mean(double precision) IS
	'the energy mean 10·lg((1/n)·Σ 10^(0.1·L_i)) of equivalent levels: day L_d and night L_n of GB 3096-2008 (the clause printing the discrete form is unconfirmed)';
COMMENT ON AGGREGATE @extschema@.length_weighted_mean(double precision, double precision) IS
	'the road traffic noise mean Σ(l_i·L_i) / Σ l_i over monitored segments (HJ 640-2012 road traffic monitoring)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.noise_grade) IS 'the worst grade of the group (HJ 640-2012)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.noise_grade) IS 'the best grade of the group (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.noise_grade, @extschema@.noise_grade) IS 'better grade (HJ 640-2012: 一级 best)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'better or the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.noise_grade, @extschema@.noise_grade) IS 'a different grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'worse or the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.noise_grade, @extschema@.noise_grade) IS 'worse grade (HJ 640-2012: 五级 worst)';

-- surface water (GB 3838-2002, 环办〔2011〕22号)
COMMENT ON FUNCTION @extschema@.water_class(text, double precision, text) IS
	'the GB 3838-2002 Table 1 class of one measured item for a river, lake or reservoir; NULL for 水温 and for 总氮 of a river';
COMMENT ON FUNCTION @extschema@.water_class_to_integer(@extschema@.water_class) IS
	'the class number 1..6 (劣V is 6, GB 3838-2002); the function of the cast to integer';
COMMENT ON CAST (@extschema@.water_class AS integer) IS 'the class number 1..6 (劣V is 6, GB 3838-2002)';
COMMENT ON FUNCTION @extschema@.status(@extschema@.water_class, text) IS
	'the section status word of 《地表水环境质量评价办法（试行）》: 优 (I-II), 良好 (III), 轻度污染 (IV), 中度污染 (V), 重度污染 (劣V)';
COMMENT ON FUNCTION @extschema@.is_good(@extschema@.water_class) IS 'class I-III (水质优良, 《地表水环境质量评价办法（试行）》)';
COMMENT ON FUNCTION @extschema@.exceedance(text, double precision, text) IS
	'超标倍数 (value - Cs) / Cs against the GB 3838-2002 class III limit Cs; NULL when not above it or not defined';
COMMENT ON AGGREGATE @extschema@.section_class(text, double precision) IS
	'the class of a river section by the single-factor method (单因子评价法, 《地表水环境质量评价办法（试行）》): the worst class of the items'' period means';
COMMENT ON AGGREGATE @extschema@.section_class(text, double precision, text) IS
	'the class of a river, lake or reservoir section by the single-factor method (《地表水环境质量评价办法（试行）》)';
COMMENT ON AGGREGATE @extschema@.exceeding_items(text, double precision) IS
	'the items worse than class III with their 超标倍数, worst first (《地表水环境质量评价办法（试行）》 主要污染指标)';
COMMENT ON AGGREGATE @extschema@.exceeding_items(text, double precision, text) IS
	'the items worse than class III with their 超标倍数, worst first, for a river, lake or reservoir';
COMMENT ON AGGREGATE @extschema@.water_status(@extschema@.water_class) IS
	'the status of a river, basin or region from its sections'' classes (断面水质类别比例法, 《地表水环境质量评价办法（试行）》); NULL with fewer than 5 sections';
COMMENT ON FUNCTION @extschema@.tli(double precision, double precision, double precision, double precision, double precision) IS
	'the comprehensive trophic level index TLI(Σ) of a lake (总站生字〔2001〕090号) from chlorophyll a, TP, TN, SD and CODMn';
COMMENT ON FUNCTION @extschema@.trophic_state(double precision, text) IS
	'the trophic state of a TLI(Σ) rounded to 0.1: 贫营养 .. 重度富营养 (总站生字〔2001〕090号)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.water_class) IS 'the worst class of the group (GB 3838-2002)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.water_class) IS 'the best class of the group (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.water_class, @extschema@.water_class) IS 'better class (GB 3838-2002: I best)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.water_class, @extschema@.water_class) IS 'better or the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.water_class, @extschema@.water_class) IS 'the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.water_class, @extschema@.water_class) IS 'a different class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.water_class, @extschema@.water_class) IS 'worse or the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.water_class, @extschema@.water_class) IS 'worse class (GB 3838-2002: 劣V worst)';
