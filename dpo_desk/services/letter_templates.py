"""The letter templates the organisation edits: one per kind and language, overriding the
shipped default (``documents/letters.default_template``) until restored.

Each save or restore is checked (``documents/templates.validate_template``: unknown
names and malformed tags are refused, naming the line) and journaled with who and when.
Drafts read the template in force when they are started (``services/letters.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dpo_desk.documents.kinds import LetterKind, LetterLanguage
from dpo_desk.documents.letters import default_template
from dpo_desk.documents.templates import normalise_newlines, validate_template
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.services import journal
from dpo_desk.services.journal import current_actor
from dpo_desk.services.letters import TEMPLATE_ENTITY, parse_kind, parse_language
from dpo_desk.services.reading import in_read
from dpo_desk.storage import letters as repo
from dpo_desk.storage.database import Register


@dataclass(frozen=True)
class TemplateInfo:
    kind: LetterKind
    language: LetterLanguage
    text: str
    custom: bool  # an edited template overrides the shipped default
    updated_by: str = ""
    updated_at: datetime | None = None


def template_text(
    register: Register, kind: LetterKind | str, language: LetterLanguage | str
) -> TemplateInfo:
    """The template in force for a kind and language: the edited one, else the default."""
    kind, language = parse_kind(kind), parse_language(language)
    with register.read() as conn:
        row = repo.get_template(conn, kind.value, language.value)
    if row is None:
        return TemplateInfo(kind, language, default_template(kind, language), False)
    return TemplateInfo(kind, language, row.text, True, row.updated_by, row.updated_at)


def custom_templates(register: Register) -> set[tuple[str, str]]:
    return in_read(register, repo.custom_templates)


def save_template(
    register: Register,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    text: str,
    *,
    clock: Clock | None = None,
) -> TemplateInfo:
    """Keep an edited template, after checking it: an unknown placeholder or a malformed
    tag is refused with its name and line (``templates.validate_template``)."""
    clock = clock or SystemClock()
    kind, language = parse_kind(kind), parse_language(language)
    text = normalise_newlines(text)
    validate_template(kind, text)
    now = clock.now()
    actor = current_actor()
    with register.write() as conn:
        existed = repo.save_template(conn, kind.value, language.value, text, actor, now)
        journal.record(
            conn,
            now,
            "update" if existed else "create",
            TEMPLATE_ENTITY,
            f"{kind.value}.{language.value}",
            {"text": "modifié" if existed else "renseigné"},
        )
    return TemplateInfo(kind, language, text, True, actor, now)


def restore_default(
    register: Register,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    *,
    clock: Clock | None = None,
) -> TemplateInfo:
    """Forget the edited template: the shipped default is in force again."""
    clock = clock or SystemClock()
    kind, language = parse_kind(kind), parse_language(language)
    now = clock.now()
    with register.write() as conn:
        if repo.delete_template(conn, kind.value, language.value):
            journal.record(
                conn,
                now,
                "restore_default",
                TEMPLATE_ENTITY,
                f"{kind.value}.{language.value}",
                {"text": "modèle par défaut"},
            )
    return TemplateInfo(kind, language, default_template(kind, language), False)
