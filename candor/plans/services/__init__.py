"""Plan state changes: each checked, audited in its transaction, notified on commit."""
