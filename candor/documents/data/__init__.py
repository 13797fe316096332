"""One read-side assembly of each printable document, shared by the Word and PDF renderers.

- blocks: the shape of a document (sections of fields, tables, texts)
- record: the interview record form (seed 004), for any reader allowed to read it
- plan: the improvement plan form
- pack: the manager's preparation pack (never the employee's)
"""
