"""Recognizers for this field, one module per idea. Adding an entity type means one module here,
one test file, and its line in the entity-type registry (workbench/core/entity_types.py); the
engine builds the recognizers listed in registry.py.

Importing the package is cheap: it imports none of its modules.
"""
