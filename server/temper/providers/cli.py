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
        errors = asyncio.ensure_future(process.stderr.read())
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
            if process.returncode is None:  # cancelled or timed out: stop the whole group
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, 9)
                errors.cancel()
                await process.wait()
        if code != 0:
            last = stderr.splitlines()[-1] if stderr else "no message"
            raise ProviderError(f"{argv[0]} exited with status {code}: {last}"[:300],
                                retryable=False)
        text = raw.decode("utf-8", errors="replace").strip()
        return Completion(text, len(stdin) // 4, len(text) // 4)  # token counts estimated
