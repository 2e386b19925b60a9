"""`python -m temper` runs the same command line as the `temper` script."""

from temper.cli.main import main

if __name__ == "__main__":
    main()
