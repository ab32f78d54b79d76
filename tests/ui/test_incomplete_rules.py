"""Every rule that can keep an SKP from being submitted has a sentence in the CLI and the GUI."""

import re
from pathlib import Path

import skpdesk.services.skp as skp_service
from skpdesk.cli.messages import INCOMPLETE_RULES as CLI_RULES
from skpdesk.ui.message_labels import INCOMPLETE_RULES as UI_RULES


def test_every_completeness_rule_has_both_sentences():
    rules = set(re.findall(r'"rule": "(\w+)"', Path(skp_service.__file__).read_text()))
    assert rules and rules <= set(CLI_RULES) and rules <= set(UI_RULES)
