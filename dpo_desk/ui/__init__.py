"""The desktop face of DPO Desk: the only package (with ``app.py``) that imports Qt."""
