"""MkDocs hooks, listed in mkdocs.yml: thin handlers over functions elsewhere in the package."""
