"""The Claude analyzer: prompt, bounded call, validation and reconciliation with market data."""

from worth.analysis.llm.claude import ANALYZER_NAME, Answer, ClaudeAnalyzer, ClaudeError, Usage
from worth.analysis.llm.prompt import ContactDetailsError, Prompt, build_prompt
from worth.analysis.llm.reply import Reply, reconcile

__all__ = [
    "ANALYZER_NAME",
    "Answer",
    "ClaudeAnalyzer",
    "ClaudeError",
    "ContactDetailsError",
    "Prompt",
    "Reply",
    "Usage",
    "build_prompt",
    "reconcile",
]
