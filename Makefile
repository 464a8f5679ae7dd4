# looplab - one Makefile. `make` builds build/looplab; `make check` runs every test;
# `make run` installs missing packages, builds and starts the tutor. V=1 shows commands.

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
HOSTCC  ?= $(CC)
PKG_CONFIG ?= pkg-config

ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @printf '  %-6s %s\n' '$(1)' '$(2)'
endif

WARN := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wformat=2 -Wpointer-arith -Wundef -Wvla -Wwrite-strings -Wold-style-definition \
        -Wimplicit-fallthrough
OPT   ?= -O2 -g
PKGS  := ncursesw sqlite3 libedit libcmark-gfm

# The event loop's selector backend is chosen here: epoll on Linux, kqueue on the BSDs
# and macOS, poll everywhere else (override with LOOP_BACKEND=poll to test it).
UNAME := $(shell uname -s)
ifeq ($(UNAME),Linux)
LOOP_BACKEND ?= epoll
else ifneq ($(filter Darwin FreeBSD OpenBSD NetBSD DragonFly,$(UNAME)),)
LOOP_BACKEND ?= kqueue
else
LOOP_BACKEND ?= poll
endif

PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lcmark-gfm-extensions

CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc -I$(BUILD)/gen
ALL_CFLAGS = -std=c11 $(WARN) $(OPT) $(SANFLAGS) $(EXTRA_CFLAGS) -MMD -MP $(CPPFLAGS) $(PKG_CFLAGS)
LDLIBS  = $(PKG_LIBS) -lm -lpthread

SELECT_ALL := $(wildcard src/loop/select_*.c)
SRCS := $(filter-out $(SELECT_ALL),$(wildcard src/*.c src/*/*.c)) \
        $(wildcard src/loop/select_$(LOOP_BACKEND).c)
OBJS := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/gen/builtin.o
LIB_OBJS := $(filter-out $(BUILD)/src/main.o,$(OBJS))

CONTENT := $(sort $(wildcard content/lessons/*.md content/demos/*.py quiz/*.md))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_OBJS := $(UNIT_SRCS:%.c=$(BUILD)/%.o) $(BUILD)/tests/unit/runner.o

BIN  := $(BUILD)/looplab
UNIT := $(BUILD)/unit-tests

.PHONY: all run check asan bench install uninstall clean deps fuzz fuzz-bins
all: $(BIN)

$(BIN): $(OBJS)
	$(call say,LINK,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: %.c
	$(call say,CC,$<)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The built-in curriculum, compiled in.
$(BUILD)/embed: scripts/embed.c
	@mkdir -p $(dir $@)
	$(Q)$(HOSTCC) -std=c11 -O1 -o $@ $<

$(BUILD)/gen/builtin.c: $(BUILD)/embed $(CONTENT)
	$(call say,EMBED,$(words $(CONTENT)) files)
	@mkdir -p $(dir $@)
	$(Q)$(BUILD)/embed $@ $(CONTENT)

$(BUILD)/gen/builtin.o: $(BUILD)/gen/builtin.c
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Unit tests: every TEST(name) in tests/unit/test_*.c, collected into one list.
$(BUILD)/gen/unit_list.h: $(UNIT_SRCS)
	@mkdir -p $(dir $@)
	$(Q)sed -n 's/^TEST(\([A-Za-z0-9_]*\)).*/X(\1)/p' $(UNIT_SRCS) > $@.tmp && mv $@.tmp $@

$(BUILD)/tests/unit/runner.o: $(BUILD)/gen/unit_list.h

$(UNIT): $(UNIT_OBJS) $(LIB_OBJS)
	$(call say,LINK,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $(UNIT_OBJS) $(LIB_OBJS) $(LDLIBS)

check: deps
	$(Q)$(MAKE) --no-print-directory $(BIN) $(UNIT) $(FUZZ_REPLAY)
	@sh tests/run.sh $(BIN) $(UNIT)

# The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer, with the
# mini-Python's garbage collector running on every allocation.
asan:
	$(Q)LOOPLAB_SANITIZE=1 ASAN_OPTIONS=fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(MAKE) --no-print-directory BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    SANFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	    EXTRA_CFLAGS="-DPY_DEBUG_STRESS_GC" check

deps:
	@sh scripts/deps.sh

# Fuzzing with clang's libFuzzer (tests/fuzz/README.md): builds one binary per target in
# build/fuzz and runs each for FUZZ_SECONDS. fuzz-replay feeds the saved crashers through
# the same entry points in `make check` (tests/e2e/fuzz.sh).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := py-compile py-run content
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(BUILD)/fuzz-%)
FUZZ_OBJS    := $(BUILD)/tests/fuzz/targets.o $(BUILD)/tests/fuzz/replay.o
FUZZ_REPLAY  := $(BUILD)/fuzz-replay

fuzz:
	$(Q)$(MAKE) --no-print-directory BUILD=build/fuzz CC=$(FUZZ_CC) OPT="-O1 -g -fno-omit-frame-pointer" \
	    SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" fuzz-bins
	@sh tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-bins: $(FUZZ_BINS)

$(FUZZ_BINS): $(BUILD)/fuzz-%: tests/fuzz/entry.c $(BUILD)/tests/fuzz/targets.o $(LIB_OBJS)
	$(call say,LINK,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -DFUZZ_ENTRY=fuzz_$(subst -,_,$*)_one -o $@ $^ $(LDLIBS)

$(FUZZ_REPLAY): $(FUZZ_OBJS) $(LIB_OBJS)
	$(call say,LINK,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

run: deps
	$(Q)$(MAKE) --no-print-directory $(BIN)
	@$(BIN)

bench: $(BIN)
	@sh bench/run.sh $(BIN)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/looplab
	install -m 0644 man/looplab.1 $(DESTDIR)$(PREFIX)/share/man/man1/looplab.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/looplab $(DESTDIR)$(PREFIX)/share/man/man1/looplab.1

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(UNIT_OBJS:.o=.d) $(FUZZ_OBJS:.o=.d)
