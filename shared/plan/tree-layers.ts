/** An edge between two node ids, as a tree section lists them. */
export interface TreeEdge {
  from: string;
  to: string;
}

/**
 * Layers a directed graph by longest path from its roots, so every edge points down at least one
 * layer. Edges to unknown ids and self-loops are ignored; nodes on a cycle (the schema forbids it)
 * go below the rest instead of looping.
 */
export function treeLayers(ids: readonly string[], edges: readonly TreeEdge[]): string[][] {
  const known = new Set(ids);
  const valid = edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of valid) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const depth = new Map<string, number>();
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (const id of queue) depth.set(id, 0);
  // Kahn's order: a node is placed once all its parents are, one layer below the deepest.
  for (let at = 0; at < queue.length; at += 1) {
    const id = queue[at] ?? '';
    for (const e of valid) {
      if (e.from !== id) continue;
      depth.set(e.to, Math.max(depth.get(e.to) ?? 0, (depth.get(id) ?? 0) + 1));
      const left = (indegree.get(e.to) ?? 0) - 1;
      indegree.set(e.to, left);
      if (left === 0) queue.push(e.to);
    }
  }
  const deepest = Math.max(0, ...depth.values());
  const layers: string[][] = [];
  for (const id of ids) {
    const d = depth.get(id) ?? deepest + 1;
    while (layers.length <= d) layers.push([]);
    layers[d]?.push(id);
  }
  return layers.filter((layer) => layer.length > 0);
}
