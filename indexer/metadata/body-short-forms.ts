/**
 * The short forms pages write a body's kind in (`渝北区教委` for `重庆市渝北区教育委员会`, `市教体局` for
 * `…教育和体育局`): written out in full, so that a short name and the name a plan signs with compare as one body's.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/教委$/, '教育委员会'],
  [/教体局$/, '教育体育局'],
  [/教育和体育局$/, '教育体育局'],
]

/** A body's name with its kind written out in one full form: `渝北区教委` → `渝北区教育委员会`. */
export function fullBodyKind(name: string): string {
  for (const [short, full] of SHORT_FORMS) if (short.test(name)) return name.replace(short, full)
  return name
}
