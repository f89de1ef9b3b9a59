/*
 * A minimal unit-test harness for the pure C core: CHECK counts, prints the
 * failing checks, and UNIT_DONE prints "FILE: N passed, N failed" (the line
 * the test runner adds up).
 */
#ifndef ECOINSP_UNIT_H
#define ECOINSP_UNIT_H

#include <stdio.h>

static int	unit_passed;
static int	unit_failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			printf("not ok: "); \
			printf(__VA_ARGS__); \
			printf("  [%s:%d: %s]\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define UNIT_DONE(name) \
	(printf("%s: %d passed, %d failed\n", (name), unit_passed, unit_failed), \
	 unit_failed != 0)

#endif
