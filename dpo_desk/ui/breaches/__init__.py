"""The Violations screen: the breach register (GDPR Art. 33(5)), its 72-hour countdowns,
the guided breach form, the dashboard panel; desktop alerts live in ``ui.breach_alerts``."""
