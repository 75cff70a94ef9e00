# Two commands do all set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt pyproject.toml | cksum | cut -d" " -f1)
PORT ?= 8501
CORPUS ?= seeds

.PHONY: run test lint typecheck bench chromium clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

# Debian's Chromium renders PNG/SVG exports (kaleido) and runs the browser tests.
# Installed when missing and we are root; otherwise browser tests say why they skip.
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium (PNG/SVG export, browser tests)…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "note: chromium is not installed and we are not root: PNG/SVG export and browser tests are unavailable"; fi

run: $(STAMP) chromium
	CONTRASTE_CORPUS=$(CORPUS) $(PY) -m streamlit run dashboard/app.py --server.port $(PORT)

# The suite, then the types (make test is what CI runs).
test: $(STAMP) chromium
	$(PY) -m pytest
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check analysis dashboard tests

# Types of analysis/ and dashboard/ ([tool.mypy] in pyproject.toml); also run by make test.
typecheck: $(STAMP)
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) -m analysis.bench --n 2000

clean:
	rm -rf $(VENV) tests/artifacts .pytest_cache
