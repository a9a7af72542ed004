"""Pure-Python domain: entities, enums, deadline rules, calendars and clocks.

Nothing here imports the rest of the project, a database or Qt. Every rule that
depends on "now" takes a :class:`~dpo_desk.domain.clock.Clock`.
"""
