"""When a rights request must be answered, and on what basis: law or internal policy.

Pure functions. The calendar decides which days are worked; "today" is passed in where
it matters (an identity pause still open). Every result says which rule produced it, so
the DPO can show the basis of a date, and whether it is the law's or the organisation's.

Periods in days, months or years end on the next working day when their last day is a
day off; which days are off depends on the rule (dpo_desk.domain.calendar.Scope): GDPR
periods follow Regulation 1182/71 (weekends and the chosen EU Member State's holidays),
Law 09-08 periods the Moroccan calendar, internal-policy periods the Moroccan calendar
plus the organisation's closures. An estimated lunar holiday never delays a date: the
result carries the later date as an :class:`Alternative` instead. docs/legal-rules.md
lists every rule with its article, the reading chosen and the one not chosen.
"""

from __future__ import annotations

import calendar as gregorian
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from dpo_desk.domain.calendar import Holiday, Scope, WorkingCalendar
from dpo_desk.domain.errors import UserError, ValidationError, dates_in_range
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Regime, Right

Basis = Literal["law", "policy"]
Pause = tuple[date, date | None]

# Bumped whenever a rule below changes a due date: stored due dates of open requests are
# then recomputed once (services.requests.apply_rule_changes). 2: Law 09-08 art. 8(a)
# erasure and blocking, the GDPR's own calendar, estimated lunar holidays, the extension
# counted from the first month's end.
RULES_VERSION = 2

# Stable rule ids: stored with each request (due_rule) and printed by the CLI.
RULE_GDPR = "gdpr-art-12-3"
RULE_GDPR_EXTENDED = "gdpr-art-12-3-extended"
RULE_LAW_09_08_ART_8 = "law-09-08-art-8"
RULE_POLICY = "policy-internal"

# Translation context of every label and note below.
DEADLINE_CONTEXT = "Deadline"

CITATIONS = {
    RULE_GDPR: QT_TRANSLATE_NOOP("Deadline", "RGPD art. 12(3)"),
    RULE_GDPR_EXTENDED: QT_TRANSLATE_NOOP("Deadline", "RGPD art. 12(3), délai prorogé"),
    RULE_LAW_09_08_ART_8: QT_TRANSLATE_NOOP("Deadline", "Loi 09-08 art. 8"),
    RULE_POLICY: QT_TRANSLATE_NOOP("Deadline", "Politique interne"),
}

RULE_LABELS = {
    RULE_GDPR: QT_TRANSLATE_NOOP("Deadline", "Un mois à compter de la réception"),
    RULE_GDPR_EXTENDED: QT_TRANSLATE_NOOP(
        "Deadline", "Trois mois à compter de la réception (prorogation de deux mois)"
    ),
    RULE_LAW_09_08_ART_8: QT_TRANSLATE_NOOP("Deadline", "Délai franc de dix jours"),
    RULE_POLICY: QT_TRANSLATE_NOOP("Deadline", "Délai de réponse fixé par l'organisation"),
}

BASIS_LABELS: dict[str, str] = {
    "law": QT_TRANSLATE_NOOP("Deadline", "Loi"),
    "policy": QT_TRANSLATE_NOOP("Deadline", "Politique interne"),
}

