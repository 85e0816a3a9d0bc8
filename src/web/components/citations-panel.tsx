/**
 * @module citations-panel
 * On a primary document's reader: each clause that reports cite, with the reports' claims and
 * their verdicts (issue 9), linked to the claim in the report's reader. Texts are JSX string
 * children, so always escaped.
 */
import { anchorId, readerHref } from '../../services/anchor-id.ts';
import type { ClauseCitation } from '../../services/clause-citations.ts';

const LABEL = { supported: 'supported', contradicted: 'contradicted', 'not-in-source': 'not in source' } as const;

/** The clauses the reports cite, in document order. */
export function CitationsPanel({ citations }: { citations: ReadonlyMap<string, readonly ClauseCitation[]> }) {
  if (!citations.size) return null;
  return (
    <section class="citations" id="citations">
      <h2>Cited by reports</h2>
      <dl class="citation-list">
        {[...citations].map(([clause, cites]) => (
          <>
            <dt>
              <a href={`#${anchorId(/^p\d+$/.test(clause) ? 'paragraph' : 'clause', clause) ?? ''}`}>{clause}</a>
            </dt>
            <dd>
              <ul>
                {cites.map((c) => (
                  <li class={`cl-${c.verdict}`}>
                    <span class={`badge cl-${c.verdict}`}>{LABEL[c.verdict]}</span>{' '}
                    <a href={readerHref(c.reportId, `claim-${c.claimStart}`)}>{c.report}</a>: <q>{c.claimText}</q>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}
