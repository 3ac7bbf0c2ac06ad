"""The browser's runtime, made at build time: Pyodide from node_modules, the standard library and the engine
byte-compiled by Pyodide's own Python, the engine's wheel as the fallback, and the service worker."""

from .offline import write_offline
from .write import begin as begin_runtime
from .write import write_runtime

__all__ = ["begin_runtime", "write_offline", "write_runtime"]
