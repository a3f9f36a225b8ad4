# itagen: the two commands a newcomer needs are `make site` and `make test`.
# Missing Debian packages are installed on demand (as root, or with sudo).

BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

# What a site with `documents: pdf` needs at build time: the PDF engine (WeasyPrint, run as a
# child process) and the Thai document font it embeds (Laksaman, the free TH Sarabun).
DOCUMENT_DEPS := weasyprint fonts-tlwg-laksaman

# Debian packages the build needs; checked with dpkg, installed with apt-get. gettext brings
# msgfmt, which compiles the Thai catalog po/th.po, and xgettext and msgmerge for `make pot`.
BUILD_DEPS := g++ cmake make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
  libyaml-cpp-dev nlohmann-json3-dev doctest-dev libkainjow-mustache-dev \
  libcpp-httplib-dev libcli11-dev libicu-dev libjemalloc-dev libqrencode-dev gettext \
  $(DOCUMENT_DEPS)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What the browser tests need: Debian's chromium, a Thai font so screenshots read as a person
# sees them, and node; playwright-core + axe-core come from npm (tests/browser/package-lock.json).
BROWSER_DEPS := chromium fonts-tlwg-waree fonts-tlwg-loma

# What `make deb` needs beyond the build: dpkg-shlibdeps (in dpkg-dev), with which CPack's DEB
# generator computes the package's dependencies, and file, which it runs on the installed files.
PACKAGE_DEPS := dpkg-dev file

# What the command-line tests need beyond the build: curl for the preview server's tests, wrk
# for its load test (tests/cli/server_load_test.sh), python3 for the generated site of the
# fault tests (bench/gen_site.py), and what `make deb` needs for the install test
# (tests/cli/install_test.sh builds the package), poppler-utils (pdftotext, pdffonts, pdfinfo,
# pdftoppm) to read the official documents back (tests/cli/documents_test.sh), and LibreOffice Calc without its desktop
# parts to open the CSV files as an officer does (tests/cli/csv_spreadsheet_test.sh).
TEST_DEPS := curl wrk python3 libreoffice-calc-nogui poppler-utils $(PACKAGE_DEPS)

# What the sanitizer tests and the fuzzers need: clang, and the runtime holding libFuzzer
# (bookworm's clang is clang 14; its runtime is only a Recommends).
FUZZ_DEPS := clang libclang-rt-14-dev

# The test suite under ASan+UBSan, built with the project's compiler (g++).
SAN_DIR ?= build-asan
SAN_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DITAGEN_SANITIZE=ON
# The fuzz targets: clang (libFuzzer), also with ASan+UBSan (fuzz/README.md). Only the fuzz
# targets are built there: clang 14 rejects some C++20 that g++ takes and the tests and parts
# of the library use (a structured binding used inside a lambda, as doctest's CHECK makes one).
# The unit and whole-site tests under ThreadSanitizer (make test-tsan; not part of make test):
# the render threads, the theme and criteria threads of a build, the preview's rebuilds.
TSAN_DIR ?= build-tsan
TSAN_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DITAGEN_TSAN=ON
FUZZ_DIR ?= build-fuzz
FUZZ_FLAGS ?= -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DITAGEN_SANITIZE=ON -DITAGEN_FUZZ=ON
FUZZ_SECONDS ?= 60
# The short fuzz run that is part of `make test`, per target.
TEST_FUZZ_SECONDS ?= 15

.PHONY: all deps browser-deps fuzz-deps test-deps site serve test test-sanitize test-tsan fuzz check bench clean
.PHONY: package-deps install deb pot

all: $(BUILD_DIR)/itagen

# Installs only what is missing, so a prepared machine pays one dpkg query.
deps:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

