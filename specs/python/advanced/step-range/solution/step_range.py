import math


class StepRange:
    """Like range(start, stop, step), with decimal steps, and reusable."""

    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step cannot be zero")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        return max(0, math.ceil((self.stop - self.start) / self.step))

    def __iter__(self):
        for index in range(len(self)):
            yield self.start + index * self.step

    def __repr__(self):
        return f"StepRange({self.start!r}, {self.stop!r}, {self.step!r})"
