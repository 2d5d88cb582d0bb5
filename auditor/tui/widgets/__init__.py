"""Widgets of the TUI: the aligned view, the findings panel, detail, legend and status bar."""
