/**
 * Real loopback sockets for failure tests: a port that refuses connections and a server that accepts
 * them and never answers. They stand in for an unreachable service without mocking its client.
 */
import net from 'node:net'

export type Cleanup = () => Promise<void>

export function listen(server: net.Server, port = 0): Promise<number> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)))
}

/** A port nothing listens on: bound, then released. */
export async function refusedPort(): Promise<number> {
  const server = net.createServer()
  const port = await listen(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A server that accepts connections and never writes a byte; its cleanup is pushed onto `cleanups`. */
export async function hangingServer(cleanups: Cleanup[]): Promise<number> {
  const sockets: net.Socket[] = []
  const server = net.createServer((s) => sockets.push(s))
  const port = await listen(server)
  cleanups.push(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return port
}
