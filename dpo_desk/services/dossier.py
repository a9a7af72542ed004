"""The CNDP dossier of one activity, ready to file: ``prepare(register, activity)``.

Reads what ``services/filings.py`` gathers about the activity (its formalities, what is
missing, the annexes), the organisation and the processors, and hands them to
``documents/dossier.py``; the PDF or the workbook comes back as bytes. The caller
writes them where the user asked (``write_private``): nothing plaintext is left here.
"""

from __future__ import annotations

from typing import Literal

from dpo_desk.documents import dossier as document
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.report_pdf import render_pdf
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services import filings, register_file
from dpo_desk.services import records as book
from dpo_desk.services.records import organisation_today
from dpo_desk.storage.database import Register
from dpo_desk.translations import translator

ERR_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Format de dossier inconnu « {value} » : choisissez pdf ou xlsx."
)

Format = Literal["pdf", "xlsx"]


def prepare(
    register: Register,
    activity_key: str | int,
    language: LetterLanguage | str = LetterLanguage.FR,
    fmt: Format | str = "pdf",
    *,
    clock: Clock | None = None,
) -> bytes:
    """The dossier of the activity named by ``activity_key`` (its number or name), as
    PDF or XLSX bytes in ``language`` (French by default: the CNDP's language).

    An unknown activity is ``ActivityNotFound``; a character the PDF fonts cannot draw
    is a ValidationError naming the field.
    """
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(ERR_FORMAT, "format", value=str(fmt))
    language = LetterLanguage(language)
    activity = book.find_activity(register, activity_key)
    state = filings.for_activity(register, activity.id)
    organisation = register_file.load_organisation(register)
    processors = book.all_processors(register)
    translate_in = translator(str(language))
    if fmt == "xlsx":
        return document.dossier_xlsx(state, organisation, language, translate_in, processors)
    today = organisation_today(register, clock or SystemClock())
    report = document.dossier_report(state, organisation, language, today, translate_in, processors)
    return render_pdf(report)
