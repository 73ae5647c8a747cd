/**
 * The browser sessions of an e2e file, one page per window size kept from test to test. A new context and page
 * cost a renderer process and a cold load of the app, about 1.5 s of a test on the loaded 2-core CI machine;
 * a kept page only loads the next address. When a test closes its session, whatever it could leave for the
 * next test is undone before the page is kept: its other pages are closed, its routes and event listeners
 * removed, permissions and cookies cleared, localStorage and sessionStorage emptied, the mouse moved off the
 * page and the page left at about:blank, so nothing of its document runs on. What stays is the HTTP cache of
 * the app's hashed files: a test of what a first visit downloads asks for a `fresh` session.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

/** A browser page on the portal, with the script errors it met. */
export interface Session {
  context: BrowserContext
  page: Page
  errors: string[]
  /** Ends the session (no check): a kept page is reset for the next test, a fresh one closed. */
  close(): Promise<void>
}

/** The window a session opens: 1440 × 900 unless given; `touch` is a phone (touch screen, mobile viewport). */
export interface SessionDevice {
  width?: number
  height?: number
  touch?: boolean
  /** A context of its own with a cold cache, closed at the end, as a first visit. */
  fresh?: boolean
}

interface Kept {
  context: BrowserContext
  page: Page
}

/** The events a test may listen to on its page; their listeners go when the session ends. */
const PAGE_EVENTS = [
  'console', 'pageerror', 'request', 'response', 'requestfinished', 'requestfailed', 'dialog', 'download', 'popup',
  'framenavigated', 'load', 'domcontentloaded', 'filechooser', 'websocket', 'worker',
] as const

export class SessionPool {
  private readonly idle = new Map<string, Kept>()

  constructor(private readonly browser: Browser, private readonly baseURL: string) {}

  async open({ width = 1440, height = 900, touch = false, fresh = false }: SessionDevice = {}): Promise<Session> {
    const key = `${width}x${height}${touch ? ' touch' : ''}`
    let kept = fresh ? undefined : this.idle.get(key)
    if (kept) this.idle.delete(key)
    else {
      const context = await this.browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch, locale: 'zh-CN', baseURL: this.baseURL })
      kept = { context, page: await context.newPage() }
    }
    const { context, page } = kept
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    // A failed resource load is no script error: tests ask for missing pages.
    page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().includes('Failed to load resource')) errors.push(msg.text()) })
    let ended = false
    return {
      context,
      page,
      errors,
      close: async () => {
        if (ended) return
        ended = true
        if (fresh) await context.close()
        else await this.keep(key, { context, page })
      },
    }
  }

  /** Resets a session's page for the next test of its window size, or closes it when it cannot be reset. */
  private async keep(key: string, kept: Kept): Promise<void> {
    const { context, page } = kept
    try {
      for (const other of context.pages()) if (other !== page) await other.close()
      await page.unrouteAll({ behavior: 'ignoreErrors' })
      await context.unrouteAll({ behavior: 'ignoreErrors' })
      for (const event of PAGE_EVENTS) page.removeAllListeners(event)
      await context.clearPermissions()
      await context.clearCookies()
      // Storage can be emptied only from a page of the portal; a page elsewhere (closed, crashed) is not kept.
      if (!page.url().startsWith(this.baseURL)) throw new Error(`not on the portal: ${page.url()}`)
      await page.evaluate(() => {
        localStorage.clear()
        sessionStorage.clear()
      })
      await page.goto('about:blank')
      // Off the window: Chromium hovers what lies under the last mouse position once the next page is drawn.
      await page.mouse.move(-1, -1)
    } catch {
      await context.close().catch(() => undefined)
      return
    }
    if (this.idle.has(key)) await context.close()
    else this.idle.set(key, kept)
  }

  async close(): Promise<void> {
    for (const { context } of this.idle.values()) await context.close().catch(() => undefined)
    this.idle.clear()
  }
}
