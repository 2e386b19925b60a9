"""The learner profile in local SQLite: the event log, its projections, recall of past mistakes,
run history, the LLM usage log, export and reflection. `store.ProfileStore` is the only door."""
