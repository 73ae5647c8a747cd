/**
 * A text colour as a page sets it (`color:#c00000`, `rgb(192,0,0)`, `<font color="red">`), read only for whether it
 * marks the text out: a red or blue heading over black text. Black, greys and near-blacks (#333, the body colour
 * of many sites) mark nothing, and read as no colour at all.
 */

/** Colour names pages set by hand; any other name is taken as no colour. */
const NAMED: Record<string, [number, number, number]> = {
  red: [255, 0, 0], darkred: [139, 0, 0], maroon: [128, 0, 0], crimson: [220, 20, 60], firebrick: [178, 34, 34],
  blue: [0, 0, 255], navy: [0, 0, 128], darkblue: [0, 0, 139], green: [0, 128, 0], darkgreen: [0, 100, 0],
  purple: [128, 0, 128], orange: [255, 165, 0], brown: [165, 42, 42],
}
/** Channels closer than this to each other are a grey. */
const MIN_SPREAD = 64

/** `#c00000` for a colour that marks text out, null for black, a grey or a value not read. */
export function markingColour(value: string | null | undefined): string | null {
  const rgb = value ? rgbOf(value.trim().toLowerCase()) : null
  if (!rgb || Math.max(...rgb) - Math.min(...rgb) < MIN_SPREAD) return null
  return '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('')
}

function rgbOf(value: string): [number, number, number] | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/.exec(value)
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]
  return NAMED[value.replace(/\s*!important$/, '')] ?? null
}
