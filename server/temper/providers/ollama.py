"""Ollama's native /api/chat through the official SDK, streamed as NDJSON."""

from __future__ import annotations

from temper.core.prompts import Prompt
from temper.providers.base import Completion, OnText, sdk, shared_client
from temper.providers.errors import SdkErrors, translate


class OllamaModel:
    name = "ollama"

    def __init__(self, model: str, host: str | None, timeout: float, max_tokens: int = 400):
        self.model, self.host, self.timeout, self.max_tokens = model, host, timeout, max_tokens

    async def complete(self, prompt: Prompt, on_text: OnText | None = None) -> Completion:
        import httpx

        ollama = await sdk("ollama")
        client = shared_client(("ollama", self.host, self.timeout),
                               lambda: ollama.AsyncClient(host=self.host, timeout=self.timeout))
        text, prompt_tokens, completion_tokens = "", 0, 0
        try:
            stream = await client.chat(
                model=self.model, stream=True, options={"num_predict": self.max_tokens},
                messages=[{"role": "system", "content": prompt.system},
                          {"role": "user", "content": prompt.user}])
            async for part in stream:
                piece = part.message.content if part.message else None
                if piece:
                    text += piece
                    if on_text:
                        on_text(text)
                if part.done:
                    prompt_tokens = part.prompt_eval_count or 0
                    completion_tokens = part.eval_count or 0
            return Completion(text, prompt_tokens, completion_tokens)
        except Exception as exc:
            mapped = translate(self.name, self.timeout, exc, SdkErrors(
                status=(ollama.ResponseError,), read_status=lambda e: (e.status_code, e.error,
                                                                       None),
                timeout=(httpx.TimeoutException,),
                connection=(ConnectionError, httpx.TransportError)))
            if mapped is None:
                raise
            raise mapped from None
