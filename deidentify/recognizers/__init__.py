"""Recognizers for this field, one module per idea. A new recognizer is one module here, its class
in RECOGNIZERS (registry.py, which the engine builds from) and one test file; a new entity
type is, besides, one line in workbench/core/entity_types.py.

Importing the package is cheap: it imports none of its modules.
"""
