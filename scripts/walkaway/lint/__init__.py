"""The content validator: checks every page before MkDocs publishes it (see scripts/validate.py)."""
