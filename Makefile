# DataRaya: `make run` serves the demo, `make test` runs every test, `make bench` measures against the peers.
SWIFT ?= swift
DEMO_DIR ?= data/demo
DEMO_GRADUATES ?= 100000
TODAY := $(shell date +%F)

.PHONY: run test bench deps build release clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product dataraya

# Generates the demo national dataset (as of today) and prints its summary.
run: release
	.build/release/dataraya generate --out $(DEMO_DIR) --graduates $(DEMO_GRADUATES) --as-of $(TODAY)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product dataraya
	$(SWIFT) build -c release --product dataraya-bench
	benchmarks/run.sh

clean:
	rm -rf .build data
