# tacitus — build, demo, check, bench, fuzz, install.
#
#   make            build libtacitus (static + shared) and the tacitus binary into $(BUILD)/
#   make demo       install missing Debian packages, build, code the example articles
#   make check      install missing Debian packages, build, run every test (plain + ASan/UBSan)
#   make bench      run the benchmarks, write bench/RESULTS.md
#   make fuzz       build the libFuzzer harnesses (clang) and fuzz each for FUZZ_SECONDS
#   make install    PREFIX=/usr/local DESTDIR=
#   make regen      regenerate committed generated tables (CI checks for no diff)
#
# Every source file under src/<stage>/ is picked up by wildcard: adding a module
# needs no edit here.

VERSION  := 0.1.0
PREFIX   ?= /usr/local
DESTDIR  ?=
BUILD    ?= build
CC       ?= cc
SAN      ?=
OPT      ?= -O2

PKGS     := icu-uc icu-i18n libutf8proc json-c md4c sqlite3 libxxhash libxml-2.0 libmicrohttpd zlib libpcre2-8
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -I$(shell pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpq -lpthread -lm

WARN     := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter -Wstrict-prototypes -Wmissing-prototypes
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE -g $(OPT) $(WARN) -fPIC -fvisibility=hidden \
              -Iinclude -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) \
              -DTAC_VERSION=\"$(VERSION)\" -DTAC_DATADIR=\"$(PREFIX)/share/tacitus\" $(SAN) $(CFLAGS)
LDFLAGS_ALL := $(SAN) $(LDFLAGS)

