"""Erasure: after a purge, the purged cases' canaries are gone from the file.

An encrypted file cannot be searched, so the check runs on an *unencrypted* copy made
by the backup's own export (``export_copy(key="", allow_plaintext=True)``), where any
leftover would be visible: the row, an attachment, a letter, or a word kept by the
full-text index. Two controls keep the test honest: before the purge the same copy
shows the canaries, and after it the kept cases' canaries are still visible.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import text

from dpo_desk.domain.retention import PurgeMode
from dpo_desk.services import attachments
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import requests as request_service
from dpo_desk.storage import maintenance
from dpo_desk.storage.maintenance import ANONYMISED
from tests.reliability.casework import Canaries, clock_at, closed_breach, closed_request, hits


def _request_texts(c: Canaries, label: str) -> dict:
    return {
        "requester_name": c.latin(f"{label}.name"),
        "requester_email": c.email(f"{label}.email"),
        "requester_phone": c.latin(f"{label}.phone"),
        "requester_address": c.mixed(f"{label}.address"),
        "subject_name": c.arabic(f"{label}.subject"),
        "notes": c.mixed(f"{label}.notes"),
        "identity_method": c.latin(f"{label}.identity_method"),
        "extension_reason": c.arabic(f"{label}.extension_reason"),
    }


def _plain_copy(register, folder, name) -> bytes:
    target = folder / name
    maintenance.export_copy(register, target, key="", allow_plaintext=True)
    data = target.read_bytes()
    os.unlink(target)
    return data


@pytest.mark.parametrize("mode", list(PurgeMode))
def test_purged_canaries_are_gone_kept_ones_remain(register, tmp_path, mode):
    old, kept_c, purged_c = clock_at(date(2019, 5, 6)), Canaries(), Canaries()
    purged = closed_request(register, old, **_request_texts(purged_c, "old"))
    attachments.add_to_request(
        register,
        purged,
        f"{purged_c.latin('old.attachment_name')}.txt",
        purged_c.mixed("old.attachment").encode(),
        clock=old,
    )
    with register.write() as conn:  # a letter draft, if this schema has them
        if "letter_draft" in set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        ):
            conn.execute(
                text(
                    "INSERT INTO letter_draft (request_id, kind, language, text, author, "
                    "created_at, updated_at) VALUES (:id, 'access_answer', 'fr', :body, 'dpo', "
                    "'2019-05-06 10:00:00', '2019-05-06 10:00:00')"
                ),
                {"id": purged.id, "body": f"Madame {purged_c.latin('old.letter')},"},
            )
    closed_breach(register, old, purged_c, prefix="oldbreach")

    now = clock_at(date(2026, 3, 10))
    recent = closed_request(register, now, **_request_texts(kept_c, "recent"))
    kept_values = list(kept_c.issued.values())
    # The authority's own file number is not about a person: the journal keeps it, as it
    # keeps every reference, so that the breach's history stays readable after a purge.
    not_personal = {purged_c.issued["oldbreach.authority_reference"]}
    purged_values = [
        v for k, v in purged_c.issued.items() if "/" not in k and v not in not_personal
    ]
    # The person's own words only: the breach's categories and processors are kept
    # as statistics by anonymisation; its free text must go either way.
    kept_by_anonymise = {
        purged_c.issued[k] for k in ("oldbreach.subject_categories", "oldbreach.record_categories",
                                     "oldbreach.processors", "oldbreach.authority_name")
    }  # fmt: skip

    before = _plain_copy(register, tmp_path, "avant.db")
    assert sorted(hits(before, purged_values)) == sorted(purged_values)  # visible if left
    assert hits(before, not_personal)

    expired = upkeep.expired_cases(register, clock=now)
    assert {e.reference for e in expired} == {purged.reference, "VIO-2019-0001"}
    report = upkeep.purge(register, expired, mode=mode, clock=now)
    assert report.compact is not None and report.compact.checkpoint_complete

    after = _plain_copy(register, tmp_path, "apres.db")
    must_go = purged_values
    if mode is PurgeMode.ANONYMISE:
        must_go = [v for v in purged_values if v not in kept_by_anonymise]
    assert hits(after, must_go) == []
    assert sorted(hits(after, kept_values)) == sorted(kept_values)  # the copy can show

    assert upkeep.expired_cases(register, clock=now) == []  # purged once, listed no more
    assert (
        request_service.get_request(register, recent.id).requester_name
        == (kept_c.issued["recent.name"])
    )
    if mode is PurgeMode.ANONYMISE:
        stats = request_service.get_request(register, purged.id)
        assert stats.requester_name == ANONYMISED and stats.notes == ""
        assert (stats.status, stats.rights, stats.received_on, stats.closed_on) == (
            purged.status,
            purged.rights,
            purged.received_on,
            purged.closed_on,
        )
        assert attachments.of_request(register, stats) == []
