def retry(times, exceptions=(Exception,)):
    """Decorator: try the function up to times attempts while it raises one of exceptions."""
    def decorate(func):
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorate
