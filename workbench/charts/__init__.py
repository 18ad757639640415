"""Matplotlib charts: pure draw functions on Axes, the Dashboard's Qt canvas, and the
account charts drawn as an image in the background (:mod:`workbench.charts.account_image`).

Import the modules that import Matplotlib only when the first chart is needed: Matplotlib
costs ~0.5 s of start-up, which the window's first paint does not pay.
"""
