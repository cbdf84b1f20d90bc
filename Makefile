# The two commands of the quick start are `make demo` and `make test`; the rest serve them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
JOBS   ?= auto
STAMP  := $(VENV)/.installed

.PHONY: demo test install lint format translations extract-messages clean

## make demo: install, migrate, load the demo data and serve on http://$(HOST):$(PORT)
demo: install translations
	$(BIN)/bti demo --host $(HOST) --port $(PORT)

## make test: install what the tests need, lint, and run the whole suite
test: install translations lint
	$(BIN)/pytest -n $(JOBS)

install: $(STAMP)

# Reinstall when the dependencies or their pins change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Compiled catalogs (.mo) are built from the committed .po files, never committed.
translations: install
	@for dir in platform/bti/translations plugins/*/bti_*/translations; do \
		if ls $$dir/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then \
			$(BIN)/pybabel compile --statistics -d $$dir -D messages || exit 1; \
		fi; \
	done

# For developers: refresh the .pot and the nb/nn/en catalogs after changing strings.
extract-messages: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location \
		--sort-by-file -o platform/bti/translations/messages.pot platform/bti
	$(BIN)/pybabel update --no-fuzzy-matching -d platform/bti/translations \
		-i platform/bti/translations/messages.pot

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
