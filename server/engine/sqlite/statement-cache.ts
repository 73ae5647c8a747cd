/** Prepared statements of one connection, prepared on first use: queries built per call reuse their plan. */
import type Database from 'better-sqlite3'

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>()

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }
}
