"""The commands of the records of processing (GDPR Art. 30; Law 09-08): ``activity``,
``processor`` and ``transfer``.

Lists take ``--json``; ``add`` commands print the new record's number, for scripts. An
entry is created through the same service call as the GUI's form
(``services.records.save_activity``, ``save_processor``): the CLI only turns its
options into the domain's details, and the domain validates them (exit 6).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from dpo_desk.cli import common
from dpo_desk.cli.common import iso, values
from dpo_desk.domain.countries import ADEQUACY_SOURCE, DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.record_flags import (
    RegisterFlag,
)
from dpo_desk.domain.records import (
    ART28_LETTERS,
    DATA_OUTCOME_LABELS,
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    ContractEnd,
    DataCategory,
    DataOutcome,
    Derogation,
    Law0908Exception,
    LegalBasis,
    ProcessingActivity,
    Processor,
    ProcessorDetails,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    Transfer,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import records as book
from dpo_desk.storage.database import Register
from dpo_desk.storage.records import ActivityFilter, ProcessorFilter

_LETTER_TO_CLAUSE = {letter: clause for clause, letter in ART28_LETTERS.items()}


def _flag_json(flag: RegisterFlag) -> dict[str, Any]:
    return {
        "kind": str(flag.kind),
        "entity": flag.entity,
        "id": flag.entity_id,
        "name": flag.name,
        "message": flag.message(),
    }


def _own_flags(
    flags: book.RegisterFlags, entity: str, entity_id: int, transfers: Iterable[Transfer]
) -> list[RegisterFlag]:
    """The flags of one activity or processor, and of the transfers it makes."""
    transfer_ids = {t.id for t in transfers}
    return [
        f
        for f in flags.flags
        if (f.entity == entity and f.entity_id == entity_id)
        or (f.entity == "transfer" and f.entity_id in transfer_ids)
    ]


def _print_flags(flags: list[RegisterFlag], indent: str) -> None:
    for flag in flags:
        print(f"{indent}⚑ {flag.message()}")


# ----------------------------------------------------------------------------- parsing


def _pair_purposes(args: argparse.Namespace) -> tuple[Purpose, ...]:
    texts = args.purpose or []
    bases = args.basis or []
    notes = args.justification or []
    if len(bases) != len(texts):
        raise common.CliError(
            "dpo-desk activity add: donnez un --basis par --purpose, dans le même ordre "
            f"({len(texts)} finalité(s), {len(bases)} base(s) légale(s)).",
            common.EXIT_USAGE,
        )
    if notes and len(notes) != len(texts):
        raise common.CliError(
            "dpo-desk activity add: --justification se donne pour chaque --purpose "
            '(vide "" quand il n\'y en a pas), ou pas du tout.',
            common.EXIT_USAGE,
        )
    notes = notes or [""] * len(texts)
    return tuple(
        Purpose(text, LegalBasis(basis), note)
        for text, basis, note in zip(texts, bases, notes, strict=True)
    )


def _parse_recipient(text: str) -> Recipient:
    kind, sep, name = text.partition(":")
    if not sep or kind.strip() not in values(RecipientKind):
        raise common.CliError(
            f"--recipient « {text} » : attendu TYPE:NOM, TYPE parmi "
            f"{', '.join(values(RecipientKind))}.",
            common.EXIT_USAGE,
        )
    return Recipient(RecipientKind(kind.strip()), name.strip())


def _parse_retention(text: str) -> RetentionRule:
    """``CATEGORY:AMOUNT:UNIT[:TRIGGER]``, e.g. ``identity:3:years:après la dernière connexion``."""
    parts = text.split(":", 3)
    try:
        category, amount, unit = parts[0].strip(), parts[1].strip(), parts[2].strip()
        return RetentionRule(
            DataCategory(category),
            int(amount),
            RetentionUnit(unit),
            parts[3].strip() if len(parts) > 3 else "",
        )
    except (IndexError, ValueError):
        raise common.CliError(
            f"--retention « {text} » : attendu CATÉGORIE:NOMBRE:UNITÉ[:DÉCLENCHEUR], "
            "par exemple identity:3:years:après la dernière connexion "
            f"(unités : {', '.join(values(RetentionUnit))}).",
            common.EXIT_USAGE,
        ) from None


def _parse_clause(text: str) -> Art28Clause:
    value = text.strip().lower().strip("()")
    if value in _LETTER_TO_CLAUSE:
        return _LETTER_TO_CLAUSE[value]
    try:
        return Art28Clause(value)
    except ValueError:
        raise common.CliError(
            f"--clause « {text} » : attendu une lettre de a à h (art. 28(3)) ou l'un de "
            f"{', '.join(values(Art28Clause))}.",
            common.EXIT_USAGE,
        ) from None


def _add(
    args: argparse.Namespace,
    linked: list[str] | None,
    find_linked: Callable[[Register, str], Any],
    save: Callable[[Register, tuple[int, ...]], Any],
) -> int:
    """Create an entry linked to the entries of the other kind named in ``linked`` (ids or
    names; one unknown is exit 4, nothing saved), and print its number."""
    register = common.open_register(args)
    try:
        ids = tuple(find_linked(register, key).id for key in linked or ())
        created = save(register, ids)
    finally:
        register.close()
    print(created.id)
    return common.EXIT_OK


# ----------------------------------------------------------------------------- activity


def _activity_json(a: ProcessingActivity, flags, processors: dict[int, str]) -> dict:
    return {
        "id": a.id,
        "name": a.name,
        "description": a.description,
        "owner_department": a.owner_department,
        "joint_controller": a.joint_controller,
        "software": a.software,
        "purposes": [
            {
                "description": p.description,
                "legal_basis": str(p.legal_basis),
                "justification": p.justification,
            }
            for p in a.purposes
        ],
        "subject_categories": list(a.subject_categories),
        "data_categories": sorted(str(c) for c in a.data_categories),
        "sensitive": a.sensitive,
        "minors": a.minors,
        "sources": list(a.sources),
        "recipients": [{"kind": str(r.kind), "name": r.name} for r in a.recipients],
        "retention": [
            {
                "category": str(r.category),
                "scope": r.scope,
                "amount": r.amount,
                "unit": str(r.unit),
                "trigger": r.trigger,
                "text": r.text(),
            }
            for r in a.retention
        ],
        "security_measures": sorted(str(m) for m in a.security_measures),
        "security_notes": a.security_notes,
        "rights_service": a.rights_service,
        "interconnections": a.interconnections,
        "collected_for": a.collected_for,
        "cndp": {
            "regime": str(a.cndp_regime),
            "receipt": a.cndp_receipt,
            "receipt_date": iso(a.cndp_receipt_on),
        },
        "dpia": {"required": a.dpia_required, "done": a.dpia_done, "date": iso(a.dpia_done_on)},
        "processors": [{"id": i, "name": processors.get(i, "")} for i in a.processor_ids],
        "transfers": [_transfer_json(t, {}, processors) for t in a.transfers],
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
        "last_reviewed_on": iso(a.last_reviewed_on),
        "notes": a.notes,
        "flags": [_flag_json(f) for f in flags],
    }


def _activity_line(row: Any) -> str:
    receipt = row.cndp_receipt or "sans récépissé"
    reviewed = row.last_reviewed_on.isoformat() if row.last_reviewed_on else "jamais"
    return (
        f"#{row.id:<3} {row.name:<50} {row.cndp_regime:<13} {receipt:<15} "
        f"revu {reviewed}  {row.processors} sous-traitant(s)"
    )


def _describe_activity(activity: ProcessingActivity, data: dict[str, Any]) -> None:
    print(f"Traitement       : #{activity.id} {activity.name}")
    print(f"Service          : {activity.owner_department or '—'}")
    for p in activity.purposes:
        print(f"Finalité         : {p.description} [{p.legal_basis}]")
    print(f"Données          : {', '.join(data['data_categories']) or '—'}")
    print(f"Mineurs          : {'oui' if activity.minors else 'non'}")
    for r in activity.retention:
        scope = f" ({r.scope})" if r.scope else ""
        print(f"Conservation     : {r.category}{scope} : {r.text()}")
    print(
        f"Régime CNDP      : {activity.cndp_regime} {activity.cndp_receipt or '(sans récépissé)'}"
    )
    print(f"AIPD             : requise={activity.dpia_required} réalisée={activity.dpia_done}")
    for item in data["processors"]:
        print(f"Sous-traitant    : #{item['id']} {item['name']}")
    for t in activity.transfers:
        print(f"Transfert        : #{t.id} {t.country} {t.mechanism or 'sans mécanisme'}")


def cmd_activity_add(args: argparse.Namespace) -> int:
    details = ActivityDetails(
        name=args.name,
        purposes=_pair_purposes(args),
        description=args.description or "",
        owner_department=args.owner or "",
        subject_categories=tuple(args.subject_category or ()),
        data_categories=frozenset(DataCategory(c) for c in args.data_category or ()),
        minors=args.minors,
        sources=tuple(args.source or ()),
        recipients=tuple(_parse_recipient(r) for r in args.recipient or ()),
        retention=tuple(_parse_retention(r) for r in args.retention or ()),
        security_measures=frozenset(SecurityMeasure(m) for m in args.security or ()),
        security_notes=args.security_notes or "",
        interconnections=args.interconnections or "",
        collected_for=args.collected_for or "",
        cndp_regime=CndpRegime(args.regime),
        cndp_receipt=args.receipt or "",
        cndp_receipt_on=args.receipt_date,
        dpia_required=args.dpia_required,
        dpia_done=args.dpia_done,
        dpia_done_on=args.dpia_date,
        last_reviewed_on=args.reviewed,
        notes=args.notes or "",
    )
    return _add(
        args,
        args.processor,
        book.find_processor,
        lambda register, ids: book.save_activity(register, details, processor_ids=ids),
    )


# ----------------------------------------------------------------------------- processor


def _processor_json(p: Processor, flags, activities: dict[int, str]) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "service": p.service,
        "contact": p.contact,
        "dpo_contact": p.dpo_contact,
        "countries": list(p.countries),
        "data_categories": sorted(str(c) for c in p.data_categories),
        "dpa": {
            "signed": p.dpa_signed,
            "signed_on": iso(p.dpa_signed_on),
            "ends_on": iso(p.contract_ends_on),
            "clauses": [str(c) for c in Art28Clause if c in p.clauses],
            "missing_clauses": [ART28_LETTERS[c] for c in p.missing_clauses],
        },
        "certifications": list(p.certifications),
        "sub_processors": list(p.sub_processors),
        "next_review_on": iso(p.next_review_on),
        "status": str(p.status),
        "ended_on": iso(p.ended_on),
        "data_outcome": str(p.data_outcome) if p.data_outcome else None,
        "data_outcome_on": iso(p.data_outcome_on),
        "activities": [{"id": i, "name": activities.get(i, "")} for i in p.activity_ids],
        "transfers": [_transfer_json(t, activities, {p.id: p.name}) for t in p.transfers],
        "notes": p.notes,
        "flags": [_flag_json(f) for f in flags],
    }


def _processor_line(row: Any) -> str:
    dpa = f"DPA {row.dpa_signed_on or 'signé'}" if row.dpa_signed else "sans DPA"
    review = f"revue {row.next_review_on}" if row.next_review_on else "revue non planifiée"
    return (
        f"#{row.id:<3} {row.name:<28} {','.join(row.countries) or '—':<8} {row.status:<7} "
        f"{dpa:<15} {review}"
    )


def _describe_processor(processor: Processor, data: dict[str, Any]) -> None:
    print(f"Sous-traitant    : #{processor.id} {processor.name}")
    print(f"Service          : {processor.service or '—'}")
    print(f"Pays             : {', '.join(processor.countries) or '—'}")
    dpa = processor.dpa_signed_on or ("oui" if processor.dpa_signed else "non")
    print(f"DPA signé        : {dpa}")
    clauses = ", ".join(ART28_LETTERS[c] for c in Art28Clause if c in processor.clauses)
    print(f"Clauses 28(3)    : {clauses or '—'}")
    print(f"Prochaine revue  : {processor.next_review_on or '—'}")
    print(f"Statut           : {processor.status}")
    if processor.data_outcome:
        label = DATA_OUTCOME_LABELS[processor.data_outcome]
        print(f"Fin de contrat   : {processor.ended_on} — {label} le {processor.data_outcome_on}")
    for item in data["activities"]:
        print(f"Traitement       : #{item['id']} {item['name']}")


def cmd_processor_add(args: argparse.Namespace) -> int:
    clauses = frozenset(Art28Clause) if args.all_clauses else frozenset()
    clauses |= {_parse_clause(c) for c in args.clause or ()}
    details = ProcessorDetails(
        name=args.name,
        service=args.service or "",
        contact=args.contact or "",
        dpo_contact=args.dpo or "",
        countries=tuple(args.country or ()),
        data_categories=frozenset(DataCategory(c) for c in args.data_category or ()),
        dpa_signed=args.dpa_signed or args.dpa_date is not None,
        dpa_signed_on=args.dpa_date,
        contract_ends_on=args.contract_end,
        clauses=clauses,
        certifications=tuple(args.certification or ()),
        sub_processors=tuple(args.sub_processor or ()),
        next_review_on=args.review_date,
        notes=args.notes or "",
    )
    return _add(
        args,
        args.activity,
        book.find_activity,
        lambda register, ids: book.save_processor(register, details, activity_ids=ids),
    )


def cmd_processor_end(args: argparse.Namespace) -> int:
    """End an active contract (with the data's fate if known), or, on an ended one,
    record the return or deletion that came later (GDPR Art. 28(3)(g))."""
    if args.outcome_date is not None and args.outcome is None:
        raise common.CliError(
            "dpo-desk processor end: --outcome-date s'emploie avec --outcome.", common.EXIT_USAGE
        )
    outcome = DataOutcome(args.outcome) if args.outcome else None
    outcome_on = (args.outcome_date or args.on) if outcome else None
    register = common.open_register(args)
    try:
        processor = book.find_processor(register, args.key)
        if not processor.is_active and outcome is not None:
            updated = book.record_data_outcome(
                register, processor, outcome, args.outcome_date or args.on
            )
        else:  # an ended contract with no outcome to add is refused by the service
            end = ContractEnd(args.on, outcome, outcome_on, args.notes or "")
            updated = book.end_contract(register, processor, end)
    finally:
        register.close()
    print(f"#{updated.id} {updated.status} {updated.data_outcome or 'données non réglées'}")
    return common.EXIT_OK


# ----------------------------------------------------------------------------- transfer


def _transfer_json(t: Transfer, activities: dict[int, str], processors: dict[int, str]) -> dict:
    return {
        "id": t.id,
        "country": t.country,
        "mechanism": str(t.mechanism) if t.mechanism else None,
        "derogation": str(t.derogation) if t.derogation else None,
        "law_exception": str(t.law_exception) if t.law_exception else None,
        "reference": t.reference,
        "activity": t.activity_id,
        "activity_name": activities.get(t.activity_id, "") if t.activity_id else "",
        "processor": t.processor_id,
        "processor_name": processors.get(t.processor_id, "") if t.processor_id else "",
        "notes": t.notes,
    }


def cmd_transfer_add(args: argparse.Namespace) -> int:
    register = common.open_register(args)
    try:
        activity_id = book.find_activity(register, args.activity).id if args.activity else None
        processor_id = book.find_processor(register, args.processor).id if args.processor else None
        created = book.add_transfer(
            register,
            TransferDetails(
                country=args.country,
                mechanism=TransferMechanism(args.mechanism) if args.mechanism else None,
                derogation=Derogation(args.derogation) if args.derogation else None,
                law_exception=Law0908Exception(args.law_exception) if args.law_exception else None,
                reference=args.reference or "",
                activity_id=activity_id,
                processor_id=processor_id,
                notes=args.notes or "",
            ),
        )
        flagged = book.register_flags(register).for_entity("transfer", created.id)
    finally:
        register.close()
    print(created.id)
    for flag in flagged:  # the DPO learns at once that this transfer needs a mechanism
        print(f"⚑ {flag.message()}", file=sys.stderr)
    return common.EXIT_OK


def cmd_transfer_list(args: argparse.Namespace) -> int:
    register = common.open_quietly(args)
    try:
        transfers = book.all_transfers(register)
        flags = book.register_flags(register)
        activities = {a.id: a.name for a in book.all_activities(register)}
        processors = {p.id: p.name for p in book.all_processors(register)}
    finally:
        register.close()
    listed = []
    for t in transfers:
        own = list(flags.for_entity("transfer", t.id))
        if args.flagged and not own:
            continue
        listed.append((t, own))
    if args.json:
        payload = [
            {**_transfer_json(t, activities, processors), "flags": [_flag_json(f) for f in own]}
            for t, own in listed
        ]
        common.print_json(payload)
        return common.EXIT_OK
    for t, own in listed:
        owner = " / ".join(
            name
            for name in (
                activities.get(t.activity_id or 0, ""),
                processors.get(t.processor_id or 0, ""),
            )
            if name
        )
        mechanism = str(t.mechanism) if t.mechanism else "sans mécanisme"
        if t.derogation:
            mechanism += f" ({t.derogation})"
        marks = "  ⚑" if own else ""
        print(f"#{t.id:<3} {t.country}  {mechanism:<22} {owner}{marks}")
    return common.EXIT_OK


def cmd_transfer_remove(args: argparse.Namespace) -> int:
    register = common.open_register(args)
    try:
        book.remove_transfer(register, args.id)
    finally:
        register.close()
    print(f"Transfert #{args.id} supprimé")
    return common.EXIT_OK


def cmd_transfer_adequacy(args: argparse.Namespace) -> int:
    """Show or change the register's adequacy list (Law 09-08 art. 43)."""
    editing = args.set is not None or args.add or args.remove or args.default
    register = common.open_register(args) if editing else common.open_quietly(args)
    try:
        countries = book.adequate_countries(register)
        if editing:
            if args.default:
                wanted = set(DEFAULT_ADEQUATE_COUNTRIES)
            elif args.set is not None:
                wanted = set(args.set.replace(",", " ").split())
            else:
                wanted = set(countries)
            wanted |= {c.strip().upper() for c in args.add}
            wanted -= {c.strip().upper() for c in args.remove}
            countries = book.save_adequate_countries(register, sorted(wanted))
    finally:
        register.close()
    is_default = countries == DEFAULT_ADEQUATE_COUNTRIES
    if args.json:
        common.print_json({"countries": sorted(countries), "default": is_default})
        return common.EXIT_OK
    print(" ".join(sorted(countries)))
    # The shipped default is not the CNDP's list: say so each time it is shown.
    print(ADEQUACY_SOURCE if is_default else _OWN_LIST, file=sys.stderr)
    return common.EXIT_OK


_OWN_LIST = "Liste propre à ce registre : vérifiez-la contre la délibération de la CNDP en vigueur."


# ----------------------------------------------------------------------------- list, show


@dataclass(frozen=True)
class _Entries:
    """``list`` and ``show`` of one kind of entry (activities, processors): each lists its
    flags and those of its transfers, and names the entries of the other kind it is
    linked to."""

    entity: str  # as in the journal and the flags: "activity", "processor"
    filter: Callable[..., Any]
    rows: Callable[..., list]
    entries: Callable[[Register], list]
    others: Callable[[Register], list]  # the other kind, named beside the links
    find: Callable[[Register, str], Any]
    to_json: Callable[[Any, list[RegisterFlag], dict[int, str]], dict[str, Any]]
    line: Callable[[Any], str]
    describe: Callable[[Any, dict[str, Any]], None]

    def run_list(self, args: argparse.Namespace) -> int:
        register = common.open_quietly(args)
        try:
            flt = self.filter(search=args.search or "")
            rows = common.all_rows(
                lambda offset: self.rows(register, flt, offset=offset, limit=1000)
            )
            flags = book.register_flags(register)
            entries = {e.id: e for e in self.entries(register)}
            others = {o.id: o.name for o in self.others(register)}
        finally:
            register.close()
        listed = []
        for row in rows:
            own = _own_flags(flags, self.entity, row.id, entries[row.id].transfers)
            if own or not args.flagged:
                listed.append((row, entries[row.id], own))
        if args.json:
            common.print_json([self.to_json(e, own, others) for _, e, own in listed])
            return common.EXIT_OK
        for row, _, own in listed:
            print(self.line(row) + (f"  ⚑ {len(own)}" if own else ""))
            _print_flags(own, " " * 7)
        return common.EXIT_OK

    def run_show(self, args: argparse.Namespace) -> int:
        register = common.open_quietly(args)
        try:
            entry = self.find(register, args.key)
            flags = book.register_flags(register)
            others = {o.id: o.name for o in self.others(register)}
            history = book.journal_for(register, self.entity, entry.id)
        finally:
            register.close()
        own = _own_flags(flags, self.entity, entry.id, entry.transfers)
        data = self.to_json(entry, own, others)
        if args.json:
            data["history"] = common.history_json(history)
            common.print_json(data)
            return common.EXIT_OK
        self.describe(entry, data)
        _print_flags(own, "")
        return common.EXIT_OK

    def add_list_and_show(
        self,
        actions: argparse._SubParsersAction,
        list_help: str,
        search_help: str | None,
        flagged_help: str,
        show_help: str,
    ) -> None:
        p = actions.add_parser("list", help=list_help)
        common.add_db(p)
        p.add_argument("--search", metavar="TEXT", help=search_help)
        p.add_argument("--flagged", action="store_true", help=flagged_help)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=self.run_list)
        common.add_show(actions, self.run_show, show_help, key="key", metavar="ID|NAME")


