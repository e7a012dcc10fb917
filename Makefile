# Minga: `make run` installs and serves the demo site; `make test` runs the whole suite.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Python 3.12, wherever it lives (PATH, pyenv, system); override with `make PYTHON=...`.
PYTHON ?= $(shell for p in python3.12 "$$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python3.12 \
	$(HOME)/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12; do \
	if "$$p" -c 'import sys; assert sys.version_info[:2] == (3, 12)' >/dev/null 2>&1; then \
	echo "$$p"; break; fi; done)

.PHONY: install run serve test fuzz lint format worker demo migrate messages clean help

help:
	@echo "make run     install, migrate, load demo content and serve on http://127.0.0.1:$(PORT)"
	@echo "make test    run the whole test suite          make fuzz     a long fuzzing run"
	@echo "make lint    ruff lint + format check    make worker   run a Celery worker"

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt package.json
	@if [ -z "$(PYTHON)" ]; then echo "error: Python 3.12 not found (install it, or run make PYTHON=/path/to/python3.12)" >&2; exit 1; fi
	@if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund; \
	else echo "note: npm not found; browser accessibility checks need axe-core (npm ci)"; fi
	touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

serve: install
	$(BIN)/python manage.py collectstatic --noinput --settings=minga.settings.production
	$(BIN)/gunicorn minga.wsgi --bind 127.0.0.1:$(PORT) --workers 2

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The fuzz suite with 1 000 fresh examples per test (make test runs 30 fixed ones).
fuzz: install
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest tests/fuzz $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: install
	$(BIN)/celery -A minga worker -B --schedule=$(VENV)/celerybeat-schedule --loglevel=INFO

messages: install
	$(BIN)/python manage.py makemessages -l fr -l es -l pt -l ar --ignore=.venv --ignore=node_modules --ignore=tests --ignore=benchmarks
	$(BIN)/python manage.py brazilian_catalogue
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules

clean:
	rm -rf $(VENV) node_modules staticfiles
