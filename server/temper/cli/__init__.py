"""The `temper` command line: one module per command group, sharing `support`."""
