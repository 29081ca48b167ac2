"""The content validator: checks every page before MkDocs publishes it (see `walkaway validate`)."""
