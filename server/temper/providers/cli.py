"""An external command as the model: the prompt goes to its stdin, the answer comes from its
stdout (for example `llm -n -m {model} -o max_tokens {max_tokens}` or `claude -p`).

`{model}` and `{max_tokens}` in the command are replaced. An answer longer than MAX_ANSWER
bytes stops the command: no hint is that long, so it is a runaway, not a hint."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shlex

from temper.core.prompts import Prompt
from temper.providers.base import Completion, OnText, ProviderError

READ_SIZE = 256
MAX_ANSWER = 64 * 1024
KEPT_ERRORS = 4096  # the end of stderr, for the message when the command fails
REAP_WAIT = 2.0  # seconds to read a killed command's pipes to their end


class CommandModel:
    name = "cli"

    def __init__(self, model: str, template: str, max_tokens: int = 400):
        self.model, self.template, self.max_tokens = model, template, max_tokens

    def argv(self) -> list[str]:
        try:
            argv = [part.replace("{model}", self.model).replace("{max_tokens}", str(self.max_tokens))
                    for part in shlex.split(self.template)]
        except ValueError as exc:
            raise ProviderError(f"the cli_command setting cannot be parsed: {exc}") from None
        if not argv:
            raise ProviderError("the cli_command setting is empty")
        return argv

    async def complete(self, prompt: Prompt, on_text: OnText | None = None) -> Completion:
        argv = self.argv()
        try:
            process = await asyncio.create_subprocess_exec(
                *argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE, start_new_session=True, env=os.environ.copy())
        except OSError as exc:
            raise ProviderError(f"cannot start {argv[0]!r}: {exc.strerror or exc}") from None
        stdin = f"{prompt.system}\n\n{prompt.user}\n".encode()
        errors = asyncio.ensure_future(_tail(process.stderr))
        try:
            process.stdin.write(stdin)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                await process.stdin.drain()
            process.stdin.close()
            raw = b""
            while chunk := await process.stdout.read(READ_SIZE):
                raw += chunk
                if len(raw) > MAX_ANSWER:
                    raise ProviderError(f"{argv[0]} wrote more than {MAX_ANSWER // 1024} KiB; "
                                        "it was stopped", retryable=False)
                if on_text:
                    on_text(raw.decode("utf-8", errors="replace"))
            code = await process.wait()
            stderr = (await errors).decode("utf-8", errors="replace").strip()
        finally:
            if process.returncode is None:  # cancelled, timed out or a runaway: stop the group
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, 9)
                await _reap(process, errors)
        if code != 0:
            last = stderr.splitlines()[-1] if stderr else "no message"
            raise ProviderError(f"{argv[0]} exited with status {code}: {last}"[:300],
                                retryable=False)
        text = raw.decode("utf-8", errors="replace").strip()
        return Completion(text, len(stdin) // 4, len(text) // 4)  # token counts estimated


async def _tail(stream: asyncio.StreamReader) -> bytes:
    """Read a stream to its end, keeping only its last KEPT_ERRORS bytes."""
    kept = b""
    while chunk := await stream.read(KEPT_ERRORS):
        kept = (kept + chunk)[-KEPT_ERRORS:]
    return kept


async def _reap(process: asyncio.subprocess.Process, errors: asyncio.Future) -> None:
    """Read a killed command's pipes to their end: asyncio's wait() returns only once they have
    closed, and a stdout paused with unread output never closes."""
    async def drain() -> None:
        await process.stdout.read()
        await errors
        await process.wait()
    try:
        await asyncio.wait_for(drain(), REAP_WAIT)
    except (asyncio.TimeoutError, OSError):  # a grandchild that left the group keeps a pipe open
        errors.cancel()