ACTIVITIES = _Entries(
    "activity",
    ActivityFilter,
    book.list_activities,
    book.all_activities,
    book.all_processors,
    book.find_activity,
    _activity_json,
    _activity_line,
    _describe_activity,
)
PROCESSORS = _Entries(
    "processor",
    ProcessorFilter,
    book.list_processors,
    book.all_processors,
    book.all_activities,
    book.find_processor,
    _processor_json,
    _processor_line,
    _describe_processor,
)


# ----------------------------------------------------------------------------- parsers


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``activity``, ``processor`` and ``transfer`` to the CLI's subcommands."""
    date_arg = common.DATE_ARG
    categories = values(DataCategory)

    act = common.add_group(sub, "activity", "register of processing activities (GDPR Art. 30)")
    ACTIVITIES.add_list_and_show(
        act,
        "list the processing activities, with their flags",
        "in names, purposes, departments, receipts",
        "only activities with a flag",
        "one activity, with its processors, transfers and history",
    )
    a = act.add_parser("add", help="record a processing activity; prints its number")
    common.add_db(a)
    a.add_argument("--name", required=True)
    a.add_argument("--purpose", action="append", required=True, metavar="TEXT")
    a.add_argument(
        "--basis",
        action="append",
        choices=values(LegalBasis),
        help="legal basis of each --purpose, in the same order (GDPR Art. 6(1))",
    )
    a.add_argument("--justification", action="append", metavar="TEXT")
    a.add_argument("--description", metavar="TEXT")
    a.add_argument("--owner", metavar="DEPARTMENT")
    a.add_argument("--subject-category", action="append", metavar="TEXT")
    a.add_argument("--data-category", action="append", choices=categories)
    a.add_argument("--minors", action="store_true", help="the data subjects include minors")
    a.add_argument("--source", action="append", metavar="TEXT")
    a.add_argument("--recipient", action="append", metavar="KIND:NAME")
    a.add_argument("--retention", action="append", metavar="CATEGORY:AMOUNT:UNIT[:TRIGGER]")
    a.add_argument("--security", action="append", choices=values(SecurityMeasure))
    a.add_argument("--security-notes", metavar="TEXT")
    a.add_argument(
        "--interconnections",
        metavar="TEXT",
        help="files this processing is interconnected with (Law 09-08 art. 12: authorisation)",
    )
    a.add_argument(
        "--collected-for",
        metavar="TEXT",
        help="the purpose the data were first collected for, when reused for another one "
        "(Law 09-08 art. 12: authorisation)",
    )
    a.add_argument("--regime", default="declaration", choices=values(CndpRegime))
    a.add_argument("--receipt", metavar="TEXT", help="CNDP receipt number, e.g. D-443/2022")
    a.add_argument("--receipt-date", **date_arg)
    a.add_argument("--dpia-required", action="store_true")
    a.add_argument("--dpia-done", action="store_true")
    a.add_argument("--dpia-date", **date_arg)
    a.add_argument("--reviewed", **date_arg, help="date of the last review")
    a.add_argument("--processor", action="append", metavar="ID|NAME")
    a.add_argument("--notes")
    a.set_defaults(func=cmd_activity_add)

    proc = common.add_group(sub, "processor", "register of processors (GDPR Art. 28)")
    PROCESSORS.add_list_and_show(
        proc,
        "list the processors, with their flags",
        None,
        "only processors with a flag (DPA, review, transfer)",
        "one processor, with its activities and history",
    )
    r = proc.add_parser("add", help="record a processor; prints its number")
    common.add_db(r)
    r.add_argument("--name", required=True)
    r.add_argument("--service", metavar="TEXT")
    r.add_argument("--contact", metavar="TEXT")
    r.add_argument("--dpo", metavar="TEXT", help="the processor's DPO")
    r.add_argument("--country", action="append", metavar="CC", help="ISO 3166 code, e.g. US")
    r.add_argument("--data-category", action="append", choices=categories)
    r.add_argument("--dpa-signed", action="store_true", help="a DPA (Art. 28(3)) is signed")
    r.add_argument("--dpa-date", **date_arg, help="date the DPA was signed")
    r.add_argument("--contract-end", **date_arg)
    r.add_argument("--clause", action="append", metavar="a-h", help="an Art. 28(3) clause checked")
    r.add_argument("--all-clauses", action="store_true", help="all of Art. 28(3)(a)-(h) checked")
    r.add_argument("--certification", action="append", metavar="TEXT")
    r.add_argument("--sub-processor", action="append", metavar="TEXT")
    r.add_argument("--review-date", **date_arg, help="next review")
    r.add_argument("--activity", action="append", metavar="ID|NAME")
    r.add_argument("--notes")
    r.set_defaults(func=cmd_processor_add)
    r = proc.add_parser("end", help="record the end of the contract and the data's return")
    r.add_argument("key", metavar="ID|NAME")
    common.add_db(r)
    r.add_argument("--on", required=True, **date_arg)
    r.add_argument("--outcome", choices=values(DataOutcome), help="data returned or deleted")
    r.add_argument("--outcome-date", **date_arg, help="defaults to --on")
    r.add_argument("--notes")
    r.set_defaults(func=cmd_processor_end)

    xfer = common.add_group(
        sub, "transfer", "transfers abroad (09-08 arts. 43-44; GDPR Arts. 44-49)"
    )
    t = xfer.add_parser("add", help="record a transfer; prints its number")
    common.add_db(t)
    t.add_argument("--country", required=True, metavar="CC", help="ISO 3166 code, e.g. US")
    t.add_argument("--mechanism", choices=values(TransferMechanism))
    t.add_argument("--derogation", choices=values(Derogation), help="with --mechanism derogation")
    t.add_argument(
        "--law-exception",
        choices=values(Law0908Exception),
        help="the Law 09-08 exception that lets the transfer go without the CNDP's "
        "authorisation (arts. 43-44)",
    )
    t.add_argument("--reference", metavar="TEXT", help="F118 / authorisation number, SCC version")
    t.add_argument("--activity", metavar="ID|NAME")
    t.add_argument("--processor", metavar="ID|NAME")
    t.add_argument("--notes")
    t.set_defaults(func=cmd_transfer_add)
    t = xfer.add_parser("list", help="list the transfers")
    common.add_db(t)
    t.add_argument("--flagged", action="store_true", help="only transfers without a mechanism")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_transfer_list)
    t = xfer.add_parser("adequacy", help="show or change the adequacy list (Law 09-08 art. 43)")
    common.add_db(t)
    t.add_argument("--set", metavar="'CC CC …'", help="replace the list (ISO 3166 codes)")
    t.add_argument("--add", action="append", default=[], metavar="CC")
    t.add_argument("--remove", action="append", default=[], metavar="CC")
    t.add_argument("--default", action="store_true", help="back to the shipped EU/EEA list")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_transfer_adequacy)
    t = xfer.add_parser("remove", help="delete a transfer recorded by mistake")
    t.add_argument("id", type=int, metavar="ID")
    common.add_db(t)
    t.set_defaults(func=cmd_transfer_remove)
