"""BTI-plattform: the core of cases, consents, meetings and stafettlogg.

Public API for plugins and operators.
"""

from bti.app import create_app
from bti.demo.story import Step, Story, step
from bti.hookspecs import hookimpl

__all__ = [
    "Step",
    "Story",
    "create_app",
    "hookimpl",
    "step",
]
