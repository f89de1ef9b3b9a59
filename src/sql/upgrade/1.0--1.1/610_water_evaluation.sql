-- The water section aggregates sum each item exactly (issue 8 §3: the same
-- class in every plan): the state now holds 24 exact sums, and its declared
-- size says so.  Same support functions, new SSPACE.

-- 单因子评价法: the class of a section over one row per measurement, the
-- worst class among the items' period means, leaving out 水温, 总氮 and
-- 粪大肠菌群.
CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 968,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 968,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

-- The evaluated items whose period mean is worse than class III, worst
-- first: '总磷(0.3)、氨氮(0.1)' with the 超标倍数 to one decimal; '' when none.
CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 968,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 968,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);
