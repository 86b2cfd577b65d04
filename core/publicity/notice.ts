// The printable A4 notice for a village 公示栏: title, period, masked table, who is
// responsible and where to complain, and a QR code that opens the publicity on a phone.
import type { DisclosureView } from '../api/public-views';
import { KEEP_WHOLE } from './a4-layout';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface NoticeInput {
  disclosure: DisclosureView;
  /** An <svg> (or <img>) of the QR code: markup made by the host, not user text. */
  qrMarkup: string;
  url: string;
  unitHotline?: string;
}

export function noticeHtml({ disclosure: d, qrMarkup, url, unitHotline }: NoticeInput): string {
  const period = d.publicity ? `公示期：${d.publicity.start} 至 ${d.publicity.end}` : '';
  // Names, numbers and amounts are never broken over lines (one character a line on A4).
  const keep = d.table ? d.table.columns.map((c) => (KEEP_WHOLE.test(c) ? ' class="keep"' : '')) : [];
  const table = d.table
    ? `<table><thead><tr>${d.table.columns.map((c, i) => `<th${keep[i]}>${esc(c)}</th>`).join('')}</tr></thead><tbody>${d.table.rows
        .map((r) => `<tr>${r.map((c, i) => `<td${keep[i] ?? ''}>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : d.tableNote
      ? `<p class="note">${esc(d.tableNote)}</p>`
      : '';
  const report = d.item ? `监督举报电话：${esc(d.item.reportPhone.number)}${d.item.reportPhone.demo ? '（演示号码）' : ''}` : '';
  const consult = d.item ? `咨询电话：${esc(d.item.consultPhone.number)}${d.item.consultPhone.demo ? '（演示号码）' : ''}` : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", sans-serif; color: #000; font-size: 14pt; line-height: 1.6; margin: 0; }
  h1 { font-size: 22pt; text-align: center; margin: 0 0 6mm; }
  .meta { text-align: center; font-size: 12pt; margin-bottom: 6mm; }
  .body { white-space: pre-wrap; margin-bottom: 6mm; }
  table { width: 100%; border-collapse: collapse; font-size: 11pt; page-break-inside: auto; }
  th, td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; }
  .keep { white-space: nowrap; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  .foot { display: flex; gap: 8mm; align-items: center; margin-top: 8mm; border-top: 1px solid #000; padding-top: 4mm; font-size: 12pt; }
  .qr svg, .qr img { width: 32mm; height: 32mm; }
  .note { border: 1px dashed #000; padding: 3mm; }
  .demo { font-size: 10pt; }
  @media screen { body { max-width: 180mm; margin: 10mm auto; } }
</style></head>
<body>
<h1>${esc(d.title)}</h1>
<div class="meta">${esc(d.regionName)}　${esc(period)}${d.publicity ? `　公示期内如有异议，可扫码或拨打电话反映` : ''}</div>
<div class="body">${esc(d.body)}</div>
${table}
<div class="foot">
  <div class="qr" aria-label="扫码查看并提出异议">${qrMarkup}</div>
  <div>
    <div>责任单位：${esc(d.unitName)}${unitHotline ? `　电话：${esc(unitHotline)}` : ''}</div>
    <div>${consult}</div>
    <div>${report}</div>
    <div>扫码在手机上查看本公示，或提出异议：${esc(url)}</div>
    ${d.demo ? '<div class="demo">（演示数据）</div>' : ''}
  </div>
</div>
</body></html>`;
}
