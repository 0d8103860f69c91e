"""Plain-Python extraction of deal events from article text. Imports nothing from Django."""
