"""The project's colours: plots and highlighted text (review pages, notebooks) share them."""

# Okabe-Ito hues, darkened where the original falls below 3:1 against white (orange 2.2:1,
# sky blue 2.3:1, yellow 1.3:1). Contrast against white, in order: 5.2, 4.6, 5.3, 5.1, 4.9,
# 11.4, 21 (tests/workbench/test_plots.py checks every one is at least 3).
PALETTE = ("#0072B2", "#C75000", "#007A5E", "#A6508A", "#8A6D00", "#3A3A3A", "#000000")
