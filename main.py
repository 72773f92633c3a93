"""Candor's entry point: no argument opens the window, arguments run one command (cli/)."""

import sys

from cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
