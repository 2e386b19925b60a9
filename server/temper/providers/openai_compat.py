"""OpenAI chat completions through the official SDK, streamed; any compatible server (llama.cpp,
vLLM, LM Studio, Ollama's /v1) through a base URL."""

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


class OpenAIModel(HostedModel):
    name = "openai"

    async def complete(self, prompt: Prompt, on_text: OnText | None = None) -> Completion:
        if not self.api_key:
            raise ProviderError("no OpenAI API key: set OPENAI_API_KEY or run "
                                "`temper keys set openai` (a local server accepts any value)")
        openai = await sdk("openai")
        client = shared_client(
            ("openai", self.api_key, self.base_url, self.timeout),
            lambda: openai.AsyncOpenAI(api_key=self.api_key, base_url=self.base_url,
                                            timeout=self.timeout, max_retries=0))
        text, prompt_tokens, completion_tokens = "", 0, 0
        try:
            stream = await client.chat.completions.create(
                model=self.model, max_tokens=self.max_tokens, stream=True,
                stream_options={"include_usage": True},
                messages=[{"role": "system", "content": prompt.system},
                          {"role": "user", "content": prompt.user}])
            async with stream:
                async for chunk in stream:
                    if chunk.usage:
                        prompt_tokens = chunk.usage.prompt_tokens or 0
                        completion_tokens = chunk.usage.completion_tokens or 0
                    piece = chunk.choices[0].delta.content if chunk.choices else None
                    if piece:
                        text += piece
                        if on_text:
                            on_text(text)
            if not completion_tokens:  # a server that does not report usage: estimate it
                prompt_tokens = (len(prompt.system) + len(prompt.user)) // 4
                completion_tokens = len(text) // 4
            return Completion(text, prompt_tokens, completion_tokens)
        except Exception as exc:
            mapped = translate(self.name, self.timeout, exc, _errors(openai))
            if mapped is None:
                raise
            raise mapped from None


def _errors(openai) -> SdkErrors:
    return SdkErrors(
        status=(openai.APIStatusError,),
        read_status=lambda e: (e.status_code, e.message, retry_after(e.response.headers)),
        timeout=(openai.APITimeoutError,), connection=(openai.APIConnectionError,),
        mid_stream=(openai.APIError,), unreadable=(openai.OpenAIError,))
