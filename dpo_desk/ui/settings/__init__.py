"""Paramètres: one module per card (or per group of cards) of the settings section.

Every card follows :class:`dpo_desk.ui.settings.card.SettingsCard`: a heading and why the
setting is so, its fields, a message line, and a save that reports in place and in the
status bar.
"""
