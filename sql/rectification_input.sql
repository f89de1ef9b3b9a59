-- Issue 8 §4: rectification_summary's text form is accepted only as
-- rectification_summary_out writes it: as_of=YYYY-MM-DD with four, two and
-- two ASCII digits; no sign, no blank, no line break or tab anywhere.
CREATE FUNCTION pg_temp.try(input text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN input::rectification_summary::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
SELECT replace(replace(form, E'\n', '\n'), E'\t', '\t') AS form, pg_temp.try(form || ',total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0') AS result
  FROM (VALUES ('as_of=2024-06-30'),		-- the documented form
			   ('as_of=0001-01-01'),
			   ('as_of= 024-06-30'),
			   ('as_of=+024-06-30'),
			   ('as_of=-024-06-30'),
			   ('as_of=2024-+6-+1'),
			   ('as_of=2024- 6- 1'),
			   ('as_of=2024-6-30'),
			   ('as_of=24-06-30'),
			   ('as_of=20240-06-30'),
			   (E'as_of=\n2024-06-30'),
			   (E'as_of=\t2024-06-30'),
			   (E'as_of=2024-06-\n30'),
			   (E'as_of=2024-\t06-30'),
			   ('as_of=2024-06-3'),
			   ('as_of=2024-06'),
			   ('as_of='),
			   (' as_of=2024-06-30'),
			   ('AS_OF=2024-06-30')) AS t(form);
-- blanks and line breaks between the counts are refused too
SELECT pg_temp.try(E'as_of=2024-06-30,total=\n0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0');
SELECT pg_temp.try(E'as_of=2024-06-30,total=0\t,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0');
SELECT pg_temp.try(E'as_of=2024-06-30,total=+0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0');
-- the error names the type and gives the form
SELECT 'as_of=+024-06-30,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
