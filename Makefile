# Entry points for people and CI. See README.md.
#   make run   - install what is missing, build (Release), run the demo case in samples/
#   make test  - install what is missing, build (Release), run every test
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
WORKSPACE ?= $(BUILD_DIR)/cases

.PHONY: all deps build run test clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@rm -rf $(WORKSPACE)/SAR-2026-014
	@$(BUILD_DIR)/pipeline/cli/dsar --workspace $(WORKSPACE) run samples/request.toml --accept-suggestions

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

clean:
	@rm -rf $(BUILD_DIR)
