"""Use cases on the register file itself: create, unlock, describe, verify."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from dpo_desk import __version__
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.deadlines import RULES_VERSION
from dpo_desk.domain.errors import Translate, TranslateIn, UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.tamper import (
    CHAIN_BROKEN,
    MORE_FINDINGS,
    SCHEMA_MISSING,
    SCHEMA_MODIFIED,
    SCHEMA_UNKNOWN,
    Finding,
)
from dpo_desk.domain.zones import tzdata_version
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import (
    MINIMUM_LENGTH,
    is_long_enough,
    personal_words,
    require_strong,
)
from dpo_desk.services import replay, seal
from dpo_desk.services.journal import current_actor
from dpo_desk.services.requests import RULES_KEY, apply_rule_changes
from dpo_desk.storage import audit, database, schema_check
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage.cipher import HMAC_PAGE, KeyAhead
from dpo_desk.storage.database import Register, open_register
from dpo_desk.storage.errors import DamagedPages, IntegrityFailure, WeakPassphrase
from dpo_desk.storage.schema import COUNTED_TABLES

log = logging.getLogger(__name__)


def organisation_words(org: Organisation | None) -> list[str]:
    """What zxcvbn must treat as known when rating a passphrase: the organisation's and
    the DPO's names and the DPO's e-mail (a passphrase built on them is easy to guess)."""
    if org is None:
        return []
    return personal_words(org.name, org.dpo_name, org.dpo_email)


def require_long_enough(passphrase: str) -> None:
    """A new passphrase's first rule, refused with its own message before zxcvbn rates
    it: at least ``MINIMUM_LENGTH`` characters (WeakPassphrase, exit 6)."""
    if not is_long_enough(passphrase):
        raise WeakPassphrase(minimum=MINIMUM_LENGTH)


def create_register(
    path: Path,
    passphrase: str,
    organisation: Organisation,
    *,
    clock: Clock | None = None,
) -> Register:
    """Create a new encrypted register for ``organisation``; the caller closes it."""
    org = organisation.validated()
    require_long_enough(passphrase)
    require_strong(passphrase, organisation_words(org))
    clock = clock or SystemClock()
    register = open_register(path, passphrase, create=True)
    try:
        with register.write() as conn:
            now = clock.now()
            organisation_repo.save(conn, org, now)
            # A new register's due dates are computed under the current rules: nothing
            # to recompute at its first unlock (services.requests.apply_rule_changes).
            organisation_repo.set_setting(conn, RULES_KEY, RULES_VERSION)
            audit.append(
                conn,
                at=now,
                actor=current_actor(),
                action="create",
                entity="register",
                entity_id=register.register_uuid,
                changes={"version": __version__},
            )
        seal.watch(register, at=clock.now(), actor=current_actor())
    except BaseException:
        register.close()
        raise
    return register


def open_without_unlock(
    path: Path, passphrase: str, *, read_only: bool = True, clock: Clock | None = None
) -> Register:
    """Open a register for a command that journals no unlock (the CLI's info, verify,
    list, show and export): an unlock entry per command would move the journal's head
    each time, so no printed head could ever be compared with the file.

    ``read_only=True`` opens with ``PRAGMA query_only``: nothing is written, not even the
    seal kept on this computer. ``read_only=False`` (an export, which journals itself)
    checks and keeps the seal as an unlock does.
    """
    register = open_register(path, passphrase, read_only=read_only)
    if not read_only:
        try:
            seal.watch(register, at=(clock or SystemClock()).now(), actor=current_actor())
        except BaseException:
            register.close()
            raise
    return register


def unlock_register(
    path: Path,
    passphrase: str,
    *,
    clock: Clock | None = None,
    ahead: KeyAhead | None = None,
) -> Register:
    """Open an existing register and journal the unlock.

    ``ahead``: the key of this file derived in advance (services.startup); used when it
    was derived for this path and passphrase, else the key is derived now.
    """
    keyed = ahead.take(path, passphrase) if ahead is not None else None
    register = open_register(path, passphrase, keyed=keyed)
    clock = clock or SystemClock()
    try:
        # Before the unlock entry: a journal shorter than this computer last saw it is
        # recorded first (services.seal).
        seal.watch(register, at=clock.now(), actor=current_actor())
        with register.write() as conn:
            changes = {}
            if register.report.migrated_from:
                changes["migrated_from"] = register.report.migrated_from
            audit.append(
                conn,
                at=clock.now(),
                actor=current_actor(),
                action="unlock",
                entity="register",
                entity_id=register.register_uuid,
                changes=changes,
            )
        # Due dates stored under older deadline rules follow the current ones.
        apply_rule_changes(register, clock=clock)
    except BaseException:
        register.close()
        raise
    _sweep_leftovers(register)
    return register


def _sweep_leftovers(register: Register) -> None:
    """Remove what interrupted work left beside the file: the encrypted temporary copy of
    a passphrase change (storage.maintenance.rekey), and the orphaned backup copies,
    restore staging folders and export parts of dead processes (storage.leftovers), in
    the register's folder and its daily-backup folder. Never a reason for the unlock to
    fail."""
    from dpo_desk.storage import leftovers
    from dpo_desk.storage.maintenance import daily_folder, sweep_rekey_leftovers

    try:
        removed = sweep_rekey_leftovers(register)
    except UserError as error:
        log.warning("rekey leftovers not swept (%s)", type(error).__name__)
        removed = []
    if removed:
        log.info("removed %d file(s) left by an interrupted passphrase change", len(removed))
    leftovers.sweep([register.path.parent, daily_folder(register.path)])


def remember_passphrase(
    keystore: Keystore, register: Register, passphrase: str, remember: bool
) -> bool:
    """Apply the user's "remember on this computer" choice; True if it is now remembered."""
    if remember:
        return keystore.set(register.register_uuid, passphrase)
    keystore.forget(register.register_uuid)
    return False


