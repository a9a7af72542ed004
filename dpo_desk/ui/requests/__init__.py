"""The Demandes screen: the paged list, its filters, the detail page and the dialogs."""
