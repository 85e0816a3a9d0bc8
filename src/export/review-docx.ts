/**
 * @module review-docx
 * The "review of implementation" for a format's next meeting as a DOCX file (the `docx`
 * package): every commitment of the previous meeting, its status since when, and the evidence
 * passages with their documents and dates. Document text goes in as text runs, never markup.
 */
import type { TextRun as TextRunType } from 'docx';
import type { CommitmentRecord } from '../track/commitment-records.ts';

export interface ReviewDocxInput {
  readonly format: string;
  readonly meetingLabel: string;
  readonly asOf: string;
  readonly records: readonly CommitmentRecord[];
}

/** The review as DOCX bytes. */
export async function reviewDocx(input: ReviewDocxInput): Promise<Uint8Array> {
  // docx (1 MB of JavaScript) is loaded on the first review asked for, not with the server.
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import(
    'docx'
  );
  const cell = (runs: TextRunType[]) => new TableCell({ children: [new Paragraph({ children: runs })] });
  const header = new TableRow({
    tableHeader: true,
    children: ['Clause', 'Commitment', 'Status', 'Evidence'].map((t) => cell([new TextRun({ text: t, bold: true })])),
  });
  const rows = input.records.map(
    (r) =>
      new TableRow({
        children: [
          cell([new TextRun(r.commitment.clause)]),
          cell([
            new TextRun(r.text),
            new TextRun({
              text: ` (due ${r.commitment.due ?? 'open'}; ${r.commitment.actors.join(', ')})`,
              italics: true,
            }),
          ]),
          cell([new TextRun(`${r.status.current} since ${r.status.history.at(-1)?.since ?? ''}`)]),
          new TableCell({
            children: r.evidence.length
              ? r.evidence.map(
                  (e) =>
                    new Paragraph({
                      children: [
                        new TextRun({
                          text:
                            `${e.kind} · ${e.evidenceDate ?? ''} · ` +
                            `${e.document.title ?? e.document.fileName ?? e.document.id}: `,
                          bold: true,
                        }),
                        new TextRun(e.text),
                      ],
                    }),
                )
              : [new Paragraph('No evidence in the store.')],
          }),
        ],
      }),
  );
  const doc = new Document({
    creator: 'Concord',
    title: `Review of implementation: ${input.format}`,
    sections: [
      {
        children: [
          new Paragraph({ text: `Review of implementation: ${input.format}`, heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`Commitments of ${input.meetingLabel}, status as of ${input.asOf}.`),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
