# Two commands do everything: `make run` and `make test` (see README.md).
# Django 6.1 needs Python 3.12 or newer: take the first such interpreter on this machine.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null) python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run setup test lint chromium backup restore

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_companies
	$(PY) manage.py import_articles --metadata fixtures/articles.json --publish
	$(PY) manage.py ensure_local_admin

run: setup
	$(PY) manage.py runserver $(HOST):$(PORT)

test: lint
	$(PY) -m pytest

# Playwright's own Chromium, for the browser tests on a machine without a system one (downloads about 150 MB).
chromium: install
	$(PY) -m playwright install chromium

backup: install
	$(PY) manage.py backup $(if $(JSON),--json,)

# make restore FILE=backups/dealtracker-YYYYmmdd-HHMMSS.(dump|sqlite3|json)
restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/..."; exit 1; }
	$(PY) manage.py restore $(FILE)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
