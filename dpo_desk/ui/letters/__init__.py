"""Letters in the GUI (issue 6): the drafting dialog of a case, its PDF preview, and the
template editor of Paramètres."""

from dpo_desk.ui.letters.dialog import LetterDialog
from dpo_desk.ui.letters.templates import LetterTemplatesCard

__all__ = ["LetterDialog", "LetterTemplatesCard"]
