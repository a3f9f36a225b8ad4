# itagen: the two commands a newcomer needs are `make site` and `make test`.
# Missing Debian packages are installed on demand (as root, or with sudo).

BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

# Debian packages the build needs; checked with dpkg, installed with apt-get.
BUILD_DEPS := g++ cmake make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
  libyaml-cpp-dev nlohmann-json3-dev doctest-dev libkainjow-mustache-dev \
  libcpp-httplib-dev libcli11-dev libicu-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What the browser tests need: Debian's chromium, a Thai font so screenshots read as a person
# sees them, and node; playwright-core + axe-core come from npm (tests/browser/package-lock.json).
BROWSER_DEPS := chromium fonts-tlwg-waree fonts-tlwg-loma

.PHONY: all deps browser-deps site serve test check bench clean

all: $(BUILD_DIR)/itagen

# Installs only what is missing, so a prepared machine pays one dpkg query.
deps:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

browser-deps:
	@missing=$$(for p in $(BROWSER_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund)

$(BUILD_DIR)/Makefile: CMakeLists.txt | deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

$(BUILD_DIR)/itagen: deps $(BUILD_DIR)/Makefile FORCE
	cmake --build $(BUILD_DIR) -j $(JOBS) --target itagen

site: $(BUILD_DIR)/itagen
	$(BUILD_DIR)/itagen build --source . --output public

serve: $(BUILD_DIR)/itagen
	$(BUILD_DIR)/itagen serve --source .

check: $(BUILD_DIR)/itagen
	$(BUILD_DIR)/itagen check --source .

test: deps browser-deps $(BUILD_DIR)/Makefile
	cmake -S . -B $(BUILD_DIR) > /dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: $(BUILD_DIR)/itagen
	bench/run.sh

clean:
	rm -rf $(BUILD_DIR) public

FORCE:
