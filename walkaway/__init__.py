"""Shared code for Walking Away's build tooling: the content validator and the MkDocs hooks."""
