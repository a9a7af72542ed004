"""Command-line face of DPO Desk, over the same services as the GUI.

The passphrase is never taken from argv. It comes, in this order, from the
``DPO_DESK_PASSPHRASE`` environment variable, the file named by
``--passphrase-file``, the OS keyring (when remembered for that register), or an
interactive prompt (restic's and borg's convention).

Errors are one sentence on stderr and a non-zero exit status; never a traceback.
Exit statuses:
    0  success
    1  unexpected error
    2  usage error (bad arguments, malformed date or value, text that is not UTF-8)
    3  cannot unlock: wrong passphrase, not a register (a FIFO, a device…), newer schema
    4  file problem: not found, already exists, name too long
    5  disk error (full, read-only), failed integrity check (a damaged page named), or
       register busy (another process writing)
    6  rejected input: weak passphrase, invalid field, refused transition
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dpo_desk import __version__
from dpo_desk.cli.output import escaped_output
from dpo_desk.domain.errors import (
    ERR_YEAR_OUT_OF_RANGE,
    DateOutOfRange,
    NotUtf8Argument,
    NotUtf8File,
    NotUtf8Variable,
    UserError,
    is_date_overflow,
    not_utf8,
)
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests.model import OPEN_STATUSES
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import MINIMUM_LENGTH
from dpo_desk.services import register_file
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.database import Register, check_register_file
from dpo_desk.storage.errors import StorageIOError, from_os_error

PASSPHRASE_ENV = "DPO_DESK_PASSPHRASE"

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_INPUT = 6


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


# --------------------------------------------------------------------------- passphrase


def _read_passphrase_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            # First line only, without its newline: `echo secret > file` must work.
            return fh.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        # A passphrase saved in Latin-1 or UTF-16 would open nothing, or not this register.
        raise NotUtf8File(name=Path(path).name) from None
    except OSError as exc:
        raise CliError(
            f"Impossible de lire le fichier de phrase secrète {path} : {exc.strerror}.", EXIT_USAGE
        ) from None


def resolve_passphrase(
    args: argparse.Namespace,
    *,
    register_path: Path | None = None,
    confirm: bool = False,
    keystore: Keystore | None = None,
) -> str:
    """Find the passphrase by the documented order; never from argv."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if getattr(args, "passphrase_file", None):
        return _read_passphrase_file(args.passphrase_file)
    if register_path is not None and not confirm:
        register_uuid = Preferences.load().uuid_for(register_path)
        if register_uuid:
            remembered = (keystore or Keystore()).get(register_uuid)
            if remembered:
                return remembered
    if not sys.stdin.isatty():
        raise CliError(
            f"Aucune phrase secrète : définissez {PASSPHRASE_ENV}, utilisez --passphrase-file, "
            "ou lancez la commande dans un terminal.",
            EXIT_USAGE,
        )
    first = getpass.getpass("Phrase secrète : ")
    if confirm:
        again = getpass.getpass("Confirmez la phrase secrète : ")
        if first != again:
            raise CliError("Les deux phrases secrètes ne correspondent pas.", EXIT_INPUT)
    return first


def open_for_cli(args: argparse.Namespace) -> Register:
    path = Path(args.db)
    check_register_file(path)  # "no such file" before "passphrase?"
    passphrase = resolve_passphrase(args, register_path=path)
    return register_file.unlock_register(path, passphrase)


