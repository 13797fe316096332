"""Every interview state change is a function here: checked, audited, notified on commit."""