NOTE_09_08_NO_NUMBER = QT_TRANSLATE_NOOP(
    "Deadline",
    "La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : "
    "délai de politique interne.",
)
NOTE_09_08_NOT_A_RIGHT = QT_TRANSLATE_NOOP(
    "Deadline",
    "La portabilité n'est pas un droit prévu par la loi 09-08 : la demande est traitée dans "
    "le délai de politique interne, sans obligation légale.",
)
NOTE_09_08_ERASURE = QT_TRANSLATE_NOOP(
    "Deadline",
    "Loi 09-08, article 8(a) : effacement des données dont le traitement n'est pas conforme "
    "à la loi, dans le délai franc de dix jours.",
)
NOTE_09_08_RESTRICTION = QT_TRANSLATE_NOOP(
    "Deadline",
    "Loi 09-08, article 8(a) : verrouillage (blocage) des données dont le traitement n'est "
    "pas conforme à la loi, dans le délai franc de dix jours.",
)
NOTE_09_08_NO_EXTENSION = QT_TRANSLATE_NOOP(
    "Deadline",
    "La loi 09-08 ne prévoit pas de prorogation par le responsable du traitement : la date "
    "de réponse reste inchangée.",
)
NOTE_CLEAR_DAYS_CONSERVATIVE = QT_TRANSLATE_NOOP(
    "Deadline", "Lecture prudente du délai franc : réception + 10 jours."
)
NOTE_CLEAR_DAYS_STRICT = QT_TRANSLATE_NOOP(
    "Deadline",
    "Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni "
    "celui de l'échéance ne comptent, soit réception + 11 jours.",
)
NOTE_PAUSED = QT_TRANSLATE_NOOP(
    "Deadline", "Délai suspendu pendant la vérification d'identité (politique interne)."
)
# Which days roll the period (dpo_desk.domain.calendar.Scope).
NOTE_CALENDAR_GDPR = QT_TRANSLATE_NOOP(
    "Deadline",
    "Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi ou un "
    "dimanche est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.",
)
NOTE_CALENDAR_GDPR_STATE = QT_TRANSLATE_NOOP(
    "Deadline",
    "Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi, un "
    "dimanche ou un jour férié de l'État membre choisi ({state}) est reporté au jour ouvré "
    "suivant ; les jours fériés marocains ne comptent pas.",
)
NOTE_CALENDAR_09_08 = QT_TRANSLATE_NOOP(
    "Deadline",
    "Un délai qui finit un samedi, un dimanche ou un jour férié marocain est reporté au "
    "jour ouvré suivant ; les fermetures de l'organisation ne prorogent pas un délai légal.",
)
NOTE_CALENDAR_POLICY = QT_TRANSLATE_NOOP(
    "Deadline",
    "Un délai qui finit un samedi, un dimanche, un jour férié marocain ou un jour de "
    "fermeture de l'organisation est reporté au jour ouvré suivant.",
)
NOTE_EXTENSION_FROM_FIRST_MONTH = QT_TRANSLATE_NOOP(
    "Deadline",
    "Prorogation : deux mois ajoutés à la fin du premier mois ({first_end}), avant tout "
    "report, puis report au jour ouvré suivant.",
)
# Alternatives: the date under another reading, shown where it differs.
ALT_ESTIMATED_HOLIDAY = QT_TRANSLATE_NOOP(
    "Deadline",
    "Peut passer au {date} si la date estimée de {holiday} ({day}) est confirmée : une date "
    "estimée ne retarde jamais une échéance.",
)
ALT_MOROCCAN_HOLIDAYS = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture non retenue : en comptant les jours fériés marocains, l'échéance serait le "
    "{date} ; le règlement 1182/71 ne compte que ceux d'un État membre de l'UE.",
)
ALT_CLOSURE = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture non retenue : en comptant les fermetures de l'organisation, l'échéance serait "
    "le {date} ; une fermeture ne proroge pas un délai légal.",
)
ALT_STRICT_CLEAR_DAYS = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture non retenue : au sens strict du délai franc (Cour suprême, 19/02/1964), "
    "l'échéance serait le {date}.",
)
ALT_CONSERVATIVE_CLEAR_DAYS = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture plus prudente, non retenue par l'organisation : réception + 10 jours, soit le {date}.",
)
ALT_THREE_MONTHS = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture non retenue : trois mois à compter de la réception donneraient le {date} ; la "
    "date la plus proche est retenue, par prudence.",
)
ALT_FIRST_MONTH_PLUS_TWO = QT_TRANSLATE_NOOP(
    "Deadline",
    "Lecture non retenue : deux mois ajoutés à la fin du premier mois donneraient le {date} ; "
    "la date la plus proche est retenue, par prudence.",
)

