"""OpenAI chat completions through the official SDK, streamed; any compatible server (llama.cpp,
vLLM, LM Studio, Ollama's /v1) through a base URL."""

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
        except openai.APIStatusError as exc:
            raise status_error(self.name, exc.status_code, exc.message,
                               retry_after(exc.response.headers)) from None
        except openai.APITimeoutError:
            raise ProviderError(f"{self.name} timed out after {self.timeout:g} s",
                                retryable=True) from None
        except openai.APIConnectionError as exc:
            raise ProviderError(f"{self.name} could not be reached or cut the answer off "
                                f"({exc})", retryable=True) from None
        except openai.APIError as exc:  # an error event inside the stream
            raise ProviderError(f"{self.name} reported an error mid-answer ({exc.message})",
                                retryable=True) from None
        except (openai.OpenAIError, ValueError) as exc:
            raise ProviderError(f"{self.name} sent a malformed stream ({exc})") from None
        except Exception as exc:
            if not cut_off(exc):
                raise
            raise ProviderError(f"{self.name} cut the answer off ({exc})", retryable=True
                                ) from None
