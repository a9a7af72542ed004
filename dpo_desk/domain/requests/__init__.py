"""Data-subject rights requests: the workflow (regimes, rights, statuses) and the entity."""
