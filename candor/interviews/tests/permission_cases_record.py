"""Permission cases for views/record.py (written by its owner)."""

CASES: list = []
