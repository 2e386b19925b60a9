"""Anthropic's Messages API through the official SDK, streamed (SSE)."""

from __future__ import annotations

from temper.core.prompts import Prompt
from temper.providers.base import (
    Completion,
    HostedModel,
    OnText,
    ProviderError,
    cut_off,
    retry_after,
    sdk,
    shared_client,
    status_error,
)


class AnthropicModel(HostedModel):
    name = "anthropic"

    async def complete(self, prompt: Prompt, on_text: OnText | None = None) -> Completion:
        if not self.api_key:
            raise ProviderError("no Anthropic API key: set ANTHROPIC_API_KEY or run "
                                "`temper keys set anthropic`")
        anthropic = await sdk("anthropic")
        client = shared_client(
            ("anthropic", self.api_key, self.base_url, self.timeout),
            lambda: anthropic.AsyncAnthropic(api_key=self.api_key, base_url=self.base_url,
                                          timeout=self.timeout, max_retries=0))
        text = ""
        try:
            async with client.messages.stream(
                    model=self.model, max_tokens=self.max_tokens, system=prompt.system,
                    messages=[{"role": "user", "content": prompt.user}]) as stream:
                async for piece in stream.text_stream:
                    text += piece
                    if on_text:
                        on_text(text)
                final = await stream.get_final_message()
            usage = final.usage
            return Completion(text, usage.input_tokens or 0, usage.output_tokens or 0)
        except anthropic.APIStatusError as exc:
            raise status_error(self.name, exc.status_code, _message(exc),
                               retry_after(exc.response.headers)) from None
        except anthropic.APITimeoutError:
            raise ProviderError(f"{self.name} timed out after {self.timeout:g} s",
                                retryable=True) from None
        except anthropic.APIConnectionError as exc:
            raise ProviderError(f"{self.name} could not be reached or cut the answer off "
                                f"({exc})", retryable=True) from None
        except anthropic.AnthropicError as exc:
            raise ProviderError(f"{self.name} sent an answer Temper cannot read ({exc})"
                                ) from None
        except ValueError as exc:  # a malformed event in the stream
            raise ProviderError(f"{self.name} sent a malformed stream ({exc})") from None
        except Exception as exc:
            if not cut_off(exc):
                raise
            raise ProviderError(f"{self.name} cut the answer off ({exc})", retryable=True
                                ) from None


def _message(exc) -> str:
    body = exc.body if isinstance(getattr(exc, "body", None), dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    return str(error.get("message") or exc.message)
