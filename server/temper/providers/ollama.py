"""Ollama's native /api/chat through the official SDK, streamed as NDJSON."""

from __future__ import annotations

from temper.core.prompts import Prompt
from temper.providers.base import (
    Completion,
    OnText,
    ProviderError,
    sdk,
    shared_client,
    status_error,
)


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
        except ollama.ResponseError as exc:
            if exc.status_code in (-1, None):  # an {"error": …} line inside the stream
                raise ProviderError(f"{self.name} reported an error mid-answer ({exc.error})",
                                    retryable=True) from None
            raise status_error(self.name, exc.status_code, exc.error) from None
        except httpx.TimeoutException:
            raise ProviderError(f"{self.name} timed out after {self.timeout:g} s",
                                retryable=True) from None
        except (ConnectionError, httpx.TransportError) as exc:
            raise ProviderError(f"{self.name} could not be reached or cut the answer off "
                                f"({exc})", retryable=True) from None
        except ValueError as exc:  # a line that is not JSON
            raise ProviderError(f"{self.name} sent a malformed stream ({exc})") from None
