"""Countries chosen by name, stored as ISO codes.

A DPO knows "États-Unis", not always "US": the transfer dialog and the processor form
offer the countries by name in the UI language ("États-Unis (US)", "الولايات المتحدة
(US)"), from CLDR through babel (as the dossier names them), and keep the ISO 3166-1
code the domain stores and checks. Typing searches names and codes alike, without
regard to accents or case ("etats" finds "États-Unis", "us" finds it too).

A code that is not a country is kept as typed, so the domain refuses it with its own
sentence under the field, rather than the widget dropping it silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from babel import Locale
from PySide6.QtCore import QCollator, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from dpo_desk.domain.countries import ISO_COUNTRIES
from dpo_desk.ui.formatting import ui_locale

#: how many matches the list under the field shows at most
MAX_SUGGESTIONS = 12

_SEPARATORS = re.compile(r"[\s,;]+")


def fold(text: str) -> str:
    """ "États-Unis" → "etats-unis": what a search compares (accents and case ignored)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _names(locale_name: str) -> dict[str, str]:
    territories: Mapping[str, str] = {}
    try:
        territories = Locale.parse(locale_name).territories
    except (ValueError, LookupError):
        pass
    return {code: territories.get(code, code) for code in ISO_COUNTRIES}


def country_names() -> dict[str, str]:
    """Every ISO country's name in the UI language, by code (the code when CLDR has none)."""
    return _names(ui_locale().name())


def country_label(code: str) -> str:
    """ "États-Unis (US)"; a code that is not a country, as is."""
    name = country_names().get(code)
    return f"{name} ({code})" if name and name != code else code


def country_choices(exclude: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(label, code) of every country, sorted by name in the UI's collation."""
    left_out = set(exclude)
    collator = QCollator(ui_locale())
    pairs = [(country_label(c), c) for c in country_names() if c not in left_out]
    return sorted(pairs, key=lambda pair: collator.sortKey(pair[0]))


def search(query: str, choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The choices ``query`` names: its code first, then names that start with it, then
    names that contain it (accents and case ignored)."""
    wanted = fold(query.strip())
    if not wanted:
        return []
    exact, starts, contains = [], [], []
    for label, code in choices:
        name = fold(label)
        if fold(code) == wanted:
            exact.append((label, code))
        elif name.startswith(wanted) or any(w.startswith(wanted) for w in name.split()):
            starts.append((label, code))
        elif wanted in name:
            contains.append((label, code))
    return (exact + starts + contains)[:MAX_SUGGESTIONS]


def resolve(text: str) -> str:
    """The ISO code ``text`` stands for: a code in any case ("us"), a label ("États-Unis
    (US)") or a name ("etats-unis"); otherwise the text as typed, for the domain to refuse."""
    typed = text.strip()
    if not typed:
        return ""
    if typed.upper() in ISO_COUNTRIES:
        return typed.upper()
    wanted = fold(typed)
    for code, name in country_names().items():
        if wanted in (fold(name), fold(country_label(code))):
            return code
    return typed


class _Suggestions(QCompleter):
    """The list under a field: filled by us on each keystroke (accent-blind matching,
    which QCompleter's own filter cannot do), shown as is."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.model_ = QStringListModel(self)
        self.setModel(self.model_)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(MAX_SUGGESTIONS)
        # setWidget, not QLineEdit.setCompleter: the field decides what a choice writes
        # (a code, in place of the word being typed), not the completer.
        self.setWidget(field)

    def offer(self, labels: list[str]) -> None:
        self.model_.setStringList(labels)
        if labels:
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()


class CountryCombo(QComboBox):
    """One country: pick it in the list or type part of its name or code."""

    def __init__(self, exclude: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Qt's prefix completion: replaced by the search below.
        self.setCompleter(None)  # type: ignore[arg-type]  # None is accepted (removes it)
        self.choices = country_choices(exclude)
        self.addItem("", "")
        for text, code in self.choices:
            self.addItem(text, code)
        self.setCurrentIndex(0)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        line = self.lineEdit()
        assert line is not None  # editable, so it has one
        line.setPlaceholderText(self.tr("Tapez un nom de pays ou son code"))
        self.suggestions = _Suggestions(line)
        self.suggestions.activated.connect(self._chosen)
        line.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.suggestions.offer([label for label, _code in search(text, self.choices)])

    def _chosen(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def code(self) -> str:
        """The chosen country's ISO code, or what was typed when it names none."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index > 0:
            return str(self.itemData(index))
        return resolve(self.currentText())

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


class CountriesEdit(QLineEdit):
    """Several countries as codes ("US, IE"), each chosen by name: typing a word offers
    the countries it names, and a choice puts that country's code in place of the word.
    ``names_changed`` gives the countries typed, by name, for a line under the field."""

    names_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tapez un pays : Espagne, États-Unis…"))
        self.choices = country_choices()
        self.suggestions = _Suggestions(self)
        self.suggestions.activated.connect(self._chosen)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._name_them)
        self._span = (0, 0)

    def _word(self) -> tuple[int, int]:
        """Where the words being typed start and end: from the last comma before the
        cursor to the next one ("Arabie saoudite" is one country)."""
        text, cursor = self.text(), self.cursorPosition()
        start = max(text.rfind(sep, 0, cursor) for sep in ",;") + 1
        ends = [i for i in (text.find(",", cursor), text.find(";", cursor)) if i >= 0]
        return start, min(ends) if ends else len(text)

    def _typed(self, _text: str) -> None:
        start, end = self._word()
        found = search(self.text()[start:end], self.choices)
        if not found:  # "MT eta", codes typed with spaces: the last word alone
            segment = self.text()[start:end].rstrip()
            last = max(segment.rfind(" "), segment.rfind("\t")) + 1
            if last > 0:
                start += last
                found = search(self.text()[start:end], self.choices)
        self._span = (start, end)
        self.suggestions.offer([label for label, _code in found])

    def _chosen(self, label: str) -> None:
        code = next((c for text, c in self.choices if text == label), "")
        if not code:
            return
        start, end = self._span
        before = self.text()[:start].rstrip()
        after = self.text()[end:].lstrip(" ,;")
        head = f"{before} {code}" if before else code
        text = f"{head}, {after}" if after else f"{head}, "
        self.setText(text)
        self.setCursorPosition(len(head) + 2)

    def codes(self) -> tuple[str, ...]:
        """ "US, ie; France" → ("US", "IE", "FR"); a word that names no country, as typed."""
        return tuple(resolve(word) for word in _SEPARATORS.split(self.text()) if word)

    def set_codes(self, codes: Iterable[str]) -> None:
        self.setText(", ".join(codes))

    def names(self) -> str:
        """The countries typed, by name: "États-Unis, Irlande" (unknown words left out)."""
        known = country_names()
        return ", ".join(known[c] for c in self.codes() if c in known)

    def _name_them(self, _text: str) -> None:
        names = self.names()
        self.setToolTip(names)
        self.names_changed.emit(names)
