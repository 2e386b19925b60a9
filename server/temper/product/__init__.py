"""Product specs for a learner's own project: `.specs/*.yaml` with goals, features and
acceptance criteria that name the tests proving them."""

SPECS_DIR = ".specs"  # where a project keeps them (here so the editor can tell one cheaply)
