"""One test module per MkDocs hook in walkaway/hooks/ (test_NAME.py for NAME.py)."""
