/* Non-detects: the convention argument's names and what each convention counts. */
#include "unit.h"
#include "core/nondetect.h"

#include <string.h>

static int
convention_named(const char *name)
{
	int			c = -1;

	return eco_name_lookup(&eco_nd_convention_names, name, (int) strlen(name), &c) ? c : -1;
}

int
main(void)
{
	bool		detected = true;
	bool		has_limit = true;
	double		value = -1;
	char		hint[256];

	CHECK(convention_named("half_limit") == ECO_ND_HALF_LIMIT, "half_limit");
	CHECK(convention_named("Half Limit") == ECO_ND_HALF_LIMIT, "Half Limit");
	CHECK(convention_named("half") == ECO_ND_HALF_LIMIT, "half");
	CHECK(convention_named("limit") == ECO_ND_LIMIT, "limit");
	CHECK(convention_named("ZERO") == ECO_ND_ZERO, "ZERO");
	CHECK(convention_named("quarter") == -1, "quarter");
	CHECK(convention_named("halflimits") == -1, "halflimits");
	CHECK(convention_named("") == -1, "empty");
	CHECK(eco_nondetect_value(ECO_ND_HALF_LIMIT, 0.01) == 0.005, "half of 0.01");
	CHECK(eco_nondetect_value(ECO_ND_HALF_LIMIT, 3) == 1.5, "half of 3");
	CHECK(eco_nondetect_value(ECO_ND_LIMIT, 0.01) == 0.01, "the limit");
	CHECK(eco_nondetect_value(ECO_ND_ZERO, 0.01) == 0.0, "zero");
	CHECK(eco_nondetect_value(ECO_ND_LIMIT, 0) == 0.0 && eco_nondetect_value(ECO_ND_HALF_LIMIT, 0) == 0.0,
		  "a zero limit");
	eco_name_hint(&eco_nd_convention_names, hint, sizeof(hint));
	CHECK(strcmp(hint, "Accepted conventions (case-insensitive): half_limit, limit, zero; half_limit (half the detection limit, 环办监测函〔2020〕82号) is the default, limit an upper bound.") == 0,
		  "hint %s", hint);

	/* the words of a non-detect without its limit, folded */
	CHECK(eco_nondetect_read("N.D.", 4, &detected, &has_limit, &value) == ECO_ND_OK &&
		  !detected && !has_limit, "N.D.");
	detected = has_limit = true;
	CHECK(eco_nondetect_read(" nd ", 4, &detected, &has_limit, &value) == ECO_ND_OK &&
		  !detected && !has_limit, "nd");
	detected = has_limit = true;
	CHECK(eco_nondetect_read("未检出", (int) strlen("未检出"), &detected, &has_limit, &value) == ECO_ND_OK &&
		  !detected && !has_limit, "未检出");
	detected = has_limit = true;
	CHECK(eco_nondetect_read("未检", (int) strlen("未检"), &detected, &has_limit, &value) == ECO_ND_OK &&
		  !detected && !has_limit, "未检");
	CHECK(eco_nondetect_read("NDX", 3, &detected, &has_limit, &value) == ECO_ND_MALFORMED, "NDX");
	CHECK(eco_nondetect_read("N", 1, &detected, &has_limit, &value) == ECO_ND_MALFORMED, "N");
	CHECK(eco_nondetect_read("0.01L", 5, &detected, &has_limit, &value) == ECO_ND_OK &&
		  !detected && has_limit && value == 0.01, "0.01L");
	return UNIT_DONE("test_nondetect");
}
