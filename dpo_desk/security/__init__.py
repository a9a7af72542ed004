"""Security: the keystore (remembered passphrases) and passphrase rules."""
