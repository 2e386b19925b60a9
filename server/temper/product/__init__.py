"""Product specs for a learner's own project: `.specs/*.yaml` with goals, features and
acceptance criteria that name the tests proving them."""
