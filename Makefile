# The README's commands, and the steps behind them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test install install-test catalogues migrate demo serve lint checks services system-packages \
	messages lock static clean bench bench-render soak faults lighthouse

# The scheduler publishes scheduled pages beside the server, and stops with it.
run: install catalogues migrate demo
	@$(MANAGE) create_dev_admin
	@$(MANAGE) run_scheduler & trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

# One pytest worker per core, each with its own test database (tests/conftest.py says how
# tests are shared out).
test: install-test services system-packages catalogues lint checks
	$(BIN)/pytest --numprocesses auto --dist loadgroup

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps reinstall only when a lock file changes.
$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.installed-test: requirements/test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/test.txt
	@touch $@

install: $(VENV)/.installed-base

install-test: $(VENV)/.installed-test

catalogues: install
	@$(MANAGE) compile_catalogues > /dev/null

migrate: install
	@mkdir -p var
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

# Migrations and catalogues are committed: these fail when the code changed without them.
checks: install-test
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) update_catalogues --check

services:
	@scripts/ensure-postgres

system-packages:
	@scripts/ensure-system-packages

# Update the catalogues after changing interface strings; then translate what is new.
messages: install
	$(MANAGE) update_catalogues

# Production's static files, as the Dockerfile builds them.
static: install catalogues
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=collectstatic-only \
		ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:///:memory: TRUSTED_PROXY_COUNT=0 \
		$(MANAGE) collectstatic --noinput --verbosity 0

# Speed and faults as production runs them (gunicorn, PostgreSQL, Redis): see bench/*.py.
bench: install catalogues
	$(BIN)/python bench/run.py

bench-render: install catalogues
	$(BIN)/python bench/render.py

soak: install catalogues
	$(BIN)/python bench/soak.py

faults: install catalogues
	$(BIN)/python bench/faults.py

lighthouse: install catalogues system-packages
	$(BIN)/python bench/lighthouse.py

# Re-pin the lock files from pyproject.toml's bounds.
lock: install-test
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --no-header --quiet \
		-o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --no-header --quiet \
		-o requirements/test.txt

clean:
	rm -rf $(VENV) var static_collected
