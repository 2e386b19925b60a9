"""The exercise catalog: exercise specs, their JSON Schema, where a field sits in the YAML, and
validation."""
