"""Screens of the TUI: review (the main one), overview, dialogs."""
