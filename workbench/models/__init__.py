"""Models for monthly series and group comparisons, on statsmodels and scipy.

- `counts`: Poisson, quasi-Poisson and negative binomial GLMs with offsets, seasonality and an
  overdispersion check;
- `its`: interrupted time series (segmented regression) with rate ratios, autocorrelation
  checked and handled;
- `trend`: Mann-Kendall trend test with Sen's slope;
- `compare`: chi-square or Fisher comparisons, logistic regression with robust errors.

Every fit returns a plain record (`as_record()`) that the output checks and the JSON printer
take as it is.
"""
