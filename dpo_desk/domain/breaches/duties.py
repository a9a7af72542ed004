"""The notices a breach owes, each to its own authority, and whether each is done.

A breach may owe up to three notices, and one never stands in for another:

- the GDPR's (Art. 33(1)), when the GDPR applies: to an EU supervisory authority, the
  CNIL or another one the DPO names (``Authority.OTHER``). The CNDP is not a GDPR
  supervisory authority (GDPR Art. 4(21), 51): a notice to it does not meet Art. 33;
- the CNDP's, when Law 09-08 applies (or no regime is recorded): internal policy,
  aligned on the same 72 hours;
- the DGSSI's (Law 05-20 on cybersecurity), for the entities that law covers: an
  incident is declared "dès qu'elle prend connaissance", with no number of hours.

The *governing* duty is the GDPR's when the GDPR applies, the CNDP policy otherwise:
its clock is the breach's countdown, and only a notice that meets it moves the status
to "notified". The other duties are tracked beside it and checked before closing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from dpo_desk.domain.breaches.clock import (
    BREACH_DEADLINE_LABELS,
    RULE_GDPR_ART_33,
    RULE_LAW_05_20,
    RULE_POLICY_72H,
    Countdown,
    countdown,
)
from dpo_desk.domain.breaches.enums import (
    EU_AUTHORITIES,
    Authority,
    DutyKind,
    DutyState,
    NotificationPhase,
)
from dpo_desk.domain.breaches.labels import DUTY_CITATIONS, DUTY_LABELS
from dpo_desk.domain.breaches.notices import AuthorityNotification, DgssiDeclaration
from dpo_desk.domain.requests.workflow import Regime


@dataclass(frozen=True)
class NotificationDuty:
    """One notice a breach owes: to whom, on what basis, by when, and whether it is done.

    ``deadline`` is a UTC instant, or None for the DGSSI declaration, due "dès la prise
    de connaissance" (Law 05-20 gives no number of hours). ``met_at`` is when the first
    initial notice meeting it was sent (or the DGSSI declaration made).
    """

    kind: DutyKind
    basis: str  # "law" or "policy", as for request deadlines
    rule: str  # RULE_GDPR_ART_33, RULE_POLICY_72H or RULE_LAW_05_20
    deadline: datetime | None
    state: DutyState
    met_at: datetime | None = None
    governing: bool = False  # its clock is the breach's, and it alone moves the status

    @property
    def label(self) -> str:
        """Message id (context "BreachDuty"): whom the notice goes to."""
        return DUTY_LABELS[self.kind]

    @property
    def citation(self) -> str:
        """Message id (context "BreachDuty"): the duty's basis, with its instrument."""
        return DUTY_CITATIONS[self.kind]

    @property
    def deadline_label(self) -> str:
        """Message id (context "BreachDeadline"): "légal (RGPD art. 33)"…"""
        return BREACH_DEADLINE_LABELS[self.rule]

    @property
    def authorities(self) -> frozenset[Authority]:
        return DUTY_AUTHORITIES[self.kind]

    @property
    def late(self) -> bool:
        """Met, but after its deadline."""
        return self.met_at is not None and self.deadline is not None and self.met_at > self.deadline

    def countdown(self, now: datetime) -> Countdown | None:
        """Time left while the duty is owed and has a deadline; None otherwise."""
        if self.state is not DutyState.PENDING or self.deadline is None:
            return None
        return countdown(self.deadline, now)


DUTY_AUTHORITIES: dict[DutyKind, frozenset[Authority]] = {
    DutyKind.EU_AUTHORITY: EU_AUTHORITIES,
    DutyKind.CNDP: frozenset({Authority.CNDP}),
    DutyKind.DGSSI: frozenset(),  # declared in the DGSSI section, not as a notification
}


def duty_for(authority: Authority | str, regimes: Iterable[Regime | str]) -> DutyKind | None:
    """The duty a notice to ``authority`` meets for a breach under ``regimes``.

    None: the notice meets no duty of this breach. It stays in the register (a courtesy
    to the CNDP for a breach under the GDPR alone, say) but stops no clock: the CNDP is
    not a GDPR supervisory authority, and an EU authority has no say under 09-08 alone.
    """
    authority = Authority(authority)
    chosen = {Regime(r) for r in regimes}
    if authority in EU_AUTHORITIES:
        return DutyKind.EU_AUTHORITY if Regime.GDPR in chosen else None
    if Regime.LAW_09_08 in chosen or Regime.GDPR not in chosen:
        return DutyKind.CNDP
    return None


def first_notice(
    notifications: Iterable[AuthorityNotification], authorities: Iterable[Authority]
) -> datetime | None:
    """When the first *initial* notice to one of ``authorities`` was sent."""
    allowed = frozenset(authorities)
    return min(
        (
            n.sent_at
            for n in notifications
            if n.authority in allowed and n.phase is NotificationPhase.INITIAL
        ),
        default=None,
    )


def _authority_duty(
    kind: DutyKind,
    basis: str,
    rule: str,
    notify_by: datetime,
    met_at: datetime | None,
    waived: bool,
    governing: bool,
) -> NotificationDuty:
    if met_at is not None:
        state = DutyState.MET
    elif waived:
        state = DutyState.WAIVED
    else:
        state = DutyState.PENDING
    return NotificationDuty(kind, basis, rule, notify_by, state, met_at, governing)


def duties_for(
    regimes: Iterable[Regime | str],
    notify_by: datetime,
    *,
    eu_notified_at: datetime | None = None,
    cndp_notified_at: datetime | None = None,
    decided_not_to_notify: bool = False,
    dgssi: DgssiDeclaration | None = None,
) -> tuple[NotificationDuty, ...]:
    """The duties of a breach from its bare facts (for a row of the list as for a record).

    - GDPR in ``regimes``: the EU authority's, legal (Art. 33(1)), governing;
    - Law 09-08 in ``regimes``, or no regime: the CNDP's, internal policy, governing
      when the GDPR does not apply;
    - the DGSSI's when Law 05-20 applies (undecided: listed as such; not applicable:
      left out), legal, with no deadline.

    A reasoned decision not to notify (risk unlikely, GDPR Art. 33(1)) waives both
    authority notices: the policy follows the GDPR's threshold. It never waives the
    DGSSI's, which Law 05-20 ties to the incident, not to the risk to persons.
    """
    chosen = frozenset(Regime(r) for r in regimes)
    gdpr = Regime.GDPR in chosen
    found: list[NotificationDuty] = []
    if gdpr:
        found.append(
            _authority_duty(
                DutyKind.EU_AUTHORITY,
                "law",
                RULE_GDPR_ART_33,
                notify_by,
                eu_notified_at,
                decided_not_to_notify,
                governing=True,
            )
        )
    if Regime.LAW_09_08 in chosen or not gdpr:
        found.append(
            _authority_duty(
                DutyKind.CNDP,
                "policy",
                RULE_POLICY_72H,
                notify_by,
                cndp_notified_at,
                decided_not_to_notify,
                governing=not gdpr,
            )
        )
    if dgssi is not None and dgssi.applies is not False:
        if dgssi.applies is None:
            state = DutyState.UNDECIDED
        elif dgssi.declared_at is not None:
            state = DutyState.MET
        else:
            state = DutyState.PENDING
        found.append(
            NotificationDuty(
                DutyKind.DGSSI, "law", RULE_LAW_05_20, None, state, dgssi.declared_at, False
            )
        )
    return tuple(found)


def governing_duty(duties: Iterable[NotificationDuty]) -> NotificationDuty:
    return next(d for d in duties if d.governing)
