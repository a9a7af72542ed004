"""Who a breach notification letter goes to: the authorities the breach must be notified
to (its duties), one letter each, and the checks of a chosen addressee.

GDPR Art. 33 is met by the CNIL or another EU supervisory authority; the CNDP's notice
is the organisation's policy under Law 09-08 (the law sets no breach duty). The DGSSI's
declaration (Law 05-20) is not a letter of this register.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpo_desk.domain.breaches import (
    AUTHORITY_LABELS,
    Authority,
    BreachIncident,
    DutyKind,
    NotificationPhase,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services.cases import case_in
from dpo_desk.services.letter_errors import LetterRefused
from dpo_desk.storage.database import Register


def breach_addressee(incident: BreachIncident) -> tuple[Authority, str]:
    """The authority a breach's notification letter is addressed to, with its name when
    it is another EU authority (``Authority.OTHER``).

    The authority of the first initial notice recorded that meets a duty of the breach
    (the CNDP, the CNIL or another EU authority); none yet, the CNDP when Law 09-08
    applies (or no regime), the CNIL under the GDPR alone. A courtesy notice (one that
    meets no duty: the CNDP for a breach under the GDPR alone) never chooses it. The
    letter kinds offer no choice of addressee and a draft keeps its text only, so the
    addressee is derived from the case each time the letter is printed.
    """
    meeting = sorted(
        (
            n
            for n in incident.notifications
            if n.phase is NotificationPhase.INITIAL and incident.duty_for(n.authority) is not None
        ),
        key=lambda n: n.sent_at,
    )
    if meeting:
        return meeting[0].authority, meeting[0].authority_name
    if Regime.LAW_09_08 in incident.regimes or Regime.GDPR not in incident.regimes:
        return Authority.CNDP, ""
    return Authority.CNIL, ""


@dataclass(frozen=True)
class Addressee:
    """The authority a breach notification letter goes to: the CNDP, the CNIL, or another
    EU supervisory authority by its name (``Authority.OTHER``)."""

    authority: Authority
    name: str = ""

    @property
    def code(self) -> str:
        """What a draft stores and ``--to`` takes: "cndp", "cnil", "other:<name>"."""
        if self.authority is Authority.OTHER:
            return f"other:{self.name}"
        return self.authority.value

    @property
    def label(self) -> str:
        """The authority's own name for another EU authority, else its message id
        (context "Authority": "CNDP", "CNIL")."""
        return self.name if self.authority is Authority.OTHER else AUTHORITY_LABELS[self.authority]

    @classmethod
    def from_code(cls, code: str) -> Addressee | None:
        text = " ".join((code or "").split())
        if text.casefold().startswith("other:") and text[6:].strip():
            return cls(Authority.OTHER, text[6:].strip())
        if text.casefold() in (Authority.CNDP.value, Authority.CNIL.value):
            return cls(Authority(text.casefold()))
        return None


class AddresseeRefused(LetterRefused):
    """A breach notification to an authority the breach need not be notified to, or to
    one not known: refused, with the authorities it must be notified to."""

    exit_code = 6


ERR_ADDRESSEE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors",
    "Autorité destinataire inconnue : « {value} ». La violation {reference} est à notifier "
    "à : {choices} (ou « other:NOM » pour une autre autorité de contrôle de l'UE).",
)
ERR_ADDRESSEE_NOT_DUE = QT_TRANSLATE_NOOP(
    "Errors",
    "La violation {reference} n'est pas à notifier à {authority} : ni la loi ni la politique "
    "interne ne l'y obligent. Autorités destinataires : {choices}.",
)
ERR_ADDRESSEE_CHOICE = QT_TRANSLATE_NOOP(
    "Errors",
    "La violation {reference} est à notifier à plusieurs autorités, chacune par son propre "
    "courrier : choisissez le destinataire ({choices}).",
)


def breach_addressees(incident: BreachIncident) -> tuple[Addressee, ...]:
    """The authorities a breach must be notified to, one letter each: its duties'
    (``notification_duties``), in their order. The GDPR's duty (Art. 33) is met by the
    CNIL or another EU authority: the CNIL, then each other one already notified, by
    name. The CNDP's is the organisation's policy under Law 09-08 (the law has no breach
    duty). The DGSSI's declaration (Law 05-20) is not a letter of this register."""
    found: list[Addressee] = []
    for duty in incident.duties:
        if duty.kind is DutyKind.EU_AUTHORITY:
            found.append(Addressee(Authority.CNIL))
            for notice in sorted(incident.notifications, key=lambda n: n.sent_at):
                other = Addressee(Authority.OTHER, notice.authority_name.strip())
                if notice.authority is Authority.OTHER and other.name and other not in found:
                    found.append(other)
        elif duty.kind is DutyKind.CNDP:
            found.append(Addressee(Authority.CNDP))
    return tuple(found)


def _choices(incident: BreachIncident) -> str:
    return ", ".join(a.code for a in breach_addressees(incident))


def check_addressee(incident: BreachIncident, value: Addressee | str | None) -> Addressee:
    """The addressee of a breach notification: ``value`` ("cndp", "cnil", "other:NAME",
    or the name of another EU authority already notified) when the breach must be
    notified to it, else refused (exit 6). None or "": the default, ``breach_addressee``."""
    if value is None or value == "":
        return Addressee(*breach_addressee(incident))
    found = value if isinstance(value, Addressee) else _addressee_named(incident, value)
    if incident.duty_for(found.authority) is None:
        raise AddresseeRefused(
            ERR_ADDRESSEE_NOT_DUE,
            reference=incident.reference,
            authority=found.name or found.code.upper(),
            choices=_choices(incident),
        )
    return found


def _addressee_named(incident: BreachIncident, value: str) -> Addressee:
    """The addressee ``value`` names: a code, or another EU authority already notified,
    by its name; else refused with the choices."""
    found = Addressee.from_code(value)
    if found is None:
        wanted = " ".join(value.split()).casefold()
        found = next((a for a in breach_addressees(incident) if a.name.casefold() == wanted), None)
    if found is None:
        raise AddresseeRefused(
            ERR_ADDRESSEE_UNKNOWN,
            value=value,
            reference=incident.reference,
            choices=_choices(incident),
        )
    return found


def check_addressee_given(register: Register, case_reference: str) -> None:
    """Refuse a breach notification with no addressee when the breach owes several
    notices (the CLI's ``--to``): each authority gets its own letter, with its own words.
    Nothing to choose (a request, one duty): no refusal."""
    with register.read() as conn:
        case = case_in(conn, case_reference)
    if case.breach is None:
        return
    if len({d.kind for d in case.breach.duties if d.kind is not DutyKind.DGSSI}) > 1:
        raise AddresseeRefused(
            ERR_ADDRESSEE_CHOICE, reference=case.reference, choices=_choices(case.breach)
        )
