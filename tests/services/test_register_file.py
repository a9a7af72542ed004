"""Register use cases: creation rules, organisation edits, the journal, verification."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.services import register_file
from dpo_desk.storage.errors import IntegrityFailure, WeakPassphrase
from tests.conftest import TEST_PASSPHRASE


def test_create_records_organisation_and_journal(register, organisation):
    info = register_file.register_info(register)
    assert info.organisation == organisation
    assert info.counts["audit_entries"] == 1
    assert info.schema_version


def test_weak_passphrase_refused_and_no_file(register_path, organisation):
    with pytest.raises(WeakPassphrase):
        register_file.create_register(register_path, "short", organisation)
    assert not register_path.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"dpo_email": "dpo@"}, "dpo_email"),
        ({"dpo_email": "<script>@x.ma"}, "dpo_email"),
        ({"address": "x" * 5000}, "address"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
    ],
)
def test_bad_organisation_input_is_refused_by_field(register_path, changes, field):
    org = Organisation(**{"name": "Reelex", **changes})
    with pytest.raises(ValidationError) as caught:
        register_file.create_register(register_path, TEST_PASSPHRASE, org)
    assert caught.value.field == field
    assert not register_path.exists()


def test_arabic_and_markup_are_kept_verbatim(register, frozen_clock):
    org = Organisation(
        name="شركة نجاح <b>SARL</b>", dpo_name="سلمى بناني", dpo_email="dpo@najhine.ma"
    )
    register_file.update_organisation(register, org, clock=frozen_clock)
    assert register_file.load_organisation(register) == org


def test_unlock_is_journaled_and_verify_passes(register):
    path = register.path
    register.close()
    reg = register_file.unlock_register(path, TEST_PASSPHRASE)
    try:
        assert register_file.register_info(reg).counts["audit_entries"] == 2
        register_file.verify_register(reg)
    finally:
        reg.close()


def test_edited_journal_entry_fails_verification(register, frozen_clock, organisation):
    register_file.update_organisation(register, organisation, clock=frozen_clock)
    with register.write() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone-else' WHERE id = 1"))
    with pytest.raises(IntegrityFailure) as caught:
        register_file.verify_register(register)
    assert "entrée 1" in caught.value.message()


def test_auto_lock_setting_defaults_validates_and_is_journaled(register):
    assert register_file.auto_lock_minutes(register) == 5
    register_file.set_auto_lock_minutes(register, 0)
    assert register_file.auto_lock_minutes(register) == 0
    with pytest.raises(ValidationError) as caught:
        register_file.set_auto_lock_minutes(register, 241)
    assert caught.value.field == "auto_lock_minutes"
    assert register_file.auto_lock_minutes(register) == 0
    with register.read() as conn:
        last = conn.execute(text("SELECT entity, changes FROM audit_log ORDER BY id DESC")).first()
    assert last.entity == "settings" and '"auto_lock_minutes": [5, 0]' in last.changes
