"""The kinds of import Candor ships: goals, actual values, personnel facts."""
