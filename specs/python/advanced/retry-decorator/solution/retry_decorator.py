import functools


def retry(times, exceptions=(Exception,)):
    """Decorator: try the function up to times attempts while it raises one of exceptions."""
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
        return wrapper
    return decorate
