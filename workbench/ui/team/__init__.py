"""The team in the window: joining a team server, syncing in the background, the status
bar's indicator."""
