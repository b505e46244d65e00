/**
 * A `::chart` in the DOCX: its caption and its figures as a table (the PDF draws the bars; a
 * secretary editing the content part in Word gets the same numbers, editable), or the sentence
 * that says there is nothing to show.
 */
import type { Paragraph, Table } from 'docx';
import type { Block, Inline } from './markup.js';
import { chartIsEmpty, chartTable, emptyText, type ChartBlock } from './chart.js';

export function chartBlock(
  b: ChartBlock,
  lang: 'kk' | 'ru',
  table: (t: Extract<Block, { kind: 'table' }>) => Table,
  para: (i: Inline, opts: { bold: boolean; keepNext: boolean }) => Paragraph,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const t = chartTable(b, lang);
  if (chartIsEmpty(b)) out.push(para(emptyText(b, lang), { bold: false, keepNext: true }));
  if (b.caption.length) out.push(para(b.caption, { bold: true, keepNext: !!t }));
  if (t) out.push(table(t), para([], { bold: false, keepNext: false }));
  return out;
}
