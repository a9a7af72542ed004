"""What ``verify`` can find beyond damaged pages: each finding is one translatable clause.

The clauses are joined into one sentence (services.registers.TamperEvidence); values
are codes, references, dates and hashes, never personal data.
"""

from __future__ import annotations

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class Finding(UserError):
    """One thing found wrong; ``message()`` gives it in words."""


CHAIN_BROKEN = QT_TRANSLATE_NOOP("Errors", "journal d'audit : chaîne rompue à l'entrée {entry}")
SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "structure : {type} « {name} » inconnu de l'application (ajouté hors de l'app)"
)
SCHEMA_MISSING = QT_TRANSLATE_NOOP("Errors", "structure : {type} « {name} » manquant")
SCHEMA_MODIFIED = QT_TRANSLATE_NOOP("Errors", "structure : {type} « {name} » modifié")
FIELD_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors", "{reference} : {field} vaut {stored} dans le registre, {journaled} selon le journal"
)
NOT_JOURNALED = QT_TRANSLATE_NOOP(
    "Errors", "{reference} : présent dans le registre sans entrée de création au journal"
)
DELETED_UNJOURNALED = QT_TRANSLATE_NOOP(
    "Errors", "{reference} : absent du registre sans entrée de purge au journal"
)
SEAL_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "{missing} entrées du journal vues par cet ordinateur manquent"
)
SEAL_DIVERGED = QT_TRANSLATE_NOOP(
    "Errors",
    "le journal ne contient plus l'entrée n° {count} vue par cet ordinateur : il a été "
    "réécrit ou remplacé par une copie plus ancienne",
)
EXPECT_ABSENT = QT_TRANSLATE_NOOP(
    "Errors",
    "l'empreinte {head} n'est pas dans le journal : il a été réécrit depuis, ou elle vient "
    "d'un autre registre",
)
MORE_FINDINGS = QT_TRANSLATE_NOOP("Errors", "et {count} autre(s) constat(s)")
