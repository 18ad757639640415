"""Dashboard tab: portfolio KPIs and the focus list."""
