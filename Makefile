# The two commands of the README: `make generate` (the main job) and `make test` (every test).
SWIFT ?= swift
GRAPHDOC = $(SWIFT) run graphdoc

.PHONY: deps build generate check-generated test test-plugin ir lint benchmark corpus-report diff-report example-tests-corpus mutation-smoke

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

# Every test of the package, the staleness check of Generated/, then the plugin consumer.
test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory check-generated
	$(MAKE) --no-print-directory test-plugin

# Tests/PluginConsumer from a clean state: models generated at build time by the GraphDocGenerator
# plugin, its test, and the incremental checks (unchanged build skips generation, a touched page reruns it).
# It builds graphdoc again inside the consumer's .build (a few minutes on 2 cores).
test-plugin: deps
	SWIFT="$(SWIFT)" bash scripts/plugin-consumer.sh

# The IR of docs-input/ as JSON.
ir: deps
	$(GRAPHDOC) ir docs-input --format json

# Measurements on ../shared/corpus (not part of the tests).
benchmark: deps
	bash scripts/benchmark.sh
corpus-report: deps
	$(SWIFT) build -c release --product graphdoc
	python3 scripts/corpus-report.py
diff-report: deps
	$(SWIFT) build -c release --product graphdoc
	python3 scripts/diff-vs-csdl.py
mutation-smoke: deps
	$(SWIFT) build -c release --product graphdoc
	python3 scripts/mutation-smoke.py

# Example tests for the whole corpus in a temporary package (slow: a debug build of thousands of files).
example-tests-corpus: deps
	$(SWIFT) build --product graphdoc
	bash scripts/example-tests-corpus.sh

# After editing Templates/*.mustache: copy them into the binary (Sources/GraphDocSwift/Rendering/BuiltInTemplates.swift).
.PHONY: embed-templates
embed-templates:
	bash scripts/embed-templates.sh
