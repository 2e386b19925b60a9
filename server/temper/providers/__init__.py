"""Who writes a hint: one small interface (base.py), one module per provider, and the registry
of providers (registry.py). The package imports nothing itself, so reading the registry loads no
SDK and no core module."""
