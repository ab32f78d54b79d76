"""Every `ErrorCode` -> its sentences in Indonesian and English (one catalogue, split by area)."""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg
from .errors_acting import ACTING
from .errors_coaching import COACHING, FEEDBACK
from .errors_database import DATABASE
from .errors_dialog import DIALOG
from .errors_evaluation import EVALUATION
from .errors_evidence import EVIDENCE
from .errors_fields import FIELDS
from .errors_files import FILES
from .errors_keberatan import KEBERATAN
from .errors_organisation import ORGANISATION
from .errors_periods import PERIOD
from .errors_search import SEARCH
from .errors_skp import SKP
from .errors_sync import SYNC
from .errors_printmarks import PRINTMARKS
from .errors_skpprint import SKPPRINT
from .errors_evalform import EVALFORM
from .errors_evaldoc import EVALDOC
from .errors_evalprint import EVALPRINT
from .errors_scan import SCAN
from .errors_signature import SIGNATURE

LANGUAGES = ("id", "en")  # Bahasa Indonesia (the CLI, the GUI by default) and English (GUI)
AREAS: dict[str, dict[ErrorCode, Msg]] = {"fields": FIELDS, "skp": SKP, "files": FILES,
                                           "database": DATABASE, "sync": SYNC, "acting": ACTING,
                                           "search": SEARCH, "dialog": DIALOG, "feedback": FEEDBACK,
                                           "coaching": COACHING, "period": PERIOD,
                                           "evidence": EVIDENCE, "evaluation": EVALUATION,
                                           "organisation": ORGANISATION,
                                           "keberatan": KEBERATAN,
                                           # issue 13: the paper trail
                                           "printmarks": PRINTMARKS,
                                           "skpprint": SKPPRINT,
                                           "evalform": EVALFORM,
                                           "evaldoc": EVALDOC,
                                           "evalprint": EVALPRINT,
                                           "scan": SCAN,
                                           "signature": SIGNATURE}
ERROR_MESSAGES: dict[ErrorCode, Msg] = {code: msg for area in AREAS.values()
                                        for code, msg in area.items()}
