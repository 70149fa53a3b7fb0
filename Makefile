# Fieldwheel: `make run` starts the app, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-scale screenshots demo clean mutation window-libs test-tools bundle bundle-test \
	translations update-translations

# Debian/Ubuntu packages Qt's xcb window needs; Qt itself names only the first one missing.
WINDOW_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 \
	libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
# What the real_window tests drive the app with: a virtual X server and real key events;
# poppler-utils reads the mission report's PDFs (text, fonts, page images) in its tests;
# postgresql: the tests marked postgres start a throwaway server (tests/postgres_server.py).
TEST_TOOLS := xvfb xauth xdotool poppler-utils postgresql

# Installs the missing Debian packages of $(1) as root, or prints the exact command.
define ensure_packages
	@command -v dpkg >/dev/null || exit 0; \
	missing=""; for package in $(1); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing system packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "Fieldwheel needs these system packages:$$missing"; \
		echo "Install them with:  sudo apt-get install$$missing"; \
		exit 1; \
	fi
endef

# The window's languages: .ts sources (translated, committed) compiled to .qm (build output).
TS_FILES := $(wildcard resources/translations/fieldwheel_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After wrapping new strings: refresh the .ts files from ui/ and the core's UserError templates
# (then translate what is new).
update-translations: $(STAMP)
	$(BIN)/python -m ui.shared.catalogue update

run: $(STAMP) window-libs translations
	$(BIN)/python main.py

window-libs:
	$(call ensure_packages,$(WINDOW_LIBS))

test-tools:
	$(call ensure_packages,$(WINDOW_LIBS) $(TEST_TOOLS))

test: $(STAMP) test-tools translations
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Mutation testing, not part of `make test` (most of a day on two shared cores; `--sample 10` a tenth of it): mutmut plants
# small bugs in the modules that carry the README's promises and runs the tests that reach
# each one; prints the share killed. Survivors: tests/mutation_survivors.md.
mutation: $(STAMP)
	$(BIN)/python tests/mutation.py $(GROUPS)

# `make bench` runs every bench at sizes that finish in under ten minutes: bench/scale.py at
# 30..300 submissions, bench/large.py on 2*10^3 respondents and a 2*10^4-row list, bench/package.py
# on 100 respondents. `make bench-scale` runs the HQ sizes (10^2..10^4 submissions, 10^4
# respondents, a 10^5-row list: the README's HQ scale table, tens of minutes). Generated databases
# are kept between runs (bench/harness/cache.py).
SCALE_SIZES ?= 30 100 300
LARGE_SIZES ?= 2000 20000
PACKAGE_SIZE ?= 100

bench: $(STAMP) translations
	@# The offscreen platform warns about window size hints on every window; not news.
	@set -o pipefail; for script in $(filter-out bench/scale.py,$(wildcard bench/*.py)); do \
		case $$script in bench/large.py) args="$(LARGE_SIZES)";; \
			bench/package.py) args="$(PACKAGE_SIZE)";; *) args="";; esac; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script $$args 2>&1 | grep -v propagateSizeHints \
			|| exit 1; \
	done
	$(BIN)/python bench/scale.py $(SCALE_SIZES)

bench-scale: $(STAMP)
	nice $(BIN)/python bench/scale.py 100 1000 10000
	QT_QPA_PLATFORM=offscreen nice $(BIN)/python bench/large.py 10000 100000

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots
	$(BIN)/python docs/package_screenshot.py docs/screenshots
	$(BIN)/python docs/report_screenshots.py docs/screenshots

demo: $(STAMP)
	$(BIN)/python main.py demo

# The self-contained folder dist/fieldwheel (PyInstaller, packaging/fieldwheel.spec), rebuilt
# when the code, resources or spec change; under nice, as it takes minutes of CPU.
# bundle-test copies it elsewhere and runs every command with an empty environment.
BUNDLE := dist/fieldwheel/fieldwheel
BUNDLE_TOOLS := $(VENV)/.bundle-tools
BUNDLE_SOURCES := main.py pyproject.toml $(wildcard packaging/*.spec packaging/*.py) \
	$(shell find forms storage exports ui resources -type f -not -path '*/__pycache__/*')

bundle: $(BUNDLE)

bundle-test: $(BUNDLE) test-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m bundle tests/test_bundle.py

$(BUNDLE): $(BUNDLE_TOOLS) $(BUNDLE_SOURCES) $(QM_FILES)
	$(call ensure_packages,binutils)
	nice -n 10 $(BIN)/pyinstaller --noconfirm --log-level WARN packaging/fieldwheel.spec
	@du -sh dist/fieldwheel

# The `bundle` optional dependencies (PyInstaller, which reads libraries with binutils'
# objdump), read from pyproject.toml.
$(BUNDLE_TOOLS): $(STAMP)
	$(BIN)/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", \
		"rb"))["project"]["optional-dependencies"]["bundle"]))' \
		| xargs -d '\n' $(BIN)/python -m pip install --quiet
	touch $(BUNDLE_TOOLS)

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(VENV): $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mutation
