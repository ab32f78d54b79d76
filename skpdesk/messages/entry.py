"""The shape of one catalogue entry: a sentence in every language, a fallback and variants."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Any

ANY_VALUE = object()  # `when` matches a param that is present with any value


@dataclass(frozen=True)
class Text:
    """One sentence (or label) in each language the program speaks; `{name}` placeholders are
    filled from the error's params and must be the same in every language (tests check)."""

    id: str  # Bahasa Indonesia: the CLI, and the GUI by default
    en: str  # English: the GUI on request

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.id


@dataclass(frozen=True)
class Msg:
    """The sentences of one code. `text` may use any param; `fallback` only {field} (always
    present), used when a param of the chosen sentence is missing, so a message never fails."""

    text: Any  # Text
    fallback: Any
    when: tuple[tuple[str, Any, Any], ...] = dc_field(default=())  # (param, value, text) variants

    def pick(self, params: dict[str, Any]) -> Any:
        for key, value, text in self.when:
            if key in params and (value is ANY_VALUE or params[key] == value):
                return text
        return self.text
