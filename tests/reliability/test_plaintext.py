"""No plaintext at rest: canaries in every text field never appear in any file.

Fifty-odd unique strings (Latin, Arabic, e-mail shapes) go into every text field of
the organisation, requests, breaches (and their notifications, communications and
timeline), activities, processors, transfers and an attachment. The raw register and
its ``-wal`` (while open and after closing), a manual backup, the daily backup and a
private temporary directory are then scanned: zero hits. A plaintext copy made by the
same export code path shows every canary, so the scanner can see what it looks for.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta

import pytest

from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    ActivityDetails,
    DataCategory,
    LegalBasis,
    ProcessorDetails,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import attachments, register_file
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import records as book
from dpo_desk.services import requests as request_service
from dpo_desk.services.preferences import config_dir
from dpo_desk.storage import maintenance
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import (
    Canaries,
    clock_at,
    closed_breach,
    files_under,
    hits,
    scan_files,
)

TODAY = date(2026, 3, 10)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Everything (Python and SQLite) that wants a temp file gets this folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def fill_with_canaries(register, clock, c: Canaries) -> None:
    register_file.update_organisation(
        register,
        Organisation(
            name=c.latin("org.name"),
            address=c.mixed("org.address"),
            dpo_name=c.arabic("org.dpo_name"),
            dpo_email=c.email("org.dpo_email"),
            dpo_phone="+212 6 " + c.latin("org.dpo_phone"),
        ),
        clock=clock,
    )
    from dpo_desk.domain.requests.model import RequestIntake
    from dpo_desk.domain.requests.workflow import Regime, Right

    req = request_service.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.GDPR}),
            rights=frozenset({Right.ACCESS}),
            received_on=TODAY - timedelta(days=2),
            requester_name=c.latin("req.requester_name"),
            requester_email=c.email("req.requester_email"),
            requester_phone=c.latin("req.requester_phone"),
            requester_address=c.mixed("req.requester_address"),
            subject_name=c.arabic("req.subject_name"),
            assignee=c.latin("req.assignee"),
            notes=c.mixed("req.notes"),
        ),
        clock=clock,
    )
    req = request_service.request_identity(
        register, req, method=c.latin("req.identity_method"), clock=clock
    )
    req = request_service.record_identity(register, req, verified=True, clock=clock)
    req = request_service.extend(
        register, req, reason=c.arabic("req.extension_reason"), clock=clock
    )
    attachment_name = c.latin("req.attachment_name")
    body = c.mixed("req.attachment_content")
    attachments.add_to_request(
        register,
        req,
        f"{attachment_name}.txt",
        f"Pièce d'identité de {body}\n".encode(),
        clock=clock,
    )
    closed_breach(register, clock, c, prefix="breach")

    processor = book.save_processor(
        register,
        ProcessorDetails(
            name=c.latin("proc.name"),
            service=c.latin("proc.service"),
            contact=c.email("proc.contact"),
            dpo_contact=c.arabic("proc.dpo_contact"),
            countries=("FR",),
            certifications=(c.latin("proc.certification"),),
            sub_processors=(c.latin("proc.sub_processor"),),
            notes=c.mixed("proc.notes"),
        ),
        clock=clock,
    )
    activity = book.save_activity(
        register,
        ActivityDetails(
            name=c.latin("act.name"),
            purposes=(
                Purpose(
                    c.latin("act.purpose"),
                    LegalBasis.LEGITIMATE_INTERESTS,
                    c.arabic("act.justification"),
                ),
            ),
            description=c.mixed("act.description"),
            owner_department=c.latin("act.owner_department"),
            joint_controller=c.latin("act.joint_controller"),
            software=c.latin("act.software"),
            subject_categories=(c.latin("act.subject_category"),),
            data_categories=frozenset({DataCategory.IDENTITY}),
            sources=(c.latin("act.source"),),
            recipients=(Recipient(RecipientKind.EXTERNAL, c.latin("act.recipient")),),
            retention=(
                RetentionRule(
                    DataCategory.IDENTITY,
                    3,
                    RetentionUnit.YEARS,
                    c.latin("act.retention_trigger"),
                    c.latin("act.retention_scope"),
                ),
            ),
            security_notes=c.arabic("act.security_notes"),
            rights_service=c.email("act.rights_service"),
            cndp_receipt=c.latin("act.cndp_receipt"),
            notes=c.latin("act.notes"),
        ),
        processor_ids=(processor.id,),
        clock=clock,
    )
    book.add_transfer(
        register,
        TransferDetails(
            country="US",
            mechanism=TransferMechanism.SCC,
            reference=c.latin("transfer.reference"),
            activity_id=activity.id,
            notes=c.arabic("transfer.notes"),
        ),
        clock=clock,
    )


def test_no_canary_in_any_file_at_rest(tmp_path, private_tmp, organisation):
    clock = clock_at(TODAY)
    folder = tmp_path / "registres"
    folder.mkdir()
    path = folder / "registre.dpodesk"
    c = Canaries()
    register = register_file.create_register(path, TEST_PASSPHRASE, organisation, clock=clock)
    try:
        fill_with_canaries(register, clock, c)
        values = [v for k, v in c.issued.items() if "/" not in k]  # whole field values
        assert len(c.issued) >= 50

        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the WAL holds the recent pages
        assert scan_files([path, wal], c.issued.values()) == {}  # encrypted while open

        upkeep.backup_register(register, folder / "manuelle.dpodesk", clock=clock)
        assert upkeep.daily_backup_if_due(register, clock) is not None

        # The control: the same export, unencrypted, shows every canary to this scanner.
        control = tmp_path / "controle" / "clair.db"
        control.parent.mkdir()
        maintenance.export_copy(register, control, key="", allow_plaintext=True)
        data = control.read_bytes()
        assert sorted(hits(data, values)) == sorted(values)
    finally:
        register.close()

    at_rest = files_under(folder) + files_under(private_tmp) + files_under(config_dir())
    assert any(p.name == "manuelle.dpodesk" for p in at_rest)
    assert any(p.parent.name == "registre-sauvegardes" for p in at_rest)
    assert scan_files(at_rest, c.issued.values()) == {}
    assert files_under(private_tmp) == []  # nothing was even written there
