"""The supervisory authorities' postal addresses, as the register keeps them (issue 20).

Letters print the CNDP's and the CNIL's addresses: as the recipient of a breach
notification, and in the sentence that tells a data subject where to complain. An
address moves (the CNDP's printed until issue 20 was a seed privacy policy's, not the
CNDP's own), so it is data the DPO can correct in Paramètres, not a constant: the
shipped defaults are ``documents.letters.DEFAULT_AUTHORITY_ADDRESSES`` (with their
sources), and the register keeps only the DPO's overrides, per authority and letter
language, in one register setting. Each save is one transaction with its journal entry;
an authority's address is public, not personal data, so the journal keeps the old and
the new text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection

from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import AUTHORITY_CODES, DEFAULT_AUTHORITY_ADDRESSES
from dpo_desk.documents.typesetting import clean_text
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services.journal import current_actor
from dpo_desk.storage import audit
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage.database import Register

SETTING_KEY = "letters.authority_addresses"
ENTITY = "authority_addresses"

MAX_ADDRESS = 400  # characters: an envelope's address, not a letter
MAX_LINES = 8

ERR_ADDRESS_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "L'adresse de {authority} ({language}) dépasse {limit} caractères ou {lines} lignes.",
)
ERR_UNKNOWN_AUTHORITY = QT_TRANSLATE_NOOP("Errors", "Autorité inconnue : {value} (cndp ou cnil).")

AUTHORITY_SHORT_NAMES = {"cndp": "CNDP", "cnil": "CNIL"}


@dataclass(frozen=True)
class AuthorityAddress:
    """One authority's address in one letter language: the one in force, and whether it
    is the DPO's (``custom``) or the shipped default."""

    code: str
    language: LetterLanguage
    address: str
    default: str

    @property
    def custom(self) -> bool:
        return self.address != self.default


def _clean(address: str) -> str:
    text = clean_text(address or "")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _stored(conn: Connection) -> dict[str, dict[str, str]]:
    found = settings_repo.get_setting(conn, SETTING_KEY, {}) or {}
    return {
        code: {lang: str(text) for lang, text in (found.get(code) or {}).items()}
        for code in AUTHORITY_CODES
    }


def addresses_in(conn: Connection, language: LetterLanguage | str) -> dict[str, str]:
    """code → the address in force in ``language`` (the DPO's, else the default): what
    the letter contexts take as ``authorities=``."""
    language = LetterLanguage(language)
    stored = _stored(conn)
    return {
        code: stored[code].get(language.value) or DEFAULT_AUTHORITY_ADDRESSES[code][language]
        for code in AUTHORITY_CODES
    }


def authority_addresses(register: Register) -> dict[str, dict[LetterLanguage, AuthorityAddress]]:
    """Every authority's address in every letter language."""
    with register.read() as conn:
        stored = _stored(conn)
    return {
        code: {
            language: AuthorityAddress(
                code,
                language,
                stored[code].get(language.value) or DEFAULT_AUTHORITY_ADDRESSES[code][language],
                DEFAULT_AUTHORITY_ADDRESSES[code][language],
            )
            for language in LetterLanguage
        }
        for code in AUTHORITY_CODES
    }


def save_addresses(
    register: Register,
    addresses: Mapping[str, Mapping[LetterLanguage | str, str]],
    *,
    clock: Clock | None = None,
) -> dict[str, dict[LetterLanguage, AuthorityAddress]]:
    """Keep the DPO's addresses. An empty one, or one equal to the default, is the
    default again (nothing stored for it). One journal entry names what changed."""
    clock = clock or SystemClock()
    cleaned: dict[str, dict[str, str]] = {}
    for code, by_language in addresses.items():
        if code not in AUTHORITY_CODES:
            raise ValidationError(ERR_UNKNOWN_AUTHORITY, "authority", value=str(code))
        for language, text in by_language.items():
            language = LetterLanguage(language)
            address = _clean(text)
            if len(address) > MAX_ADDRESS or address.count("\n") >= MAX_LINES:
                raise ValidationError(
                    ERR_ADDRESS_TOO_LONG,
                    f"{code}.{language.value}",
                    authority=AUTHORITY_SHORT_NAMES[code],
                    language=language.value,
                    limit=MAX_ADDRESS,
                    lines=MAX_LINES,
                )
            if address == DEFAULT_AUTHORITY_ADDRESSES[code][language]:
                address = ""
            cleaned.setdefault(code, {})[language.value] = address
    with register.write() as conn:
        before = _stored(conn)
        after = {code: dict(values) for code, values in before.items()}
        for code, values in cleaned.items():
            for language, address in values.items():
                if address:
                    after[code][language] = address
                else:
                    after[code].pop(language, None)
        changes = {
            f"{code}.{language}": [before[code].get(language, ""), after[code].get(language, "")]
            for code in AUTHORITY_CODES
            for language in sorted(set(before[code]) | set(after[code]))
            if before[code].get(language, "") != after[code].get(language, "")
        }
        if changes:
            settings_repo.set_setting(
                conn, SETTING_KEY, {code: values for code, values in after.items() if values}
            )
            audit.append(
                conn,
                at=clock.now(),
                actor=current_actor(),
                action="update",
                entity=ENTITY,
                changes=changes,
            )
    return authority_addresses(register)


def restore_defaults(
    register: Register, *, clock: Clock | None = None
) -> dict[str, dict[LetterLanguage, AuthorityAddress]]:
    """Forget every address the DPO typed: the shipped defaults are in force again."""
    return save_addresses(
        register,
        {code: dict.fromkeys(LetterLanguage, "") for code in AUTHORITY_CODES},
        clock=clock,
    )


__all__ = [
    "AUTHORITY_SHORT_NAMES",
    "AuthorityAddress",
    "addresses_in",
    "authority_addresses",
    "restore_defaults",
    "save_addresses",
]
