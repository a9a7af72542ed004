"""The registers' screens: processing activities (GDPR Art. 30) and processors (Art. 28)."""
