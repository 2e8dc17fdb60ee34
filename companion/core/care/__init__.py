"""What the care team wrote, and ratings by an observer."""
