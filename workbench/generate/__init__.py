"""Seeded synthetic project generator (see generate_project)."""
