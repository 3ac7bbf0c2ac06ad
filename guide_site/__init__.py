"""Build-time helpers of the site: they run in CPython only, never in the browser."""
