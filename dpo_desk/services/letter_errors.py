"""The refusal every letter use case shares (drafting, addressing, issuing)."""

from __future__ import annotations

from dpo_desk.domain.errors import UserError


class LetterRefused(UserError):
    """A letter the register will not draft or issue as asked: each subclass says why."""

    exit_code = 6
