"""The upkeep commands: ``backup``, ``restore``, ``rekey`` and ``purge``.

Their statuses: 3 wrong passphrase or not a register, 4 the target file already
exists, 5 disk error, busy register or failed check (nothing reported as done unless
the copy was verified), 6 a rejected new passphrase. The new passphrase of ``rekey``
comes from ``DPO_DESK_NEW_PASSPHRASE`` or a prompt, never from argv.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dpo_desk.cli import common
from dpo_desk.domain.retention import CASE_KIND_LABELS, PurgeMode
from dpo_desk.services import identity_documents, maintenance, register_file
from dpo_desk.storage.cipher import check_register_file


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out)
    common.refuse_existing(out)
    register = common.open_register(args)
    try:
        report = maintenance.backup_register(register, out)
    finally:
        register.close()
    print(f"Sauvegarde vérifiée : {report.path} ({report.size} octets, {report.seconds:.1f} s)")
    return common.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    source, target = Path(args.source), Path(args.db)
    common.refuse_existing(target)
    check_register_file(source)  # "no such file" before "passphrase?"
    passphrase = common.resolve_passphrase(args)
    register = maintenance.restore_register(source, target, passphrase)
    holds = common.keep_new_register(register)
    print(f"Registre restauré et vérifié : {register.path} ({holds})")
    return common.EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    path = Path(args.db)
    check_register_file(path)
    current = common.resolve_passphrase(args, register_path=path)
    new = common.new_passphrase()
    # Refused before the unlock is journalled: a refusal leaves the file as it was.
    register_file.require_long_enough(new)
    register = register_file.unlock_register(path, current)
    try:
        # The service refuses a new passphrase that is easy to guess or the current one
        # (exit 6), before anything is re-encrypted.
        report = maintenance.change_passphrase(
            register,
            new,
            current_passphrase=current,
            reencrypt_backups=not args.keep_old_backups,
        )
    finally:
        register.close()
    keyring = " ; trousseau mis à jour" if report.keyring_updated else ""
    print(f"Phrase secrète changée et vérifiée ({report.seconds:.1f} s){keyring}.")
    backups = report.backups
    if backups is not None and (backups.reencrypted or backups.failed):
        print(
            f"Sauvegardes automatiques rechiffrées : {len(backups.reencrypted)} "
            f"({backups.seconds:.1f} s)."
        )
    for failure in backups.failed if backups is not None else ():
        print(
            f"Sauvegarde {failure.file} gardée sous l'ancienne phrase secrète : "
            f"{failure.error.message()}",
            file=sys.stderr,
        )
    return common.EXIT_OK


def _case_json(case: Any) -> dict[str, Any]:
    return {
        "kind": str(case.kind),
        "reference": case.reference,
        "closed_on": case.closed_on.isoformat(),
        "kept_until": case.kept_until.isoformat(),
    }


def cmd_purge(args: argparse.Namespace) -> int:
    mode = PurgeMode.ANONYMISE if args.anonymise else PurgeMode.DELETE
    register = common.open_register(args)
    try:
        cases = maintenance.expired_cases(register)
        # Identity copies whose date has come (issue 20): deleted with the purge.
        copies = identity_documents.identity_copies_due(register)
        if not args.dry_run and (cases or copies) and sys.stdin.isatty():
            verb = "anonymiser" if mode is PurgeMode.ANONYMISE else "effacer définitivement"
            question = f"{verb.capitalize()} {len(cases)} dossier(s)"
            if copies:
                question += f" et supprimer {len(copies)} copie(s) de pièce d'identité"
            answer = input(f"{question} ? [o/N] ")
            if answer.strip().lower() not in {"o", "oui", "y", "yes"}:
                print("Rien n'a été purgé.")
                return common.EXIT_OK
        report = (
            None
            if args.dry_run
            else maintenance.purge_reviewed(
                register, [(case, mode) for case in cases], identity_copies=copies
            )
        )
    finally:
        register.close()
    if args.json:
        common.print_json(
            {
                "dry_run": args.dry_run,
                "mode": str(mode),
                "cases": [_case_json(c) for c in cases],
                "identity_copies": [
                    {
                        "reference": c.reference,
                        "attachment": c.attachment_id,
                        "delete_by": c.delete_by.isoformat(),
                    }
                    for c in copies
                ],
            }
        )
        return common.EXIT_OK
    for case in cases:
        print(
            f"{case.reference}  {CASE_KIND_LABELS[case.kind]:<18} close le {case.closed_on}  "
            f"à conserver jusqu'au {case.kept_until}"
        )
    for copy in copies:
        print(
            f"{copy.reference}  copie de pièce d'identité n° {copy.attachment_id}  "
            f"à supprimer depuis le {copy.delete_by}"
        )
    if args.dry_run:
        print(f"{len(cases)} dossier(s) à purger (simulation : rien n'a été modifié).")
        if copies:
            print(f"{len(copies)} copie(s) de pièce d'identité à supprimer (simulation).")
    elif report is not None and report.identity_copies and not report.cases:
        print(f"{len(report.identity_copies)} copie(s) de pièce d'identité supprimée(s).")
    elif report is not None and report.cases:
        done = "anonymisé(s)" if mode is PurgeMode.ANONYMISE else "effacé(s)"
        compacted = (
            "fichier compacté"
            if report.compact is not None
            else "compactage reporté (registre ouvert dans un autre programme)"
        )
        print(f"{len(report.cases)} dossier(s) {done} ; {compacted}.")
    else:
        print("Aucun dossier n'a dépassé sa durée de conservation.")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``backup``, ``restore``, ``rekey`` and ``purge`` to the CLI's subcommands."""
    p = sub.add_parser("backup", help="an encrypted, verified copy of the register")
    common.add_db(p)
    p.add_argument("--out", required=True, metavar="FILE", help="new file (never overwritten)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="a new register file from a backup")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup")
    common.add_db(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "rekey",
        help=f"change the passphrase (new one from {common.NEW_PASSPHRASE_ENV} or a prompt)",
    )
    common.add_db(p)
    p.add_argument(
        "--keep-old-backups",
        action="store_true",
        help="leave the automatic backups under the old passphrase (default: re-encrypt them)",
    )
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("purge", help="erase closed cases past their retention period")
    common.add_db(p)
    p.add_argument("--dry-run", action="store_true", help="list what has expired, change nothing")
    p.add_argument(
        "--anonymise",
        action="store_true",
        help="empty the personal fields and keep the statistics instead of deleting",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_purge)
