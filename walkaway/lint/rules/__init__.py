"""The rules, one module per concern. Each rule is declared once, by a decorator over its check function
(see walkaway/lint/registry.py); every module here is found and imported by the registry itself.
"""
