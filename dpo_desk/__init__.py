"""DPO Desk: the Data Protection Officer's register, on an encrypted local file."""

__version__ = "0.1.0"
APP_NAME = "DPO Desk"
