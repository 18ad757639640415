"""Matplotlib charts: pure draw functions on Axes, and one reusable Qt canvas.

Import ``workbench.charts.canvas`` only when the first chart is needed: Matplotlib
with its Qt backend costs ~0.7 s of start-up.
"""
