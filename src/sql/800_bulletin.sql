
-- ---------------------------------------------------------------------------
-- Bulletin sentences (new in 1.1): the standard sentences of a national or
-- municipal environmental bulletin (环境状况公报), written from the
-- summaries in Chinese ('zh', the default) or English ('en').  A previous
-- period's summary, when given, adds the year-over-year parts (同比);
-- figures that are NULL leave their clause out.  Percentages and changes
-- are rounded per GB/T 8170-2008 §3.3 (round_gb8170, pct).
-- ---------------------------------------------------------------------------

-- 'zh' or 'en', read as every label language argument is (the same name
-- table as category(aqi, lang), so the sentences accept what the labels
-- accept), else 22023.  C since 1.3.  Support function of the sentence
-- functions below.
CREATE FUNCTION @extschema@.bulletin_lang(lang text) RETURNS text
AS 'MODULE_PATHNAME', 'bulletin_lang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- A change in the words of a bulletin: the magnitude (always positive) and
-- the word for its direction, e.g. 同比下降8.9% / down 8.9%.  Support
-- function of the sentence functions below.
CREATE FUNCTION @extschema@.bulletin_change(delta numeric, unit text, up_zh text, down_zh text,
											up_en text, down_en text, lang text)
	RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN CASE
		WHEN delta OPERATOR(pg_catalog.=) 0 THEN
			CASE lang WHEN 'zh' THEN '同比持平' ELSE 'unchanged' END
		WHEN lang OPERATOR(pg_catalog.=) 'zh' THEN
			'同比' OPERATOR(pg_catalog.||)
			CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_zh ELSE down_zh END
			OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text OPERATOR(pg_catalog.||) unit
		ELSE CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_en ELSE down_en END
			OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text
			OPERATOR(pg_catalog.||) CASE unit WHEN '%' THEN '%' WHEN '个百分点' THEN ' percentage points'
											  WHEN '天' THEN CASE WHEN pg_catalog.abs(delta) OPERATOR(pg_catalog.=) 1 THEN ' day' ELSE ' days' END WHEN '分贝' THEN ' dB(A)' ELSE unit END
	END;

-- The change in percentage points between two shares given as counts,
-- from the exact shares (pp_change), rounded to 0.1 (GB/T 8170-2008 §3.3);
-- not the difference of the two rounded percentages.  Support function of
-- the sentence functions below.
CREATE FUNCTION @extschema@.bulletin_pp_change(part bigint, whole bigint, previous_part bigint,
											 previous_whole bigint)
	RETURNS numeric
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.round_gb8170(@extschema@.pp_change(
		@extschema@.rate(part::double precision, whole::double precision),
		@extschema@.rate(previous_part::double precision, previous_whole::double precision)), 1);

