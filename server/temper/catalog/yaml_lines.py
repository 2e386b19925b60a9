"""Where things are in a YAML file: the line of a field, and the field at a position.

Built on PyYAML's composed node tree, whose marks carry line and column numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

Key = str | int


class YamlMap:
    """The node tree of one YAML document; lines are 1-based, like editors and compilers."""

    def __init__(self, text: str):
        try:
            self.root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            self.root = None

    def line(self, path: Sequence[Key]) -> int:
        """The line of the deepest part of `path` present in the file (its key for a field, the
        item for a list entry); 1 when nothing of it is there."""
        node, line = self.root, 1
        for key in path:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line + 1, pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                    and 0 <= key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def value(self, path: Sequence[Key]) -> str | None:
        """The scalar at exactly `path`, or None."""
        node = self.root
        for key in path:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == str(key)), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                    and 0 <= key < len(node.value):
                node = node.value[key]
            else:
                return None
        return node.value if isinstance(node, yaml.ScalarNode) else None

    def path_at(self, line: int, column: int) -> list[Key]:
        """The path of keys leading to the field at a 0-based position: the key it is on or the
        value it is in."""
        path: list[Key] = []
        node = self.root
        while node is not None:
            if isinstance(node, yaml.MappingNode):
                found = None
                for key, value in node.value:
                    if _on(key, line, column):
                        return [*path, key.value]
                    if _inside(value, line, column):
                        found = (key.value, value)
                if found is None:
                    return path
                path.append(found[0])
                node = found[1]
            elif isinstance(node, yaml.SequenceNode):
                index = next((i for i, item in enumerate(node.value)
                              if _inside(item, line, column)), None)
                if index is None:
                    return path
                path.append(index)
                node = node.value[index]
            else:
                return path
        return path


def _position(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line, mark.column


def _on(node: yaml.Node, line: int, column: int) -> bool:
    return _position(node.start_mark) <= (line, column) <= _position(node.end_mark)


def _inside(node: yaml.Node, line: int, column: int) -> bool:
    """Within the node, counting a block's lines up to where it ends."""
    start, end = _position(node.start_mark), _position(node.end_mark)
    if end[1] == 0 and end[0] > start[0]:  # a block ends at column 0 of the next line
        end = (end[0] - 1, 10**9)
    return start <= (line, column) <= end


def first_alias_line(text: str) -> int:
    """The 1-based line of the first alias (`*name`) in the YAML, or 0.

    Specs refuse aliases: a "billion laughs" document is small on disk and expands without end
    once anything walks it.
    """
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark.line + 1
    except yaml.YAMLError:
        return 0  # reported as invalid YAML by the load that follows
    return 0
