/** The id of the element nearest the top of the viewport, for an outline that follows the scroll. */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useScrollSpy(ids: Ref<string[]>) {
  const activeId = ref<string | null>(null)
  const visible = new Set<string>()
  let observer: IntersectionObserver | null = null

  /** The lowest clause in the band: the one whose beginning the reader has most recently passed. */
  function pick() {
    const last = ids.value.findLast((id) => visible.has(id))
    if (last) activeId.value = last
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
  onBeforeUnmount(() => observer?.disconnect())

  return { activeId, refresh: observe }
}
