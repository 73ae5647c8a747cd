import { describe, expect, it } from 'vitest'
import { ConfigError, describeConfig, loadConfig } from './config.js'

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env, '/srv/portal')
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

describe('loadConfig', () => {
  it('accepts PORT=0, which lets the system pick a free port', () => {
    expect(loadConfig({ PORT: '0' }, '/x').port).toBe(0)
  })

  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({}, '/srv/portal')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      meiliUrl: null,
      meiliMasterKey: null,
      meiliIndex: 'clauses',
      logLevel: 'info',
      dataDir: '/srv/portal/data',
      corpusDir: '/srv/portal/data/corpus',
      corsOrigins: [],
      rateLimit: 600,
      modelDir: null,
    })
  })

  it('reads every variable and resolves folders against the project root', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        MEILI_URL: 'http://127.0.0.1:7700',
        MEILI_MASTER_KEY: 'masterKey-123',
        MEILI_INDEX: 'policy_clauses',
        MEILI_TIMEOUT_MS: '1500',
        LOG_LEVEL: 'DEBUG',
        DATA_DIR: 'var/data',
        CORPUS_DIR: '/corpus',
        CORS_ORIGIN: 'https://a.example.org, http://localhost:5173',
        RATE_LIMIT: '0',
        MODEL_DIR: 'models',
      },
      '/srv/portal',
    )
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      meiliUrl: 'http://127.0.0.1:7700',
      meiliMasterKey: 'masterKey-123',
      meiliIndex: 'policy_clauses',
      meiliTimeoutMs: 1500,
      logLevel: 'debug',
      dataDir: '/srv/portal/var/data',
      corpusDir: '/corpus',
      corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
      rateLimit: 0,
      modelDir: '/srv/portal/models',
    })
  })

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', MEILI_URL: '  ', CORS_ORIGIN: '' }, '/x')).toMatchObject({ port: 3000, meiliUrl: null, corsOrigins: [] })
  })

  it('names each wrong variable with its value and what is expected', () => {
    expect(problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', RATE_LIMIT: '-5', MEILI_URL: 'ftp://x', CORS_ORIGIN: 'example.org' })).toEqual([
      'PORT="abc" is not valid: expected an integer port from 0 to 65535 (0 picks a free port), e.g. PORT=3000',
      'MEILI_URL="ftp://x" is not valid: expected an http(s) URL such as http://127.0.0.1:7700, or unset to use SQLite',
      'LOG_LEVEL="loud" is not valid: expected one of fatal, error, warn, info, debug, trace, silent',
      'CORS_ORIGIN="example.org" is not valid: expected each origin must look like https://example.org (scheme and host, no path) or be *',
      'RATE_LIMIT="-5" is not valid: expected requests per minute per IP as a whole number, 0 to turn the limit off, e.g. RATE_LIMIT=600',
    ])
  })

  it('rejects a port out of range and an index name with spaces', () => {
    expect(problemsOf({ PORT: '70000', MEILI_INDEX: 'my index' })).toEqual([
      'PORT="70000" is not valid: expected an integer port from 0 to 65535 (0 picks a free port), e.g. PORT=3000',
      'MEILI_INDEX="my index" is not valid: expected letters, digits, - and _ only, e.g. MEILI_INDEX=clauses',
    ])
  })

  it('refuses a Meilisearch timeout too short to answer or given with a unit', () => {
    const expected = 'milliseconds from 100 to 600000 that a request waits for Meilisearch, e.g. MEILI_TIMEOUT_MS=5000'
    expect(problemsOf({ MEILI_TIMEOUT_MS: '50' })).toEqual([`MEILI_TIMEOUT_MS="50" is not valid: expected ${expected}`])
    expect(problemsOf({ MEILI_TIMEOUT_MS: '5s' })).toEqual([`MEILI_TIMEOUT_MS="5s" is not valid: expected ${expected}`])
  })

  it('refuses a master key without MEILI_URL, without echoing the key', () => {
    const problems = problemsOf({ MEILI_MASTER_KEY: 'super-secret-key' })
    expect(problems).toEqual(['MEILI_MASTER_KEY is set but MEILI_URL is not: set MEILI_URL to use Meilisearch, or unset the key'])
    expect(problems.join()).not.toContain('super-secret-key')
  })
})

describe('describeConfig', () => {
  it('replaces the master key by whether it is set', () => {
    const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'super-secret-key' }, '/x')
    const shown = JSON.stringify(describeConfig(config))
    expect(shown).not.toContain('super-secret-key')
    expect(describeConfig(config).meiliMasterKey).toBe('(set)')
  })
})
