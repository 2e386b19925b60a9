"""Anthropic's Messages API through the official SDK, streamed (SSE)."""

from __future__ import annotations

from temper.core.prompts import Prompt
from temper.providers.base import (
    Completion,
    HostedModel,
    OnText,
    ProviderError,
    retry_after,
    sdk,
    shared_client,
)
from temper.providers.errors import SdkErrors, translate


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
        except Exception as exc:
            mapped = translate(self.name, self.timeout, exc, _errors(anthropic))
            if mapped is None:
                raise
            raise mapped from None


def _errors(anthropic) -> SdkErrors:
    return SdkErrors(
        status=(anthropic.APIStatusError,),
        read_status=lambda e: (e.status_code, _message(e), retry_after(e.response.headers)),
        timeout=(anthropic.APITimeoutError,), connection=(anthropic.APIConnectionError,),
        unreadable=(anthropic.AnthropicError,))


def _message(exc) -> str:
    body = exc.body if isinstance(getattr(exc, "body", None), dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    return str(error.get("message") or exc.message)