# Order used to break ties between candidates falling on the same day: show the law
# before a policy, then a stable order for the rest.
_REGIME_ORDER = {Regime.GDPR: 0, Regime.LAW_09_08: 1}
_RIGHT_ORDER = {right: i for i, right in enumerate(Right)}

ERR_POLICY_DAYS = QT_TRANSLATE_NOOP(
    "Errors", "Le délai de politique interne doit être compris entre 1 et {limit} jours."
)
ERR_CLEAR_DAYS = QT_TRANSLATE_NOOP(
    "Errors", "Le délai franc de rectification doit être compris entre 1 et {limit} jours."
)
ERR_NO_REGIME = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un régime (Loi 09-08 ou RGPD).")
ERR_NO_RIGHT = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un droit exercé.")
ERR_OPEN_PAUSE = QT_TRANSLATE_NOOP(
    "Errors", "Une suspension en cours ne peut être comptée qu'avec la date du jour."
)
ERR_EXTENSION_BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "Errors", "La prorogation ({decided_on}) ne peut pas précéder la réception ({received})."
)

MAX_POLICY_DAYS = 365


# ----------------------------------------------------------------------------- policy


@dataclass(frozen=True)
class DeadlinePolicy:
    """The organisation's choices where the law leaves room. Stored as a dict."""

    # Reply time promised for rights whose deadline the law does not number
    # (09-08 access, objection; rights 09-08 does not provide). One seed promises
    # "Délai de réponse : 30 jours maximum". Calendar days, rolled to a working day.
    internal_days: int = 30
    # 09-08 art. 8: "dans un délai franc de dix jours".
    rectification_clear_days: int = 10
    # A clear period counts neither the first nor the last day (Cour suprême,
    # 19/02/1964), so ten clear days end at D+11. Off by default: the conservative
    # reading D+10 cannot make the organisation late.
    strict_clear_days: bool = False
    # Whether waiting for a proof of identity (GDPR Art. 12(6)) stops the clock. The ICO
    # lets the period start only once identity is confirmed; the EDPB (Guidelines 01/2022
    # on the right of access) is more reserved. So it is the organisation's choice, off.
    identity_pause: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.internal_days <= MAX_POLICY_DAYS:
            raise ValidationError(ERR_POLICY_DAYS, "internal_days", limit=MAX_POLICY_DAYS)
        if not 1 <= self.rectification_clear_days <= MAX_POLICY_DAYS:
            raise ValidationError(ERR_CLEAR_DAYS, "rectification_clear_days", limit=MAX_POLICY_DAYS)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DeadlinePolicy:
        """Unknown keys (from a newer version) are ignored; missing ones take defaults."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})


# ----------------------------------------------------------------------------- result


class Note(NamedTuple):
    """A message id in context "Deadline" and its placeholders (dates stay dates)."""

    text: str
    values: Mapping[str, Any] = MappingProxyType({})


class Alternative(NamedTuple):
    """The date under another reading than the one applied, and why it was not applied."""

    due: date
    note: Note


@dataclass(frozen=True)
class Deadline:
    due: date  # the day the answer must be sent by, after rolling
    basis: Basis  # "law" or "policy": shown next to the date
    rule: str  # stable id: RULE_GDPR, RULE_GDPR_EXTENDED, RULE_LAW_09_08_ART_8, RULE_POLICY
    regime: Regime
    citation: str  # French message id in context "Deadline", e.g. "RGPD art. 12(3)"
    raw_end: date  # last day of the period before rolling past days off
    rolled: bool  # raw_end was a weekend day, a public holiday or a closure
    paused_days: int = 0  # days added for identity pauses (policy.identity_pause)
    right: Right | None = None  # the right this deadline was computed for
    notes: tuple[Note, ...] = ()  # explaining the figure, in the order shown
    scope: Scope = Scope.POLICY  # which days off rolled the period
    days_off: tuple[Holiday, ...] = ()  # the holidays it rolled over (weekends aside)
    # Later (or earlier) dates under readings not applied: estimates, other calendars.
    alternatives: tuple[Alternative, ...] = ()
    # False for a right the regime does not provide (portability under Law 09-08).
    right_in_regime: bool = True

    @property
    def rule_label(self) -> str:
        return RULE_LABELS[self.rule]

    @property
    def basis_label(self) -> str:
        return BASIS_LABELS[self.basis]


def days_remaining(due: date, today: date) -> int:
    """Days left until ``due``: 0 on the day itself, negative when overdue."""
    return (due - today).days


# ----------------------------------------------------------------------------- counting


def add_months(start: date, months: int) -> date:
    """Same day of the month ``months`` later, or that month's last day if it is shorter.

    Regulation 1182/71 Art. 3(2)(c): a period in months ends on the day with the same
    date as the day it runs from; failing such a day, on the last day of the month.
    31 January + 1 month is therefore 28 (or 29) February.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, gregorian.monthrange(year, month)[1]))


