"""Candor's entry point: no argument opens the window, arguments run one command (cli/)."""

import sys

from cli import run

if __name__ == "__main__":
    sys.exit(run())