def open_quietly_for_cli(args: argparse.Namespace, *, read_only: bool = True) -> Register:
    """Open for a command that journals no unlock: info, verify, list and show read only
    (PRAGMA query_only: the file is left exactly as it was, so a journal head printed
    earlier still compares); export writes only its own journal entry."""
    path = Path(args.db)
    check_register_file(path)
    passphrase = resolve_passphrase(args, register_path=path)
    return register_file.open_without_unlock(path, passphrase, read_only=read_only)


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if path.exists():
        raise CliError(f"Le fichier {path} existe déjà ; init ne l'écrase jamais.", 4)
    passphrase = resolve_passphrase(args, confirm=True)
    if len(passphrase) < MINIMUM_LENGTH:
        raise CliError(
            f"La phrase secrète doit compter au moins {MINIMUM_LENGTH} caractères.", EXIT_INPUT
        )
    org = Organisation(
        name=args.organisation,
        address=args.address or "",
        town=args.town or "",
        dpo_name=args.dpo_name or "",
        dpo_email=args.dpo_email or "",
        dpo_phone=args.dpo_phone or "",
    )
    register = register_file.create_register(path, passphrase, org)
    try:
        prefs = Preferences.load()
        prefs.touch(register.path, register.register_uuid)
        prefs.save()
        print(f"Registre créé : {register.path} ({register.register_uuid})")
    finally:
        register.close()
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    register = open_quietly_for_cli(args)
    try:
        info = register_file.register_info(register)
    finally:
        register.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    org = info.organisation
    print(f"Fichier            : {info.path}")
    print(f"Registre           : {info.register_uuid}")
    print(f"Organisation       : {org.name if org else '—'}")
    if org:
        print(f"Ville              : {org.town or '—'}")
        print(f"DPO                : {org.dpo_name or '—'} <{org.dpo_email or '—'}>")
        print(f"Fuseau horaire     : {org.timezone}")
    print(f"Version du schéma  : {info.schema_version}")
    print(f"Données de fuseaux : IANA {info.tzdata}")
    for label, count in info.counts.items():
        print(f"{label:<19}: {count}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    register = open_quietly_for_cli(args)
    try:
        register_file.verify_register(register, expect=args.expect)
    except register_file.TamperEvidence as evidence:
        # The error's sentence names the first few; the whole list goes to stdout.
        if len(evidence.findings) > evidence.SHOWN:
            for finding in evidence.findings:
                print(f"- {finding.message()}")
        raise
    finally:
        register.close()
    print("ok")
    return EXIT_OK


# Python's dates end with year 9999: 10000-01-01 is well formed, but no date.
_YEAR_PAST_9999 = re.compile(r"^\s*\d{5,}-\d{2}-\d{2}\s*$")


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        if _YEAR_PAST_9999.match(value):
            raise argparse.ArgumentTypeError(ERR_YEAR_OUT_OF_RANGE.format(value=value)) from None
        raise argparse.ArgumentTypeError(
            f"date invalide « {value} » : attendu AAAA-MM-JJ, par exemple 2026-03-31"
        ) from None


def _note_text(note) -> str:
    """A deadline note in French (the CLI's language), dates as ISO."""
    values = {
        key: value.isoformat() if isinstance(value, date) else str(value)
        for key, value in note.values.items()
    }
    return note.text.format(**values)


def _deadline_json(deadline) -> dict:
    return {
        "due": deadline.due.isoformat(),
        "basis": deadline.basis,
        "rule": deadline.rule,
        "regime": str(deadline.regime),
        "citation": deadline.citation,
        "right": str(deadline.right) if deadline.right else None,
        # False for a right the regime does not provide (portability under Law 09-08).
        "right_in_regime": deadline.right_in_regime,
        "calendar": str(deadline.scope),
        "period_end": deadline.raw_end.isoformat(),
        "rolled_over": [
            {"day": h.day.isoformat(), "name": h.name, "estimated": h.estimated}
            for h in deadline.days_off
        ],
        "notes": [_note_text(note) for note in deadline.notes],
        # The date under each reading not applied (estimated holidays confirmed, another
        # calendar, the other reading of a period), where it differs.
        "alternatives": [
            {"due": alt.due.isoformat(), "reading": _note_text(alt.note)}
            for alt in deadline.alternatives
        ],
    }


def _not_in_law_09_08(regimes, rights) -> list[str]:
    """Rights of the request that Law 09-08 does not provide, when 09-08 applies."""
    from dpo_desk.domain.deadlines import NOT_IN_LAW_09_08
    from dpo_desk.domain.requests.workflow import Regime, Right

    if Regime.LAW_09_08 not in {Regime(r) for r in regimes}:
        return []
    return sorted(str(r) for r in {Right(r) for r in rights} if r in NOT_IN_LAW_09_08)


NOT_IN_LAW_09_08_TEXT = (
    "Droit non prévu par la loi 09-08 : {rights} (réponse dans le délai de politique interne)."
)


REQUEST_DEADLINE_OPTIONS = (
    ("right", "--right"),
    ("received", "--received"),
    ("extended", "--extended"),
    ("extended_on", "--extended-on"),
    ("member_state", "--member-state"),
)


def cmd_deadline(args: argparse.Namespace) -> int:
    if args.breach:
        given = [flag for name, flag in REQUEST_DEADLINE_OPTIONS if getattr(args, name)]
        if given:
            raise CliError(
                f"dpo-desk deadline: --breach ne se combine pas avec {', '.join(given)} "
                "(options d'une demande de droits).",
                EXIT_USAGE,
            )
        if not args.aware_at:
            raise CliError(
                "dpo-desk deadline: --breach exige --aware-at AAAA-MM-JJTHH:MM[:SS][±HH:MM].",
                EXIT_USAGE,
            )
        return _breach_deadline(args)
    for name, flag in (("aware_at", "--aware-at"), ("tz", "--tz")):
        if getattr(args, name):
            raise CliError(f"dpo-desk deadline: {flag} ne s'emploie qu'avec --breach.", EXIT_USAGE)
    missing = [
        flag
        for name, flag in (("regime", "--regime"), ("right", "--right"), ("received", "--received"))
        if not getattr(args, name)
    ]
    if missing:
        raise CliError(
            f"dpo-desk deadline: the following arguments are required: {', '.join(missing)}",
            EXIT_USAGE,
        )
    return _request_deadline(args)


def _read_instant(text: str, zone, option: str):
    """Parse an instant typed on the command line; a bad one is a usage error (2)."""
    from dpo_desk.domain.breaches import parse_instant
    from dpo_desk.domain.errors import ValidationError

    try:
        return parse_instant(text, zone, option.lstrip("-").replace("-", "_"))
    except ValidationError as exc:
        raise CliError(f"{option} : {exc.message()}", EXIT_USAGE) from None


def _breach_deadline(args: argparse.Namespace) -> int:
    # Awareness + 72 hours of elapsed time; no register needed. Legal under the GDPR
    # (Art. 33(1)); internal policy under Law 09-08 alone, or with no --regime (nothing
    # says the GDPR applies, so no legal basis is claimed).
    from dpo_desk.domain.breaches import breach_deadline, display, duties_for, zone_named
    from dpo_desk.domain.clock import DEFAULT_TIMEZONE
    from dpo_desk.domain.errors import ValidationError

    zone_name = args.tz or DEFAULT_TIMEZONE
    try:
        zone = zone_named(zone_name)
    except ValidationError as exc:
        raise CliError(f"--tz : {exc.message()}", EXIT_USAGE) from None
    aware = _read_instant(args.aware_at, zone, "--aware-at")
    regimes = args.regime or []
    deadline = breach_deadline(aware, regimes)
    if args.json:
        print(
            json.dumps(
                {
                    "notify_by": display(deadline.at, zone),
                    "notify_by_utc": deadline.at.isoformat(timespec="seconds"),
                    "aware_at": display(aware, zone),
                    "timezone": zone_name,
                    "hours": 72,
                    "rule": deadline.rule,
                    "basis": deadline.basis,
                    "label": deadline.label,
                    "regime": sorted(set(regimes)),
                    "duties": [_duty_json(d, zone, None) for d in duties_for(regimes, deadline.at)],
                },
                ensure_ascii=False,
            )
        )
    else:
        print(display(deadline.at, zone))
        print(f"72 h après la prise de connaissance — {deadline.label}")
    return EXIT_OK


def _request_deadline(args: argparse.Namespace) -> int:
    # No register: the default policy and the default Moroccan calendar, with the EU
    # Member State given by --member-state for GDPR periods.
    from dpo_desk.domain.deadlines import DeadlinePolicy, candidate_deadlines
    from dpo_desk.domain.errors import ValidationError
    from dpo_desk.domain.requests.workflow import Regime, Right
    from dpo_desk.services.requests import default_calendar

    try:
        calendar = default_calendar().with_member_state(args.member_state)
    except ValidationError as exc:
        raise CliError(f"--member-state : {exc.message()}", EXIT_USAGE) from None
    policy = DeadlinePolicy()
    regimes = frozenset(Regime(r) for r in args.regime)
    rights = frozenset(Right(r) for r in args.right)
    if args.extended:
        from dpo_desk.domain.deadlines import check_extension

        if args.extended_on:
            check_extension(args.received, args.extended_on, calendar, regimes=regimes)
    candidates = candidate_deadlines(
        args.received, regimes, rights, calendar, policy, extended=args.extended
    )
    deadline = candidates[0]
    missing = _not_in_law_09_08(regimes, rights)
    if args.json:
        data = _deadline_json(deadline)
        data["rights_not_in_law_09_08"] = missing
        data["candidates"] = [_deadline_json(c) for c in candidates]
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(deadline.due.isoformat())
        print(f"{deadline.citation} ({'loi' if deadline.basis == 'law' else 'politique interne'})")
        for alternative in deadline.alternatives:
            print(f"  {_note_text(alternative.note)}")
        if missing:
            print(NOT_IN_LAW_09_08_TEXT.format(rights=", ".join(missing)))
    return EXIT_OK


def _request_json(req) -> dict:
    return {
        "reference": req.reference,
        "regime": sorted(str(r) for r in req.regimes),
        "rights": sorted(str(r) for r in req.rights),
        "status": str(req.status),
        "received": req.received_on.isoformat(),
        "due": req.due_on.isoformat(),
        "due_basis": req.due_basis,
        "due_rule": req.due_rule,
        "channel": str(req.channel),
        "requester": req.requester_name,
        "assignee": req.assignee,
    }


def cmd_request_add(args: argparse.Namespace) -> int:
    from dpo_desk.domain.requests.model import RequestIntake
    from dpo_desk.domain.requests.workflow import Channel, Regime, Right
    from dpo_desk.services import requests as request_service

    intake = RequestIntake(
        regimes=frozenset(Regime(r) for r in args.regime),
        rights=frozenset(Right(r) for r in args.right),
        received_on=args.received,
        requester_name=args.name,
        requester_email=args.email or "",
        channel=Channel(args.channel),
        notes=args.notes or "",
    )
    register = open_for_cli(args)
    try:
        created = request_service.create_request(register, intake)
    finally:
        register.close()
    print(created.reference)
    return EXIT_OK


def cmd_request_list(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import requests as request_service
    from dpo_desk.storage.requests import RequestFilter

    register = open_quietly_for_cli(args)
    try:
        today_ = request_service.load_context(register).today(SystemClock())
        flt = RequestFilter(overdue_on=today_ if args.overdue else None, sort="due_on")
        rows = []
        offset = 0
        while batch := request_service.list_requests(register, flt, offset=offset, limit=1000):
            rows.extend(batch)
            offset += len(batch)
    finally:
        register.close()
    if args.json:
        payload = [
            {
                "reference": r.reference,
                "regime": sorted(str(x) for x in r.regimes),
                "rights": sorted(str(x) for x in r.rights),
                "status": str(r.status),
                "received": r.received_on.isoformat(),
                "due": r.due_on.isoformat(),
                "due_basis": r.due_basis,
                "overdue": r.status in OPEN_STATUSES and r.due_on < today_,
                "requester": r.requester_name,
                "channel": str(r.channel),
                "assignee": r.assignee,
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    from dpo_desk.domain.requests.workflow import REQUEST_STATUS_LABELS, RIGHT_LABELS

    for r in rows:
        late = (r.due_on - today_).days
        flag = f"{-late} j de retard" if late < 0 and r.status in OPEN_STATUSES else ""
        rights = ", ".join(RIGHT_LABELS[x] for x in sorted(r.rights))
        print(
            f"{r.reference}  {REQUEST_STATUS_LABELS[r.status]:<38} reçue {r.received_on}  "
            f"échéance {r.due_on}  {r.requester_name} — {rights}  {flag}".rstrip()
        )
    return EXIT_OK


def cmd_request_show(args: argparse.Namespace) -> int:
    from dpo_desk.services import requests as request_service

    register = open_quietly_for_cli(args)
    try:
        req = request_service.find_request(register, args.reference)
        history = request_service.journal_for(register, req)
        candidates = request_service.explain_deadline(register, req)
    finally:
        register.close()
    missing = _not_in_law_09_08(req.regimes, req.rights)
    if args.json:
        data = _request_json(req)
        data.update(
            rights_not_in_law_09_08=missing,
            deadline=_deadline_json(candidates[0]),
            candidates=[_deadline_json(c) for c in candidates],
        )
        data.update(
            requester_email=req.requester_email,
            subject=req.subject_name,
            identity_status=str(req.identity_status),
            refusal_reason=str(req.refusal_reason) if req.refusal_reason else None,
            extended_on=req.extended_on.isoformat() if req.extended_on else None,
            extension_reason=req.extension_reason,
            answered_on=req.answered_on.isoformat() if req.answered_on else None,
            notes=req.notes,
            history=[
                {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "changes": e.changes}
                for e in history
            ],
        )
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from dpo_desk.domain.deadlines import BASIS_LABELS, CITATIONS, RULE_LABELS
    from dpo_desk.domain.requests.workflow import (
        CHANNEL_LABELS,
        REGIME_LABELS,
        REQUEST_STATUS_LABELS,
        RIGHT_LABELS,
    )

    print(f"Référence      : {req.reference}")
    print(f"Statut         : {REQUEST_STATUS_LABELS[req.status]}")
    print(f"Régime(s)      : {', '.join(REGIME_LABELS[r] for r in sorted(req.regimes))}")
    print(f"Droit(s)       : {', '.join(RIGHT_LABELS[r] for r in sorted(req.rights))}")
    print(f"Demandeur      : {req.requester_name} <{req.requester_email or '—'}>")
    print(f"Reçue le       : {req.received_on} ({CHANNEL_LABELS[req.channel]})")
    print(
        f"Échéance       : {req.due_on} — {RULE_LABELS.get(req.due_rule, req.due_rule)}, "
        f"{CITATIONS.get(req.due_rule, '')} ({BASIS_LABELS.get(req.due_basis, req.due_basis)})"
    )
    for alternative in candidates[0].alternatives:
        print(f"                 {_note_text(alternative.note)}")
    if missing:
        print(f"Attention      : {NOT_IN_LAW_09_08_TEXT.format(rights=', '.join(missing))}")
    if req.extended_on:
        print(f"Prorogée le    : {req.extended_on} — {req.extension_reason}")
    if req.answered_on:
        print(f"Répondue le    : {req.answered_on}")
    for entry in history:
        print(f"  {entry.at:%Y-%m-%d %H:%M} UTC  {entry.actor:<10} {entry.action}")
    return EXIT_OK


def _iso(instant, zone) -> str | None:
    from dpo_desk.domain.breaches import display

    return None if instant is None else display(instant, zone)


def _countdown_json(countdown) -> dict | None:
    if countdown is None:
        return None
    return {
        "level": str(countdown.level),
        "seconds": countdown.seconds,
        "hours": countdown.hours,
        "minutes": countdown.minutes,
        "text": countdown.text(),
    }


def _str_or_none(value) -> str | None:
    return None if value is None else str(value)


def _duty_json(duty, zone, now) -> dict:
    """One notification duty (domain.breaches.NotificationDuty) for the JSON outputs.

    ``deadline`` None is the DGSSI's "dès la prise de connaissance" (Law 05-20 gives no
    number of hours); ``countdown`` only while the duty is owed and ``now`` is given.
    """
    from dpo_desk.domain.breaches import DUTY_STATE_LABELS, DUTY_WITHOUT_DELAY

    return {
        "duty": str(duty.kind),
        "authority": duty.label,
        "basis": duty.basis,
        "rule": duty.rule,
        "citation": duty.citation,
        "governing": duty.governing,
        "deadline": _iso(duty.deadline, zone),
        "deadline_label": duty.deadline_label if duty.deadline else DUTY_WITHOUT_DELAY,
        "state": str(duty.state),
        "state_label": DUTY_STATE_LABELS[duty.state],
        "met_at": _iso(duty.met_at, zone),
        "late": duty.late,
        "countdown": _countdown_json(duty.countdown(now)) if now is not None else None,
    }


def _duty_line(duty: dict) -> str:
    """ "CNDP — politique interne … — à faire, avant 2026-03-13T10:00:00+01:00"."""
    state = duty["state_label"]
    if duty["met_at"]:
        state += f" le {duty['met_at']}" + (" (en retard)" if duty["late"] else "")
    elif duty["state"] == "pending":
        state += (
            f", avant {duty['deadline']}" if duty["deadline"] else f", {duty['deadline_label']}"
        )
    return f"{duty['authority']} — {duty['citation']} — {state}"


def cmd_breach_add(args: argparse.Namespace) -> int:
    from dpo_desk.domain.breaches import (
        DEFAULT_REGIMES,
        NOTE_REGIME_ASSUMED,
        BreachIntake,
        BreachNature,
    )
    from dpo_desk.domain.requests.workflow import Regime
    from dpo_desk.services import breaches as breach_service

    # Without --regime, Law 09-08 is assumed (it applies to every Moroccan controller;
    # the GDPR only when persons in the EU are concerned, which only the DPO knows):
    # the command says so, so that a GDPR breach is not left on a policy clock unseen.
    assumed = not args.regime
    regimes = DEFAULT_REGIMES if assumed else frozenset(Regime(r) for r in args.regime)

    register = open_for_cli(args)
    try:
        zone = breach_service.organisation_timezone(register)
        aware = _read_instant(args.aware_at, zone, "--aware-at")
        discovered = (
            _read_instant(args.discovered_at, zone, "--discovered-at")
            if args.discovered_at
            else None
        )
        started = _read_instant(args.started_at, zone, "--started-at") if args.started_at else None
        intake = BreachIntake(
            title=args.title,
            regimes=regimes,
            aware_at=aware,
            discovered_at=discovered,
            started_at=started,
            nature=BreachNature(description=args.description or ""),
        )
        created = breach_service.create_breach(register, intake)
        zone = breach_service.organisation_timezone(register)
    finally:
        register.close()
    if args.json:
        deadline = created.deadline
        print(
            json.dumps(
                {
                    "reference": created.reference,
                    "regime": sorted(str(r) for r in created.regimes),
                    "regime_assumed": assumed,
                    "notify_by": _iso(created.notify_by, zone),
                    "deadline_rule": deadline.rule,
                    "deadline_basis": deadline.basis,
                    "deadline_label": deadline.label,
                    "duties": [_duty_json(d, zone, None) for d in created.duties],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(created.reference)
    if assumed and not args.json:
        # stdout stays the bare reference, for scripts; the assumption goes to stderr.
        print(NOTE_REGIME_ASSUMED, file=sys.stderr)
    return EXIT_OK


def cmd_breach_list(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import breaches as breach_service
    from dpo_desk.storage.breaches import BreachFilter

    now = SystemClock().now()
    register = open_quietly_for_cli(args)
    try:
        zone = breach_service.organisation_timezone(register)
        flt = BreachFilter(open_only=args.open)
        rows = []
        while batch := breach_service.list_breaches(register, flt, offset=len(rows), limit=1000):
            rows.extend(batch)
    finally:
        register.close()

    if args.json:
        payload = [
            {
                "reference": r.reference,
                "title": r.title,
                "status": str(r.status),
                "regime": sorted(str(x) for x in r.regimes),
                "aware_at": _iso(r.aware_at, zone),
                "notify_by": _iso(r.notify_by, zone),
                "deadline_rule": r.deadline.rule,
                "deadline_basis": r.deadline.basis,
                "deadline_label": r.deadline.label,
                "risk": str(r.risk_level) if r.risk_level else None,
                # The governing duty's notice: a CNDP notice alone leaves it None for a
                # GDPR breach (the CNDP is not a GDPR authority); see "duties".
                "notified_at": _iso(r.notified_at, zone),
                "not_notified_decision": r.no_notification,
                "countdown": _countdown_json(r.countdown(now)),
                "duties": [_duty_json(d, zone, now if r.is_open else None) for d in r.duties],
                "closed_at": _iso(r.closed_at, zone),
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        left = r.countdown(now)
        if r.notified_at is not None:
            clock_text = f"notifiée le {r.notified_at.astimezone(zone):%Y-%m-%d %H:%M}"
        elif r.no_notification:
            clock_text = "non notifiée (décision motivée)"
        elif left is not None:
            clock_text = left.text()
        else:
            clock_text = ""
        print(
            f"{r.reference}  {r.status:<12} avant {r.notify_by.astimezone(zone):%Y-%m-%d %H:%M %z}"
            f"  {clock_text:<24} {str(r.risk_level or '—'):<9}  {r.title}".rstrip()
        )
    return EXIT_OK


def cmd_breach_show(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import breaches as breach_service

    now = SystemClock().now()
    register = open_quietly_for_cli(args)
    try:
        zone = breach_service.organisation_timezone(register)
        found = breach_service.find_breach(register, args.reference)
        history = breach_service.journal_for(register, found)
    finally:
        register.close()
    data = _breach_json(found, zone, now)
    if args.json:
        data["history"] = [
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "changes": e.changes}
            for e in history
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Référence        : {found.reference}")
    print(f"Intitulé         : {found.title}")
    print(f"Statut           : {found.status}")
    print(f"Régime(s)        : {', '.join(sorted(found.regimes))}")
    print(f"Découverte       : {data['discovered_at']}")
    print(f"Prise de conn.   : {data['aware_at']}")
    print(f"À notifier avant : {data['notify_by']} ({found.deadline.label})")
    if data["countdown"]:
        print(f"Compte à rebours : {data['countdown']['text']}")
    for duty in data["duties"]:
        print(f"Obligation       : {_duty_line(duty)}")
    print(f"Risque           : {data['risk'] or 'non évalué'}")
    for n in found.notifications:
        late = " (en retard)" if found.is_late(n) else ""
        print(f"Notification     : {n.authority_label} {n.phase} {_iso(n.sent_at, zone)}{late}")
    for c in found.communications:
        print(f"Communication    : {c.channel} {_iso(c.sent_at, zone)} — {c.audience}")
    if found.no_notification:
        print(f"Non notifiée     : {found.no_notification.reasons}")
    for event in found.events:
        print(f"  {_iso(event.at, zone)}  {event.kind:<12} {event.author}  {event.note}".rstrip())
    return EXIT_OK


def _breach_json(b, zone, now) -> dict:
    nature = b.nature
    risk = b.risk
    return {
        "reference": b.reference,
        "title": b.title,
        "status": str(b.status),
        "regime": sorted(str(r) for r in b.regimes),
        "started_at": _iso(b.started_at, zone),
        "discovered_at": _iso(b.discovered_at, zone),
        "aware_at": _iso(b.aware_at, zone),
        "notify_by": _iso(b.notify_by, zone),
        "deadline_rule": b.deadline.rule,
        "deadline_basis": b.deadline.basis,
        "deadline_label": b.deadline.label,
        "countdown": _countdown_json(b.countdown(now)),
        "duties": [_duty_json(d, zone, now if b.is_open else None) for d in b.duties],
        "risk": str(risk.level) if risk else None,
        "risk_computed": str(risk.computed) if risk else None,
        "risk_severity": risk.severity_score if risk else None,
        "risk_explanation": [reason.message() for reason in risk.explanation] if risk else [],
        "notified_at": _iso(b.notified_at, zone),
        "nature": {
            "description": nature.description,
            "confidentiality": nature.confidentiality,
            "integrity": nature.integrity,
            "availability": nature.availability,
            "subject_categories": list(nature.subject_categories),
            "subjects_count": nature.subjects_count,
            "record_categories": list(nature.record_categories),
            "records_count": nature.records_count,
            "data_categories": sorted(str(c) for c in nature.data_categories),
            "minors": nature.minors,
            "consequences": nature.consequences,
            "measures_taken": nature.measures_taken,
            "measures_proposed": nature.measures_proposed,
            "processors": list(nature.processors),
        },
        "notifications": [
            {
                "authority": str(n.authority),
                "authority_name": n.authority_label,
                "phase": str(n.phase),
                "sent_at": _iso(n.sent_at, zone),
                "channel": str(n.channel),
                "authority_reference": n.authority_reference,
                "duty": _str_or_none(b.duty_for(n.authority)),
                "late": b.is_late(n),
                "delay_reason": n.delay_reason,
            }
            for n in b.notifications
        ],
        "communications": [
            {
                "sent_at": _iso(c.sent_at, zone),
                "channel": str(c.channel),
                "audience": c.audience,
                "public": c.public,
            }
            for c in b.communications
        ],
        "no_notification": None
        if b.no_notification is None
        else {
            "reasons": b.no_notification.reasons,
            "decided_at": _iso(b.no_notification.decided_at, zone),
        },
        "art34_exception": None
        if b.art34_exception is None
        else {
            "ground": str(b.art34_exception.ground),
            "justification": b.art34_exception.justification,
        },
        "dgssi": {
            "applies": b.dgssi.applies,
            "declared_at": _iso(b.dgssi.declared_at, zone),
            "reference": b.dgssi.reference,
        },
        "remedial_actions": b.remedial_actions,
        "closed_at": _iso(b.closed_at, zone),
        "timeline": [
            {"kind": str(e.kind), "at": _iso(e.at, zone), "author": e.author, "note": e.note}
            for e in b.events
        ],
    }


def cmd_breach_notify(args: argparse.Namespace) -> int:
    from dpo_desk.domain.breaches import Authority, AuthorityNotification, NotificationPhase
    from dpo_desk.domain.requests.workflow import Channel
    from dpo_desk.services import breaches as breach_service

    register = open_for_cli(args)
    try:
        zone = breach_service.organisation_timezone(register)
        found = breach_service.find_breach(register, args.reference)
        sent = _read_instant(args.sent_at, zone, "--sent-at")
        updated = breach_service.add_notification(
            register,
            found,
            AuthorityNotification(
                authority=Authority(args.authority),
                phase=NotificationPhase(args.phase),
                sent_at=sent,
                channel=Channel(args.channel),
                authority_name=args.authority_name or "",
                authority_reference=args.authority_reference or "",
                delay_reason=args.delay_reason or "",
            ),
        )
    finally:
        register.close()
    print(f"{updated.reference} {updated.status}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dpo_desk.services.demo import build_demo

    path = Path(args.db)
    if path.exists():
        raise CliError(f"Le fichier {path} existe déjà ; demo ne l'écrase jamais.", 4)
    passphrase = resolve_passphrase(args, confirm=True)
    if len(passphrase) < MINIMUM_LENGTH:
        raise CliError(
            f"La phrase secrète doit compter au moins {MINIMUM_LENGTH} caractères.", EXIT_INPUT
        )
    register = build_demo(path, passphrase)
    try:
        prefs = Preferences.load()
        prefs.touch(register.path, register.register_uuid)
        prefs.save()
        counts = register_file.register_info(register).counts
    finally:
        register.close()
    print(
        f"Registre de démonstration créé : {path} ({counts.get('requests', 0)} demandes, "
        f"{counts.get('breaches', 0)} violations)"
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    # Imported here: every other command runs without loading Qt.
    if args.self_test:
        from dpo_desk.ui.self_test import run_self_test

        return run_self_test(args.language)
    from dpo_desk.app import main as gui_main

    return gui_main([args.db] if args.db else [])


# --------------------------------------------------------------------------- parser


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="PATH", help="register file (.dpodesk)")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dpo-desk", description="DPO Desk: the DPO's encrypted register.")
    parser.add_argument("--version", action="version", version=f"dpo-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log diagnostics to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create a new encrypted register")
    _add_db(p)
    p.add_argument("--organisation", required=True, metavar="NAME")
    p.add_argument("--address", metavar="TEXT")
    p.add_argument(
        "--town", metavar="TOWN", help='dates the letters: "Casablanca, le 6 décembre 2026"'
    )
    p.add_argument("--dpo-name", metavar="NAME")
    p.add_argument("--dpo-email", metavar="EMAIL")
    p.add_argument("--dpo-phone", metavar="PHONE")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", help="organisation, schema version and record counts")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "verify", help="integrity, cipher, schema, journal replay and journal seal checks"
    )
    _add_db(p)
    p.add_argument(
        "--expect",
        metavar="HASH",
        help="a journal head printed earlier (an export's cover): it must still be in the chain",
    )
    p.set_defaults(func=cmd_verify)

    regimes = ["gdpr", "law-09-08"]
    rights = ["access", "rectification", "erasure", "restriction", "portability", "objection"]
    p = sub.add_parser(
        "deadline",
        help="the due date of a request, or a breach's notification deadline (no register needed)",
    )
    p.add_argument("--regime", action="append", choices=regimes)
    p.add_argument("--right", action="append", choices=rights)
    p.add_argument("--received", type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--breach",
        action="store_true",
        help="a breach: awareness + 72 hours (law under the GDPR, policy otherwise)",
    )
    p.add_argument(
        "--aware-at",
        metavar="YYYY-MM-DDTHH:MM[:SS][±HH:MM]",
        help="when the organisation became aware (naive: read in --tz)",
    )
    p.add_argument(
        "--tz", metavar="ZONE", help="time zone to read and print in (Africa/Casablanca)"
    )
    p.add_argument("--extended", action="store_true", help="GDPR Art. 12(3) extension")
    p.add_argument(
        "--member-state",
        metavar="CODE",
        help="EU Member State whose public holidays roll a GDPR period (e.g. FR); "
        "default: none, weekends only (Reg. 1182/71)",
    )
    p.add_argument(
        "--extended-on",
        type=_parse_date,
        metavar="YYYY-MM-DD",
        help="when the extension was decided (refused after the first month)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("request", help="rights requests")
    request_sub = p.add_subparsers(dest="request_command", metavar="ACTION", parser_class=_Parser)
    r = request_sub.add_parser("add", help="record a new request; prints its reference")
    _add_db(r)
    r.add_argument("--regime", required=True, action="append", choices=regimes)
    r.add_argument("--right", required=True, action="append", choices=rights)
    r.add_argument("--received", required=True, type=_parse_date, metavar="YYYY-MM-DD")
    r.add_argument("--name", required=True)
    r.add_argument("--email")
    r.add_argument(
        "--channel", default="email", choices=["email", "post", "web_form", "phone", "in_person"]
    )
    r.add_argument("--notes")
    r.set_defaults(func=cmd_request_add)
    r = request_sub.add_parser("list", help="list requests, soonest due first")
    _add_db(r)
    r.add_argument("--overdue", action="store_true", help="only open requests past their due date")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request_list)
    r = request_sub.add_parser("show", help="one request, with its history")
    r.add_argument("reference")
    _add_db(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request_show)

    p = sub.add_parser("breach", help="personal-data breaches (GDPR Arts. 33-34)")
    breach_sub = p.add_subparsers(dest="breach_command", metavar="ACTION", parser_class=_Parser)
    instant = "YYYY-MM-DDTHH:MM[:SS][±HH:MM]"
    b = breach_sub.add_parser("add", help="record a new breach; prints its reference")
    _add_db(b)
    b.add_argument("--title", required=True)
    b.add_argument(
        "--aware-at", required=True, metavar=instant, help="naive: read in the register's zone"
    )
    b.add_argument("--discovered-at", metavar=instant, help="defaults to --aware-at")
    b.add_argument("--started-at", metavar=instant)
    b.add_argument(
        "--regime",
        action="append",
        choices=regimes,
        help="default: law-09-08 (said on stderr; regime_assumed in --json)",
    )
    b.add_argument("--description")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_breach_add)
    b = breach_sub.add_parser("list", help="list breaches, open ones by nearest deadline first")
    _add_db(b)
    b.add_argument("--open", action="store_true", help="only breaches not closed")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_breach_list)
    b = breach_sub.add_parser("show", help="one breach, with its timeline and history")
    b.add_argument("reference")
    _add_db(b)
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_breach_show)
    b = breach_sub.add_parser("notify", help="record a notification to an authority")
    b.add_argument("reference")
    _add_db(b)
    b.add_argument(
        "--authority",
        required=True,
        choices=["cndp", "cnil", "other"],
        help="cnil or other (an EU supervisory authority) meet GDPR Art. 33; cndp the "
        "Law 09-08 policy",
    )
    b.add_argument(
        "--authority-name", metavar="NAME", help="with --authority other: the EU authority"
    )
    b.add_argument("--phase", default="initial", choices=["initial", "complementary"])
    b.add_argument("--sent-at", required=True, metavar=instant)
    b.add_argument(
        "--channel", default="web_form", choices=["email", "post", "web_form", "phone", "in_person"]
    )
    b.add_argument("--authority-reference", metavar="REF")
    b.add_argument("--delay-reason", metavar="TEXT", help="required when sent after the deadline")
    b.set_defaults(func=cmd_breach_notify)

    from dpo_desk.cli import (
        records as cli_registers,
    )  # activity, processor, transfer (imports this module)

    cli_registers.add_parsers(sub)

    from dpo_desk.cli import letters as cli_letters  # letter (imports this module)

    cli_letters.add_parsers(sub)

    from dpo_desk.cli import (
        maintenance as cli_maintenance,
    )  # backup, restore, rekey, purge (imports this module)

    cli_maintenance.add_parsers(sub)

    from dpo_desk.cli import export as cli_export  # export (imports this module)

    cli_export.add_parsers(sub)

    from dpo_desk.cli import imports as cli_import  # import (imports this module)

    cli_import.add_parsers(sub)

    p = sub.add_parser("demo", help="create a demo register (Najhine) with requests in every state")
    _add_db(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="start the desktop application")
    p.add_argument("db", nargs="?", metavar="PATH")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="build the main window on a throw-away register, render two views, exit 0 if all worked",
    )
    p.add_argument(
        "--language", choices=("fr", "ar", "en"), default="fr", help="UI language of the self-test"
    )
    p.set_defaults(func=cmd_gui)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv is None:
        # A real process (the dpo-desk command, the GUI, the frozen app), not a test
        # calling main([...]): no core dump may hold the passphrase (issue 21, item 6).
        from dpo_desk.security.process import forbid_core_dumps

        forbid_core_dumps()
    with escaped_output():
        return _run(argv)


def _check_encoding(argv: Sequence[str]) -> None:
    """Refuse bytes that are not UTF-8 where they enter, before they reach a query, a
    hash or a file name far away (Python keeps them as lone surrogates)."""
    for index, arg in enumerate(argv):
        if not_utf8(arg):
            raise NotUtf8Argument(argument=_argument_name(argv, index))
    for variable, value in os.environ.items():
        if variable.startswith("DPO_DESK_") and not_utf8(value):
            raise NotUtf8Variable(variable=variable)


def _argument_name(argv: Sequence[str], index: int) -> str:
    """« --name » for the option or the option's value at ``index``, else its position;
    never the bytes themselves (they may be a passphrase or a name)."""
    arg = argv[index]
    option = arg.split("=", 1)[0] if arg.startswith("--") and "=" in arg else ""
    if not option and index > 0 and argv[index - 1].startswith("-"):
        option = argv[index - 1]
    if option and not not_utf8(option):
        return f"« {option} »"
    return f"n° {index + 1}"


def _typed_failure(exc: Exception) -> UserError | None:
    """The sentence for what is not a defect but reached here untyped: an OS refusal on
    a named file (full disk, read-only, name too long), a date past year 9999."""
    if is_date_overflow(exc):
        return DateOutOfRange()
    if isinstance(exc, OSError) and exc.filename is not None:
        name = Path(os.fsdecode(exc.filename)).name
        typed = from_os_error(name, exc, writing=False)
        return None if type(typed) is StorageIOError else typed
    return None


def _run(argv: Sequence[str] | None) -> int:
    try:
        _check_encoding(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.verbose:
            logging.getLogger().setLevel(logging.INFO)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_USAGE
        return args.func(args)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `dpo-desk request list | head`: the reader left; nothing is wrong with the register.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the contract: one sentence, never a traceback
        typed = _typed_failure(exc)
        if typed is not None:
            print(typed.message(), file=sys.stderr)
            return typed.exit_code
        logging.getLogger(__name__).info("unexpected error", exc_info=True)
        print(
            f"Erreur inattendue ({type(exc).__name__}) ; relancez avec -v pour le détail.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
