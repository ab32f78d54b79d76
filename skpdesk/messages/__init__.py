"""The one error-message catalogue: every `ErrorCode` in Bahasa Indonesia and English.

The CLI (`skpdesk.cli.messages`, always Indonesian) and the GUI (`skpdesk.ui.messages`, the
language the window runs in) both render errors with `render.message_for(code, params, lang)`.
No Qt and no database here (an import-linter contract keeps it so): only `skpdesk.domain`.

- `entry`: `Text(id=..., en=...)` (one sentence in each language) and `Msg` (full sentence,
  fallback without optional params, `when` variants picked by a param);
- `errors_fields`, `errors_skp`, `errors_files`, `errors_database`, `errors_sync`, `errors_acting`,
  `errors_dialog`: the sentences, by area;
  `catalogue` joins them into `ERROR_MESSAGES`;
- `labels`: what sentences insert (field labels, file reasons, ASN types, actions, SKP rules);
- `check_findings`: the sentences of `skpdesk check` findings (codes of
  `skpdesk.services.integrity`, not ErrorCodes), same `Msg`/`Text` scheme, and the reasons and
  section names they insert;
- `render`: `message_for`, `check_message`, `prepare_params`, `field_label`, numbers per
  language.

How to add an error code: add the `ErrorCode` member (skpdesk/domain/errors.py) and one entry,
with its Indonesian and English sentence (and fallback, and variants if any), in the
`errors_*` module of its area. Nothing else: no `.ts` to update. tests/unit/test_messages.py
fails while a code lacks a language or the languages disagree on placeholders. A new `skpdesk
check` finding code likewise needs one entry in `check_findings.CHECK_MESSAGES`.

History: the `errors_*` and `labels` modules were generated once by
scripts/merge_message_catalogues.py (commit c58b7ab) from the two catalogues they replaced: the
CLI's Indonesian and the GUI's English (the GUI's Indonesian translation equalled the CLI's).
tests/unit/test_message_golden.py proves they still say exactly what those said. They are
edited by hand since. `check_findings` holds the Indonesian moved unchanged from the CLI's
former `skpdesk/cli/check_messages.py` catalogue, with English written for it.
"""

from .catalogue import ERROR_MESSAGES, LANGUAGES
from .entry import ANY_VALUE, Msg, Text
from .check_findings import CHECK_MESSAGES
from .render import check_message, field_label, message_for, prepare_params

__all__ = ["ANY_VALUE", "CHECK_MESSAGES", "ERROR_MESSAGES", "LANGUAGES", "Msg", "Text",
           "check_message", "field_label", "message_for", "prepare_params"]
