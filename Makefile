# Fieldwheel: `make run` starts the app, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots demo clean mutation

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Mutation testing, not part of `make test` (tens of minutes on two cores): mutmut plants
# small bugs in the promise-carrying modules listed in setup.cfg and runs the tests that
# reach each one; a surviving mutant is a promise no test guards (tests/mutation_survivors.md).
mutation: $(STAMP)
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children $(or $(JOBS),2)
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/mutmut results
	$(BIN)/python tests/mutation_score.py mutants/mutmut-cicd-stats.json

bench: $(STAMP)
	@# The offscreen platform warns about window size hints on every window; not news.
	@set -o pipefail; for script in bench/*.py; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script 2>&1 | grep -v propagateSizeHints || exit 1; \
	done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots
	$(BIN)/python docs/package_screenshot.py docs/screenshots

demo: $(STAMP)
	$(BIN)/python main.py demo

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(VENV): $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache mutants
