# tifa: the two commands a new user types are `make run` and `make test`.
# Both install the system ICU headers first when they are missing.

SWIFT       ?= swift
CORPUS      ?= Corpus
OUT         ?= Output
JOBS        ?=
ICU_HEADER  := /usr/include/unicode/ubrk.h
RELEASE_BIN := .build/release/tifa
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: fuzz report-check eval-entities eval-sample all setup run test test-big bench bench-seg clean help

all: run

help:
	@echo "make run    install ICU if missing, build (release), analyze $(CORPUS)/ into $(OUT)/"
	@echo "make test   install ICU if missing, run the test suite"
	@echo "make bench  pipeline vs raw ICU, --jobs scaling, incremental run, peak RSS (release build; docs/PERFORMANCE.md)"
	@echo "make test-big  a 1 GB issue and a 200 MB line, streamed in parts (slow, not run by CI)"
	@echo "make fuzz   libFuzzer over decode -> repair -> structure -> tokenize -> extract for FUZZ_SECONDS (default 60)"
	@echo "make eval-sample  person P/R/F1 on the sample issue against its hand-checked list (scripts/sample-eval/)"
	@echo "make bench-seg  segmentation: MSR F1 (raw ICU vs full tokenizer) and tokenizer speed vs ICU"
	@echo "make setup  only install what is missing"
	@echo "make clean  remove build products and generated outputs"

# libicu-dev provides the headers and the icuuc/icui18n libraries the CICU shim links.
setup:
	@command -v $(SWIFT) >/dev/null || { echo "error: the Swift toolchain ('$(SWIFT)') is not on PATH; install Swift 6 first" >&2; exit 1; }
	@if [ ! -f $(ICU_HEADER) ]; then \
	  echo "ICU headers missing: installing libicu-dev with apt-get"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libicu-dev pkg-config >/dev/null || \
	    { echo "error: could not install libicu-dev; install it by hand (apt-get install libicu-dev)" >&2; exit 1; }; \
	fi

run: setup
	$(SWIFT) build -c release --product tifa
	$(RELEASE_BIN) run --corpus $(CORPUS) --out $(OUT) $(if $(JOBS),--jobs $(JOBS))

test: setup
	$(SWIFT) test

bench-seg: setup
	$(SWIFT) build -c release --product tifa
	TIFA_BIN=$(RELEASE_BIN) bash scripts/bench-seg.sh

bench: setup
	$(SWIFT) build -c release --product tifa
	python3 scripts/bench.py --tifa $(RELEASE_BIN)

# The huge inputs of issue 9, too slow for CI: one 1 GB issue and one 200 MB line without
# newlines, each analyzed in parts; prints time and peak RSS (see docs/PERFORMANCE.md).
test-big: setup
	$(SWIFT) build -c release --product tifa
	bash scripts/test-big.sh $(RELEASE_BIN)

# libFuzzer over the per-issue stages (Sources/tifa-fuzz, TifaKit's PipelineInvariants).
# SwiftPM defines `main` for executables, which clashes with the `main` that
# -sanitize=fuzzer links, so the target is instrumented with ASan + libFuzzer's coverage
# flags, links libFuzzer without its main, and hands control to LLVMFuzzerRunDriver.
# Seeds: the test fixtures; crashes land in .fuzz/crashes/ (keep each one as a
# regression input in Tests/TifaKitTests/Fixtures/fuzz/ once fixed).
FUZZ_SECONDS ?= 60
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_LIB     = $(firstword $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
fuzz: setup
	@test -n "$(FUZZ_LIB)" || { echo "error: libclang_rt.fuzzer_no_main not found next to $(SWIFT)" >&2; exit 1; }
	$(SWIFT) build -c release --product tifa-fuzz --scratch-path $(FUZZ_SCRATCH) -Xswiftc -DTIFA_FUZZ \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	  -Xlinker $(FUZZ_LIB) -Xlinker -lstdc++
	mkdir -p .fuzz/corpus .fuzz/crashes
	ASAN_OPTIONS=symbolize=0:detect_leaks=0 $(FUZZ_SCRATCH)/release/tifa-fuzz .fuzz/corpus \
	  Tests/TifaKitTests/Fixtures/corpus Tests/TifaKitTests/Fixtures/encodings Tests/TifaKitTests/Fixtures/fuzz \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=20 -artifact_prefix=.fuzz/crashes/ -print_final_stats=1

clean:
	rm -rf .build
	find $(OUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# Person / place / organization P/R/F1 on ../shared/eval/pd1998_dev.jsonl (measuring only).
eval-entities: setup
	$(SWIFT) build -c release --product tifa
	scripts/eval-entities.sh $(RELEASE_BIN)

# Person P/R/F1 on the sample issue against the hand-checked list of its person mentions
# (scripts/sample-eval/README.md): analyzes only that issue into .build/eval-sample/ (Output/
# is left alone), runs `tifa mentions` over it and scores both. Measuring only.
SAMPLE     := Corpus/issue-050.txt
SAMPLE_DIR := .build/eval-sample
eval-sample: setup
	$(SWIFT) build -c release --product tifa
	rm -rf $(SAMPLE_DIR) && mkdir -p $(SAMPLE_DIR)/corpus
	cp $(SAMPLE) $(SAMPLE_DIR)/corpus/
	$(RELEASE_BIN) run --corpus $(SAMPLE_DIR)/corpus --out $(SAMPLE_DIR)/out --quiet
	$(RELEASE_BIN) mentions $(SAMPLE) > $(SAMPLE_DIR)/mentions.jsonl
	python3 scripts/eval-sample-people.py --entities $(SAMPLE_DIR)/out/entities.csv --mentions $(SAMPLE_DIR)/mentions.jsonl

# Renders report.html with headless Chromium to PNG (.report-check/*.png) for a person to
# look at; installs chromium and CJK fonts when missing. Not part of `make test`.
report-check: setup
	bash scripts/report-check.sh
