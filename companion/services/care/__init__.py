"""The care team's side kept in the history file: their plan, ratings by an observer."""