def paused_days(pauses: Iterable[Pause], *, received: date, today: date | None = None) -> int:
    """How many days identity checks stopped the clock.

    A pause from S to E stops the days S … E-1: the clock runs again on the day the
    proof arrives. A pause still open is counted up to ``today``, so the due date shown
    is the one that holds if the proof arrives today; it moves a day later each day the
    proof is awaited. Days before receipt do not count and overlapping pauses count once.
    """
    spans: list[tuple[date, date]] = []
    for start, end in pauses:
        if end is None:
            if today is None:
                raise ValidationError(ERR_OPEN_PAUSE, "pauses")
            end = today
        start = max(start, received)
        if end > start:
            spans.append((start, end))
    total = 0
    reached = date.min
    for start, end in sorted(spans):
        start = max(start, reached)
        if end > start:
            total += (end - start).days
            reached = end
    return total


def _note(text: str, **values: Any) -> Note:
    return Note(text, MappingProxyType(values))


def _rolled_over(
    calendar: WorkingCalendar, end: date, due: date, scope: Scope
) -> tuple[Holiday, ...]:
    found: list[Holiday] = []
    day = end
    while day < due:
        found.extend(calendar.days_off(day, scope))
        day += timedelta(days=1)
    return tuple(found)


def _estimated_alternative(
    calendar: WorkingCalendar, end: date, due: date, scope: Scope
) -> tuple[Alternative, ...]:
    """The date if the estimated lunar holidays in the way are confirmed as estimated."""
    later = calendar.next_working_day(end, scope, estimated=True)
    if later == due:
        return ()
    holidays = [
        h
        for day in (end + timedelta(days=i) for i in range((later - end).days))
        for h in calendar.days_off(day, scope, estimated=True)
        if h.estimated
    ]
    first = holidays[0]
    return (
        Alternative(
            later, _note(ALT_ESTIMATED_HOLIDAY, date=later, holiday=first.name, day=first.day)
        ),
    )


