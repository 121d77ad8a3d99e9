# One command to set up and run the demo, one to set up and run the tests.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install native demo test lint bench clean

install: $(STAMP) native

# matching/ compiled with mypyc (build_native.py), again whenever it is out of date
native: $(STAMP)
	$(BIN)/python build_native.py --if-needed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	PREFECT_LOGGING_LEVEL=WARNING PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 \
		PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=120 \
		$(BIN)/python -m fixtures.demo demo-output
	$(BIN)/vetting match --name "Владимир Петренко" --dob 1971 fixtures/data/demo_exclusions.csv

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	$(BIN)/python -m benchmarks.quality
	$(BIN)/python -m benchmarks.multiscript
	$(BIN)/python -m benchmarks.romanisers
	$(BIN)/python -m benchmarks.latin_tokens
	$(BIN)/python -m benchmarks.family_names
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.blocking
	$(BIN)/python -m benchmarks.e2e

clean:
	rm -rf build/native matching/*.so matching/native.json
	rm -rf $(VENV) demo-output .pytest_cache .mypy_cache .ruff_cache .hypothesis
