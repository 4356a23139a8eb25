import PDFDocument from 'pdfkit';

/** Everything a printed class sheet shows, already in the instructor's words (no ids, no storage keys). */
export interface ClassSheet {
  title: string;
  difficulty: string;
  /** minutes, or null when not planned */
  duration: number | null;
  description: string;
  notes: string;
  totalEstimatedMinutes: number;
  sequences: Array<{
    position: number;
    title: string;
    difficulty: string;
    notes: string;
    estimatedMinutes: number | null;
    /** null when the saved choreography was deleted */
    missing: boolean;
    moves: Array<{ name: string; counts: number }>;
  }>;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const minutesText = (m: number | null) => (m == null ? '—' : `${m} min`);
const countsText = (n: number) => (n > 0 ? `${n} counts` : 'hold');

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A self-contained, printable HTML page (inline styles, no scripts, nothing fetched). */
export function classSheetHtml(sheet: ClassSheet): string {
  const e = escapeHtml;
  const sequences = sheet.sequences.map((s) => `
    <section class="sequence">
      <h2>${s.position}. ${e(s.title)} <span class="meta">${e(capitalise(s.difficulty))} · ${minutesText(s.estimatedMinutes)}</span></h2>
      ${s.missing ? '<p class="missing">This choreography was deleted from the collection.</p>' : ''}
      ${s.notes ? `<p class="notes">${e(s.notes)}</p>` : ''}
      ${s.moves.length ? `<ol class="moves">${s.moves.map((m) => `<li>${e(m.name)} <span class="counts">${countsText(m.counts)}</span></li>`).join('')}</ol>` : ''}
    </section>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(sheet.title)} — class sheet</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; max-width: 760px; margin: 2rem auto; padding: 0 1rem; }
  h1 { margin: 0 0 .25rem; font-size: 1.7rem; } h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
  .meta { color: #5b5b66; font-weight: normal; font-size: .95rem; }
  .summary { display: flex; gap: 1.5rem; color: #5b5b66; margin: .25rem 0 1rem; }
  .sequence { border-top: 1px solid #ddd; padding: .9rem 0; break-inside: avoid; }
  .notes { font-style: italic; margin: .2rem 0 .5rem; } .missing { color: #a33; }
  .moves { margin: 0; padding-left: 1.4rem; } .counts { color: #5b5b66; }
  @media print { body { margin: 0; } }
</style></head><body>
<h1>${e(sheet.title)}</h1>
<div class="summary"><span>${e(capitalise(sheet.difficulty))}</span><span>Class: ${minutesText(sheet.duration)}</span><span>Planned: ${sheet.totalEstimatedMinutes} min</span><span>${sheet.sequences.length} choreographies</span></div>
${sheet.description ? `<p>${e(sheet.description)}</p>` : ''}
${sheet.notes ? `<p class="notes">Notes: ${e(sheet.notes)}</p>` : ''}
${sequences || '<p>No choreographies in this plan yet.</p>'}
</body></html>
`;
}

/** The same sheet as a PDF (A4), drawn with pdfkit's built-in Helvetica so no font files are needed. */
export function classSheetPdf(sheet: ClassSheet): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${sheet.title} — class sheet`, Creator: 'Bachata Buddy' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const grey = '#5b5b66';
    doc.font('Helvetica-Bold').fontSize(22).fillColor('#1d1d1f').text(sheet.title);
    doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor(grey)
      .text(`${capitalise(sheet.difficulty)}   ·   Class: ${minutesText(sheet.duration)}   ·   Planned: ${sheet.totalEstimatedMinutes} min   ·   ${sheet.sequences.length} choreographies`);
    if (sheet.description) doc.moveDown(0.6).fillColor('#1d1d1f').fontSize(12).text(sheet.description);
    if (sheet.notes) doc.moveDown(0.4).font('Helvetica-Oblique').text(`Notes: ${sheet.notes}`);
    if (!sheet.sequences.length) doc.moveDown().font('Helvetica').text('No choreographies in this plan yet.');
    for (const s of sheet.sequences) {
      doc.moveDown(0.9).font('Helvetica-Bold').fontSize(14).fillColor('#1d1d1f').text(`${s.position}. ${s.title}`, { continued: true })
        .font('Helvetica').fontSize(11).fillColor(grey).text(`   ${capitalise(s.difficulty)} · ${minutesText(s.estimatedMinutes)}`);
      if (s.missing) doc.fillColor('#a33').text('This choreography was deleted from the collection.');
      if (s.notes) doc.font('Helvetica-Oblique').fillColor('#1d1d1f').text(s.notes);
      doc.font('Helvetica').fontSize(11);
      s.moves.forEach((m, i) => doc.fillColor('#1d1d1f').text(`${i + 1}. ${m.name}`, { indent: 14, continued: true }).fillColor(grey).text(`  ${countsText(m.counts)}`));
    }
    doc.end();
  });
}
