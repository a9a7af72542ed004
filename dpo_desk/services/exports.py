"""Export the registers, or the journal, to an Excel workbook.

``export_register(register, which, out_path)`` writes a cover sheet then the sheets of
``which``:

- ``requests``, ``breaches``, ``activities``, ``transfers``: that register's sheet;
- ``processors``: the processors *and* the transfers sheet, since a processor's
  transfers abroad (GDPR Art. 28 with Arts. 44-49) are what the DPO is asked about with
  it;
- ``all``: every register, one sheet each, then the whole journal (as ``export_journal``
  writes it unfiltered).

The whole export reads one snapshot of the register (one read transaction), the large
tables in batches (``storage/exports.py``). The file is written owner-only to an unnamed
file in the target's folder (Linux ``O_TMPFILE``; elsewhere a hidden temporary name),
flushed to disk, then named and renamed over the target (``storage/files.py``): a
failed, cancelled or killed export leaves no partial file and no temporary file. A
successful one is journaled (what, how many rows, the file's name; never the content).
The exported file is *not encrypted*: the UI warns before the user picks where it goes,
the command line on its error output (:data:`UNENCRYPTED_WARNING`).
"""

from __future__ import annotations

import errno
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from sqlalchemy import Connection

from dpo_desk import __version__
from dpo_desk.documents import xlsx_columns as cols
from dpo_desk.documents.kinds import LETTER_KIND_LABELS
from dpo_desk.documents.xlsx_columns import PART_SEPARATOR
from dpo_desk.documents.xlsx_export import (
    JOURNAL_HEADING,
    CoverData,
    SheetData,
    WorkbookReport,
    WriteCancelled,
    write_workbook,
)
from dpo_desk.domain import breaches as breach_domain
from dpo_desk.domain import journal as journal_domain
from dpo_desk.domain import records as reg
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services import maintenance
from dpo_desk.storage import audit, files, leftovers
from dpo_desk.storage import exports as rows_repo
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage import records as registers_repo
from dpo_desk.storage.audit import JournalFilter
from dpo_desk.storage.database import Register
from dpo_desk.storage.exports import JournalRow
from dpo_desk.storage.rows import AnyRow

Translate = Callable[[str, str], str]
_T = TypeVar("_T")

WHICH = ("requests", "breaches", "activities", "processors", "transfers", "all")
SHEETS_FOR: dict[str, tuple[str, ...]] = {
    "requests": ("requests",),
    "breaches": ("breaches",),
    "activities": ("activities",),
    "processors": ("processors", "transfers"),
    "transfers": ("transfers",),
    "all": (*cols.REGISTER_KINDS, "journal"),
}

# Said before every export, in the GUI's words (the same messages: ui/exchange/
# export_dialog.py's UnencryptedWarning, so one translation serves both).
UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "UnencryptedWarning", "Le fichier Excel exporté ne sera pas chiffré."
)
UNENCRYPTED_DETAIL = QT_TRANSLATE_NOOP(
    "UnencryptedWarning",
    "Il contiendra des données personnelles lisibles par quiconque y a accès. "
    "Enregistrez-le dans un emplacement protégé et supprimez-le dès qu'il n'est "
    "plus utile. L'export est inscrit au journal.",
)


def unencrypted_warning(translate: Translate | None = None) -> str:
    """The warning, in one paragraph, for a caller without the GUI's message box."""
    tx = translate or _identity
    context = "UnencryptedWarning"
    return f"{tx(context, UNENCRYPTED_WARNING)} {tx(context, UNENCRYPTED_DETAIL)}"


class ExportCancelled(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "Export annulé : aucun fichier n'a été écrit.")
    exit_code = 1


class ExportFailed(UserError):
    """The workbook could not be written; nothing was left at the target."""

    exit_code = 5


class ExportTargetExists(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Le fichier {name} existe déjà : choisissez un autre nom ou remplacez-le."
    )
    exit_code = 4