STAGES   := core ingest segment dict code resolve emit store ledger serve
LIB_SRC  := $(foreach s,$(STAGES),$(wildcard src/$(s)/*.c))
# Generated C sources: scripts/gen-NAME.sh OUT.c writes $(BUILD)/gen/NAME.c (and
# may write NAME.h beside it) from data/ and from Debian packages' data files.
GEN_NAMES := $(patsubst scripts/gen-%.sh,%,$(wildcard scripts/gen-*.sh))
GEN_C    := $(GEN_NAMES:%=$(BUILD)/gen/%.c)
CLI_SRC  := $(wildcard src/cli/*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(GEN_C:.c=.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

LIB_A    := $(BUILD)/libtacitus.a
LIB_SO   := $(BUILD)/libtacitus.so.0
BIN      := $(BUILD)/tacitus

.PHONY: all deps demo check check-fast check-asan bench fuzz install uninstall clean regen dict
all: $(BIN) $(LIB_A) $(LIB_SO) $(BUILD)/tacitus.pc $(BUILD)/data/tacitus.dict

# ---- generated sources (tables derived from data/ and Debian packages at build time)
# Which packages' data the generators found: a table generated without them
# (a build before `make deps` installed wordnet-base, festlex-poslex or
# iso-codes) is generated again once they are there; the stamp's name
# changes with what is installed.
PKGDATA := $(BUILD)/gen/pkgdata$(if $(wildcard $(or $(WORDNET_DIR),/usr/share/wordnet)/index.noun),-wn)$(if $(wildcard $(or $(POSLEX_DIR),/usr/share/festival/dicts)/*),-poslex)$(if $(wildcard $(or $(ISO_3166_JSON),/usr/share/iso-codes/json/iso_3166-1.json)),-iso)
$(PKGDATA):
	@mkdir -p $(BUILD)/gen
	@rm -f $(BUILD)/gen/pkgdata*
	@touch $@

$(BUILD)/gen/%.c: scripts/gen-%.sh $(shell find data -type f 2>/dev/null) $(PKGDATA)
	@mkdir -p $(BUILD)/gen
	sh $< $@

$(BUILD)/gen/.stamp: $(GEN_C)
	@mkdir -p $(BUILD)/gen
	@touch $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	@echo "  CC    $<"
	@$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -c $< -o $@

$(BUILD)/%.o: %.c $(BUILD)/gen/.stamp
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

$(LIB_A): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(LIB_SO): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libtacitus.so.0 $(LDFLAGS_ALL) -o $@ $^ $(PKG_LIBS)

$(BIN): $(CLI_OBJ) $(LIB_A)
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(LIB_A) $(PKG_LIBS)

$(BUILD)/tacitus.pc: tacitus.pc.in
	@mkdir -p $(BUILD)
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' -e 's|@REQUIRES@|$(PKGS)|g' $< > $@

# The built-in dictionary: the text files under data/dict, plus the entries
# generated at build time from Debian's iso-codes (scripts/gendict-*.sh write
# $(BUILD)/gen/dict/*.tac), compiled to the binary image.
$(BUILD)/gen/dict/.stamp: $(wildcard scripts/gendict-*.sh) $(shell find data -type f 2>/dev/null) $(PKGDATA)
	@mkdir -p $(BUILD)/gen/dict
	@for g in scripts/gendict-*.sh; do if [ -f "$$g" ]; then sh "$$g" $(BUILD)/gen/dict || exit 1; fi; done
	@touch $@

$(BUILD)/data/tacitus.dict: $(BIN) $(BUILD)/gen/dict/.stamp $(shell find data/dict -type f 2>/dev/null)
	@mkdir -p $(BUILD)/data
	@if [ -d data/dict ]; then $(BIN) dict compile data/dict $(BUILD)/gen/dict -o $@; else : > $@; fi

dict: $(BUILD)/data/tacitus.dict

# ---- unit tests (Criterion), linked against the static library
$(BUILD)/tests/%: tests/unit/%.c $(LIB_A)
	@mkdir -p $(dir $@)
	@echo "  TEST  $<"
	@$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(LIB_A) $(PKG_LIBS) -lcriterion

unit: $(UNIT_BIN)

# ---- the two set-up commands
deps:
	@sh scripts/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory all unit
	@$(MAKE) --no-print-directory BUILD=build-asan OPT=-O1 \
	   SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" all unit
	@sh tests/run.sh $(BUILD) build-asan

# plain build + tests only, for a fast edit loop (no sanitizer build)
check-fast: all unit
	@sh tests/run.sh $(BUILD)

bench: all
	@sh bench/run.sh $(BUILD)

fuzz:
	@sh fuzz/build.sh $(BUILD)-fuzz
	@sh fuzz/run.sh $(BUILD)-fuzz $${FUZZ_SECONDS:-60}

regen:
	@rm -rf $(BUILD)/gen
	@$(MAKE) --no-print-directory $(BUILD)/gen/.stamp $(BUILD)/gen/dict/.stamp

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	           $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/tacitus
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/tacitus
	install -m 644 $(LIB_A) $(DESTDIR)$(PREFIX)/lib/libtacitus.a
	install -m 755 $(LIB_SO) $(DESTDIR)$(PREFIX)/lib/libtacitus.so.0
	ln -sf libtacitus.so.0 $(DESTDIR)$(PREFIX)/lib/libtacitus.so
	install -m 644 include/tacitus.h $(DESTDIR)$(PREFIX)/include/tacitus.h
	install -m 644 $(BUILD)/tacitus.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/tacitus.pc
	install -m 644 tacitus.1 $(DESTDIR)$(PREFIX)/share/man/man1/tacitus.1
	install -m 644 $(BUILD)/data/tacitus.dict $(DESTDIR)$(PREFIX)/share/tacitus/tacitus.dict

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tacitus $(DESTDIR)$(PREFIX)/lib/libtacitus.* \
	      $(DESTDIR)$(PREFIX)/include/tacitus.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/tacitus.pc \
	      $(DESTDIR)$(PREFIX)/share/man/man1/tacitus.1
	rm -rf $(DESTDIR)$(PREFIX)/share/tacitus

clean:
	rm -rf build build-asan build-fuzz build-*

# ---- test and benchmark drivers (tests/tools/*.c, bench/*.c), linked like the
# unit tests and built with them
TOOL_SRC := $(wildcard tests/tools/*.c bench/*.c)
TOOL_BIN := $(TOOL_SRC:%.c=$(BUILD)/%)
$(BUILD)/tests/tools/%: tests/tools/%.c $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(LIB_A) $(PKG_LIBS)
$(BUILD)/bench/%: bench/%.c $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -Itests/tools -o $@ $< $(LIB_A) $(PKG_LIBS)
unit: $(TOOL_BIN)
