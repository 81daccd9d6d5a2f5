# DataRaya: `make run` serves the demo, `make test` runs every test, `make bench` measures against the peers.
SWIFT ?= swift
DB ?= data/dataraya.sqlite
DEMO_GRADUATES ?= 100000
PORT ?= 8080

.PHONY: run test bench deps build release clean screenshots

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product dataraya

# Serves the demo national dataset and its pages on http://127.0.0.1:8080 (PORT=... for another port) from
# data/dataraya.sqlite (generated and imported on the first start, as of that day); the admin's API key is written to
# data/admin-credential.txt, and the sign-ins of a demo graduate, employer, committee members, data controller and
# researcher are printed.
run: release
	.build/release/dataraya serve --db $(DB) --port $(PORT) --demo --demo-graduates $(DEMO_GRADUATES)

# The report and page tests open pages in headless Chromium (Debian's chromium and chromium-driver, and selenium with
# axe-core in Tests/browser/.venv, installed when missing).
test: deps
	@scripts/install-chromium.sh
	@scripts/install-browser-tests.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product dataraya
	$(SWIFT) build -c release --product dataraya-bench
	benchmarks/run.sh

# Every page at phone and desktop widths, in both languages, signed in and out, into screenshots/.
screenshots: build
	scripts/screenshots.sh

clean:
	rm -rf .build data
