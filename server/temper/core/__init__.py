"""The pure core: levels, the Learning Contract, sessions, events and skill estimation.

Nothing in here imports pygls, lsprotocol, SQLite or network code.
"""
