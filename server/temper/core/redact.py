"""Secrets removed from text before it leaves the machine: API keys, tokens, private keys,
`.env` values and passwords written into code."""

from __future__ import annotations

import re

MASK = "[REDACTED]"

_TOKENS = re.compile(
    r"sk-ant-[A-Za-z0-9_\-]{8,}"  # Anthropic
    r"|sk-(?:proj-)?[A-Za-z0-9_\-]{16,}"  # OpenAI and compatible servers
    r"|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"  # GitHub
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}"  # Slack
    r"|AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|AIza[0-9A-Za-z_\-]{30,}"  # Google
    r"|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"  # JWT
)
_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.DOTALL)
_SECRET_NAME = r"[A-Za-z_]*(?:pass(?:word|wd)?|secret|token|api_?key|apikey|auth|credential)" \
               r"[A-Za-z0-9_]*"
# name = "value", name: 'value', "name": "value" (a quoted literal)
_QUOTED = re.compile(
    rf"""(?P<name>["']?\b{_SECRET_NAME}["']?\s*[:=]\s*)(?P<quote>["'])(?P<value>[^"'\n]{{4,}})(?P=quote)""",
    re.IGNORECASE)
# NAME=value lines, as in .env files and shell exports
_ENV_LINE = re.compile(
    r"^(?P<name>\s*(?:export\s+)?[A-Z0-9_]*(?:PASS|SECRET|TOKEN|KEY|AUTH|CREDENTIAL)[A-Z0-9_]*"
    r"\s*=\s*)(?P<value>\S{4,})\s*$", re.MULTILINE)
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^/\s:@]+:)[^@\s/]+(?=@)")


def redact(text: str, known: tuple[str, ...] = ()) -> str:
    """`text` with every secret replaced by [REDACTED]; `known` are exact values to hide too
    (the configured API keys)."""
    for value in known:
        if value and len(value) >= 6:
            text = text.replace(value, MASK)
    text = _PRIVATE_KEY.sub(MASK, text)
    text = _TOKENS.sub(MASK, text)
    text = _URL_PASSWORD.sub(lambda m: m["head"] + MASK, text)
    text = _QUOTED.sub(lambda m: f"{m['name']}{m['quote']}{MASK}{m['quote']}", text)
    return _ENV_LINE.sub(lambda m: f"{m['name']}{MASK}", text)