@dataclass(frozen=True)
class RegisterInfo:
    path: Path
    register_uuid: str
    organisation: Organisation | None
    schema_version: str | None
    app_version: str
    counts: dict[str, int]
    # The IANA release of the zone data every time is shown with ("2026f"): it is
    # part of the build (domain/zones.py), so a support request needs it.
    tzdata: str = ""

    def as_json(self) -> dict[str, object]:
        org = self.organisation
        return {
            "path": str(self.path),
            "register_uuid": self.register_uuid,
            "organisation": None
            if org is None
            else {
                "name": org.name,
                "address": org.address,
                "dpo_name": org.dpo_name,
                "dpo_email": org.dpo_email,
                "dpo_phone": org.dpo_phone,
                "timezone": org.timezone,
                "town": org.town,
            },
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "tzdata": self.tzdata,
            "counts": self.counts,
        }


def register_info(register: Register) -> RegisterInfo:
    with register.read() as conn:
        org = organisation_repo.load(conn)
    return RegisterInfo(
        path=register.path,
        register_uuid=register.register_uuid,
        organisation=org,
        schema_version=database.schema_version(register),
        app_version=__version__,
        counts=database.count_rows(register, COUNTED_TABLES),
        tzdata=tzdata_version(),
    )


def load_organisation(register: Register) -> Organisation | None:
    with register.read() as conn:
        return organisation_repo.load(conn)


#: what the journal names when the organisation changes (names only, never values)
ORGANISATION_FIELDS = ("name", "address", "town", "dpo_name", "dpo_email", "dpo_phone", "timezone")


def update_organisation(
    register: Register, organisation: Organisation, *, clock: Clock | None = None
) -> Organisation:
    org = organisation.validated()
    clock = clock or SystemClock()
    with register.write() as conn:
        before = organisation_repo.load(conn)
        now = clock.now()
        organisation_repo.save(conn, org, now)
        changed = sorted(
            name
            for name in ORGANISATION_FIELDS
            if before is None or getattr(before, name) != getattr(org, name)
        )
        audit.append(
            conn,
            at=now,
            actor=current_actor(),
            action="update",
            entity="organisation",
            entity_id="1",
            changes={"fields": changed},
        )
    return org


