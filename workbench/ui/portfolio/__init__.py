"""Portfolio tab: the book of accounts."""
