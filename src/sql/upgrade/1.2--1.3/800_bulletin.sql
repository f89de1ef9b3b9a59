
-- ---------------------------------------------------------------------------
-- Bulletin sentences: bulletin_lang reads the lang argument through the
-- label languages' name table, in C, as category(aqi, lang) and the other
-- label functions do (1.2's PL/pgSQL accepted only lower() of 'zh' and
-- 'en', and refused ' EN' or 'e-n', which the labels accept); the three
-- helpers get the comment that calls them support functions.
-- ---------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@.bulletin_lang(lang text) RETURNS text
AS 'MODULE_PATHNAME', 'bulletin_lang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.bulletin_lang(text) IS
	'support function of the sentence functions (air_sentence, noise_sentence, ...), not for direct use: the label language ''zh'' or ''en'' of a lang argument, read as category(aqi, lang) reads it';
COMMENT ON FUNCTION @extschema@.bulletin_change(numeric, text, text, text, text, text, text) IS
	'support function of the sentence functions, not for direct use: a year-over-year change in the words of a bulletin (同比下降8.9% / down 8.9%)';
COMMENT ON FUNCTION @extschema@.bulletin_pp_change(bigint, bigint, bigint, bigint) IS
	'support function of the sentence functions, not for direct use: the change in percentage points between two shares given as counts, from the exact shares, rounded to 0.1 (GB/T 8170-2008)';
