"""Identity documents: marked when added, deleted on the DPO's word or by the retention
review, journaled without content, and gone from the file's pages and WAL.

The identity-request letter promises that a copy of an identity document is deleted
once checked (GDPR Art. 5(1)(c), 5(1)(e), 12(6); Law 09-08 art. 3). The proof is in
the bytes: the test decrypts every page of the register file itself (SQLCipher 4's
page format, with the register's passphrase), free pages included, and looks for a
marker that was inside the deleted file. A logical copy (``sqlcipher_export``) would
not do: it copies live rows only, so it could never show a leftover in a free page.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dpo_desk.documents.kinds import LetterKind, LetterLanguage
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, RequestStatus, Right
from dpo_desk.domain.retention import (
    AttachmentDeletion,
    AttachmentPurpose,
    IdentityPolicy,
    IdentityProof,
    identity_copy_delete_by,
)
from dpo_desk.services import attachments
from dpo_desk.services import identity_documents as svc
from dpo_desk.services import letters as letter_service
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import requests as request_service
from dpo_desk.storage import audit
from tests.conftest import TEST_PASSPHRASE

cryptography = pytest.importorskip("cryptography")
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes  # noqa: E402

# SQLCipher 4 defaults (the register changes none): 4096-byte pages, PBKDF2-HMAC-SHA512
# with 256,000 iterations over the 16-byte salt at the head of the file, AES-256-CBC,
# and 80 reserved bytes at the end of each page (16 of IV, 64 of HMAC).
PAGE, RESERVE, SALT, KDF_ITER = 4096, 80, 16, 256_000


def decrypted_pages(path: Path, passphrase: str = TEST_PASSPHRASE) -> bytes:
    """Every page of the file, decrypted, free pages included: what a raw scan sees."""
    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), data[:SALT], KDF_ITER, 32)
    out = []
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        skip = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[skip : PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(out)


def at(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC))


def intake(**overrides) -> RequestIntake:
    values = dict(
        regimes=frozenset({Regime.GDPR}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name="Yassine El Amrani",
        requester_email="yassine.elamrani@example.ma",
        channel=Channel.EMAIL,
    )
    values.update(overrides)
    return RequestIntake(**values)


@pytest.fixture
def request_case(register, frozen_clock):
    return request_service.create_request(register, intake(), clock=frozen_clock)


def marked_scan(marker: bytes, size: int = 12_000) -> bytes:
    """A fake scan bigger than a page, so its bytes sit in overflow pages too."""
    filler = secrets.token_bytes(size)
    return filler[: size // 3] + marker + filler[size // 3 :] + marker


def journal(register, reference):
    with register.read() as conn:
        return audit.entries_for(conn, "request", reference)


# ----------------------------------------------------------------------------- marking


def test_an_attachment_is_marked_as_proof_of_identity(register, request_case, frozen_clock):
    copy = attachments.add_to_request(
        register, request_case, "cnie.jpg", b"scan", clock=frozen_clock, purpose="identity"
    )
    other = attachments.add_to_request(
        register, request_case, "courrier.pdf", b"%PDF-1.7", clock=frozen_clock
    )
    assert copy.purpose == AttachmentPurpose.IDENTITY
    listed = {a.id: a.purpose for a in attachments.of_request(register, request_case)}
    assert listed == {copy.id: "identity", other.id: "other"}
    attach = [e for e in journal(register, request_case.reference) if e.action == "attach"]
    assert attach[0].changes["purpose"] == "identity"
    assert "purpose" not in attach[1].changes


# ----------------------------------------------------------------------------- deletion


def test_deletion_overwrites_the_content_in_the_file_and_the_wal(
    register, request_case, frozen_clock
):
    gone = b"IDCOPY-" + secrets.token_hex(12).encode()
    kept = b"KEPT-" + secrets.token_hex(12).encode()
    copy = attachments.add_to_request(
        register,
        request_case,
        "cnie-recto.jpg",
        marked_scan(gone),
        clock=frozen_clock,
        purpose="identity",
    )
    attachments.add_to_request(
        register, request_case, "courrier.txt", marked_scan(kept, 3000), clock=frozen_clock
    )
    upkeep_checkpoint(register)
    before = decrypted_pages(register.path)
    # The control: the scan does find the markers while the files are there.
    assert gone in before and kept in before

    attachments.delete_from_request(register, request_case, copy.id, clock=frozen_clock)

    wal = Path(str(register.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed (TRUNCATE)
    after = decrypted_pages(register.path)
    assert gone not in after  # secure_delete zeroed the cell and its overflow pages
    assert kept in after  # the scan still sees what is kept
    assert [a.id for a in attachments.of_request(register, request_case)] != [copy.id]


def test_the_scan_would_see_a_leftover_without_secure_delete(
    tmp_path, organisation, frozen_clock, monkeypatch
):
    """The control that gives the test above its teeth: with ``secure_delete`` off, the
    same deletion leaves the marker in a free page, and this scan finds it."""
    from dpo_desk.services.register_file import create_register
    from dpo_desk.storage import cipher

    monkeypatch.setattr(
        cipher,
        "CONNECTION_PRAGMAS",
        tuple((n, "OFF" if n == "secure_delete" else v) for n, v in cipher.CONNECTION_PRAGMAS),
    )
    reg = create_register(tmp_path / "t.dpodesk", TEST_PASSPHRASE, organisation, clock=frozen_clock)
    try:
        case = request_service.create_request(reg, intake(), clock=frozen_clock)
        marker = b"LEFT-" + secrets.token_hex(12).encode()
        copy = attachments.add_to_request(
            reg, case, "cnie.jpg", marked_scan(marker), clock=frozen_clock, purpose="identity"
        )
        attachments.delete_from_request(reg, case, copy.id, clock=frozen_clock)
        assert marker in decrypted_pages(reg.path)
    finally:
        reg.close()


def upkeep_checkpoint(register):
    from dpo_desk.storage import maintenance

    assert maintenance.checkpoint(register)


def test_the_journal_records_the_deletion_without_content_or_name(
    register, request_case, frozen_clock
):
    content = b"scan de la CNIE"
    copy = attachments.add_to_request(
        register,
        request_case,
        "CNIE-El-Amrani.jpg",
        content,
        clock=frozen_clock,
        purpose="identity",
    )
    verified = request_service.record_identity(
        register, request_case, verified=True, on=date(2026, 3, 9), clock=frozen_clock
    )
    attachments.delete_from_request(register, verified, copy.id, clock=frozen_clock)
    entry = journal(register, request_case.reference)[-1]
    assert entry.action == attachments.DELETE_ACTION
    assert entry.changes == {
        "attachment": copy.id,
        "purpose": "identity",
        "media_type": "image/jpeg",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "reason": "identity_checked",  # the check is recorded: the copy has served
    }
    assert "Amrani" not in str(entry.changes)
    with register.read() as conn:
        assert audit.first_broken_entry(conn) is None


def test_reason_defaults_and_can_be_given(register, request_case, frozen_clock):
    first = attachments.add_to_request(
        register, request_case, "cnie.jpg", b"one", clock=frozen_clock, purpose="identity"
    )
    second = attachments.add_to_request(
        register, request_case, "erreur.pdf", b"two", clock=frozen_clock
    )
    # Not checked yet: an identity copy deleted now was simply not needed.
    attachments.delete_from_request(register, request_case, first.id, clock=frozen_clock)
    attachments.delete_from_request(
        register,
        request_case,
        second.id,
        reason=AttachmentDeletion.NOT_NEEDED,
        clock=frozen_clock,
    )
    reasons = [
        e.changes["reason"]
        for e in journal(register, request_case.reference)
        if e.action == attachments.DELETE_ACTION
    ]
    assert reasons == ["not_needed", "not_needed"]
    assert attachments.of_request(register, request_case) == []


def test_another_requests_attachment_or_a_missing_one_is_refused(
    register, request_case, frozen_clock
):
    other = request_service.create_request(register, intake(), clock=frozen_clock)
    theirs = attachments.add_to_request(register, other, "cnie.jpg", b"theirs", clock=frozen_clock)
    with pytest.raises(attachments.AttachmentNotFound):
        attachments.delete_from_request(register, request_case, theirs.id, clock=frozen_clock)
    with pytest.raises(attachments.AttachmentNotFound):
        attachments.delete_from_request(register, request_case, 9999, clock=frozen_clock)
    assert len(attachments.of_request(register, other)) == 1


def test_an_issued_letter_is_the_record_of_what_was_sent(register, request_case, frozen_clock):
    draft = letter_service.start_draft(
        register, request_case.reference, "acknowledgement", "fr", "Nadia", clock=frozen_clock
    )
    draft = letter_service.validate_draft(register, draft, "Salma Bennani", clock=frozen_clock)
    issued, info = letter_service.issue_pdf(register, draft, clock=frozen_clock)
    assert attachments.is_issued_letter(register, request_case, info.id)
    with pytest.raises(attachments.IssuedLetterKept) as refused:
        attachments.delete_from_request(register, request_case, info.id, clock=frozen_clock)
    assert "trace de ce qui a été envoyé" in str(refused.value)
    assert [a.id for a in attachments.of_request(register, request_case)] == [info.id]


# ----------------------------------------------------------------------------- policy


def test_identity_policy_defaults_saves_and_is_journaled(register, frozen_clock):
    assert svc.identity_policy(register) == IdentityPolicy(IdentityProof.DOCUMENT_COPY, 30)
    saved = svc.save_identity_policy(
        register, IdentityPolicy(IdentityProof.EMAIL_ON_FILE, 15), clock=frozen_clock
    )
    assert svc.identity_policy(register) == saved
    with register.read() as conn:
        entry = audit.entries_for(conn, "settings", svc.IDENTITY_POLICY_KEY)[-1]
    assert entry.changes == {
        "proof": ["document_copy", "email_on_file"],
        "copy_days": [30, 15],
    }
    for bad in (0, 366, "30", True):
        with pytest.raises(ValidationError):
            svc.save_identity_policy(register, IdentityPolicy(IdentityProof.IN_PERSON, bad))


def test_a_damaged_policy_falls_back_to_the_defaults():
    assert IdentityPolicy.from_dict({"proof": "selfie", "copy_days": 9000}) == IdentityPolicy()


def test_the_delete_by_date_is_whichever_comes_first():
    checked, closed = date(2026, 3, 9), date(2026, 3, 20)
    assert identity_copy_delete_by(checked, None, 30) == date(2026, 4, 8)
    assert identity_copy_delete_by(checked, closed, 30) == closed
    assert identity_copy_delete_by(checked, date(2026, 6, 1), 30) == date(2026, 4, 8)
    assert identity_copy_delete_by(None, closed, 30) == closed
    assert identity_copy_delete_by(None, None, 30) is None


# ----------------------------------------------------------------------------- review


def test_the_review_lists_due_copies_and_deletes_the_confirmed_ones(
    register, request_case, frozen_clock
):
    gone = b"DUE-" + secrets.token_hex(12).encode()
    copy = attachments.add_to_request(
        register, request_case, "cnie.jpg", marked_scan(gone), clock=frozen_clock,
        purpose="identity",
    )  # fmt: skip
    other = attachments.add_to_request(
        register, request_case, "courrier.pdf", b"%PDF", clock=frozen_clock
    )
    assert svc.identity_copies_due(register, clock=frozen_clock) == []  # not checked yet
    request_service.record_identity(
        register, request_case, verified=True, on=date(2026, 3, 9), clock=frozen_clock
    )
    # 30 days after 9 March is 8 April: not before.
    assert svc.identity_copies_due(register, clock=at(date(2026, 4, 7))) == []
    later = at(date(2026, 4, 8))
    due = svc.identity_copies_due(register, clock=later)
    assert [(d.attachment_id, d.reference, d.delete_by) for d in due] == [
        (copy.id, request_case.reference, date(2026, 4, 8))
    ]
    report = upkeep.purge_reviewed(register, [], identity_copies=due, clock=later)
    assert report.identity_copies == due and report.compact is not None
    assert [a.id for a in attachments.of_request(register, request_case)] == [other.id]
    assert gone not in decrypted_pages(register.path)
    entry = journal(register, request_case.reference)[-1]
    assert (entry.action, entry.changes["reason"]) == (
        attachments.DELETE_ACTION,
        "identity_retention",
    )
    assert svc.identity_copies_due(register, clock=later) == []


def test_closure_makes_a_copy_due_at_once_and_the_days_are_a_setting(
    register, request_case, frozen_clock
):
    attachments.add_to_request(
        register, request_case, "cnie.jpg", b"scan", clock=frozen_clock, purpose="identity"
    )
    svc.save_identity_policy(register, IdentityPolicy(IdentityProof.DOCUMENT_COPY, 5))
    verified = request_service.record_identity(
        register, request_case, verified=True, on=date(2026, 3, 3), clock=frozen_clock
    )
    assert [d.delete_by for d in svc.identity_copies_due(register, clock=frozen_clock)] == [
        date(2026, 3, 8)
    ]
    svc.save_identity_policy(register, IdentityPolicy(IdentityProof.DOCUMENT_COPY, 60))
    assert svc.identity_copies_due(register, clock=frozen_clock) == []
    answered = request_service.answer(register, verified, answered_on=date(2026, 3, 10),
                                      clock=frozen_clock)  # fmt: skip
    assert answered.status is RequestStatus.ANSWERED
    due = svc.identity_copies_due(register, clock=frozen_clock)
    assert [d.delete_by for d in due] == [date(2026, 3, 10)]


def test_a_stale_review_is_refused(register, request_case, frozen_clock):
    copy = attachments.add_to_request(
        register, request_case, "cnie.jpg", b"scan", clock=frozen_clock, purpose="identity"
    )
    request_service.record_identity(
        register, request_case, verified=True, on=date(2026, 3, 9), clock=frozen_clock
    )
    later = at(date(2026, 5, 1))
    due = svc.identity_copies_due(register, clock=later)
    attachments.delete_from_request(register, request_case, copy.id, clock=later)
    with pytest.raises(upkeep.CasesChanged):
        upkeep.purge_reviewed(register, [], identity_copies=due, clock=later)


# ----------------------------------------------------------------------------- letter


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("proof", list(IdentityProof))
def test_the_letter_asks_for_the_chosen_proof_and_states_the_rule(
    register, request_case, frozen_clock, language, proof
):
    svc.save_identity_policy(register, IdentityPolicy(proof, 21), clock=frozen_clock)
    draft = letter_service.start_draft(
        register, request_case.reference, "identity-request", language, "Nadia",
        clock=frozen_clock,
    )  # fmt: skip
    # Inserted values are wrapped in bidi isolates (U+2068 … U+2069): read the words.
    text = draft.text.replace("\u2068", "").replace("\u2069", "")
    copy_words = {"fr": "une copie de votre carte", "en": "send us a copy", "ar": "بنسخة من"}
    rule_words = {"fr": "au plus tard 21 jours", "en": "at the latest 21 days", "ar": "21 يوما"}
    asks_copy = proof is IdentityProof.DOCUMENT_COPY
    assert (copy_words[language.value] in text) is asks_copy
    assert (rule_words[language.value] in text) is asks_copy
    no_copy = {"fr": "aucune copie", "en": "copy", "ar": "نسخة"}
    if proof is IdentityProof.IN_PERSON:
        assert no_copy[language.value] in text.lower()
    assert "{{" not in text and "{%" not in text


def test_identity_copies_are_not_listed_as_enclosures(register, request_case, frozen_clock):
    attachments.add_to_request(
        register, request_case, "cnie-yassine.jpg", b"scan", clock=frozen_clock,
        purpose="identity",
    )  # fmt: skip
    attachments.add_to_request(register, request_case, "releve.pdf", b"%PDF", clock=frozen_clock)
    with register.read() as conn:
        from dpo_desk.storage import requests as repo

        purposes = {a.filename: a.purpose for a in repo.attachments_for(conn, request_case.id)}
    assert purposes == {"cnie-yassine.jpg": "identity", "releve.pdf": "other"}
    # The letters' context: only the statement is listed among the enclosures.
    case = letter_service.Case(
        CaseKind.REQUEST, request_case.id, request_case.reference, request=request_case
    )
    with register.read() as conn:
        values = letter_service._context(  # noqa: SLF001
            conn, case, LetterKind.ACKNOWLEDGEMENT, LetterLanguage.FR,
            on=date(2026, 3, 10), now=frozen_clock.now(),
        ).values  # fmt: skip
    assert values["attachments"] == ("releve.pdf",)