ERR_UNKNOWN_WHICH = QT_TRANSLATE_NOOP("Errors", "Registre à exporter inconnu : {which}.")
ERR_IS_DIRECTORY = QT_TRANSLATE_NOOP(
    "Errors", "{name} est un dossier : indiquez un nom de fichier .xlsx."
)
ERR_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Le dossier {folder} n'existe pas : l'export n'a pas été écrit."
)
ERR_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "Espace disque insuffisant pour écrire {name} : libérez de la place ou choisissez un "
    "autre emplacement. Aucun fichier n'a été laissé.",
)
ERR_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors",
    "Écriture refusée dans {folder} (droits insuffisants ou support en lecture seule) : "
    "choisissez un autre emplacement. Aucun fichier n'a été laissé.",
)
ERR_WRITE = QT_TRANSLATE_NOOP(
    "Errors", "Impossible d'écrire {name} : {reason}. Aucun fichier n'a été laissé."
)

NO_MECHANISM = QT_TRANSLATE_NOOP("XlsxExport", "aucun mécanisme enregistré")
REFERENCE_PREFIX = QT_TRANSLATE_NOOP("XlsxExport", "réf. {reference}")
JOURNAL_ALL = QT_TRANSLATE_NOOP("XlsxExport", "aucun (journal complet)")
FILTER_ENTITY = QT_TRANSLATE_NOOP("XlsxExport", "objet : {value}")
FILTER_ACTION = QT_TRANSLATE_NOOP("XlsxExport", "action : {value}")
FILTER_ACTOR = QT_TRANSLATE_NOOP("XlsxExport", "auteur : {value}")
FILTER_ENTITY_ID = QT_TRANSLATE_NOOP("XlsxExport", "identifiant commençant par « {value} »")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # per sheet kind, cover excluded
    duration: float = 0.0  # seconds
    truncated_cells: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _identity(_context: str, text: str) -> str:
    return text


# ----------------------------------------------------------------------------- atomic file


def check_target(out_path: Path) -> None:
    """Refuse a target that is a folder (5) or whose folder does not exist (4): for a
    caller to check before it asks anything, the export checks again."""
    if out_path.is_dir():
        raise ExportFailed(ERR_IS_DIRECTORY, name=out_path.name)
    if not out_path.parent.is_dir():
        error = ExportFailed(ERR_NO_FOLDER, folder=str(out_path.parent))
        error.exit_code = 4
        raise error


