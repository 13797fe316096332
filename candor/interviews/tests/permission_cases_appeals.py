"""Permission cases for views/appeals.py (written by its owner)."""

CASES: list = []
