"""Fail when any workbench modules import each other in a circle (``make lint``).

import-linter's ``acyclic_siblings`` contract sees circles between sibling packages;
this sees every circle between modules, at any depth and across packages, with
function-level imports counted as grimp reads them. Prints one circle per tangle.
"""

from __future__ import annotations

import sys
from collections import deque

import grimp


def tangles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Each set of modules that reach one another (Tarjan's strongly connected
    components with more than one module), iteratively so deep chains cannot overflow."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, imported = work[-1]
            for other in imported:
                if other not in index:
                    index[other] = low[other] = len(index)
                    stack.append(other)
                    on_stack.add(other)
                    work.append(
                        (other, iter(sorted(graph.find_modules_directly_imported_by(other))))
                    )
                    break
                if other in on_stack:
                    low[module] = min(low[module], index[other])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    members = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == module:
                            break
                    if len(members) > 1:
                        found.append(sorted(members))
    return found


def one_circle(graph: grimp.ImportGraph, members: list[str]) -> list[str]:
    """The shortest way from the tangle's first module back to itself, inside the tangle."""
    start, inside = members[0], set(members)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for other in sorted(graph.find_modules_directly_imported_by(module) & inside):
            if other == start:
                path = [module]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start]
            if other not in came_from:
                came_from[other] = module
                queue.append(other)
    return members


def main() -> int:
    graph = grimp.build_graph("workbench")
    found = tangles(graph)
    for members in found:
        print(
            f"{len(members)} modules import each other: " + " -> ".join(one_circle(graph, members))
        )
    if found:
        print(f"{len(found)} import circle(s) in workbench", file=sys.stderr)
        return 1
    print("No import circles among workbench's modules.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
