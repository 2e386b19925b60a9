"""The product spec format, a pydantic model: what a learner's own project should do, and the
tests that prove each acceptance criterion.

A spec lives in `<project>/.specs/<name>.yaml`. The model is lenient about what is missing (the
validator reports it with a line number) and strict about the shape of what is there.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from temper.core.languages import LANGUAGES
from temper.product import SPECS_DIR  # noqa: F401  (re-exported: the spec folder's name)


class Feature(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field("", description="A short stable name, used by criteria and milestones.")
    title: str = Field("", description="What the feature is, in a few words.")
    description: str = Field("", description="What it does for the user, in a sentence or two.")
    priority: Literal["high", "medium", "low"] | None = Field(
        None, description="high, medium or low: what to build first.")


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field("", description="A short stable name for the criterion.")
    feature: str | None = Field(None, description="The id of the feature it belongs to.")
    description: str = Field("", description="An observable behaviour: given, when, then.")
    tests: list[str] = Field(default_factory=list, description=(
        "The tests that prove it, as `name` or `file::name`; it is met when all of them pass."))

    @field_validator("tests", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


class Milestone(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field("", description="A short stable name for the milestone.")
    name: str = Field("", description="What reaching it means.")
    features: list[str] = Field(default_factory=list, description="The ids of its features.")


class ProductSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field("", description="The project's name.")
    version: str | None = Field(None, description="The spec's version; bump it when it changes.")
    language: Literal[LANGUAGES] | None = Field(  # type: ignore[valid-type]
        None, description="The project's language; found from its files when left out.")
    goals: list[str] = Field(default_factory=list, description="Why the project exists.")
    features: list[Feature] = Field(default_factory=list, description="What it offers.")
    acceptance_criteria: list[Criterion] = Field(
        default_factory=list, description="How to tell a feature works: each names its tests.")
    milestones: list[Milestone] = Field(default_factory=list,
                                        description="Groups of features to finish together.")

    def criteria_of(self, feature_id: str) -> list[Criterion]:
        return [c for c in self.acceptance_criteria if c.feature == feature_id]
