import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { applyStylesheet } from './html-stylesheet.js'

const styled = (html: string) => {
  const root = parse(html)
  applyStylesheet(root, html)
  return root.querySelectorAll('p').map((p) => p.getAttribute('style') ?? null)
}

describe('applyStylesheet', () => {
  it('applies the first rule of a style block wrapped in <!-- --> as older CMS pages write it', () => {
    const html = '<style><!--\np.bt1 { font-weight: bold; font-family: 黑体 }\np.zw {font-size:16pt}\n--></style><p class="bt1">一、总体要求</p><p class="zw">正文</p>'
    expect(styled(html)).toEqual(['font-weight:bold;font-family:黑体', 'font-size:16pt'])
  })

  it('reads a rule nested in @media as it stands, and style text without braces as no rule', () => {
    expect(styled('<style>@media screen { p.t { font-weight: bold } }</style><p class="t">标题</p>')).toEqual(['font-weight:bold'])
    expect(styled(`<style>${'p.t '.repeat(5000)}</style><p class="t">标题</p>`)).toEqual([null])
  })

  it('leaves out the rules a page keeps for printing: @media print, however deep its blocks nest', () => {
    const html =
      '<style>p.zw { font-size: 16pt } @media print { p.zw { font-weight: bold } @page { margin: 2cm } } p.t { font-weight: bold }' +
      ' @media screen, print { p.s { font-family: 黑体 } }</style><p class="zw">正文</p><p class="t">标题</p><p class="s">小标题</p>'
    expect(styled(html)).toEqual(['font-size:16pt', 'font-weight:bold', 'font-family:黑体'])
    // not print, and a list with a query the screen matches, apply on screen.
    expect(styled('<style>@media not print { p.t { font-weight: bold } }</style><p class="t">标题</p>')).toEqual(['font-weight:bold'])
    expect(styled('<style>@media print and (orientation:landscape), (min-width:600px) { p.t { font-weight: bold } }</style><p class="t">标题</p>')).toEqual(['font-weight:bold'])
    // An @media print block left open runs to the end of the style text.
    expect(styled('<style>p.t { font-weight: bold } @media print { p.zw { font-weight: bold }</style><p class="zw">正文</p><p class="t">标题</p>')).toEqual([null, 'font-weight:bold'])
  })
})
