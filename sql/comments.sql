-- Every user-facing object of the extension has a COMMENT (docs/contributing.md):
-- types, functions, aggregates, operators, casts and the columns of the
-- report types, found through pg_depend so that objects added later by
-- anyone are checked too.  Support functions are exempt only when their
-- name follows the convention documented in src/sql/900_comments.sql and
-- docs/bi.md AND the catalogs use them as support (type I/O, aggregate,
-- operator, operator class, cast); the sentence functions' bulletin_*
-- helpers are commented as support functions (1.3).
-- Expected: empty lists.
CREATE TEMP VIEW ext_members AS
SELECT d.classid, d.objid
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e';
CREATE TEMP VIEW support_named AS
SELECT p.oid FROM pg_proc p
WHERE p.proname ~ '^(.+_(in|out|recv|send|cmp|eq|ne|lt|le|gt|ge|hash|hash_extended|larger|smaller|trans|transfn|final|combine|serialize|deserialize|invfn|merge|json|jsonb)|(aqi|int4)_(eq|ne|lt|le|gt|ge)_(int4|aqi))$';
CREATE TEMP VIEW used_as_support AS
SELECT typinput AS oid FROM pg_type UNION SELECT typoutput FROM pg_type
UNION SELECT typreceive FROM pg_type UNION SELECT typsend FROM pg_type
UNION SELECT aggtransfn FROM pg_aggregate UNION SELECT aggfinalfn FROM pg_aggregate
UNION SELECT aggcombinefn FROM pg_aggregate UNION SELECT aggserialfn FROM pg_aggregate
UNION SELECT aggdeserialfn FROM pg_aggregate UNION SELECT aggmtransfn FROM pg_aggregate
UNION SELECT aggminvtransfn FROM pg_aggregate UNION SELECT aggmfinalfn FROM pg_aggregate
UNION SELECT oprcode FROM pg_operator UNION SELECT amproc FROM pg_amproc
UNION SELECT castfunc FROM pg_cast;
SELECT count(*) > 100 AS extension_has_many_functions
FROM ext_members WHERE classid = 'pg_proc'::regclass;
-- functions and aggregates without a comment, not exempt
SELECT p.oid::regprocedure AS function_without_comment
FROM ext_members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE obj_description(p.oid, 'pg_proc') IS NULL
  AND (p.oid NOT IN (SELECT oid FROM support_named)
	   OR p.oid NOT IN (SELECT oid FROM used_as_support))
ORDER BY p.oid::regprocedure::text;
-- the exempt support functions exist (the convention is in use)
SELECT count(*) > 50 AS support_functions_by_convention
FROM ext_members m JOIN support_named s ON m.classid = 'pg_proc'::regclass AND s.oid = m.objid;
-- types (base, composite) without a comment
SELECT t.oid::regtype AS type_without_comment
FROM ext_members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
WHERE obj_description(t.oid, 'pg_type') IS NULL
  AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)	-- array types: members from 17 on
ORDER BY t.oid::regtype::text;
-- columns of the extension's composite types without a comment
SELECT t.oid::regtype AS composite, a.attname AS column_without_comment
FROM ext_members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
WHERE t.typtype = 'c' AND col_description(t.typrelid, a.attnum) IS NULL ORDER BY t.oid::regtype::text, 2;
-- operators without a comment
SELECT o.oid::regoperator AS operator_without_comment
FROM ext_members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
WHERE obj_description(o.oid, 'pg_operator') IS NULL ORDER BY o.oid::regoperator::text;
-- casts without a comment
SELECT format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) AS cast_without_comment
FROM ext_members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
WHERE obj_description(c.oid, 'pg_cast') IS NULL ORDER BY 1;
-- comments are English sentences naming what they describe, not empty
SELECT p.oid::regprocedure AS empty_comment
FROM ext_members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE length(obj_description(p.oid, 'pg_proc')) < 15 ORDER BY p.oid::regprocedure::text;
