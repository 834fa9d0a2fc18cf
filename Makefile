# Harbor: `make serve` to use the app, `make test` to check it.
# Each target first installs whatever is missing (scripts/install-tools.sh).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: build serve test bench icons tools test-tools

tools:
	@scripts/install-tools.sh

test-tools:
	@scripts/install-tools.sh --browser

## build: the release site, in dist/ (scripts/build.sh)
build: tools
	scripts/build.sh

## serve: build, then serve dist/ on http://127.0.0.1:8080 as a host does (scripts/serve.mjs)
serve: build
	@echo
	@echo "Harbor is running at http://$(HOST):$(PORT)/"
	@echo "Press Ctrl+C to stop."
	@echo
	@node scripts/serve.mjs dist $(HOST) $(PORT)

## test: every test layer, then one summary line
test: test-tools
	@scripts/test.sh

## bench: size and speed figures
bench: build test-tools
	@scripts/bench.sh

## icons: remake public/icons/*.png from assets/icon.svg and assets/covers/
icons:
	@scripts/install-tools.sh --icons
	@node scripts/icons.mjs
