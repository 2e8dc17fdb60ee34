"""With the care team: their plan, and ratings by an observer on their own."""
