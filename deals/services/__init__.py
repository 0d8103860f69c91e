"""The only bridge from the extraction package to the models (see README, "Where things are")."""