class TamperEvidence(IntegrityFailure):
    """``verify`` found a change the file's own checks cannot see: each finding is a
    translatable clause (domain.tamper), joined into the integrity message."""

    SHOWN = 4  # findings in the sentence; the CLI lists them all

    def __init__(self, name: str, findings: list[Finding]) -> None:
        self.findings = findings  # before the base class asks for the message
        super().__init__(name=name, reason="")

    def message(
        self, translate: Translate | None = None, translate_in: TranslateIn | None = None
    ) -> str:
        clauses = [f.message(translate, translate_in) for f in self.findings[: self.SHOWN]]
        more = len(self.findings) - self.SHOWN
        if more > 0:
            clauses.append(Finding(MORE_FINDINGS, count=more).message(translate, translate_in))
        tr = translate or (lambda text: text)
        return tr(self.template).format(name=self.values["name"], reason="; ".join(clauses))


def verify_register(register: Register, *, expect: str | None = None) -> None:
    """Raise IntegrityFailure naming the problems, or return when all is sound.

    Beyond SQLite's and SQLCipher's own checks and the journal's chain: the schema is
    the app's (storage.schema_check), each request and breach holds what its journal
    entries say (services.replay), the journal still contains what this computer last
    saw of it (services.seal), and, with ``expect``, a head printed earlier.
    """
    problems = database.integrity_problems(register)
    failed = [int(m.group(1)) for line in problems if (m := HMAC_PAGE.search(line))]
    if failed:
        # A page that fails its HMAC is damage or tampering, whatever else follows from
        # it: say so, name the pages, and point at a backup.
        raise DamagedPages(name=register.name, pages=failed)
    if problems:
        raise IntegrityFailure(name=register.name, reason="; ".join(problems[:3]))
    findings: list[Finding] = []
    with register.read() as conn:
        broken = audit.first_broken_entry(conn)
        structure = schema_check.schema_findings(conn)
    if broken is not None:
        findings.append(Finding(CHAIN_BROKEN, entry=broken))
    templates = {"unknown": SCHEMA_UNKNOWN, "missing": SCHEMA_MISSING, "modified": SCHEMA_MODIFIED}
    findings += [Finding(templates[f.kind], type=f.type, name=f.name) for f in structure]
    findings += seal.findings(register)
    if expect:
        findings += seal.expect_findings(register, expect)
    findings += replay.replay_findings(register)
    if findings:
        raise TamperEvidence(register.name, findings)


# ----------------------------------------------------------------------------- auto-lock

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 5  # as a password manager: short enough for a lunch break
MAX_AUTO_LOCK_MINUTES = 240

ERR_AUTO_LOCK = QT_TRANSLATE_NOOP(
    "Errors",
    "Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.",
)


def auto_lock_minutes(register: Register) -> int:
    """Minutes without input before the window locks itself; 0 = never.

    A register setting, not a preference of the workstation: how long the personal data
    it holds may stay on an unattended screen is the organisation's security rule
    (GDPR Art. 32; Law 09-08 art. 23), the same on every computer that opens the file.
    """
    with register.read() as conn:
        value = organisation_repo.get_setting(conn, AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_AUTO_LOCK_MINUTES
    return minutes if 0 <= minutes <= MAX_AUTO_LOCK_MINUTES else DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(register: Register, minutes: int, *, clock: Clock | None = None) -> None:
    if not 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise ValidationError(ERR_AUTO_LOCK, "auto_lock_minutes", limit=MAX_AUTO_LOCK_MINUTES)
    clock = clock or SystemClock()
    with register.write() as conn:
        before = organisation_repo.get_setting(conn, AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
        organisation_repo.set_setting(conn, AUTO_LOCK_KEY, minutes)
        audit.append(
            conn,
            at=clock.now(),
            actor=current_actor(),
            action="update",
            entity="settings",
            changes={AUTO_LOCK_KEY: [before, minutes]},
        )
