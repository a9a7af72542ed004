"""Storage: the only layer that touches the database (SQLCipher via SQLAlchemy Core)."""
