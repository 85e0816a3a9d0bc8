import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { closeWorkers, prepareInWorker } from '../../src/ingest/prepare-in-worker.ts';
import { scanHtmlShape } from '../../src/read/html-limits.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { MAX_LINE_CHARS } from '../../src/read/line-limit.ts';
import {
  brokenDoctype,
  docxBomb,
  longSpaceRun,
  manyEntriesZip,
  oneLongLine,
  unclosedDivs,
} from '../fixtures/hostile/hostile-inputs.ts';

/** The code a read fails with, or 'read'. */
async function outcome(input: { bytes: Uint8Array; name: string }): Promise<string> {
  try {
    await readDocument({ bytes: input.bytes, fileName: input.name });
    return 'read';
  } catch (error) {
    return `${(error as Error).name}:${(error as { code?: string }).code}`;
  }
}

describe('hostile inputs named in issue 11 are read or refused with a ReadError', () => {
  after(closeWorkers);

  it('should read 100 KB with a long run of spaces, keeping the run', async () => {
    const doc = await readDocument({ bytes: longSpaceRun().bytes, fileName: 'spaces.txt' });
    assert.ok(doc.text.includes(' '.repeat(100_000)));
  });

  it('should read 300 unclosed divs (Readability skipped) and refuse 2,000 as too deeply nested', async () => {
    const doc = await readDocument({ bytes: unclosedDivs(300).bytes, fileName: 'divs.html' });
    assert.equal(doc.text, 'text');
    assert.equal(await outcome(unclosedDivs(2000)), 'ReadError:too-complex');
  });

  it('should refuse a DOCX that unpacks to 20 MB, and one with 20,000 entries, before unzipping', async () => {
    assert.equal(await outcome(docxBomb()), 'ReadError:too-large');
    assert.equal(await outcome(manyEntriesZip()), 'ReadError:too-complex');
  });

  it('should turn jsdom own error on "<!doctype " into a malformed ReadError', async () => {
    assert.equal(await outcome(brokenDoctype()), 'ReadError:malformed');
  });

  it('should refuse a line past the cap and read one just under it', async () => {
    assert.equal(await outcome(oneLongLine(MAX_LINE_CHARS + 10)), 'ReadError:too-complex');
    const under = new TextEncoder().encode(`${'word '.repeat(MAX_LINE_CHARS / 5 - 1)}end`);
    assert.equal(await outcome({ bytes: under, name: 'under.txt' }), 'read');
  });

  it('should count nesting of container tags only (unclosed <p> and <li> close themselves)', () => {
    assert.equal(scanHtmlShape('<div><div><p>a<p>b<li>c<li>d</div></div>').depth, 2);
    assert.equal(scanHtmlShape('<script>"<div><div>"</script><div>').depth, 1);
    assert.equal(scanHtmlShape('<!-- <div><div> --><br/><img>').depth, 0);
  });

  it('should end comments where the parser does: <!-->, <!---> and --!>', () => {
    assert.equal(scanHtmlShape('<!--><div><div>').depth, 2);
    assert.equal(scanHtmlShape('<!---><div><div>').depth, 2);
    assert.equal(scanHtmlShape('<!-- a --!><div> -->').depth, 1);
  });

  it('should count elements a table would foster out of it, and none inside its cells', () => {
    assert.equal(scanHtmlShape('<table><li>a<li>b<tr><td><li>c</td><li>d</table><li>e').fostered, 3);
    assert.equal(scanHtmlShape('<table><caption><b>x</b></caption><tr><th><i>y</i></table>').fostered, 0);
  });

  it('should count the children a misnested formatting end tag would move, and none for well-nested tags', () => {
    assert.equal(scanHtmlShape('<i><center><p>a<p>b<p>c</i>').adopted, 3);
    assert.equal(scanHtmlShape('<i><span><b>a</b><b>b</b></i>').adopted, 0);
    assert.equal(scanHtmlShape('<center><i>a<p>b</i><p>c</center>').adopted, 0);
    assert.equal(scanHtmlShape('<b><div><p>a<p>b</div></b>').adopted, 0);
  });

  it('should refuse fuzz input 36773 in shape: thousands of <p> in a block inside a misnested <i>', async () => {
    const html = `<i data-x='"<>'><center>${'<p>x'.repeat(16_000)}</i>`;
    assert.equal(scanHtmlShape(html).adopted, 16_000);
    assert.equal(
      await outcome({ bytes: new TextEncoder().encode(html), name: 'adoption.html' }),
      'ReadError:too-complex',
    );
    const fine = `<i><center>${'<p>x'.repeat(200)}</i>`;
    assert.equal(await outcome({ bytes: new TextEncoder().encode(fine), name: 'fine.html' }), 'read');
  });

  it('should scan the content of <style> or <title> inside <svg> as markup, and of an unclosed <style>', () => {
    assert.equal(scanHtmlShape('<svg><style><div><div></style></svg>').depth, 4);
    assert.equal(scanHtmlShape('<style><div><div>').depth, 3);
    assert.equal(scanHtmlShape('<svg></svg><style><div><div></style>').depth, 1);
  });
});

describe('prepareInWorker: the per-document budget', () => {
  after(closeWorkers);

  it('should read, structure and analyse a document in a worker', async () => {
    const bytes = new TextEncoder().encode('Joint Statement\n\n1. The Parties agreed to expand trade.\n');
    const prepared = await prepareInWorker(bytes, 'a.txt');
    assert.match(prepared.document.id, /^d_[0-9a-f]{16}$/);
    assert.ok(prepared.tree.children.length > 0);
    assert.ok(prepared.analysis && 'statements' in prepared.analysis.layers);
  });

  it('should skip the analysis when the caller says the id is stored', async () => {
    const asked: string[] = [];
    const bytes = new TextEncoder().encode('A short note on trade.');
    const prepared = await prepareInWorker(bytes, 'b.txt', {
      shouldAnalyse: async (id) => {
        asked.push(id);
        return false;
      },
    });
    assert.deepEqual(asked, [prepared.document.id]);
    assert.equal(prepared.analysis, undefined);
  });

  it('should keep a reader error a ReadError with its code across the thread boundary', async () => {
    await assert.rejects(prepareInWorker(new Uint8Array(0), 'empty.txt'), { name: 'ReadError', code: 'empty' });
  });
});
