"""Pages for setting a period up: periods, sheets and goals, templates, grade bands."""
