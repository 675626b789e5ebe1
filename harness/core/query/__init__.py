"""Query builders shared by every dialect."""