fuzz-deps:
	@missing=$$(for p in $(FUZZ_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps:
	@missing=$$(for p in $(TEST_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

package-deps:
	@missing=$$(for p in $(PACKAGE_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
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

$(SAN_DIR)/Makefile: CMakeLists.txt | deps
	cmake -S . -B $(SAN_DIR) $(SAN_FLAGS)

$(FUZZ_DIR)/Makefile: CMakeLists.txt | deps fuzz-deps
	cmake -S . -B $(FUZZ_DIR) $(FUZZ_FLAGS)

# Everything: the normal build's tests, the same tests under ASan+UBSan, a short fuzz run.
test: deps browser-deps test-deps $(BUILD_DIR)/Makefile
	cmake -S . -B $(BUILD_DIR) > /dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory test-sanitize
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS)

# The unit, whole-site and command-line tests built with ASan+UBSan (the browser tests and the
# official documents' test, label documents, which mostly times WeasyPrint, are left to the
# normal build).
test-sanitize: deps test-deps $(SAN_DIR)/Makefile
	cmake -S . -B $(SAN_DIR) > /dev/null
	cmake --build $(SAN_DIR) -j $(JOBS)
	cd $(SAN_DIR) && ctest --output-on-failure -j $(JOBS) -E '^browser' -LE documents

# The unit and whole-site tests under ThreadSanitizer. halt_on_error: a race fails the test.
test-tsan: deps test-deps
	cmake -S . -B $(TSAN_DIR) $(TSAN_FLAGS) > /dev/null
	cmake --build $(TSAN_DIR) -j $(JOBS) --target itagen_mo unit_tests site_tests
	cd $(TSAN_DIR) && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j $(JOBS) -R '^(unit|site)$$'

# Builds the fuzz targets and runs each for FUZZ_SECONDS on a seed corpus made from content/
# and themes/default, past crashes first; fails on any crash (the input is saved under
# $(FUZZ_DIR)/fuzz-work/artifacts/).
fuzz: deps fuzz-deps $(FUZZ_DIR)/Makefile
	cmake -S . -B $(FUZZ_DIR) > /dev/null
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzzers
	fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# Installing (GNU conventions): `make install` puts build/itagen in $(PREFIX)/bin and the manual
# pages in English and Thai in $(PREFIX)/share/man, the documentation in $(PREFIX)/share/doc/itagen;
# DESTDIR stages it elsewhere (`make install DESTDIR=/tmp/stage PREFIX=/usr`). The install rules
# are in CMakeLists.txt. No theme is installed: the default theme is built into the program.
PREFIX ?= /usr/local
install: $(BUILD_DIR)/itagen
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

# The Debian package, itagen_<version>_<arch>.deb, in the project folder: CPack's DEB generator
# (settings in CMakeLists.txt), run in the build folder on the release build. Install it with
# `sudo apt install ./itagen_*.deb`. Older itagen_*.deb files here are removed first, so that
# wildcard names one file.
deb: package-deps $(BUILD_DIR)/itagen
	rm -rf $(BUILD_DIR)/deb
	cd $(BUILD_DIR) && cpack -G DEB -B "$$PWD/deb"
	rm -f itagen_*.deb
	cp $(BUILD_DIR)/deb/itagen_*.deb .
	@ls -l itagen_*.deb

# The messages of the command line: po/itagen.pot made anew from the strings marked with tr(),
# trn() and tr_noop() under generator/ (po/make_pot.sh), then merged into the Thai catalog
# po/th.po, where new messages arrive untranslated for a translator to fill in (the CTest
# cli_i18n_test fails until they are). Messages no longer in the code are dropped.
pot: deps
	po/make_pot.sh po/itagen.pot
	msgmerge --quiet --update --backup=none --no-fuzzy-matching po/th.po po/itagen.pot
	msgattrib --no-obsolete --output-file=po/th.po po/th.po
	@msgfmt --check --statistics --output-file=/dev/null po/th.po

bench: $(BUILD_DIR)/itagen
	bench/run.sh

clean:
	rm -rf $(BUILD_DIR) $(SAN_DIR) $(TSAN_DIR) $(FUZZ_DIR) public

FORCE:
