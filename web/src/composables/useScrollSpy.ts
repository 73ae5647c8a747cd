/** The id of the element nearest the top of the viewport, for an outline that follows the scroll. */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** Keys that scroll the page: the reader moving on. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' '])

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

  /** The lowest clause in the band: the one whose beginning the reader has most recently passed. */
  function pick() {
    if (pinned) return
    const last = ids.value.findLast((id) => visible.has(id))
    if (last) activeId.value = last
  }

  function pin(id: string) {
    if (!ids.value.includes(id)) return unpin()
    pinned = id
    activeId.value = id
  }

  function unpin() {
    if (!pinned) return
    pinned = null
    pick()
  }

  const onKey = (e: KeyboardEvent) => {
    if (SCROLL_KEYS.has(e.key) && !(e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) unpin()
  }
  if (typeof window !== 'undefined') {
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
    if (typeof window === 'undefined') return
    window.removeEventListener('wheel', unpin)
    window.removeEventListener('touchmove', unpin)
    window.removeEventListener('keydown', onKey)
  })

  return { activeId, refresh: observe, pin }
}
