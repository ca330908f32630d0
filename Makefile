# The way in: `make site` builds the explainer, `make test` checks it. A bare `make` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Articles for the analysis: paths or globs, e.g. make site ARTICLES='data/raw/*.txt'. Empty = the seed article.
ARTICLES ?=
# Conflict datasets to set beside the articles' figures, e.g. ACLED=exports/acled-syria.csv (space-separated).
ACLED ?=
UCDP ?=
# STRICT=1: make site fails (exit 2) while any claim awaits an editor's review.
STRICT ?=
BUILD_ARGS = $(if $(ARTICLES),--articles "$(ARTICLES)") $(if $(ACLED),--acled "$(ACLED)") $(if $(UCDP),--ucdp "$(UCDP)") \
	$(if $(filter-out 0,$(STRICT)),--strict)

.DEFAULT_GOAL := help

$(VENV)/.installed: requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@mkdir -p build
	@echo "installing requirements.txt into $(VENV) (log: build/install.log)"
	@$(PY) -m pip install --upgrade pip > build/install.log 2>&1
	@$(PY) -m pip install -r requirements.txt >> build/install.log 2>&1 || (tail -20 build/install.log; exit 1)
	@$(PY) -m pip install --no-deps --no-build-isolation -e . >> build/install.log 2>&1 \
		|| $(PY) -m pip install --no-deps -e . >> build/install.log 2>&1 || (tail -20 build/install.log; exit 1)
	@touch $@

.PHONY: help
## Show this list of targets
help:
	@awk '/^## /{desc=substr($$0,4)} /^[a-z-]+:/{if(desc){sub(":.*","",$$1); printf "  make %-12s %s\n",$$1,desc; desc=""}}' $(MAKEFILE_LIST)

.PHONY: requirements
## Create .venv and install the pinned requirements
requirements: $(VENV)/.installed

.PHONY: data
## Extract claims from ARTICLES (default: the seed) into data/processed
data: $(VENV)/.installed
	$(PY) -m explainer extract $(if $(ARTICLES),$(ARTICLES),data/raw/france24-idlib-2020-02-03.txt) --out data/processed

.PHONY: notebooks
## Run the notebooks that changed (papermill), without rendering the site
notebooks: $(VENV)/.installed
	$(PY) -m explainer build --no-site $(BUILD_ARGS)

.PHONY: site
## Run changed notebooks, then render _site/ (Quarto if available, else the nbconvert preview)
site: $(VENV)/.installed
	$(PY) -m explainer build $(BUILD_ARGS)

.PHONY: review
## List claims awaiting review and write data/review/queue.csv; MERGE=file merges a filled-in queue
review: $(VENV)/.installed
	$(PY) -m explainer review $(if $(MERGE),--merge "$(MERGE)") $(if $(REVIEWER),--reviewer "$(REVIEWER)")

.PHONY: test
## Unit tests, nbval on the notebooks, and browser tests of the rendered site
test: $(VENV)/.installed
	$(PY) -m pytest tests
	$(PY) -m pytest --nbval notebooks report -p no:cacheprovider

.PHONY: bench
## Print build, throughput and page-weight figures
bench: $(VENV)/.installed
	$(PY) -m explainer.bench

.PHONY: evaluate
## Score extraction on the annotated texts: per text and pooled precision, recall, F1, field accuracy
evaluate: $(VENV)/.installed
	$(PY) -m explainer.evaluate tests/fixtures/dev-corpus data/annotated

.PHONY: lint
## Check style with ruff (if installed)
lint: $(VENV)/.installed
	$(PY) -m ruff check explainer tests

.PHONY: clean
## Remove build state and the rendered site (never data/raw)
clean:
	rm -rf build _site .quarto
