/** The id of the element nearest the top of the viewport, for an outline that follows the scroll. */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** Keys that scroll the page: the reader moving on. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' '])
/** A smooth scroll fires every frame; a pause this long means it has ended. */
const SETTLE_MS = 250
/** Less than this is rounding or a sub-pixel layout shift, not a scroll. */
const MOVED_PX = 2

export function useScrollSpy(ids: Ref<string[]>) {
  const activeId = ref<string | null>(null)
  const visible = new Set<string>()
  let observer: IntersectionObserver | null = null
  /**
   * The clause the reader was taken to (a clause link, an outline entry). Near a plan's end the page cannot scroll it
   * up into the band, so the band held the clause above it and the outline marked that one; it stays marked until
   * the reader scrolls on their own.
   */
  let pinned: string | null = null
  /**
   * The scroll that took the reader there (instant, or smooth over many frames) is the code's own: it lasts until
   * the page has been still for SETTLE_MS. Any later scroll that moves the pinned clause is the reader's, however
   * it was made: wheel, keys, but also the scrollbar dragged, a middle-click autoscroll, a find-in-page jump.
   */
  let settling: ReturnType<typeof setTimeout> | undefined
  /** Where the pinned clause stood once the code's scroll was over; a scroll that leaves it there (the browser
   * keeping it in place while content loads below) is nobody's move. */
  let pinnedTop: number | null = null

  /** The lowest clause in the band: the one whose beginning the reader has most recently passed. */
  function pick() {
    if (pinned) return
    const last = ids.value.findLast((id) => visible.has(id))
    if (last) activeId.value = last
  }

  function topOf(id: string): number | null {
    return document.getElementById(id)?.getBoundingClientRect().top ?? null
  }

  function settle() {
    clearTimeout(settling)
    pinnedTop = null
    settling = setTimeout(() => {
      settling = undefined
      if (pinned) pinnedTop = topOf(pinned)
    }, SETTLE_MS)
  }

  function pin(id: string) {
    if (!ids.value.includes(id)) return unpin()
    pinned = id
    activeId.value = id
    settle()
  }

  function unpin() {
    clearTimeout(settling)
    settling = undefined
    pinnedTop = null
    if (!pinned) return
    pinned = null
    pick()
  }

  const onScroll = () => {
    if (!pinned) return
    if (settling !== undefined) return settle()
    const top = topOf(pinned)
    if (top === null || pinnedTop === null || Math.abs(top - pinnedTop) > MOVED_PX) unpin()
  }
  const onKey = (e: KeyboardEvent) => {
    if (SCROLL_KEYS.has(e.key) && !(e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) unpin()
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('wheel', unpin, { passive: true })
    window.addEventListener('touchmove', unpin, { passive: true })
    window.addEventListener('keydown', onKey)
  }

  function observe() {
    observer?.disconnect()
    visible.clear()
    if (typeof IntersectionObserver === 'undefined') return
    // A band across the upper middle of the screen counts as "being read"; a clause scrolled to
    // the centre (the clause page's target) sits in it.
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id)
        else visible.delete(entry.target.id)
      }
      pick()
    }, { rootMargin: '-30% 0px -50% 0px' })
    for (const id of ids.value) {
      const el = document.getElementById(id)
      if (el) observer.observe(el)
    }
  }

  watch(ids, () => requestAnimationFrame(observe), { flush: 'post' })
  onBeforeUnmount(() => {
    observer?.disconnect()
    clearTimeout(settling)
    if (typeof window === 'undefined') return
    window.removeEventListener('scroll', onScroll)
    window.removeEventListener('wheel', unpin)
    window.removeEventListener('touchmove', unpin)
    window.removeEventListener('keydown', onKey)
  })

  return { activeId, refresh: observe, pin }
}
