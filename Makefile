# The two commands of the quick start are `make demo` and `make test`; the rest serve them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
JOBS   ?= auto
STAMP  := $(VENV)/.installed

.PHONY: demo test install system assets lint format translations extract-messages screenshots clean
.PHONY: dist
.PHONY: bench bench-quick bench-system

## make demo: install, migrate, load the demo data and serve on http://$(HOST):$(PORT)
## (OIDC=1: with test OpenID Connect providers for Vestby's staff and Tromsø's citizens)
demo: install assets translations
	$(BIN)/bti demo --host $(HOST) --port $(PORT)$(if $(OIDC), --oidc)

## make test: install what the tests need, lint, and run the whole suite; the scenarios'
## results go to $(CUCUMBER) (Cucumber JSON), which the rules pages (/<kommune>/regler) read
CUCUMBER ?= instance/cucumber.json
test: install system assets translations lint
	$(BIN)/pytest -n $(JOBS) --bti-cucumber=$(CUCUMBER)

## make screenshots: walk the README's flow in Chromium (tests/browser/test_readme_walk.py)
## and keep the window's view of every page in docs/screenshots/, replacing what was there
SCREENSHOTS := docs/screenshots

screenshots: install system assets translations
	rm -f $(SCREENSHOTS)/*.png
	BTI_SCREENSHOTS=$(SCREENSHOTS) $(BIN)/pytest -q -p no:cacheprovider -n 0 tests/browser/test_readme_walk.py

install: $(STAMP)

## make bench: the performance bench (bench/README.md): data at every size on SQLite and
## PostgreSQL (generated, or reused while its schema is current), every page measured with
## its floor, gunicorn under wrk, start-up; report in bench/results/full.{json,md,png}
BENCH_SIZES ?= 1000,10000,100000,1000000

bench: install translations bench-system
	$(BIN)/python -m bench.run --name full --sizes $(BENCH_SIZES) --generate

## make bench-quick: the same at 1,000 and 10,000 cases with fewer requests (a few minutes;
## it judges no figure); report in bench/results/quick.{json,md,png}
bench-quick: install translations bench-system
	$(BIN)/python -m bench.run --name quick --sizes 1000,10000 --generate \
		--requests 10 --warmup 2 --load-seconds 30 --startup-runs 3

# The bench's load generator, and HarfBuzz's subsetter for the PDFs it times, from Debian.
BENCH_PACKAGES := wrk libharfbuzz-subset0

bench-system:
	$(call apt_install,$(BENCH_PACKAGES))

# Debian packages the tests need: Chromium for the browser tests (never `playwright install`),
# HarfBuzz's subsetter for WeasyPrint's PDFs, poppler's pdftotext to read them back.
SYSTEM_PACKAGES := chromium libharfbuzz-subset0 poppler-utils

system:
	$(call apt_install,$(SYSTEM_PACKAGES))

# The Debian packages in $(1) that are missing, installed (with sudo when not root).
define apt_install
	@missing=""; for p in $(1); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing from Debian:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
endef

# Reinstall when the dependencies or their pins change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

# Designsystemet's CSS and the Inter font, from the npm packages pinned in package-lock.json,
# copied into the static folder (never committed). `npm ci` runs only when the lock changes.
NPM_STAMP := node_modules/.package-lock.json
VENDOR    := platform/bti/web/static/vendor
DS        := node_modules/@digdir/designsystemet-css
INTER     := node_modules/@fontsource/inter
WEIGHTS   := 400 500 600 700

assets: $(VENDOR)/.copied

$(NPM_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "make assets needs Node.js 20 and npm" >&2; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# Inter: only the latin and latin-ext faces (Norwegian needs both: æøå are latin, but
# names such as Sámi ones are latin-ext), each with its unicode-range.
$(VENDOR)/.copied: $(NPM_STAMP) Makefile
	rm -rf $(VENDOR)
	mkdir -p $(VENDOR)/designsystemet $(VENDOR)/inter/files
	cp $(DS)/dist/src/index.css $(VENDOR)/designsystemet/index.css
	cp $(DS)/dist/theme/designsystemet.css $(VENDOR)/designsystemet/theme.css
	cp $(DS)/LICENSE $(VENDOR)/designsystemet/LICENSE
	for w in $(WEIGHTS); do \
		awk 'BEGIN { RS = ""; ORS = "\n\n" } /inter-latin(-ext)?-[0-9]+-normal \*\//' $(INTER)/$$w.css \
			|| exit 1; \
		cp $(INTER)/files/inter-latin-$$w-normal.woff2 $(INTER)/files/inter-latin-ext-$$w-normal.woff2 \
			$(INTER)/files/inter-latin-$$w-normal.woff $(INTER)/files/inter-latin-ext-$$w-normal.woff \
			$(VENDOR)/inter/files/ || exit 1; \
	done > $(VENDOR)/inter/inter.css
	cp $(INTER)/LICENSE $(VENDOR)/inter/LICENSE
	touch $@

## make dist: the sdist and the wheel in dist/, each with the compiled catalogs and
## Designsystemet's CSS and fonts (setup.py), so `pip install dist/bti_plattform-*.whl`
## needs neither Node nor Babel's tools (docs/operations.md). The wheel is built from the sdist.
dist: install assets
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

# Static checks: ruff; bandit over the code that runs (every finding fixed or justified
# inline with `# nosec BXXX: reason`); pip-audit over the installed packages where its
# vulnerability database answers (tools/pip_audit_or_skip.py says when it does not).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit --quiet --recursive platform plugins
	$(BIN)/python tools/pip_audit_or_skip.py

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

# For developers: refresh the .pot and the nb/nn/en catalogs after changing strings; then
# the same for each plugin with a translations folder (its strings are in the municipality's
# own language, so it has catalogs only for the other languages it is translated into).
extract-messages: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location \
		--sort-by-file -o platform/bti/translations/messages.pot platform/bti
	$(BIN)/pybabel update --no-fuzzy-matching -d platform/bti/translations \
		-i platform/bti/translations/messages.pot
	@for dir in plugins/*/bti_*/translations; do \
		[ -d $$dir ] || continue; \
		$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location \
			--sort-by-file -o $$dir/messages.pot $${dir%/translations} || exit 1; \
		if ls $$dir/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then \
			$(BIN)/pybabel update --no-fuzzy-matching -d $$dir -i $$dir/messages.pot || exit 1; \
		fi; \
	done

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache node_modules $(VENDOR) dist build