-- The air paragraph: composite index and its change, PM2.5, good days and
-- their ratio, heavy-pollution days, and the primary pollutants' shares of
-- the exceedance days.  period labels a summary that is not a calendar
-- year ('2024年1月', 'January 2024'); the PM2.5 mean is then not called
-- annual (年均).
CREATE FUNCTION @extschema@.air_sentence(current @extschema@.air_summary,
										 previous @extschema@.air_summary DEFAULT NULL,
										 lang text DEFAULT 'zh', area text DEFAULT NULL,
										 period text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.air_report;
	p @extschema@.air_report;
	parts text[] := '{}';
	s text;
	shares text;
	note text := '';
BEGIN
	IF current IS NULL OR l IS NULL THEN
		RETURN NULL;
	END IF;
	c := @extschema@.air_report(current);
	IF previous IS NOT NULL THEN
		p := @extschema@.air_report(previous);
	END IF;
	-- GB 3095 Table 4: a calendar year (period NULL) by valid_year, another
	-- period (a month, year to date) by valid_period; the figures stay, the
	-- sentence says they rest on incomplete data
	IF (CASE WHEN period IS NULL THEN c.valid_year ELSE c.valid_period END) IS NOT TRUE THEN
		note := CASE l WHEN 'zh' THEN '本期有效监测数据不完整，未达到GB 3095表4的数据统计有效性规定。'
			ELSE ' The data of this period are incomplete: they do not meet the validity rules of GB 3095 Table 4.' END;
	END IF;
	IF l = 'zh' THEN
		s := coalesce(period, c.year || '年') || '，';
		IF c.composite_index IS NOT NULL THEN
			parts := parts || (coalesce(area, '全市') || '环境空气质量综合指数为' || c.composite_index
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
					'%'::text, '改善'::text, '变差'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.pm25 IS NOT NULL THEN
			parts := parts || ('PM2.5' || CASE WHEN period IS NULL THEN '年均' ELSE '平均' END || '浓度为' || c.pm25 || '微克/立方米'
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
					'%'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.good_day_pct IS NOT NULL THEN
			parts := parts || ('优良天数' || c.good_days || '天，优良天数比例为' || c.good_day_pct || '%'
				|| coalesce('，' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
					'个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
			parts := parts || ('重污染天数' || c.heavy_days || '天'
				|| coalesce('，' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
					'天'::text, '增加'::text, '减少'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.exceedance_days = 0 THEN
			parts := parts || '无超标天'::text;
		ELSIF c.exceedance_days > 0 THEN
			SELECT string_agg(CASE WHEN n = 1 THEN '以' || name || '为首要污染物的超标天数占总超标天数的' || v || '%'
								   ELSE '以' || name || '为首要污染物的占' || v || '%' END, '，' ORDER BY n)
			INTO shares
			FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
				  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, '臭氧', c.o3_primary_pct),
							   (3, 'PM10', c.pm10_primary_pct), (4, '二氧化氮', c.no2_primary_pct),
							   (5, '二氧化硫', c.so2_primary_pct), (6, '一氧化碳', c.co_primary_pct)) t(k, name, v)
				  WHERE v > 0) x;
			parts := parts || shares;
		END IF;
		RETURN s || array_to_string(parts, '；') || '。' || note;
	END IF;

	s := 'In ' || coalesce(period, c.year::text) || ', ';
	IF c.composite_index IS NOT NULL THEN
		parts := parts || (coalesce(area, 'the city') || '''s ambient air quality composite index was ' || c.composite_index
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
				'%'::text, ''::text, ''::text, 'an improvement of'::text, 'a deterioration of'::text, l) || ' year on year', ''));
	END IF;
	IF c.pm25 IS NOT NULL THEN
		parts := parts || ('the ' || CASE WHEN period IS NULL THEN 'annual ' ELSE '' END || 'mean PM2.5 concentration was ' || c.pm25 || ' µg/m³'
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
				'%'::text, ''::text, ''::text, 'up'::text, 'down'::text, l) || ' year on year', ''));
	END IF;
	IF c.good_day_pct IS NOT NULL THEN
		parts := parts || (c.good_days || ' days were good or excellent (AQI ≤ 100), ' || c.good_day_pct || '% of the days'
			|| coalesce(', ' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
				'个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
		parts := parts || (c.heavy_days || ' days were heavily polluted (AQI > 200)'
			|| coalesce(', ' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
				'天'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF c.exceedance_days = 0 THEN
		parts := parts || 'no day exceeded the standard'::text;
	ELSIF c.exceedance_days > 0 THEN
		SELECT string_agg(CASE WHEN n = 1 THEN name || ' was the primary pollutant on ' || v || '% of the days exceeding the standard'
							   ELSE name || ' on ' || v || '%' END, ', ' ORDER BY n)
		INTO shares
		FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
			  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, 'ozone', c.o3_primary_pct),
						   (3, 'PM10', c.pm10_primary_pct), (4, 'NO2', c.no2_primary_pct),
						   (5, 'SO2', c.so2_primary_pct), (6, 'CO', c.co_primary_pct)) t(k, name, v)
			  WHERE v > 0) x;
		parts := parts || shares;
	END IF;
	RETURN s || array_to_string(parts, '; ') || '.' || note;
END
$$;
COMMENT ON FUNCTION @extschema@.air_sentence(@extschema@.air_summary, @extschema@.air_summary, text, text, text) IS
	'the air paragraph of a bulletin in Chinese (zh) or English (en): composite index (城市环境空气质量排名技术规定) and its improvement, PM2.5 annual mean (HJ 663-2013), good and heavy days (HJ 633 Table 2), primary-pollutant shares of the exceedance days; year-over-year parts when previous is given; a closing note when the data miss the GB 3095 Table 4 validity rules (valid_year for a year, valid_period for another period)';

-- The rectification and petitions sentence (督察整改与信访).
CREATE FUNCTION @extschema@.rectification_sentence(current @extschema@.rectification_summary,
												   petitions @extschema@.rate DEFAULT NULL,
												   lang text DEFAULT 'zh')
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	r @extschema@.rectification_report;
	parts text[] := '{}';
BEGIN
	IF l IS NULL OR (current IS NULL AND petitions IS NULL) THEN
		RETURN NULL;
	END IF;
	IF current IS NOT NULL THEN
		r := @extschema@.rectification_report(current);
		IF l = 'zh' THEN
			parts := parts || ('截至' || to_char(r.as_of, 'YYYY"年"FMMM"月"FMDD"日"') || '，' || r.total
				|| '项督察反馈问题中，' || CASE WHEN r.due = 0 THEN '尚无问题到整改时限'
				ELSE r.due || '项已到整改时限，已完成' || r.completed_due || '项，完成率' || r.completion_pct
					|| '%（按期完成率' || r.on_time_pct || '%' || CASE WHEN r.overdue > 0
					THEN '，逾期未完成' || r.overdue || '项' ELSE '' END || '）' END);
		ELSE
			parts := parts || ('As of ' || to_char(r.as_of, 'FMDD FMMonth YYYY') || ', '
				|| CASE WHEN r.due = 0 THEN 'none of the ' || r.total || ' inspection feedback issues was due for rectification'
				ELSE r.due || ' of the ' || r.total || ' inspection feedback issues were due for rectification and '
					|| r.completed_due || ' of them had been completed (' || r.completion_pct || '%; '
					|| r.on_time_pct || '% on time' || CASE WHEN r.overdue > 0
					THEN ', ' || r.overdue || ' overdue' ELSE '' END || ')' END);
		END IF;
	END IF;
	IF @extschema@.denominator(petitions) > 0 THEN
		IF l = 'zh' THEN
			parts := parts || ('受理信访件' || @extschema@.denominator(petitions) || '件，办结'
				|| @extschema@.numerator(petitions) || '件，办结率' || @extschema@.pct(petitions, 1) || '%');
		ELSE
			parts := parts || (@extschema@.numerator(petitions) || ' of ' || @extschema@.denominator(petitions)
				|| ' petitions were resolved (' || @extschema@.pct(petitions, 1) || '%)');
		END IF;
	END IF;
	IF cardinality(parts) = 0 THEN
		RETURN NULL;
	END IF;
	RETURN CASE l WHEN 'zh' THEN array_to_string(parts, '；') || '。'
				  ELSE array_to_string(parts, '; ') || '.' END;
END
$$;
COMMENT ON FUNCTION @extschema@.rectification_sentence(@extschema@.rectification_summary, @extschema@.rate, text) IS
	'the rectification and petitions sentence in Chinese (zh) or English (en): issues due, completed, completion and on-time rates, overdue; petitions resolved (percentages per GB/T 8170-2008 §3.3)';

-- The noise sentence (声环境): the day and night mean levels, their HJ
-- 640-2012 grades, and the change from the previous period's levels.
CREATE FUNCTION @extschema@.noise_sentence(day_level double precision, night_level double precision,
										   kind text DEFAULT 'regional',
										   previous_day double precision DEFAULT NULL,
										   previous_night double precision DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	k text;
	d @extschema@.noise_report;
	n @extschema@.noise_report;
	parts text[] := '{}';
	subject text;
BEGIN
	IF l IS NULL OR kind IS NULL OR (day_level IS NULL AND night_level IS NULL) THEN
		RETURN NULL;
	END IF;
	-- the kind as noise_grade() reads it (22023 for an unknown name)
	k := @extschema@.noise_kind(kind);
	d := @extschema@.noise_report(day_level, k, 'day'::text);
	n := @extschema@.noise_report(night_level, k, 'night'::text);
	IF l = 'zh' THEN
		subject := coalesce(area, '全市') || CASE k WHEN 'regional' THEN '区域声环境' ELSE '道路交通声环境' END;
		IF d.level_db IS NOT NULL THEN
			parts := parts || ('昼间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| d.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || d.grade_name || '（' || d.label || '）');
		END IF;
		IF n.level_db IS NOT NULL THEN
			parts := parts || ('夜间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| n.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || n.grade_name || '（' || n.label || '）');
		END IF;
		RETURN subject || array_to_string(parts, '；') || '。';
	END IF;
	subject := CASE k WHEN 'regional' THEN 'Regional environmental noise' ELSE 'Road traffic noise' END
		|| coalesce(' in ' || area, '') || ': ';
	IF d.level_db IS NOT NULL THEN
		parts := parts || ('the daytime ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean equivalent level was ' || d.level_db || ' dB(A), grade ' || d.grade || ' (' || d.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF n.level_db IS NOT NULL THEN
		parts := parts || ('the night-time ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean was ' || n.level_db || ' dB(A), grade ' || n.grade || ' (' || n.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	RETURN subject || array_to_string(parts, '; ') || '.';
END
$$;
COMMENT ON FUNCTION @extschema@.noise_sentence(double precision, double precision, text, double precision, double precision, text, text) IS
	'the noise sentence in Chinese (zh) or English (en): day and night mean levels to 0.1 dB(A), their HJ 640-2012 grades (kind regional: Tables 1-2; road_traffic: Table 3) and the change from the previous levels';

-- The water sentence (地表水环境): the share of sections in class I-III and
-- worse than V, the change in percentage points, and the status word.
CREATE FUNCTION @extschema@.water_sentence(current @extschema@.water_report,
										   previous @extschema@.water_report DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.water_report := current;
	p @extschema@.water_report := previous;
BEGIN
	IF l IS NULL OR c.sections IS NULL OR c.sections = 0 THEN
		RETURN NULL;
	END IF;
	IF l = 'zh' THEN
		RETURN coalesce(area, '全市') || c.sections || '个地表水监测断面中，Ⅰ～Ⅲ类水质断面' || c.good_sections
			|| '个，占' || c.good_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| '；劣Ⅴ类断面' || c.class6 || '个，占' || c.worse_than_v_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| coalesce('；水质状况为' || c.status, '') || '。';
	END IF;
	RETURN 'Of the ' || c.sections || ' surface-water sections monitored' || coalesce(' in ' || area, '') || ', '
		|| c.good_sections || ' (' || c.good_pct || '%) ' || CASE c.good_sections WHEN 1 THEN 'was' ELSE 'were' END || ' in class I-III' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| '; ' || c.class6 || ' (' || c.worse_than_v_pct || '%) ' || CASE c.class6 WHEN 1 THEN 'was' ELSE 'were' END || ' worse than class V' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| coalesce('; the water quality was ' || c.status_en, '') || '.';
END
$$;
COMMENT ON FUNCTION @extschema@.water_sentence(@extschema@.water_report, @extschema@.water_report, text, text) IS
	'the surface-water sentence in Chinese (zh) or English (en): sections in GB 3838-2002 class I-III and worse than V, their change in percentage points, and the 《地表水环境质量评价办法（试行）》 status';

-- The helpers are support functions (1.3: commented, so that \df+ says so).
COMMENT ON FUNCTION @extschema@.bulletin_lang(text) IS
	'support function of the sentence functions (air_sentence, noise_sentence, ...), not for direct use: the label language ''zh'' or ''en'' of a lang argument, read as category(aqi, lang) reads it';
COMMENT ON FUNCTION @extschema@.bulletin_change(numeric, text, text, text, text, text, text) IS
	'support function of the sentence functions, not for direct use: a year-over-year change in the words of a bulletin (同比下降8.9% / down 8.9%)';
COMMENT ON FUNCTION @extschema@.bulletin_pp_change(bigint, bigint, bigint, bigint) IS
	'support function of the sentence functions, not for direct use: the change in percentage points between two shares given as counts, from the exact shares, rounded to 0.1 (GB/T 8170-2008)';
