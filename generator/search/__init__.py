"""Search: ``index`` writes the compact index the site's worker scans (folded words,
readings, abbreviations, concepts); ``lunr_index`` builds the same documents with lunr, kept as
the measured comparison (``benchmarks/search.py``).
"""
