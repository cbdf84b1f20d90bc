"""Pure rules over the domain: no Flask, no database.

Each module answers one kind of question (identity numbers and dates, levels and
decisions, consent …) from values passed in.
"""
