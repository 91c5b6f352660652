"""The floor every layer stands on: errors, data zones, the schema and its vocabularies, text
decoding, hashing and signing, keys, atomic writes, YAML resources, dates and table reading.

Nothing here imports any other part of the project (an import-linter contract in
pyproject.toml, run by tests/test_layers.py, holds it to that). Import the modules, e.g.
`from workbench.core.zones import open_data_dir`; this `__init__` stays empty and cheap.
"""
