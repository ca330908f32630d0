"""Who claims what: attributed casualty claims and deployments from news articles.

Stages, one module each: ``articles`` (read, clean), ``numbers`` (quantities), ``dates``, ``reference``
(actors, places), ``claims`` and ``deployments`` (extraction), ``tables`` (validate, write), ``charts``,
``pipeline`` (run the stages), ``build`` (notebooks and site), ``cli``.
"""

from .exceptions import ExplainerError

__all__ = ["ExplainerError"]
__version__ = "0.1.0"
