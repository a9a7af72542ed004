"""The kinds of things a breach record holds, as stored values.

Enum values are stored in the register and typed on the command line: never rename
one. Their French labels are in ``labels``; the clock's own (deadline rules, countdown
levels) are in ``clock``.
"""

from __future__ import annotations

from enum import StrEnum


class BreachStatus(StrEnum):
    OPEN = "open"
    ASSESSED = "assessed"
    NOTIFIED = "notified"
    COMMUNICATED = "communicated"
    CLOSED = "closed"


class Authority(StrEnum):
    CNDP = "cndp"  # Law 09-08: Commission nationale de contrôle (Rabat); not a GDPR authority
    CNIL = "cnil"  # GDPR: lead or concerned authority for French residents
    # Another *EU* supervisory authority (GDPR Art. 51), named in authority_name: the
    # Garante, the AEPD… (one-stop shop, Art. 56). Only EU authorities go here: the
    # Moroccan one is CNDP, and no other authority meets a duty this register tracks.
    OTHER = "other"


# The authorities whose notification meets GDPR Art. 33(1).
EU_AUTHORITIES = frozenset({Authority.CNIL, Authority.OTHER})


class DutyKind(StrEnum):
    """The notices a breach may owe, each to its own authority (see the package docstring)."""

    EU_AUTHORITY = "eu_authority"  # GDPR Art. 33(1): the CNIL or another EU authority
    CNDP = "cndp"  # internal policy under Law 09-08, which has no breach duty
    DGSSI = "dgssi"  # Law 05-20 on cybersecurity, for the entities it covers


class DutyState(StrEnum):
    PENDING = "pending"  # still owed
    MET = "met"  # the notice (or the declaration) is recorded
    WAIVED = "waived"  # a reasoned decision not to notify (risk unlikely, Art. 33(1))
    UNDECIDED = "undecided"  # DGSSI: whether Law 05-20 covers the organisation is open


class NotificationPhase(StrEnum):
    """GDPR Art. 33(4): the information may be provided in phases."""

    INITIAL = "initial"
    COMPLEMENTARY = "complementary"


class CommunicationChannel(StrEnum):
    """How the data subjects were told (GDPR Art. 34(1)-(2))."""

    EMAIL = "email"
    SMS = "sms"
    IN_APP = "in_app"
    POST = "post"
    PHONE = "phone"
    WEBSITE = "website"  # a public notice, Art. 34(3)(c)
    PRESS = "press"  # idem


PUBLIC_CHANNELS = frozenset({CommunicationChannel.WEBSITE, CommunicationChannel.PRESS})


class Art34Exception(StrEnum):
    """GDPR Art. 34(3): when a high risk does not require telling each person."""

    UNINTELLIGIBLE = "unintelligible"  # (a) e.g. encrypted, key not compromised
    RISK_REMOVED = "risk_removed"  # (b) later measures removed the high risk
    DISPROPORTIONATE = "disproportionate"  # (c) a public communication instead


class EventKind(StrEnum):
    DISCOVERED = "discovered"
    AWARE = "aware"
    CONTAINED = "contained"
    NOTIFIED = "notified"
    COMMUNICATED = "communicated"
    CLOSED = "closed"
    NOTE = "note"
