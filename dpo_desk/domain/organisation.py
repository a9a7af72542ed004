"""The controller and its DPO: named on every register, letter and notification."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfoNotFoundError

from dpo_desk.domain.clock import DEFAULT_TIMEZONE
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.zones import zone

# Deliberately loose: it catches typos ("nom@", "nom.example.ma"), not every RFC 5322 corner.
EMAIL_SHAPE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
MAX_TEXT = 2000
MAX_TOWN = 100  # a town's name, not an address: it must fit the date line

ERR_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Le nom de l'organisation est obligatoire.")
ERR_EMAIL = QT_TRANSLATE_NOOP("Errors", "L'adresse e-mail du DPO n'a pas une forme valide.")
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Un champ dépasse {limit} caractères.")
ERR_TIMEZONE = QT_TRANSLATE_NOOP("Errors", "Fuseau horaire inconnu : {zone}.")


@dataclass(frozen=True)
class Organisation:
    name: str
    address: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    timezone: str = field(default=DEFAULT_TIMEZONE)
    # The town its letters are dated from ("Casablanca, le 6 décembre 2026"). Its own
    # field: the address's last line is a country or a district as often as a town.
    town: str = ""
    # What a CNDP filing names beside the controller (Law 09-08 art. 15 (a)): its legal
    # identifiers (RC, ICE), the person who signs for it, and, for a controller not
    # established in Morocco, the representative it names there.
    legal_identifiers: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    established_in_morocco: bool = True
    representative: str = ""  # name and address of the representative in Morocco
    # Whether the GDPR also applies to its processing (GDPR Art. 3(2): offering services
    # to, or monitoring, people in the EU): the information notice then names the GDPR's
    # rights and an EU authority beside the CNDP.
    gdpr_applies: bool = False

    def validated(self) -> Organisation:
        """A copy with surrounding whitespace trimmed, or a ValidationError."""
        clean = Organisation(
            name=self.name.strip(),
            address=self.address.strip(),
            dpo_name=self.dpo_name.strip(),
            dpo_email=self.dpo_email.strip(),
            dpo_phone=self.dpo_phone.strip(),
            timezone=self.timezone.strip() or DEFAULT_TIMEZONE,
            town=" ".join(self.town.split()),  # one line: it opens the date line
            legal_identifiers=self.legal_identifiers.strip(),
            signatory_name=" ".join(self.signatory_name.split()),
            signatory_title=" ".join(self.signatory_title.split()),
            established_in_morocco=bool(self.established_in_morocco),
            representative=self.representative.strip(),
            gdpr_applies=bool(self.gdpr_applies),
        )
        if not clean.name:
            raise ValidationError(ERR_NAME_REQUIRED, "name")
        for name in (
            "name",
            "address",
            "dpo_name",
            "dpo_email",
            "dpo_phone",
            "legal_identifiers",
            "signatory_name",
            "signatory_title",
            "representative",
        ):
            if len(getattr(clean, name)) > MAX_TEXT:
                raise ValidationError(ERR_TOO_LONG, name, limit=MAX_TEXT)
        if len(clean.town) > MAX_TOWN:
            raise ValidationError(ERR_TOO_LONG, "town", limit=MAX_TOWN)
        if clean.dpo_email and not EMAIL_SHAPE.match(clean.dpo_email):
            raise ValidationError(ERR_EMAIL, "dpo_email")
        try:
            zone(clean.timezone)  # the pinned package's names, not the OS's
        except ZoneInfoNotFoundError:
            raise ValidationError(ERR_TIMEZONE, "timezone", zone=clean.timezone) from None
        return clean
