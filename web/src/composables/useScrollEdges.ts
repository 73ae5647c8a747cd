/** Whether a horizontally scrolling box has more to show on either side, kept current on scroll and resize. */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useScrollEdges(box: Ref<HTMLElement | null>) {
  const moreBefore = ref(false)
  const moreAfter = ref(false)
  let observer: ResizeObserver | null = null

  function update() {
    const el = box.value
    if (!el) return
    // A pixel of slack: zoomed pages report fractional widths.
    moreBefore.value = el.scrollLeft > 1
    moreAfter.value = el.scrollLeft + el.clientWidth < el.scrollWidth - 1
  }

  watch(box, (el, old) => {
    old?.removeEventListener('scroll', update)
    observer?.disconnect()
    if (!el) return
    el.addEventListener('scroll', update, { passive: true })
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(update)
      observer.observe(el)
      for (const child of el.children) observer.observe(child)
    }
    update()
  }, { flush: 'post' })

  onBeforeUnmount(() => {
    box.value?.removeEventListener('scroll', update)
    observer?.disconnect()
  })

  /** Scroll by most of a screen, one way or the other. */
  function page(direction: 1 | -1) {
    const el = box.value
    if (el) el.scrollBy({ left: direction * el.clientWidth * 0.85, behavior: 'smooth' })
  }

  return { moreBefore, moreAfter, page, update }
}
