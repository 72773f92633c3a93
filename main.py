"""Candor's entry point: parse the command line, then open the window or run an action."""

import sys

from cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
