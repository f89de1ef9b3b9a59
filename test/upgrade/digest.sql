-- One line per stored column of an ecoinsp type in the schema upg (tables
-- and materialized views, rows ordered by their id column): relation.column,
-- the number of values, the md5 of what their text forms read back as and
-- of their binary (send) forms.  Generic: the columns are found in the catalog, and every
-- base type of the extension must be among them (a line "missing TYPE"
-- otherwise).  psql -v rel_prefix=... limits it to relations named so.
\pset format unaligned
\pset tuples_only on
\set ON_ERROR_STOP 1
CREATE TEMP VIEW ext_types AS
SELECT t.oid, t.typsend
FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
	 JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e' AND t.typtype = 'b'
  AND NOT EXISTS (SELECT FROM pg_type a WHERE a.typarray = t.oid);	-- members from 17 on
CREATE TEMP VIEW stored_columns AS
SELECT c.oid::regclass AS rel, c.relname, a.attname, a.atttypid, t.typsend
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN ext_types t ON t.oid = a.atttypid
WHERE c.relnamespace = 'upg'::regnamespace AND c.relkind IN ('r', 'm') AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relname LIKE :'rel_prefix' || '%';

SELECT 'missing ' || format_type(oid, NULL) FROM ext_types
WHERE oid NOT IN (SELECT atttypid FROM stored_columns) ORDER BY 1;

-- The text form is compared by what it reads back as (the binary form of
-- value::text::type), not letter by letter: a minor version may print a
-- type differently (1.1 prints air_summary in base64 instead of hex) as
-- long as the old text still reads as the same value (docs/upgrades.md).
SELECT format($q$SELECT %L, count(%I), md5(string_agg(encode(%s(%I::text::%s), 'hex'), ',' ORDER BY id)),
						md5(string_agg(encode(%s(%I), 'hex'), ',' ORDER BY id)) FROM %s$q$,
			  relname || '.' || attname, attname, typsend, attname, format_type(atttypid, NULL),
			  typsend, attname, rel)
FROM stored_columns ORDER BY relname, attname
\gexec
