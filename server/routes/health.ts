/** GET /api/health: 200 when the engine answers, 503 with the reason when it cannot. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { HealthResponse } from '../api-types.js'
import type { EngineHealth } from '../engine/types.js'
import { SEMANTIC_LIMIT } from '../engine/sqlite/vector-query.js'
import { redactPaths } from '../http/redact.js'

/** The SQLite engine counts every keyword match (no cap), on this one machine; semantic sets stop at SEMANTIC_LIMIT. */
const SQLITE_DESCRIPTION = `SQLite FTS5（嵌入式，单机）。关键词检索的总数与分面为精确计数；语义与混合检索至多列出最相近的 ${SEMANTIC_LIMIT} 条，更多相近时总数标为下限。`

export function healthRoutes(deps: AppDeps): Hono {
  return new Hono().get('/health', async (c) => {
    const engine = deps.index.snapshot.engine
    let health: EngineHealth
    try {
      health = await engine.health()
    } catch (err) {
      health = { ok: false, reason: '检索引擎没有响应', plans: 0, clauses: 0, vectors: 0, indexedAt: null }
      deps.index.reportFailure(err)
    }
    if (!health.ok) deps.index.reportFailure(new Error(health.reason ?? 'engine reported unhealthy'))
    const body: HealthResponse = {
      status: health.ok ? 'ok' : 'unavailable',
      engine: engine.kind,
      plans: health.plans,
      clauses: health.clauses,
      vectors: health.vectors,
      indexedAt: health.indexedAt,
      semantic: deps.embedder !== null && health.vectors > 0,
      semanticModel: deps.embedder?.modelId ?? null,
      engineDescription: health.description ?? (engine.kind === 'sqlite' ? SQLITE_DESCRIPTION : undefined),
    }
    if (!health.ok) {
      body.reason = redactPaths(health.reason ?? '检索引擎不可用')
      body.error = { code: 'engine_unavailable', message: `检索引擎不可用：${body.reason}。服务正在自动恢复` }
    } else if (!body.semantic) {
      body.reason = deps.embedder ? '索引中没有向量：请在模型可用时重新建立索引以启用语义检索' : redactPaths(deps.semanticReason ?? '未加载嵌入模型，语义检索不可用')
    }
    c.header('Cache-Control', 'no-store')
    return c.json(body, health.ok ? 200 : 503)
  })
}