def _finish(
    *,
    raw_end: date,
    paused: int,
    calendar: WorkingCalendar,
    basis: Basis,
    rule: str,
    regime: Regime,
    right: Right | None,
    notes: tuple[Note, ...],
    scope: Scope,
    alternatives: tuple[Alternative, ...] = (),
    right_in_regime: bool = True,
) -> Deadline:
    # The paused days lengthen the period itself; only then is its end rolled.
    end = raw_end + timedelta(days=paused)
    due = calendar.next_working_day(end, scope)
    found: list[Alternative] = list(alternatives)
    if scope is Scope.GDPR:
        state = calendar.member_state
        calendar_note = (
            _note(NOTE_CALENDAR_GDPR_STATE, state=state) if state else _note(NOTE_CALENDAR_GDPR)
        )
        # Reg. 1182/71 Art. 2(1): Moroccan holidays are not "public holidays" for a GDPR
        # period; the reading that counts them is later, so it is shown, not applied.
        moroccan = calendar.next_working_day(end, Scope.LAW_09_08)
        if moroccan > due:
            found.append(Alternative(moroccan, _note(ALT_MOROCCAN_HOLIDAYS, date=moroccan)))
    else:
        calendar_note = _note(NOTE_CALENDAR_POLICY if basis == "policy" else NOTE_CALENDAR_09_08)
        found.extend(_estimated_alternative(calendar, end, due, scope))
    if basis == "law":
        with_closures = calendar.next_working_day(end, Scope.POLICY)
        if with_closures > due and calendar.overrides.closures:
            found.append(Alternative(with_closures, _note(ALT_CLOSURE, date=with_closures)))
    if paused:
        notes = (*notes, _note(NOTE_PAUSED))
    # A reading that lands on the same day changes nothing the DPO must act on.
    found = [alternative for alternative in found if alternative.due != due]
    return Deadline(
        due=due,
        basis=basis,
        rule=rule,
        regime=regime,
        citation=CITATIONS[rule],
        raw_end=end,
        rolled=due != end,
        paused_days=paused,
        right=right,
        notes=(*notes, calendar_note),
        scope=scope,
        days_off=_rolled_over(calendar, end, due, scope),
        alternatives=tuple(found),
        right_in_regime=right_in_regime,
    )


def extended_end(received: date) -> tuple[date, date]:
    """GDPR Art. 12(3) extension: (the end applied, the other reading's end), unrolled.

    Two further months run from the end of the first month (before any rolling: Reg.
    1182/71 rolls only the final end of a period); counting three months from receipt
    can differ at month ends (received 31 January: 28 April against 30 April). The earlier
    end is applied, so the organisation cannot be late under either reading.
    """
    chained = add_months(add_months(received, 1), 2)
    direct = add_months(received, 3)
    return min(chained, direct), max(chained, direct)


