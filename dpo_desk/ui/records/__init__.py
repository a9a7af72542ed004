"""The registers' screens: processing activities (GDPR Art. 30) and processors (Art. 28)."""

# show_item("flag:missing_dpa"): the list, filtered on that flag. Here, not in
# sections/register_base, so that the dashboard's card links to a filtered list
# without importing the registers' screens at start-up.
FLAG_PREFIX = "flag:"

# The activities with a CNDP formality to file or a change to declare (issue 23): an
# entry of the Traitements list's "Alertes" filter, opened by the dashboard's card as
# show_item(FLAG_PREFIX + FILINGS_PENDING). Not a FlagKind: services/filings.py says
# which activities, not the register's flags.
FILINGS_PENDING = "cndp_filings"
