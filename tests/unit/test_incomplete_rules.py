"""Every rule that can keep an SKP from being submitted has a sentence in both languages."""

import re
from pathlib import Path

import skpdesk.services.skp as skp_service
from skpdesk.messages.labels import INCOMPLETE_RULES


def test_every_completeness_rule_has_both_sentences():
    rules = set(re.findall(r'"rule": "(\w+)"', Path(skp_service.__file__).read_text()))
    assert rules and rules <= set(INCOMPLETE_RULES)
    assert all(INCOMPLETE_RULES[rule].id and INCOMPLETE_RULES[rule].en for rule in rules)
