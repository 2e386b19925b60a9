"""Exercise specs as files: their JSON Schema, where a field sits in the YAML, and validation."""