def gdpr_deadline(
    received: date,
    calendar: WorkingCalendar,
    *,
    extended: bool = False,
    paused: int = 0,
    right: Right | None = None,
) -> Deadline:
    """GDPR Art. 12(3): one month from receipt, or three once extended by two months.

    The day of receipt is not counted (Reg. 1182/71 Art. 3(1)); counting in months from
    the receipt date does exactly that. The same period applies to every right of
    Arts. 15-22, and to a refusal (Art. 12(4)).
    """
    notes: tuple[Note, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    if extended:
        raw_end, other = extended_end(received)
        notes = (_note(NOTE_EXTENSION_FROM_FIRST_MONTH, first_end=add_months(received, 1)),)
        if other != raw_end:
            other_due = calendar.next_working_day(other + timedelta(days=paused), Scope.GDPR)
            chained_is_earlier = raw_end == add_months(add_months(received, 1), 2)
            why = ALT_THREE_MONTHS if chained_is_earlier else ALT_FIRST_MONTH_PLUS_TWO
            alternatives = (Alternative(other_due, _note(why, date=other_due)),)
    else:
        raw_end = add_months(received, 1)
    return _finish(
        raw_end=raw_end,
        paused=paused,
        calendar=calendar,
        basis="law",
        rule=RULE_GDPR_EXTENDED if extended else RULE_GDPR,
        regime=Regime.GDPR,
        right=right,
        notes=notes,
        scope=Scope.GDPR,
        alternatives=alternatives,
    )


# Law 09-08 art. 8(a): "la mise à jour, la rectification, l'effacement ou le verrouillage"
# of data processed in breach of the law, within ten clear days. Restriction is 09-08's
# verrouillage (blocking).
ART_8_RIGHTS = {
    Right.RECTIFICATION: (),
    Right.ERASURE: (NOTE_09_08_ERASURE,),
    Right.RESTRICTION: (NOTE_09_08_RESTRICTION,),
}
# Rights Law 09-08 does not provide: answered within the internal policy, said so.
NOT_IN_LAW_09_08 = frozenset({Right.PORTABILITY})


def law_09_08_deadline(
    received: date,
    right: Right,
    calendar: WorkingCalendar,
    policy: DeadlinePolicy,
    *,
    extended: bool = False,
    paused: int = 0,
) -> Deadline:
    """Law 09-08: art. 8's clear days for rectification, erasure and blocking; the
    internal policy for the rights whose answer the law does not number."""
    right = Right(right)
    # 09-08 gives the controller no extension: an "extended" request keeps its 09-08
    # date, and says why.
    extra: tuple[Note, ...] = (_note(NOTE_09_08_NO_EXTENSION),) if extended else ()
    if right in ART_8_RIGHTS:
        # Art. 8: "dans un délai franc de dix jours". Received on D, ten clear days end at
        # D+11 (strict) or, conservatively, D+10; then rolled to the next working day.
        strict = policy.strict_clear_days
        days = policy.rectification_clear_days + (1 if strict else 0)
        reading = NOTE_CLEAR_DAYS_STRICT if strict else NOTE_CLEAR_DAYS_CONSERVATIVE
        other_days = days - 1 if strict else days + 1
        other_end = received + timedelta(days=other_days + paused)
        other_due = calendar.next_working_day(other_end, Scope.LAW_09_08)
        why = ALT_CONSERVATIVE_CLEAR_DAYS if strict else ALT_STRICT_CLEAR_DAYS
        return _finish(
            raw_end=received + timedelta(days=days),
            paused=paused,
            calendar=calendar,
            basis="law",
            rule=RULE_LAW_09_08_ART_8,
            regime=Regime.LAW_09_08,
            right=right,
            notes=(*(_note(n) for n in ART_8_RIGHTS[right]), _note(reading), *extra),
            scope=Scope.LAW_09_08,
            alternatives=(Alternative(other_due, _note(why, date=other_due)),),
        )
    # Access (art. 7, "sans délais") and objection (art. 9) give no number of days; the
    # organisation answers portability, which 09-08 does not provide, within its policy too.
    why = NOTE_09_08_NOT_A_RIGHT if right in NOT_IN_LAW_09_08 else NOTE_09_08_NO_NUMBER
    return _finish(
        raw_end=received + timedelta(days=policy.internal_days),
        paused=paused,
        calendar=calendar,
        basis="policy",
        rule=RULE_POLICY,
        regime=Regime.LAW_09_08,
        right=right,
        notes=(_note(why), *extra),
        scope=Scope.POLICY,
        right_in_regime=right not in NOT_IN_LAW_09_08,
    )


@dates_in_range  # a date near 9999-12-31 has no deadline Python can count
def deadline_for(
    received: date,
    regime: Regime | str,
    right: Right | str,
    calendar: WorkingCalendar,
    policy: DeadlinePolicy | None = None,
    *,
    extended: bool = False,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> Deadline:
    """The deadline for one right under one regime."""
    policy = policy or DeadlinePolicy()
    # With the pause policy off, pauses are ignored altogether (not even validated).
    paused = paused_days(pauses, received=received, today=today) if policy.identity_pause else 0
    if Regime(regime) is Regime.GDPR:
        return gdpr_deadline(
            received, calendar, extended=extended, paused=paused, right=Right(right)
        )
    return law_09_08_deadline(
        received, Right(right), calendar, policy, extended=extended, paused=paused
    )


def _precedence(deadline: Deadline) -> tuple[date, bool, int, int]:
    return (
        deadline.due,
        deadline.basis != "law",
        _REGIME_ORDER[deadline.regime],
        _RIGHT_ORDER.get(deadline.right, len(_RIGHT_ORDER)) if deadline.right else 0,
    )


def candidate_deadlines(
    received: date,
    regimes: Iterable[Regime | str],
    rights: Iterable[Right | str],
    calendar: WorkingCalendar,
    policy: DeadlinePolicy | None = None,
    *,
    extended: bool = False,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> list[Deadline]:
    """Every (regime, right) deadline of a request, the governing one first.

    A request may name several rights and fall under both regimes: the organisation owes
    an answer on each, so the earliest date governs. On the same day, a legal deadline
    comes before a policy one.
    """
    regime_list = sorted({Regime(r) for r in regimes}, key=_REGIME_ORDER.__getitem__)
    right_list = sorted({Right(r) for r in rights}, key=_RIGHT_ORDER.__getitem__)
    if not regime_list:
        raise ValidationError(ERR_NO_REGIME, "regimes")
    if not right_list:
        raise ValidationError(ERR_NO_RIGHT, "rights")
    pauses = tuple(pauses)
    found = [
        deadline_for(
            received,
            regime,
            right,
            calendar,
            policy,
            extended=extended,
            pauses=pauses,
            today=today,
        )
        for regime in regime_list
        for right in right_list
    ]
    return sorted(found, key=_precedence)


def governing_deadline(
    received: date,
    regimes: Iterable[Regime | str],
    rights: Iterable[Right | str],
    calendar: WorkingCalendar,
    policy: DeadlinePolicy | None = None,
    *,
    extended: bool = False,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> Deadline:
    """The date the request must be answered by: the earliest of its candidates."""
    return candidate_deadlines(
        received,
        regimes,
        rights,
        calendar,
        policy,
        extended=extended,
        pauses=pauses,
        today=today,
    )[0]


# ----------------------------------------------------------------------------- extension


class LateExtension(ValidationError):
    """GDPR Art. 12(3): the extension must be notified within the first month."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, "
        "au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.",
    )

    def __init__(self, decided_on: date, cutoff: date) -> None:
        self.decided_on = decided_on
        self.cutoff = cutoff
        super().__init__(
            self.template,
            "extended_on",
            decided_on=decided_on.isoformat(),
            cutoff=cutoff.isoformat(),
        )


class ExtensionNotAvailable(UserError):
    """Law 09-08 alone: the law provides no extension by the controller.

    A power to ask the CNDP for more time is sometimes cited; its article is unverified
    (docs/legal-rules.md), so the app does not cite one.
    """

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du "
        "traitement : la date de réponse reste inchangée.",
    )
    exit_code = 6


def extension_cutoff(
    received: date,
    calendar: WorkingCalendar,
    policy: DeadlinePolicy | None = None,
    *,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> date:
    """The last day to decide (and notify) a GDPR extension: the one-month due date."""
    return deadline_for(
        received, Regime.GDPR, Right.ACCESS, calendar, policy, pauses=pauses, today=today
    ).due


def check_extension(
    received: date,
    decided_on: date,
    calendar: WorkingCalendar,
    *,
    regimes: Iterable[Regime | str] | None = None,
    policy: DeadlinePolicy | None = None,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> date:
    """Check an extension decided on ``decided_on``; returns the cut-off it respected.

    Raises :class:`LateExtension` after the first month (rolled, as the period is), and
    :class:`ExtensionNotAvailable` when ``regimes`` is given without the GDPR.
    """
    if regimes is not None and Regime.GDPR not in {Regime(r) for r in regimes}:
        raise ExtensionNotAvailable()
    if decided_on < received:
        raise ValidationError(
            ERR_EXTENSION_BEFORE_RECEIPT,
            "extended_on",
            decided_on=decided_on.isoformat(),
            received=received.isoformat(),
        )
    cutoff = extension_cutoff(received, calendar, policy, pauses=pauses, today=today)
    if decided_on > cutoff:
        raise LateExtension(decided_on, cutoff)
    return cutoff
