"""Use cases. The GUI and the CLI are two faces over these functions."""
