/*
 * Fuzz targets for the core's byte and text readers.  Each target defines
 * LLVMFuzzerTestOneInput (libFuzzer's entry point; `make fuzz` runs them
 * coverage-guided under clang's sanitizers) and fuzz_seed, which writes
 * valid inputs that driver.c mutates when the test command runs the same
 * targets deterministically without libFuzzer.  A target calls abort() when
 * a property of the reader fails; a crash is a failure by itself.
 */
#ifndef ECOINSP_FUZZ_H
#define ECOINSP_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#define FUZZ_MAX_INPUT 65536

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes the i-th seed into buf (at most FUZZ_MAX_INPUT bytes); its length, or 0 when there are no more. */
size_t		fuzz_seed(int i, uint8_t *buf);

#endif
