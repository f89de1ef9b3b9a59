/*
 * The stored form of an exact sum (the serialized aggregate states of
 * sum(rate), rate_agg, leq_mean, length_weighted_mean and the water section
 * aggregates): any bytes are either refused or read as a value whose stored
 * form is exactly the bytes read, and whose compact form, when it has one,
 * holds the same value.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "core/exact_sum.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	EcoExactSum s;
	EcoXsum		c;
	uint8_t		out[ECO_XSUM_STORED_MAX];
	size_t		n = eco_xsum_read(&s, data, size);
	size_t		written;
	double		r1;
	double		r2;

	if (n == 0)
		return 0;
	if (n > size)
		abort();
	written = eco_xsum_write(&s, out);
	if (written != n || memcmp(out, data, n) != 0)
		abort();
	if (eco_xs_from_full(&c, &s))
	{
		bool		ok1 = eco_xsum_to_double(&s, &r1);
		bool		ok2 = eco_xs_to_double(&c, &r2);

		if (ok1 != ok2 || (ok1 && r1 != r2) || eco_xs_sign(&c) != eco_xsum_sign(&s))
			abort();
	}
	return 0;
}

size_t
fuzz_seed(int i, uint8_t *buf)
{
	static const double terms[] = {0.1, 1e20, -3.5, 1e-310, 1.7976931348623157e308, 42.0};
	EcoExactSum s;
	int			k;

	if (i >= 6)
		return 0;
	eco_xsum_init(&s);
	for (k = 0; k <= i; k++)
		eco_xsum_add(&s, terms[k]);
	return eco_xsum_write(&s, buf);
}
