# The core unit tests built incrementally (make -f test/mutation/core.mk),
# for test/mutation/plant.py: a plant recompiles one core file, not the core
# once per test as test/run-core-tests.sh does.
B := test/.build/mutation
CFLAGS := -std=c99 -O1 -Wall -Wextra -Werror -pedantic -Isrc -Itest/core -Itest/fuzz
CORE_OBJS := $(patsubst src/core/%.c,$(B)/core/%.o,$(wildcard src/core/*.c))
TESTS := $(patsubst test/core/%.c,$(B)/%,$(wildcard test/core/test_*.c))

.PHONY: check
check: $(TESTS)
	@status=0; for t in $(TESTS); do $$t >/dev/null || { echo "$$t failed"; status=1; }; done; exit $$status

$(B)/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(@D)
	gcc $(CFLAGS) -c -o $@ $<

$(B)/%.o: test/core/%.c $(wildcard src/core/*.h test/core/*.h)
	@mkdir -p $(@D)
	gcc $(CFLAGS) -c -o $@ $<

$(B)/test_%: $(B)/test_%.o $(CORE_OBJS)
	gcc -o $@ $^ -lm
