"""The registers' screens: processing activities (GDPR Art. 30) and processors (Art. 28)."""

# show_item("flag:missing_dpa"): the list, filtered on that flag. Here, not in
# sections/register_base, so that the dashboard's card links to a filtered list
# without importing the registers' screens at start-up.
FLAG_PREFIX = "flag:"
