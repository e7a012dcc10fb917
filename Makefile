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
	@echo "make install   create .venv (Python 3.12) with requirements-dev.txt, and npm ci; no-op when unchanged"
	@echo "make run       install, migrate, load demo content and serve on http://127.0.0.1:$(PORT)"
	@echo "make test      run the whole test suite on 2 processes (PYTEST_ARGS='-k name' narrows it, TEST_PROCESSES=0 runs one)"
	@echo "make fuzz      the fuzz suite with 1 000 examples a test"
	@echo "make lint      ruff lint + format check      make format   fix what ruff can"
	@echo "make worker    a Celery worker with beat (needs CELERY_BROKER_URL)"
	@echo "make messages  refresh and compile the fr/es/pt/ar catalogues"
	@echo "make serve     collectstatic + gunicorn with minga.settings.production (see README)"
	@echo "make clean     remove .venv, node_modules and staticfiles"

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt package.json
	@if [ -z "$(PYTHON)" ]; then echo "error: Python 3.12 not found (install it, or run make PYTHON=/path/to/python3.12)" >&2; exit 1; fi
	@if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@if command -v npm >/dev/null 2>&1; then npm ci --loglevel=error --no-audit --no-fund; \
	else echo "note: npm not found; browser accessibility checks need axe-core (npm ci)"; fi
	touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Every entry point defaults to the development settings; production is chosen here.
serve: install
	DJANGO_SETTINGS_MODULE=minga.settings.production $(BIN)/python manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=minga.settings.production $(BIN)/gunicorn minga.wsgi --bind 127.0.0.1:$(PORT) --workers 2

# The suite runs on both cores (pytest-xdist); with a real broker (CI's second run), each test
# process beside a Celery worker of its own (tests/conftest.py). TEST_PROCESSES=0: no xdist.
TEST_PROCESSES ?= 2
test: install
	$(BIN)/python -m pytest -n $(TEST_PROCESSES) $(PYTEST_ARGS)

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
