"""Permission cases for views/scheduling.py (written by its owner)."""

CASES: list = []
