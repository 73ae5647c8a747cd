import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readOfd } from './read-ofd.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02])

/** An OFD package of one page whose layer holds `objects`. */
async function ofd(objects: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('OFD.xml', `<ofd:OFD ${NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`)
  zip.file('Doc_0/Document.xml', `<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`)
  zip.file('Doc_0/Pages/Page_0/Content.xml', `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`)
  return zip.generateAsync({ type: 'uint8array' })
}

const text = (x: number, y: number, s: string) =>
  `<ofd:TextObject ID="3" Boundary="${x} ${y} 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g ${[...s].length - 1} 5">${s}</ofd:TextCode></ofd:TextObject>`

async function failure(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await readOfd(bytes, '/corpus/plan.ofd')
  } catch (err) {
    if (err instanceof UnreadableDocumentError) return { code: err.code, message: err.message }
    throw err
  }
  throw new Error('read without an error')
}

describe('readOfd', () => {
  it('parts the cells of a table row drawn apart with a space, and keeps a line drawn in pieces whole', async () => {
    const bytes = await ofd(text(60, 40, '30所') + text(20, 40, '新建幼儿园') + text(20, 20, '重点任务') + text(40, 20, '分工'))
    expect(await readOfd(bytes, 'plan.ofd')).toBe('重点任务分工\n新建幼儿园 30所')
  })

  it('refuses a file that is no zip package, or a zip without OFD.xml, as corrupt with what to do', async () => {
    expect(await failure(new TextEncoder().encode('保定市2024年教育工作要点'))).toEqual({
      code: 'corrupt',
      message: 'plan.ofd is not an OFD file (not a zip package): check the file or give it the right extension.',
    })
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    expect((await failure(await zip.generateAsync({ type: 'uint8array' }))).message).toBe(
      'plan.ofd is not an OFD file (no OFD.xml in the package): open it in an OFD reader and save it again.',
    )
  })

  it('refuses a package that unpacks to more than its limit (512 MB by default) before reading it', async () => {
    const zip = new JSZip()
    zip.file('OFD.xml', `<ofd:OFD ${NS}/>`)
    zip.file('Doc_0/Res/blank.bin', new Uint8Array(6 * 2 ** 20))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(bytes.length).toBeLessThan(2 ** 16)
    const refused = await readOfd(bytes, 'plan.ofd', 5 * 2 ** 20).catch((err: UnreadableDocumentError) => ({ code: err.code, message: err.message }))
    expect(refused).toEqual({ code: 'too_large', message: 'plan.ofd unpacks to 6 MB or more, more than an OFD document of text holds: check the file.' })
  })

  it('refuses a part whose zip headers understate its size while inflating it, not after', async () => {
    const zip = new JSZip()
    zip.file('OFD.xml', `<ofd:OFD ${NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`)
    zip.file('Doc_0/Document.xml', `<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`)
    zip.file('Doc_0/Pages/Page_0/Content.xml', `<ofd:Page ${NS}>${' '.repeat(8 * 2 ** 20)}</ofd:Page>`)
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    // Every central directory entry claims 1 000 bytes uncompressed.
    for (let at = bytes.indexOf(CENTRAL); at !== -1; at = bytes.indexOf(CENTRAL, at + 4)) bytes.writeUInt32LE(1000, at + 24)
    const refused = await readOfd(bytes, 'plan.ofd', 2 ** 20).catch((err: UnreadableDocumentError) => ({ code: err.code, message: err.message }))
    // JSZip's own length check stops the stream at the size the headers claim; a part that tells its size truly is
    // stopped by the limit, as the test above shows.
    expect(refused).toEqual({ code: 'corrupt', message: 'plan.ofd could not be read as an OFD (Bug : uncompressed data size mismatch): open it in an OFD reader and save it again.' })
  })

  it('reads only the advances a TextCode needs, whatever its DeltaX claims', async () => {
    const bomb = 'g 100000 1 '.repeat(3000)
    const started = performance.now()
    const bytes = await ofd(`<ofd:TextObject ID="3" Boundary="20 20 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="${bomb}">教育</ofd:TextCode></ofd:TextObject>`)
    expect(await readOfd(bytes, 'plan.ofd')).toBe('教育')
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('says a scanned OFD, whose pages are images, has no text to index', async () => {
    const image = '<ofd:ImageObject ID="4" Boundary="0 0 210 297" ResourceID="9"/>'
    expect(await failure(await ofd(image))).toEqual({
      code: 'no_text_layer',
      message: 'plan.ofd has no text (its pages are images, a scan): export it to PDF, run OCR on it (for example ocrmypdf -l chi_sim) and index the result.',
    })
  })
})
