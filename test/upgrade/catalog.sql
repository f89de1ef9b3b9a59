-- Every catalog fact about the extension ecoinsp, one line each, with no
-- OIDs (objects are named by pg_describe_object, regprocedure, regtype,
-- regoperator), so that two databases' outputs can be compared with diff:
-- test/upgrade/run.sh compares a database updated from 1.0 with a fresh
-- install.  Generic: it reads the members from pg_depend (deptype 'e'), so
-- objects added by any later version are covered without being listed.
\pset format unaligned
\pset tuples_only on
SET search_path = public, pg_catalog;
CREATE TEMP VIEW m AS
SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, d.objsubid) AS what
FROM pg_depend d JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e';

SELECT 'extension', extversion, extrelocatable, n.nspname,
	   (SELECT array_agg(c::regclass::text ORDER BY c::regclass::text) FROM unnest(extconfig) AS c), extcondition
FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE extname = 'ecoinsp';

SELECT 'member', what FROM m ORDER BY 2;

-- functions, procedures, aggregates: everything pg_proc says
SELECT 'function', p.oid::regprocedure, p.prokind, p.provolatile, p.proisstrict, p.proparallel,
	   p.prosecdef, p.proleakproof, p.procost, p.prorows, p.provariadic::regtype, p.prosupport::regprocedure,
	   p.prorettype::regtype, p.proretset, p.proargnames, p.proargmodes,
	   pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), l.lanname,
	   p.prosrc, p.probin, p.proconfig, p.proacl,
	   CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END
FROM pg_proc p JOIN m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
	 JOIN pg_language l ON l.oid = p.prolang
ORDER BY p.oid::regprocedure::text;

SELECT 'aggregate', a.aggfnoid::regprocedure, a.aggkind, a.aggnumdirectargs,
	   a.aggtransfn::regprocedure, a.aggfinalfn::regprocedure, a.aggcombinefn::regprocedure,
	   a.aggserialfn::regprocedure, a.aggdeserialfn::regprocedure,
	   a.aggmtransfn::regprocedure, a.aggminvtransfn::regprocedure, a.aggmfinalfn::regprocedure,
	   a.aggfinalextra, a.aggmfinalextra, a.aggfinalmodify, a.aggmfinalmodify,
	   a.aggsortop::regoperator, a.aggtranstype::regtype, a.aggtransspace,
	   a.aggmtranstype::regtype, a.aggmtransspace, a.agginitval, a.aggminitval
FROM pg_aggregate a JOIN m ON m.classid = 'pg_proc'::regclass AND m.objid = a.aggfnoid
ORDER BY a.aggfnoid::regprocedure::text;

SELECT 'operator', o.oid::regoperator, o.oprkind, o.oprcanmerge, o.oprcanhash, o.oprresult::regtype,
	   o.oprcom::regoperator, o.oprnegate::regoperator, o.oprcode::regprocedure,
	   o.oprrest::regprocedure, o.oprjoin::regprocedure
FROM pg_operator o JOIN m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid
ORDER BY o.oid::regoperator::text;

SELECT 'type', t.oid::regtype, t.typlen, t.typbyval, t.typtype, t.typcategory, t.typispreferred,
	   t.typisdefined, t.typdelim, t.typelem::regtype, t.typarray::regtype,
	   t.typinput::regprocedure, t.typoutput::regprocedure, t.typreceive::regprocedure, t.typsend::regprocedure,
	   t.typmodin::regprocedure, t.typmodout::regprocedure, t.typanalyze::regprocedure,
	   t.typalign, t.typstorage, t.typnotnull, t.typbasetype::regtype, t.typtypmod, t.typndims,
	   t.typcollation <> 0, t.typdefault, t.typacl,
	   (SELECT string_agg(format('%s %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
		FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
FROM pg_type t JOIN m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
ORDER BY t.oid::regtype::text;

SELECT 'cast', c.castsource::regtype, c.casttarget::regtype, c.castfunc::regprocedure, c.castcontext, c.castmethod
FROM pg_cast c JOIN m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
ORDER BY c.castsource::regtype::text, c.casttarget::regtype::text;

SELECT 'opfamily', am.amname, f.opfname
FROM pg_opfamily f JOIN pg_am am ON am.oid = f.opfmethod
	 JOIN m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid
ORDER BY 2, 3;

SELECT 'opclass', am.amname, c.opcname, f.opfname, c.opcintype::regtype, c.opcdefault, c.opckeytype::regtype
FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
	 JOIN m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid
ORDER BY 2, 3;

-- the operators and support functions of the extension's operator families
SELECT 'amop', am.amname, f.opfname, o.amoplefttype::regtype, o.amoprighttype::regtype, o.amopstrategy,
	   o.amoppurpose, o.amopopr::regoperator, o.amopsortfamily
FROM pg_amop o JOIN pg_opfamily f ON f.oid = o.amopfamily JOIN pg_am am ON am.oid = o.amopmethod
	 JOIN m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid
ORDER BY 2, 3, o.amoplefttype::regtype::text, o.amoprighttype::regtype::text, 6;

SELECT 'amproc', am.amname, f.opfname, p.amproclefttype::regtype, p.amprocrighttype::regtype, p.amprocnum,
	   p.amproc::regprocedure
FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
	 JOIN m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid
ORDER BY 2, 3, p.amproclefttype::regtype::text, p.amprocrighttype::regtype::text, 6;

-- tables, views, sequences the extension owns
SELECT 'relation', c.oid::regclass, c.relkind, c.relacl,
	   (SELECT string_agg(format('%s %s %s', a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull), ', '
						  ORDER BY a.attnum)
		FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
	   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
	   (SELECT string_agg(pg_get_constraintdef(k.oid), '; ' ORDER BY k.conname)
		FROM pg_constraint k WHERE k.conrelid = c.oid),
	   (SELECT string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY 1)
		FROM pg_index i WHERE i.indrelid = c.oid)
FROM pg_class c JOIN m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
ORDER BY c.oid::regclass::text;

-- comments on every member and on its parts (columns)
SELECT 'comment', m.what, s.objsubid, s.description
FROM pg_description s JOIN m ON m.classid = s.classoid AND m.objid = s.objoid
ORDER BY 2, 3;

-- members without a comment, listed so that a comment lost on one side shows
SELECT 'uncommented', m.what FROM m
WHERE NOT EXISTS (SELECT FROM pg_description s WHERE s.classoid = m.classid AND s.objoid = m.objid AND s.objsubid = 0)
ORDER BY 2;
