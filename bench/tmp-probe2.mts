import { parseDocument } from '../indexer/parse-document.js'
import { extractHtml } from '../indexer/read/read-html.js'
const rows = [['序号', '重点任务', '牵头单位', '完成时限'], ['1', '深化理论武装，健全理论学习中心组学习制度', '办公室', '2024年12月'], ['2', '加强基层党组织建设，推进标准化规范化', '组织科', '2024年6月'], ['3', '扩大优质学位供给，新增学位3000个', '规划科', '2024年9月']]
const html = `<h1>某某市教育局2024年重点工作任务清单</h1><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`
const t1 = extractHtml(html).text
console.log(t1)
for (const c of parseDocument({ file: 'x.html', text: t1, fields: {}, url: null }).flatMap((p) => p.clauses)) console.log('  ', c.number, '|', c.heading, '|', c.text.replace(/\n/g, '⏎'))
const t2 = '某某市教育局2024年重点工作任务清单\n\n' + rows.map((r) => r.join('\n\n')).join('\n\n')
for (const c of parseDocument({ file: 'x.docx', text: t2, fields: {}, url: null }).flatMap((p) => p.clauses)) console.log(' d', c.number, '|', c.heading, '|', c.text.replace(/\n/g, '⏎'))
