# Walking Away: every command a contributor or CI needs. `make help` lists them.
# The first run creates .venv and installs the pinned requirements; later runs reuse it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Material 9.8 prints a notice about its end of life (2027-05-05) on every build; we know.
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
CHROMIUM := /usr/bin/chromium

.PHONY: help serve build validate check-helplines test test-unit test-browser lint bench clean chromium java

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

# The virtualenv. A .venv whose Python or pip does not run (half made, say, by a `python3 -m venv` that
# failed for want of Debian's python3-venv) is removed and made again.
$(BIN)/.venv-ok:
	@if [ -d $(VENV) ] && ! $(PY) -m pip --version >/dev/null 2>&1; then \
	  echo "$(VENV) is incomplete; making it again"; rm -rf $(VENV); fi
	$(call apt_require,$(PYTHON) -c 'import ensurepip' >/dev/null 2>&1,python3-venv,Python's virtual environments)
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); echo "Could not create $(VENV)"; exit 1; }
	@touch $@

# Two stamps: serving and building need requirements.txt only; the test tools come on top for `make test`.
$(BIN)/.serve-installed: requirements.txt pyproject.toml | $(BIN)/.venv-ok
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(BIN)/.installed: requirements.txt requirements-dev.txt $(BIN)/.serve-installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

PORT ?= 8000

serve: $(BIN)/.serve-installed ## Preview on http://127.0.0.1:8000 (PORT=8001 for another), reloading on every change
	$(BIN)/walkaway serve --port $(PORT)

validate: $(BIN)/.serve-installed ## Check every page's front matter, links, anchors and HTML
	$(BIN)/walkaway validate

check-helplines: $(BIN)/.serve-installed ## Read each help line's own website: are its numbers still there? (network)
	$(BIN)/walkaway check-helplines

# What the build reads. site/ is remade only when one of these is newer than it, so `make build` then
# `make test` (as CI runs them) validates and builds once.
SITE_INPUTS := mkdocs.yml $(shell find docs overrides walkaway -type f -not -path '*/__pycache__/*' 2>/dev/null)

build: site/index.html ## Validate, build strictly, check every built file (SECURITY.md), then fill site/

site/index.html: $(SITE_INPUTS) $(BIN)/.serve-installed
	$(BIN)/walkaway build

lint: $(BIN)/.installed ## Python style, spelling and Markdown style
	$(BIN)/ruff check walkaway tests
	$(BIN)/codespell
	$(BIN)/pymarkdown --config .pymarkdown.json scan -r docs

# $(call apt_require,TEST,PACKAGE,WHO_NEEDS_IT): when TEST fails, install the Debian package if we are
# root, or print the one command to run.
define apt_require
	@if $(1); then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's $(2) for $(3)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	else \
	  echo "Debian's $(2) is needed for $(3). Run:  sudo apt-get install -y $(2)"; exit 1; \
	fi
endef

chromium: ## Install Debian's Chromium for the browser tests (root only)
	$(call apt_require,[ -x $(CHROMIUM) ],chromium,the browser tests)

# The HTML checker (vnu.jar) and Lighthouse: exact versions from package-lock.json. --ignore-scripts:
# no package may run code at install time (nothing here needs to, and no browser is ever downloaded).
node_modules/.installed: package.json package-lock.json
	$(call apt_require,command -v npm >/dev/null 2>&1,nodejs npm,the HTML checker and Lighthouse)
	@# Debian 12's npm (9.2) cannot read this lock file (it chokes on a dependency asked for by the tag
	@# "latest"); npm 10, fetched from the npm registry by npx, can, on Debian's Node.js 18 too.
	@if [ "$$(npm --version | cut -d. -f1)" -lt 10 ]; then npm_cli="npx --yes npm@10"; else npm_cli=npm; fi; \
	  echo "$$npm_cli ci --ignore-scripts --no-audit --no-fund --loglevel=error"; \
	  $$npm_cli ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

java: ## Install Debian's Java for the HTML checker (root only)
	$(call apt_require,command -v java >/dev/null 2>&1,default-jre-headless,the HTML checker)

test: $(BIN)/.installed chromium java node_modules/.installed lint build ## Everything CI checks: lint, then validator + strict build + gate (make build, if anything changed), unit and browser tests
	$(PY) -m pytest -n 2 tests

test-unit: $(BIN)/.installed java node_modules/.installed build ## Only the fast tests (no browser)
	$(PY) -m pytest -n 2 tests -m "not browser"

bench: $(BIN)/.installed chromium java node_modules/.installed ## Benchmarks, quick (<5 min; BENCH=--full for the long run): writes benchmarks/latest.md
	$(BIN)/walkaway bench $(BENCH)

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache .cache
