"""Permission cases for views/preparation.py (written by its owner)."""

CASES: list = []
