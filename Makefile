# Two commands for a new machine: `make run` and `make test`. Both create .venv first.
# `make run` installs the app's own dependencies only (586 MB); `make test` adds the test and
# lint tools (`.[dev]`, 162 MB more), as do the targets that need them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
QM := $(foreach l,en es de,assets/i18n/companion_$(l).qm)  # built translations (see translations)

.PHONY: run test bench lint screenshots translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(TEST_STAMP)

run: $(STAMP) $(QM)
	$(PY) -m companion

test: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint: $(TEST_STAMP)
	$(PY) -m ruff check companion tests tools benchmarks packaging
	$(PY) -m ruff format --check companion tests tools benchmarks packaging
	$(PY) -m mypy

screenshots: $(TEST_STAMP)
	$(PY) tools/screenshots.py docs

# The interface in every language: extract the sources' messages into i18n/companion_*.ts
# (pyside6-lupdate), English's plural forms, and build assets/i18n/companion_*.qm
# (pyside6-lrelease). See docs/translating.md. `make run`, `test` and `package` rebuild a
# .qm whose .ts is newer, so a fresh clone (or an edited .ts) needs no manual step.
translations: $(STAMP)
	$(PY) tools/translations.py

assets/i18n/companion_%.qm: i18n/companion_%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The one-folder app in dist/companion/ (PyInstaller, packaging/companion.spec).
$(PACKAGE_STAMP): $(TEST_STAMP)
	$(PY) -m pip install --quiet -e ".[dev,package]"
	touch $(PACKAGE_STAMP)

# PyInstaller imports onnxruntime to analyse it: its telemetry stays off here too.
package: export ORT_DISABLE_TELEMETRY = 1
package: $(PACKAGE_STAMP) $(QM)
	mkdir -p build
	$(PY) tools/notices.py build/THIRD_PARTY_NOTICES.md
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/companion.spec
	cp LICENSE build/THIRD_PARTY_NOTICES.md dist/companion/
	@du -sh dist/companion

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
