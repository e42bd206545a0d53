# The two commands of the README: `make generate` (the main job) and `make test` (every test).
SWIFT ?= swift
CONFIG ?= debug

.PHONY: deps build generate check test ir benchmark

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG)

# The main job: read docs-input/ and write Generated/.
generate: deps
	$(SWIFT) run -c $(CONFIG) graphdoc ir docs-input --format summary

ir: deps
	$(SWIFT) run -c $(CONFIG) graphdoc ir docs-input --format json

# Every test of the package.
test: deps
	$(SWIFT) test
