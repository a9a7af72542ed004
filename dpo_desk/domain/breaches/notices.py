"""What was sent about a breach: the notices to the authorities (GDPR Art. 33, the CNDP
policy), the communication to the persons (Art. 34), the DGSSI declaration (Law 05-20).

Each ``validated`` checks one notice against the breach it belongs to: its instant
(after the discovery, not in the future), its phase (Art. 33(4)), the reasons for a late
one; which duty a notice meets is ``duties``' business.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from dpo_desk.domain.breaches.enums import (
    EU_AUTHORITIES,
    PUBLIC_CHANNELS,
    Authority,
    CommunicationChannel,
    DutyKind,
    NotificationPhase,
)
from dpo_desk.domain.breaches.instants import check_after_discovery, short_display, to_utc
from dpo_desk.domain.breaches.labels import AUTHORITY_LABELS
from dpo_desk.domain.breaches.validation import MAX_TITLE, clean_text
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Channel

ERR_DELAY_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification envoyée après l'échéance du {deadline} : indiquez les motifs du retard "
    "(RGPD art. 33(1)).",
)
# The CNDP notice is the organisation's own promise (Law 09-08 has no breach duty): a
# late one is a breach of policy, recorded with its reasons, never an Art. 33 matter.
ERR_DELAY_REASON_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification à la CNDP envoyée après l'échéance du {deadline} fixée par la politique "
    "interne de l'organisation : indiquez les motifs du retard, qui seront consignés au "
    "registre.",
)
ERR_AUTHORITY_NAME = QT_TRANSLATE_NOOP("Errors", "Nommez l'autorité de contrôle de l'UE notifiée.")
ERR_COMPLEMENTARY_FIRST = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification complémentaire suit une notification initiale à la même autorité "
    "(RGPD art. 33(4)) : enregistrez d'abord la notification initiale.",
)
ERR_DUPLICATE_INITIAL = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification initiale à cette autorité est déjà enregistrée : ajoutez une "
    "notification complémentaire (RGPD art. 33(4)).",
)
# The same rules for the CNDP, which is no GDPR authority: no GDPR article cited.
ERR_COMPLEMENTARY_FIRST_CNDP = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification complémentaire à la CNDP suit une notification initiale : "
    "enregistrez d'abord la notification initiale.",
)
ERR_DUPLICATE_INITIAL_CNDP = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification "
    "complémentaire.",
)
ERR_AUDIENCE = QT_TRANSLATE_NOOP(
    "Errors", "Indiquez à qui la communication s'adresse (personnes concernées, public…)."
)
ERR_DGSSI_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "Une date de déclaration à la DGSSI ne s'indique que si la loi 05-20 s'applique.",
)


@dataclass(frozen=True)
class AuthorityNotification:
    """One notification (or one phase of it) to a supervisory authority."""

    authority: Authority
    phase: NotificationPhase
    sent_at: datetime
    channel: Channel = Channel.WEB_FORM
    authority_name: str = ""  # required for Authority.OTHER
    authority_reference: str = ""  # the number the authority gives back
    delay_reason: str = ""  # GDPR Art. 33(1), when sent after the deadline
    notes: str = ""
    id: int | None = None
    recorded_by: str = ""

    @property
    def authority_label(self) -> str:
        if self.authority is Authority.OTHER and self.authority_name:
            return self.authority_name
        return AUTHORITY_LABELS[self.authority]

    def is_late(self, deadline: datetime | None) -> bool:
        """An initial notification after the deadline of the duty it meets; later phases
        complete it (Art. 33(4)). ``deadline`` None: the notice meets no duty with one
        (see ``BreachIncident.deadline_for``), so it cannot be late."""
        return delay_reason_required(self.sent_at, deadline, self.phase)

    def validated(
        self,
        *,
        deadline: datetime | None,
        discovered_at: datetime,
        now: datetime,
        zone: tzinfo,
        earlier: Iterable[AuthorityNotification] = (),
        duty: DutyKind | None = None,
    ) -> AuthorityNotification:
        """Check the notification against the breach; ``earlier`` are those already sent.

        ``duty`` and ``deadline`` are those of the duty this notice meets
        (``BreachIncident.duty_for`` / ``deadline_for``): a late one needs the reasons
        for its delay, worded after that duty; a notice that meets none has no deadline.
        """
        sent = to_utc(self.sent_at, "sent_at")
        authority = Authority(self.authority)
        phase = NotificationPhase(self.phase)
        name = clean_text(self.authority_name, "authority_name", MAX_TITLE)
        if authority is Authority.OTHER and not name:
            raise ValidationError(ERR_AUTHORITY_NAME, "authority_name")
        check_after_discovery(sent, discovered_at, now, zone, "sent_at")
        same = [
            n
            for n in earlier
            if n.authority is authority
            and (authority is not Authority.OTHER or n.authority_name.casefold() == name.casefold())
        ]
        has_initial = any(n.phase is NotificationPhase.INITIAL for n in same)
        eu = authority in EU_AUTHORITIES
        if phase is NotificationPhase.COMPLEMENTARY and not has_initial:
            raise ValidationError(
                ERR_COMPLEMENTARY_FIRST if eu else ERR_COMPLEMENTARY_FIRST_CNDP, "phase"
            )
        if phase is NotificationPhase.INITIAL and has_initial:
            raise ValidationError(
                ERR_DUPLICATE_INITIAL if eu else ERR_DUPLICATE_INITIAL_CNDP, "phase"
            )
        reason = clean_text(self.delay_reason, "delay_reason")
        # Art. 33(1): a notification not made within 72 hours "shall be accompanied by
        # reasons for the delay". Later phases (Art. 33(4)) complete a notification in
        # time and need none. The CNDP policy asks the same of a late notice, in its own
        # words; a notice that meets no duty (a courtesy) has no deadline to miss.
        if delay_reason_required(sent, deadline, phase) and not reason:
            assert deadline is not None
            template = ERR_DELAY_REASON_POLICY if duty is DutyKind.CNDP else ERR_DELAY_REASON
            raise ValidationError(template, "delay_reason", deadline=short_display(deadline, zone))
        return AuthorityNotification(
            authority=authority,
            phase=phase,
            sent_at=sent,
            channel=Channel(self.channel),
            authority_name=name if authority is Authority.OTHER else "",
            authority_reference=clean_text(
                self.authority_reference, "authority_reference", MAX_TITLE
            ),
            delay_reason=reason,
            notes=clean_text(self.notes, "notes"),
            id=self.id,
            recorded_by=self.recorded_by,
        )


def delay_reason_required(
    sent_at: datetime,
    deadline: datetime | None,
    phase: NotificationPhase = NotificationPhase.INITIAL,
) -> bool:
    """For forms: does this notification need the reasons for its delay?

    An initial notice after the deadline of the duty it meets (GDPR Art. 33(1), or the
    CNDP policy); ``deadline`` None (a notice that meets no duty) never does.
    """
    if deadline is None:
        return False
    return NotificationPhase(phase) is NotificationPhase.INITIAL and sent_at > deadline


@dataclass(frozen=True)
class SubjectCommunication:
    """The communication to the data subjects (GDPR Art. 34(1)-(2)), or the public
    communication that replaces it (Art. 34(3)(c))."""

    sent_at: datetime
    channel: CommunicationChannel
    audience: str  # "les 1 240 élèves concernés et leurs parents"
    notes: str = ""
    id: int | None = None
    recorded_by: str = ""

    @property
    def public(self) -> bool:
        return self.channel in PUBLIC_CHANNELS

    def validated(
        self, *, discovered_at: datetime, now: datetime, zone: tzinfo
    ) -> SubjectCommunication:
        sent = to_utc(self.sent_at, "sent_at")
        check_after_discovery(sent, discovered_at, now, zone, "sent_at")
        audience = clean_text(self.audience, "audience", MAX_TITLE)
        if not audience:
            raise ValidationError(ERR_AUDIENCE, "audience")
        return SubjectCommunication(
            sent_at=sent,
            channel=CommunicationChannel(self.channel),
            audience=audience,
            notes=clean_text(self.notes, "notes"),
            id=self.id,
            recorded_by=self.recorded_by,
        )


@dataclass(frozen=True)
class DgssiDeclaration:
    """Law 05-20: the incident declaration to the DGSSI, for the entities it covers."""

    applies: bool | None  # None: not yet decided
    declared_at: datetime | None = None
    reference: str = ""

    @property
    def pending(self) -> bool:
        return self.applies is True and self.declared_at is None

    def validated(
        self, *, discovered_at: datetime, now: datetime, zone: tzinfo
    ) -> DgssiDeclaration:
        reference = clean_text(self.reference, "dgssi_reference", MAX_TITLE)
        if self.applies is not True:
            if self.declared_at is not None or reference:
                raise ValidationError(ERR_DGSSI_DATE, "dgssi_declared_at")
            return DgssiDeclaration(self.applies, None, "")
        declared = None
        if self.declared_at is not None:
            declared = to_utc(self.declared_at, "dgssi_declared_at")
            check_after_discovery(declared, discovered_at, now, zone, "dgssi_declared_at")
        return DgssiDeclaration(True, declared, reference)
