# The two commands of the README: `make generate` (the main job) and `make test` (every test).
SWIFT ?= swift
GRAPHDOC = $(SWIFT) run graphdoc

.PHONY: deps build generate check-generated test ir lint benchmark corpus-report example-tests-corpus

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

# The main job: read docs-input/ and regenerate Generated/ (files are rewritten only when they change).
generate: deps
	$(GRAPHDOC) generate --config Generated/graphdoc.yml

# Fails, naming the files, when Generated/ is not what docs-input/ generates.
check-generated: deps
	$(GRAPHDOC) generate --config Generated/graphdoc.yml --check

# Every test of the package, then the staleness check of Generated/.
test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory check-generated

# The IR of docs-input/ as JSON.
ir: deps
	$(GRAPHDOC) ir docs-input --format json

# Measurements on ../shared/corpus (not part of the tests).
benchmark: deps
	bash scripts/benchmark.sh
corpus-report: deps
	$(SWIFT) build -c release --product graphdoc
	python3 scripts/corpus-report.py

# Example tests for the whole corpus in a temporary package (slow: a debug build of thousands of files).
example-tests-corpus: deps
	$(SWIFT) build --product graphdoc
	bash scripts/example-tests-corpus.sh
