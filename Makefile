# Candor — everyday commands. `make run` serves the demo, `make test` checks everything.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
PORT ?= 8000
# Extra pytest arguments for both test runs, e.g. make test PYTEST_ARGS="-k roster"
PYTEST_ARGS ?=
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# The install stamp carries the lock's content hash: a fresh clone (new mtimes, same lock)
# does not reinstall, an edited lock does.
LOCK_HASH := $(shell sha256sum requirements.lock | cut -c1-16)
STAMP := $(VENV)/.installed-$(LOCK_HASH)

.PHONY: help venv run worker test messages compilemessages migrate demo clean

help:
	@echo "make run        install, migrate, load the demo data and serve http://127.0.0.1:$(PORT)"
	@echo "make worker     run the background task worker (django-tasks database backend)"
	@echo "make test       lint, checks and the whole test suite on SQLite and PostgreSQL"
	@echo "make bench      scoring, page and import speed on a synthetic company (SQLite and PostgreSQL)"
	@echo "make messages   extract translatable strings into locale/{en,zh_Hans}"
	@echo "make clean      remove the virtualenv, the local database and test output"

venv: $(STAMP)

# A venv left without pip (say, python3-venv was missing the first time) is rebuilt.
$(STAMP): requirements.lock
	@if ! $(PY) -m pip --version >/dev/null 2>&1; then \
	  PYTHON=$(PYTHON) bash scripts/ensure-system-packages.sh run && \
	  echo "$(PYTHON) -m venv --clear $(VENV)" && $(PYTHON) -m venv --clear $(VENV); fi
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.lock
	@rm -f $(VENV)/.installed-*
	@touch $@

compilemessages: venv
	@bash scripts/ensure-system-packages.sh run
	@bash scripts/compilemessages.sh -v 0

migrate: venv
	@mkdir -p var/static
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

# The task worker (reminders, e-mails) runs beside the web server and stops with it.
run: compilemessages demo
	@echo "task worker: $(MANAGE) db_worker (log in var/worker.log)"
	@$(MANAGE) db_worker --no-reload >var/worker.log 2>&1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(MANAGE) runserver 127.0.0.1:$(PORT)

worker: venv
	@mkdir -p var/static
	$(MANAGE) db_worker

test: venv
	@bash scripts/ensure-system-packages.sh test
	bash scripts/test.sh $(PYTEST_ARGS)

messages: venv
	$(MANAGE) makemessages -l en -l zh_Hans --ignore='.venv/*' --ignore='var/*' \
	  --ignore='test-output/*' --ignore='node_modules/*'

clean:
	rm -rf $(VENV) var test-output .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Scoring, page and import speed on a synthetic company, on SQLite and PostgreSQL
# (about 11 minutes; BENCH_SIZES=2000 for a quick run, BENCH_DBS=sqlite for one database).
.PHONY: bench
bench: venv
	@mkdir -p var/static
	$(PY) scripts/bench.py
