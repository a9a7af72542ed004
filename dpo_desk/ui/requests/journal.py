"""A request's journal in words: each recorded action and change as the DPO reads it.

The journal keeps codes and ISO dates (``services.journal``); these turn them into the
labels of the interface, for the list on the request's page.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.retention import (
    ATTACHMENT_DELETION_LABELS,
    AttachmentDeletion,
    AttachmentPurpose,
)
from dpo_desk.services.read_model import AuditEntry
from dpo_desk.ui.requests import texts


def journal_action(action: str) -> str:
    return {
        "create": QCoreApplication.translate("RequestDetail", "Demande enregistrée"),
        "update": QCoreApplication.translate("RequestDetail", "Détails modifiés"),
        "request_identity": QCoreApplication.translate(
            "RequestDetail", "Justificatif d'identité demandé"
        ),
        "identity": QCoreApplication.translate("RequestDetail", "Vérification d'identité"),
        "status": QCoreApplication.translate("RequestDetail", "Changement de statut"),
        "extend": QCoreApplication.translate("RequestDetail", "Délai prorogé"),
        "answer": QCoreApplication.translate("RequestDetail", "Réponse envoyée"),
        "refuse": QCoreApplication.translate("RequestDetail", "Demande refusée"),
        "withdraw": QCoreApplication.translate("RequestDetail", "Demande retirée"),
        "close": QCoreApplication.translate("RequestDetail", "Demande clôturée"),
        "attach": QCoreApplication.translate("RequestDetail", "Pièce jointe ajoutée"),
        "delete_attachment": QCoreApplication.translate("RequestDetail", "Pièce jointe supprimée"),
        "recompute": QCoreApplication.translate("RequestDetail", "Échéance recalculée"),
    }.get(action, action)


def _field_name(key: str) -> str | None:
    names = {
        "status": QCoreApplication.translate("RequestDetail", "Statut"),
        "rights": QCoreApplication.translate("RequestDetail", "Droits"),
        "regimes": QCoreApplication.translate("RequestDetail", "Régime"),
        "channel": QCoreApplication.translate("RequestDetail", "Canal"),
        "received_on": QCoreApplication.translate("RequestDetail", "Reçue le"),
        "requester_name": QCoreApplication.translate("RequestDetail", "Nom du demandeur"),
        "requester_email": QCoreApplication.translate("RequestDetail", "E-mail"),
        "requester_phone": QCoreApplication.translate("RequestDetail", "Téléphone"),
        "requester_address": QCoreApplication.translate("RequestDetail", "Adresse"),
        "requester_role": QCoreApplication.translate("RequestDetail", "Qualité du demandeur"),
        "subject_name": QCoreApplication.translate("RequestDetail", "Personne concernée"),
        "assignee": QCoreApplication.translate("RequestDetail", "Suivie par"),
        "notes": QCoreApplication.translate("RequestDetail", "Notes"),
        "due_on": QCoreApplication.translate("RequestDetail", "Échéance"),
        "identity_status": QCoreApplication.translate("RequestDetail", "Identité"),
        "identity_method": QCoreApplication.translate("RequestDetail", "Pièce"),
        "identity_checked_on": QCoreApplication.translate("RequestDetail", "Vérifiée le"),
        "extended_on": QCoreApplication.translate("RequestDetail", "Prorogée le"),
        "extension_reason": QCoreApplication.translate("RequestDetail", "Motif de prorogation"),
        "answered_on": QCoreApplication.translate("RequestDetail", "Répondue le"),
        "answer_channel": QCoreApplication.translate("RequestDetail", "Réponse par"),
        "refusal_reason": QCoreApplication.translate("RequestDetail", "Motif du refus"),
        "closed_on": QCoreApplication.translate("RequestDetail", "Clôturée le"),
        "attachment": QCoreApplication.translate("RequestDetail", "Pièce jointe n°"),
        "purpose": QCoreApplication.translate("RequestDetail", "Nature de la pièce"),
        "reason": QCoreApplication.translate("RequestDetail", "Motif de la suppression"),
    }
    return names.get(key)


def _value_text(key: str, value) -> str:
    """A journal value in words: labels for codes, dd/mm/yyyy for dates."""
    if value is None or value == "":
        return "—"
    if value == "modifié":  # the services record that personal data changed, not its value
        return QCoreApplication.translate("RequestDetail", "modifié")
    if value == "renseigné":
        return QCoreApplication.translate("RequestDetail", "renseigné")
    try:
        if key == "status":
            return texts.status_label(value)
        if key == "rights":
            return texts.rights_text(value if isinstance(value, list) else [value])
        if key == "regimes":
            return texts.regimes_text(value if isinstance(value, list) else [value])
        if key in ("channel", "answer_channel"):
            return texts.channel_label(value)
        if key == "identity_status":
            return texts.identity_label(value)
        if key == "refusal_reason":
            return texts.refusal_label(value)
        if key == "requester_role":
            return texts.role_label(value)
        if key == "purpose":
            return _purpose_text(value)
        if key == "reason":
            label_ = ATTACHMENT_DELETION_LABELS[AttachmentDeletion(value)]
            return QCoreApplication.translate("AttachmentDeletion", label_)
        if key.endswith("_on"):
            return texts.format_date(date.fromisoformat(str(value)))
    except (ValueError, KeyError):
        pass
    return str(value)


def _purpose_text(value: str) -> str:
    if value == AttachmentPurpose.IDENTITY:
        return QCoreApplication.translate("RequestDetail", "justificatif d'identité")
    return QCoreApplication.translate("RequestDetail", "autre pièce")


def journal_changes(changes: dict) -> list[str]:
    lines = []
    for key in sorted(changes, key=lambda k: (k != "status", k)):
        name = _field_name(key)
        if name is None:
            continue  # technical keys (hash, rule ids) say nothing to the DPO
        value = changes[key]
        # An update is recorded as [old, new]; a set-valued field (rights, regimes) as a
        # list of codes when created, and as [old list, new list] when changed.
        set_valued = key in ("rights", "regimes")
        is_pair = (
            isinstance(value, list)
            and len(value) == 2
            and (not set_valued or all(isinstance(v, list) or v is None for v in value))
        )
        if is_pair:
            lines.append(
                QCoreApplication.translate("RequestDetail", "{field} : {old} → {new}").format(
                    field=name, old=_value_text(key, value[0]), new=_value_text(key, value[1])
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("RequestDetail", "{field} : {value}").format(
                    field=name, value=_value_text(key, value)
                )
            )
    return lines


def journal_text(entry: AuditEntry, zone: tzinfo) -> str:
    """One entry: what was done, when and by whom, then what changed (a creation's values
    are the form of the page)."""
    head = QCoreApplication.translate("RequestDetail", "{when} — {who}").format(
        when=texts.format_instant(entry.at, zone), who=entry.actor
    )
    lines = [journal_action(entry.action), head]
    if entry.action != "create":
        lines += ["    " + line for line in journal_changes(entry.changes)]
    return "\n".join(lines)
