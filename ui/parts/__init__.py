"""Pieces more than one page uses (next steps, the note editor): a widget plus what it stores."""
