
-- aqi_daily reads HJ 633-2012 concentrations at reporting precision from 1.3
-- (src/sql/420_aqi_rounding.sql); its comment says so (900_comments.sql).
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision) IS
	'the daily AQI (日报) from 24-hour means and the O3 daily maximum 8-hour mean: the largest IAQI (HJ 633-2012 §5, HJ 633-2026 §4), with its primary and exceeding pollutants; concentrations at reporting precision first (GB/T 8170, as bulletins and HJ 633-2026 §4.2.2; rounding => ''as_given'' for HJ 633-2012 read literally)';
