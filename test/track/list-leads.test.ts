import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listLeads } from '../../src/track/list-leads.ts';

const para = (text: string) => ({ text, opensParagraph: true });
const cont = (text: string) => ({ text, opensParagraph: false });

describe('listLeads', () => {
  it('gives each sentence of each list item the lead-in it hangs from, until a paragraph that is no item', () => {
    const leads = listLeads([
      para('**WE** **HEREBY DECLARE TO:**'),
      para('-   **ESTABLISH** a joint centre.'),
      cont('It will open in 2031.'),
      para('(b) REAFFIRM our support.'),
      para('The meeting closed in the evening.'),
      para('- An item of no list.'),
    ]);
    assert.deepEqual(leads, [
      undefined,
      '**WE** **HEREBY DECLARE TO:**',
      '**WE** **HEREBY DECLARE TO:**',
      '**WE** **HEREBY DECLARE TO:**',
      undefined,
      undefined,
    ]);
  });
});
