"""Every action code and field key written to the journal has a label (issue 25).

The journal is what a DPO shows the CNDP: "issue", "auto_lock_minutes" or a Python
repr would read as a bug report, not as an audit trail. Two nets catch a code or key
added without its words: the services are run (the demo register, then the settings,
letters, attachments, links, an export and a backup it does not exercise) and every
entry read back; and the sources are scanned for the literal action codes and change
keys handed to the journal.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dpo_desk.domain import journal as words
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.records import ContractEnd, DataOutcome
from dpo_desk.domain.retention import IdentityPolicy, IdentityProof, RetentionPolicy
from dpo_desk.services import (
    attachments,
    authorities,
    demo,
    exports,
    identity_documents,
    letter_rules,
    letters,
    maintenance,
    records,
    register_file,
)
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import RequestFilter
from tests.conftest import TEST_PASSPHRASE

SOURCES = Path(__file__).resolve().parents[2] / "dpo_desk"
# Python's own spellings of a value, which a person must never read in the journal.
REPR = re.compile(r"\{'|\['|'\]|'\}|\bNone\b|\bTrue\b|\bFalse\b")
SNAKE_CODE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")  # web_form, auto_lock_minutes


def _keys(entity: str, changes: dict[str, Any], parent: str = "") -> Iterator[tuple[str, str]]:
    """(parent, key) of every key of ``changes``, nested records included."""
    for key, value in changes.items():
        yield parent, key
        if entity == "calendar":
            continue  # its parts hold days and holidays, not fields (_calendar_lines)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                yield from _keys(entity, item, key)


def _entries(register) -> list[tuple[str, str, dict[str, Any]]]:
    import json

    with register.read() as conn:
        rows = conn.execute(text("SELECT action, entity, changes FROM audit_log")).all()
    return [(a, e, json.loads(c) if c else {}) for a, e, c in rows]


@pytest.fixture(scope="module")
def journaled(tmp_path_factory) -> list[tuple[str, str, dict[str, Any]]]:
    """The journal of a register that went through most of what DPO Desk journals."""
    from tests.conftest import make_frozen_clock

    clock = make_frozen_clock()
    folder = tmp_path_factory.mktemp("journal-words")
    register = demo.build_demo(folder / "demo.dpodesk", TEST_PASSPHRASE, clock=clock)
    try:
        register_file.set_auto_lock_minutes(register, 12, clock=clock)
        maintenance.save_backup_keep(register, 5, clock=clock)
        maintenance.save_retention_policy(register, RetentionPolicy(4, 6), clock=clock)
        letter_rules.set_four_eyes(register, True, clock=clock)
        identity_documents.save_identity_policy(
            register, IdentityPolicy(IdentityProof.IN_PERSON, 20), clock=clock
        )
        records.save_review_months(register, 18, clock=clock)
        records.save_adequate_countries(register, ["FR", "ES"], clock=clock)
        authorities.save_addresses(register, {"cndp": {"fr": "Rabat, Maroc"}}, clock=clock)
        org = register_file.load_organisation(register)
        assert org is not None
        from dataclasses import replace

        register_file.update_organisation(register, replace(org, town="Rabat"), clock=clock)

        row = request_service.list_requests(register, RequestFilter())[0]
        case = request_service.find_request(register, row.reference)
        info = attachments.add_to_request(register, case, "note.txt", b"bonjour", clock=clock)
        attachments.delete_from_request(register, case, info.id, clock=clock)
        draft = letters.start_draft(
            register, case.reference, "acknowledgement", "fr", "Nadia", clock=clock
        )
        draft = letters.save_draft(register, draft, draft.text + "\nMerci.", clock=clock)
        draft = letters.validate_draft(register, draft, "Salma", clock=clock)
        letters.issue_pdf(register, draft, clock=clock)

        activity = records.all_activities(register)[0]
        processor = records.all_processors(register)[0]
        records.link_processor(register, activity.id, processor.id, clock=clock)
        records.unlink_processor(register, activity.id, processor.id, clock=clock)
        records.end_contract(
            register,
            processor,
            ContractEnd(date(2026, 3, 1), DataOutcome.DELETED, date(2026, 3, 5)),
            clock=clock,
        )
        for transfer in records.all_transfers(register)[:1]:
            records.remove_transfer(register, transfer.id, clock=clock)

        exports.export_register(register, "all", folder / "tout.xlsx", clock=clock)
        maintenance.backup_register(register, folder / "copie.dpodesk", clock=clock)
        return _entries(register)
    finally:
        register.close()


def test_every_action_entity_and_key_written_has_a_label(journaled):
    assert len(journaled) > 80
    missing = set()
    for action, entity, changes in journaled:
        if action not in words.ACTION_LABELS:
            missing.add(f"action {action}")
        if entity not in words.ENTITY_LABELS:
            missing.add(f"entity {entity}")
        for parent, key in _keys(entity, changes):
            if words.field_label_of(entity, key, parent) is None:
                missing.add(f"{entity}.{parent + '.' if parent else ''}{key}")
    assert not missing, sorted(missing)
    # The run reached what the demo alone does not journal.
    actions = {a for a, _, _ in journaled}
    assert {"issue", "validate", "export", "backup", "delete_attachment", "unlink"} <= actions


def test_no_entry_reads_as_code_or_python(journaled):
    from dpo_desk.documents.kinds import LETTER_KIND_LABELS

    # As the screen and the export write it, with the letter kinds named above the domain.
    wording = words.Wording(
        zone=organisation_zone(), values={"letter.kind": (LETTER_KIND_LABELS, "LetterKind")}
    )
    for _action, entity, changes in journaled:
        for line in words.describe_lines(changes, entity, wording):
            assert not REPR.search(line), line
            assert not SNAKE_CODE.search(line), line  # a key or a code, not a label
            assert "acknowledgement" not in line, line
    # Codes that once showed as stored.
    exported = next(c for a, _, c in journaled if a == "export")
    assert "Contenu exporté : Classeur Excel : tous les registres" in words.describe_lines(
        exported, "register"
    )


def _literal(node: ast.AST, consts: dict[str, str]) -> Iterator[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value
        elif isinstance(sub, ast.Name | ast.Attribute):
            name = sub.id if isinstance(sub, ast.Name) else sub.attr
            if name in consts:
                yield consts[name]


def _journal_calls() -> Iterator[tuple[Path, ast.Call, dict[str, str]]]:
    """Each call that writes the journal: ``journal.record``, ``audit.append`` and the
    services' ``_journal`` helpers, with the module's string constants."""
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                called = (func.value.id, func.attr)
            elif isinstance(func, ast.Name):
                called = ("", func.id)
            else:
                continue
            if called in {("journal", "record"), ("audit", "append"), ("", "_journal")}:
                yield path, node, consts


def _static_actions() -> dict[str, str]:
    found: dict[str, str] = {}
    for path, call, consts in _journal_calls():
        nodes = [kw.value for kw in call.keywords if kw.arg == "action"] + call.args[2:3]
        for node in nodes:
            for code in _literal(node, consts):
                found.setdefault(code, path.name)
    # Use cases that hand their action to a shared helper: ``_apply(..., action="nature")``,
    # ``_save_processor(register, processor, values, changes, "end_contract", clock)``.
    for path in sorted((SOURCES / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {
            node.name: [a.arg for a in node.args.args].index("action")
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and "action" in [a.arg for a in node.args.args]
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and len(node.args) > helpers[node.func.id]
            ):
                for code in _literal(node.args[helpers[node.func.id]], {}):
                    found.setdefault(code, path.name)
            if isinstance(node, ast.keyword) and node.arg == "action":
                for code in _literal(node.value, {}):
                    found.setdefault(code, path.name)
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "action" for t in node.targets
            ):
                for code in _literal(node.value, {}):
                    found.setdefault(code, path.name)
    return found


def test_every_literal_action_code_in_the_sources_has_a_label():
    found = _static_actions()
    expected = {"issue", "validate", "nature", "assess", "rekey", "art34_exception", "data_outcome"}
    assert expected <= set(found)
    missing = {code: where for code, where in found.items() if code not in words.ACTION_LABELS}
    assert not missing


def test_every_literal_change_key_in_the_sources_has_a_label():
    """The keys of the dict literals handed to the journal (a backup's "key", a purge's
    "kept_until", a seal's "seen_head"): those no run above reaches are checked here."""
    missing = set()
    for path, call, _consts in _journal_calls():
        candidates = [kw.value for kw in call.keywords if kw.arg == "changes"] + call.args[3:]
        for node in candidates:
            for sub in ast.walk(node):
                if not isinstance(sub, ast.Dict):
                    continue
                for key in sub.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        if all(
                            words.field_label_of(entity, key.value) is None
                            for entity in ("", *words.ENTITY_LABELS)
                        ):
                            missing.add(f"{path.name}: {key.value}")
    assert not missing, sorted(missing)


def test_a_new_code_without_a_label_is_caught():
    # The nets above must be able to fail.
    assert words.field_label_of("request", "frobnicate") is None
    assert "frobnicate" not in words.ACTION_LABELS
    assert list(_keys("breach", {"factors": {"frobnicate": 1}})) == [
        ("", "factors"),
        ("factors", "frobnicate"),
    ]


# ----------------------------------------------------------------------------- formatter


def test_a_breach_nature_and_risk_read_in_words_never_as_a_repr():
    changes = {
        "factors": {"availability": "none", "confidentiality": "limited", "malicious": True},
        "data_categories": "['education', 'identity']",  # as older entries stored it
        "regimes": ["gdpr", "law-09-08"],
        "minors": [False, True],
    }
    lines = words.describe_lines(changes, "breach")
    assert lines[0] == (
        "Facteurs de risque : Atteinte à la disponibilité : Aucune atteinte, "
        "Atteinte à la confidentialité : Atteinte limitée, Intention malveillante : Oui"
    )
    assert lines[1].startswith("Catégories de données : Scolarité")
    assert "[" not in lines[1] and "education" not in lines[1]
    assert lines[2] == "Régimes : RGPD, Loi 09-08"
    assert lines[3] == "Mineurs concernés : Non → Oui"


def test_a_request_channel_change_and_status_use_their_labels():
    lines = words.describe_lines(
        {"channel": ["web_form", "email"], "status": ["new", "in_progress"]}, "request"
    )
    assert lines == [
        "Canal de réception : Formulaire en ligne → E-mail",
        "Statut : Nouvelle → En cours de traitement",
    ]
    # The same key names another entity's codes: a breach's communication channel, and
    # its notification's channel (a request's channels).
    assert words.describe_lines({"channel": "in_app"}, "breach") == [
        "Canal : Message dans l'application"
    ]
    assert words.describe_lines({"channel": "web_form"}, "breach") == [
        "Canal : Formulaire en ligne"
    ]


def test_instants_are_local_days_formatted_and_settings_named():
    casablanca = organisation_zone("Africa/Casablanca")
    wording = words.Wording(zone=casablanca)
    # 8 February 2026: Morocco is at UTC+1.
    lines = words.describe_lines(
        {"aware_at": "2026-02-08T11:30:00+00:00", "due_on": "2026-04-06"}, "breach", wording
    )
    assert lines == ["Prise de connaissance : 08/02/2026 12:30", "Échéance : 06/04/2026"]
    assert words.describe_lines({"auto_lock_minutes": [5, 12]}, "settings") == [
        "Verrouillage automatique (minutes) : 5 → 12"
    ]
    assert words.describe_lines({"author": "renseigné"}, "letter") == ["Rédigé par : renseigné"]
    assert words.describe_lines({"fields": ["town", "dpo_email"]}, "organisation") == [
        "Champs modifiés : Ville, E-mail du DPO"
    ]
    when = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    assert words.describe_value(when, "at", "breach", wording) == "01/07/2026 09:00"


def test_unknown_keys_and_codes_are_shown_as_stored():
    assert words.describe_lines({"frobnicate": ["a", "b"], "other": 1}) == [
        "frobnicate : a → b",
        "other : 1",
    ]