def _disk_error(exc: OSError, out_path: Path) -> ExportFailed:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportFailed(ERR_DISK_FULL, name=out_path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(ERR_PERMISSION, folder=str(out_path.parent))
    if exc.errno == errno.EISDIR:
        return ExportFailed(ERR_IS_DIRECTORY, name=out_path.name)
    return ExportFailed(ERR_WRITE, name=out_path.name, reason=exc.strerror or type(exc).__name__)


def sweep_leftovers(folder: Path) -> int:
    """Remove, zeroed first, what exports killed in ``folder`` left behind (the named
    fallback only: unnamed files vanish by themselves), and the app's other orphaned
    temporary files there. A running export's file is left alone. How many went."""
    return len(leftovers.sweep([folder]))


def _write_atomically(out_path: Path, write: Callable[[BinaryIO], _T]) -> _T:
    """Run ``write`` on a new owner-only file and make it the target in one step
    (storage/files.py): a failed, cancelled or killed export leaves nothing."""
    check_target(out_path)
    sweep_leftovers(out_path.parent)
    try:
        return files.write_private(out_path, write)
    except WriteCancelled:
        raise ExportCancelled() from None
    except OSError as exc:
        raise _disk_error(exc, out_path) from None


# ----------------------------------------------------------------------------- rows


class _Rows:
    """Builds the raw row tuples of each sheet from one read connection."""

    def __init__(self, conn: Connection, translate: Translate, zone: tzinfo) -> None:
        self.conn = conn
        self.tx = translate
        self.zone = zone

    def label(
        self, context: str, labels: Mapping[Any, str], code: object, default: str = ""
    ) -> str:
        if code is None or code == "":
            return default
        msgid = labels.get(code)
        return self.tx(context, msgid) if msgid else str(code)

    def local(self, instant: datetime | None) -> str:
        if instant is None:
            return ""
        return instant.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    # -- requests: the large one, straight from storage in batches
    def requests(self) -> SheetData:
        keys = [c.key for c in cols.REQUEST_COLUMNS]
        return SheetData(
            "requests",
            cols.REQUEST_COLUMNS,
            rows_repo.iter_requests(self.conn, keys),
            rows_repo.count_requests(self.conn),
        )

    # -- breaches
    def breaches(self) -> SheetData:
        return SheetData(
            "breaches",
            cols.BREACH_COLUMNS,
            self._breach_rows(),
            rows_repo.count_breaches(self.conn),
        )

    def _breach_rows(self) -> Iterator[list[object]]:
        decode = rows_repo.decode_json_list
        keys = [c.key for c in cols.BREACH_COLUMNS]
        for row, notifications, communications in rows_repo.iter_breaches(self.conn):
            values = dict(row._mapping)
            values["regimes"] = tuple(
                code
                for code, flag in (("law-09-08", row.under_law_09_08), ("gdpr", row.under_gdpr))
                if flag
            )
            for key in ("subject_categories", "record_categories", "data_categories"):
                values[key] = decode(values[key])
            values["processors"] = decode(values["processors"])
            values["notifications"] = [self._notification(n) for n in notifications]
            values["communications"] = [self._communication(c) for c in communications]
            yield [values.get(key) for key in keys]

    def _notification(self, n: AnyRow) -> str:
        authority = n.authority_name or self.label(
            "Authority", breach_domain.AUTHORITY_LABELS, n.authority
        )
        parts = [
            authority,
            self.label("NotificationPhase", breach_domain.NOTIFICATION_PHASE_LABELS, n.phase),
            self.local(n.sent_at),
        ]
        if n.authority_reference:
            parts.append(
                self.tx("XlsxExport", REFERENCE_PREFIX).format(reference=n.authority_reference)
            )
        return PART_SEPARATOR.join(parts)

    def _communication(self, c: AnyRow) -> str:
        channel = self.label(
            "CommunicationChannel", breach_domain.COMMUNICATION_CHANNEL_LABELS, c.channel
        )
        return PART_SEPARATOR.join((channel, self.local(c.sent_at), c.audience))

    # -- the registers proper: tens or hundreds of entries, read whole
    def activities(self) -> SheetData:
        activities = registers_repo.all_activities(self.conn)
        names = {p.id: p.name for p in registers_repo.all_processors(self.conn)}
        keys = [c.key for c in cols.ACTIVITY_COLUMNS]

        def rows() -> Iterator[list[object]]:
            for activity in activities:
                values = {key: getattr(activity, key, None) for key in keys}
                values["purposes"] = [self._purpose(p) for p in activity.purposes]
                values["data_categories"] = sorted(activity.data_categories)
                values["security_measures"] = sorted(activity.security_measures)
                values["recipients"] = [
                    PART_SEPARATOR.join(
                        (self.label("RecipientKind", reg.RECIPIENT_KIND_LABELS, r.kind), r.name)
                    )
                    for r in activity.recipients
                ]
                values["retention"] = [self._retention(rule) for rule in activity.retention]
                values["transfers"] = [self._transfer_item(t) for t in activity.transfers]
                values["processors"] = [
                    names[pid] for pid in activity.processor_ids if pid in names
                ]
                yield [values[key] for key in keys]

        return SheetData("activities", cols.ACTIVITY_COLUMNS, rows(), len(activities))

    def _purpose(self, purpose: reg.Purpose) -> str:
        parts = [
            purpose.description,
            self.label("LegalBasis", reg.LEGAL_BASIS_LABELS, purpose.legal_basis),
        ]
        if purpose.justification:
            parts.append(purpose.justification)
        return PART_SEPARATOR.join(parts)

    def _retention(self, rule: reg.RetentionRule) -> str:
        parts = [
            self.label("DataCategory", reg.DATA_CATEGORY_LABELS, rule.category),
            rule.text(lambda text: self.tx("RetentionUnit", text)),
        ]
        if rule.scope:
            parts.append(rule.scope)
        return PART_SEPARATOR.join(parts)

    def _transfer_item(self, transfer: reg.Transfer) -> str:
        mechanism = self.label(
            "TransferMechanism",
            reg.TRANSFER_MECHANISM_LABELS,
            transfer.mechanism,
            self.tx("XlsxExport", NO_MECHANISM),
        )
        return PART_SEPARATOR.join((transfer.country, mechanism))

    def processors(self) -> SheetData:
        processors = registers_repo.all_processors(self.conn)
        names = {a.id: a.name for a in registers_repo.all_activities(self.conn)}
        keys = [c.key for c in cols.PROCESSOR_COLUMNS]

        def rows() -> Iterator[list[object]]:
            for processor in processors:
                values = {key: getattr(processor, key, None) for key in keys}
                values["data_categories"] = sorted(processor.data_categories)
                values["clauses"] = [c for c in reg.Art28Clause if c in processor.clauses]
                values["activities"] = [
                    names[aid] for aid in processor.activity_ids if aid in names
                ]
                yield [values[key] for key in keys]

        return SheetData("processors", cols.PROCESSOR_COLUMNS, rows(), len(processors))

    def transfers(self) -> SheetData:
        transfers = registers_repo.all_transfers(self.conn)
        # By id, None included: a transfer names an activity, a processor, or both.
        activities: dict[int | None, str] = {
            a.id: a.name for a in registers_repo.all_activities(self.conn)
        }
        processors: dict[int | None, str] = {
            p.id: p.name for p in registers_repo.all_processors(self.conn)
        }
        keys = [c.key for c in cols.TRANSFER_COLUMNS]

        def rows() -> Iterator[list[object]]:
            for transfer in transfers:
                values = {key: getattr(transfer, key, None) for key in keys}
                values["activity"] = activities.get(transfer.activity_id, "")
                values["processor"] = processors.get(transfer.processor_id, "")
                yield [values[key] for key in keys]

        return SheetData("transfers", cols.TRANSFER_COLUMNS, rows(), len(transfers))

    # -- the whole journal, after the registers in an ``all`` export
    def journal(self) -> SheetData:
        flt = JournalFilter()
        return SheetData(
            "journal",
            cols.JOURNAL_COLUMNS,
            _journal_rows(self.conn, flt, self.tx, self.zone),
            rows_repo.count_journal(self.conn, flt),
        )


def _cover(conn: Connection, register: Register, clock: Clock, zone: tzinfo) -> CoverData:
    org = organisation_repo.load(conn)
    dpo = ""
    if org is not None:
        dpo = " ".join(
            part for part in (org.dpo_name, f"<{org.dpo_email}>" if org.dpo_email else "") if part
        )
    return CoverData(
        organisation=org.name if org else "",
        address=org.address if org else "",
        dpo=dpo,
        exported_at=clock.now(),
        timezone=str(getattr(zone, "key", zone)),
        version=__version__,
        journal_entries=audit.entry_count(conn),
        journal_head=audit.head_hash(conn),
        register_file=register.name,
    )


def _zone(conn: Connection) -> tzinfo:
    org = organisation_repo.load(conn)
    return organisation_zone(org.timezone if org else None)


# ----------------------------------------------------------------------------- use cases


# The sheets of one export, read in its transaction (conn, the organisation's zone); the
# cover is built first, and a kind of export may complete it.
Sheets = Callable[[Connection, tzinfo, CoverData], list[SheetData]]


def _export(
    register: Register,
    out_path: Path,
    what: str,
    sheets: Sheets,
    translate: Translate,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    clock: Clock | None,
) -> ExportResult:
    """Write the workbook of ``sheets`` from one read transaction (a consistent snapshot),
    atomically, then journal that the data left the register as ``what``."""
    clock = clock or SystemClock()
    out_path = Path(out_path)
    started = time.perf_counter()

    def write(target: BinaryIO) -> WorkbookReport:
        with register.read() as conn:
            zone = _zone(conn)
            cover = _cover(conn, register, clock, zone)
            return write_workbook(
                target,
                cover,
                sheets(conn, zone, cover),
                zone=zone,
                translate=translate,
                progress=progress,
                cancel=cancel,
            )

    report = _write_atomically(out_path, write)
    result = ExportResult(
        out_path, dict(report.rows), time.perf_counter() - started, report.truncated_cells
    )
    maintenance.record_export(
        register, what, count=result.total_rows, file_name=out_path.name, clock=clock
    )
    return result


def export_register(
    register: Register,
    which: str,
    out_path: Path,
    *,
    translate: Translate | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    clock: Clock | None = None,
) -> ExportResult:
    """Write ``which`` (a register kind, or ``all``) to ``out_path`` (replaced if it
    exists: the caller asks first). Raises ExportCancelled, ExportFailed."""
    if which not in SHEETS_FOR:
        error = UserError(ERR_UNKNOWN_WHICH, which=which)
        error.exit_code = 2
        raise error
    tx = translate or _identity

    def sheets(conn: Connection, zone: tzinfo, cover: CoverData) -> list[SheetData]:
        builder = _Rows(conn, tx, zone)
        return [getattr(builder, kind)() for kind in SHEETS_FOR[which]]

    return _export(register, out_path, f"xlsx:{which}", sheets, tx, progress, cancel, clock)


def describe_filter(flt: JournalFilter, translate: Translate | None = None) -> str:
    """The Journal screen's filter in words, for the cover of a journal export."""
    tx = translate or _identity
    parts = []
    if flt.entity:
        label = journal_domain.ENTITY_LABELS.get(flt.entity)
        value = tx("JournalEntity", label) if label else flt.entity
        parts.append(tx("XlsxExport", FILTER_ENTITY).format(value=value))
    if flt.action:
        label = journal_domain.ACTION_LABELS.get(flt.action)
        value = tx("JournalAction", label) if label else flt.action
        parts.append(tx("XlsxExport", FILTER_ACTION).format(value=value))
    if flt.actor:
        parts.append(tx("XlsxExport", FILTER_ACTOR).format(value=flt.actor))
    if flt.entity_id.strip():
        parts.append(tx("XlsxExport", FILTER_ENTITY_ID).format(value=flt.entity_id.strip()))
    return " ; ".join(parts) if parts else tx("XlsxExport", JOURNAL_ALL)


def _journal_rows(
    conn: Connection, flt: JournalFilter, translate: Translate, zone: tzinfo
) -> Iterator[JournalRow]:
    # The detail in words, as on the Journal screen (domain/journal.py): labels for
    # fields and codes, days and instants in the organisation's zone, one field a line.
    wording = journal_domain.Wording(
        translate=translate,
        zone=zone,
        values={"letter.kind": (LETTER_KIND_LABELS, "LetterKind")},
    )
    for entry_id, at, actor, action, entity, entity_id, changes, digest in rows_repo.iter_journal(
        conn, flt
    ):
        detail = _changes_text(changes, entity, wording)
        yield (entry_id, at, actor, action, entity, entity_id, detail, digest)


def _changes_text(stored: str, entity: str, wording: journal_domain.Wording) -> str:
    """One "Field : value" per line (old → new for a change); the stored text as is if
    it is not a JSON object."""
    try:
        changes = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(changes, dict):
        return stored
    return "\n".join(journal_domain.describe_lines(changes, entity, wording))


def export_journal(
    register: Register,
    flt: JournalFilter,
    out_path: Path,
    *,
    translate: Translate | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    clock: Clock | None = None,
) -> ExportResult:
    """The journal entries that ``flt`` keeps (as on the Journal screen), with a cover
    giving the state of the whole chain (walked now) and its head hash."""
    tx = translate or _identity

    def sheets(conn: Connection, zone: tzinfo, cover: CoverData) -> list[SheetData]:
        cover.heading = JOURNAL_HEADING
        cover.chain_checked = True
        cover.chain_broken_at = audit.first_broken_entry(conn)
        cover.filter_text = describe_filter(flt, tx)
        return [
            SheetData(
                "journal",
                cols.JOURNAL_COLUMNS,
                _journal_rows(conn, flt, tx, zone),
                rows_repo.count_journal(conn, flt),
            )
        ]

    return _export(register, out_path, "xlsx:journal", sheets, tx, progress, cancel, clock)


__all__ = [
    "WHICH",
    "ExportCancelled",
    "ExportFailed",
    "ExportResult",
    "ExportTargetExists",
    "UNENCRYPTED_DETAIL",
    "UNENCRYPTED_WARNING",
    "describe_filter",
    "export_journal",
    "export_register",
    "unencrypted_warning",
]
