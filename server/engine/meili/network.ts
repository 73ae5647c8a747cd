/**
 * Past one machine: Meilisearch's own network (replicated sharding, Enterprise Edition ≥ 1.37,
 * BUSL-1.1 or a commercial licence; not for production without an agreement with Meilisearch).
 * The portal adds nothing of its own: with MEILI_USE_NETWORK=1 every query carries `useNetwork: true`
 * and writes go to the leader, which sends each document to the shards that own it
 * (crates/meilisearch/src/proxy/enterprise_edition.rs: writes elsewhere fail with `not_leader`).
 * This module only builds the PATCH /network body that sets such a network up.
 */

export interface NetworkNode {
  /** Name of the instance in the network, e.g. `ms-0`. */
  name: string
  /** Address the other instances reach it at, e.g. `http://meili-0:7700`. */
  url: string
}

export interface NetworkRemote {
  url: string
  searchApiKey: string
  writeApiKey: string
}

export interface NetworkSetup {
  self: string
  leader: string
  remotes: Record<string, NetworkRemote>
  shards: Record<string, { remotes: string[] }>
}

/**
 * One shard per node, each held by `replicas` consecutive nodes (ring placement): with three nodes
 * and two replicas, any one node can stop and every shard still has a live copy.
 * `self` is the node this body is sent to; the leader is the first node.
 */
export function replicatedNetwork(
  nodes: readonly NetworkNode[],
  self: string,
  keys: { searchApiKey: string; writeApiKey: string },
  replicas = 2,
): NetworkSetup {
  if (nodes.length === 0) throw new Error('Meilisearch network: at least one node is needed')
  if (!nodes.some((n) => n.name === self)) throw new Error(`Meilisearch network: ${self} is not one of the nodes`)
  if (replicas < 1 || replicas > nodes.length) throw new Error(`Meilisearch network: ${replicas} replicas need as many nodes (there are ${nodes.length})`)
  const remotes: Record<string, NetworkRemote> = {}
  for (const n of nodes) remotes[n.name] = { url: n.url, ...keys }
  const shards: Record<string, { remotes: string[] }> = {}
  nodes.forEach((_, i) => {
    shards[`shard-${i}`] = { remotes: Array.from({ length: replicas }, (_, k) => nodes[(i + k) % nodes.length].name) }
  })
  return { self, leader: nodes[0].name, remotes, shards }
}
