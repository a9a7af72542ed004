# DPO Desk — every target sets up what it needs first.
# `make run` and `make test` are the two commands the README promises.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/dpo-desk/demo.dpodesk


.PHONY: run test demo lint bench clean lock

# The venv is rebuilt when the pinned set or the project metadata changes.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/dpo-desk gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

demo: $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	@test -f $(DEMO_DB) || DPO_DESK_PASSPHRASE="$${DPO_DESK_PASSPHRASE:-demo-passphrase-2026}" $(BIN)/dpo-desk demo --db $(DEMO_DB)
	@echo "Demo register: $(DEMO_DB) (passphrase: $${DPO_DESK_PASSPHRASE:-demo-passphrase-2026})"
	$(BIN)/dpo-desk gui $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check dpo_desk tests bench
	$(BIN)/ruff format --check dpo_desk tests bench

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude pip > requirements.lock.new && mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
