"""Resume text as typed elements (titles, narrative text, list items) by `unstructured`, offline.

Every use of `unstructured` goes through this module, which makes it run with no network:
- its import pings a telemetry URL unless SCARF_NO_ANALYTICS / DO_NOT_TRACK is "true": both are
  set here, before the first import (and the ping, which also shells out to `nvidia-smi`, is
  replaced by a no-op);
- its tokenizer downloads and pip-installs spaCy's `en_core_web_sm` on first use: it gets a
  blank multi-language spaCy pipeline with a rule-based sentencizer instead, which needs no data.
  Without a trained tagger there are no part-of-speech tags, so unstructured's "contains a verb"
  test never passes and a one-sentence line is typed Title or Text, not NarrativeText;
- language detection (langdetect) is skipped: `detect_language` already did it.
This version uses no NLTK data. `unstructured` pulls in spaCy (seconds to import), so it is
imported on the first partition only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import spacy.language
    from unstructured.documents.elements import Element as UnstructuredElement

os.environ["SCARF_NO_ANALYTICS"] = "true"
os.environ["DO_NOT_TRACK"] = "true"

ElementKind = Literal["title", "narrative", "list_item", "text"]
_KINDS: dict[str, ElementKind] = {
    "Title": "title",
    "NarrativeText": "narrative",
    "ListItem": "list_item",
}


@dataclass(frozen=True, slots=True)
class Element:
    kind: ElementKind
    text: str


def partition(text: str) -> tuple[Element, ...]:
    """One element per non-empty line of normalised text, typed by unstructured's heuristics
    (lines are not regrouped into paragraphs: a heading stays its own element)."""
    if not text.strip():
        return ()
    found = _partition_text()(text=text, paragraph_grouper=False, languages=[""])
    return tuple(Element(_KINDS.get(type(e).__name__, "text"), e.text) for e in found)


def warm_up() -> None:
    """Import unstructured and spaCy now (seconds, once per process) rather than during the
    first upload's parse."""
    partition("Experience\nWarm-up line.")


@cache
def _partition_text() -> Callable[..., list[UnstructuredElement]]:
    import unstructured.utils

    unstructured.utils.scarf_analytics = lambda: None  # before unstructured.logger imports it
    import unstructured.nlp.tokenize
    from unstructured.partition.text import partition_text

    unstructured.nlp.tokenize._get_nlp = _blank_pipeline  # never load (or fetch) a model
    return partition_text


@cache
def _blank_pipeline() -> spacy.language.Language:
    import spacy

    nlp = spacy.blank("xx")  # tokenizer rules for any language, Russian and English alike
    nlp.add_pipe("sentencizer")
    return nlp
