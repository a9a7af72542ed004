"""Excel exchange of the registers: export (export_dialog, actions) and import."""
