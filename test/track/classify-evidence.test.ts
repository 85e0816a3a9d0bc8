import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyEvidence, prepareSentence } from '../../src/track/classify-evidence.ts';
import { acronymOf } from '../../src/track/object-terms.ts';
import { formOf } from '../../src/track/words.ts';
import { forumRef, lex, promises, type RefSpec } from './track-fixtures.ts';

const [forum] = promises([
  {
    clause: '4',
    text: 'The Parties agreed to hold the Second Regional Forum on Water Diplomacy in Bishkek in September 2030.',
    references: [forumRef],
  },
]);
const [training] = promises([
  { clause: '9', text: 'The Parties will expand cooperation in vocational training and seed banks.' },
]);
/** One promise naming one reference. */
const named = (text: string, ref: RefSpec) => promises([{ clause: '7', text, references: [ref] }])[0];
const verdict = (c = forum, sentence = '', date = '2030-10-02') => classifyEvidence(c, sentence, date, lex);

describe('classifyEvidence', () => {
  it('reads a past report of the named event as fulfilment, surer with its place', () => {
    const v = verdict(forum, 'The second regional forum on water diplomacy was held in Bishkek last week.');
    assert.equal(v?.kind, 'fulfilled');
    assert.equal(v?.rule, 'track:anchor-completion');
    assert.equal(v?.confidence, 0.9);
  });

  it('does not take another edition of the event for the promised one', () => {
    assert.equal(verdict(forum, 'The first regional forum on water diplomacy was held in Almaty.'), null);
  });

  it('reads a future form about the same event as a repeat, not a fulfilment', () => {
    assert.equal(verdict(forum, 'The second water diplomacy forum will be held in Bishkek.')?.kind, 'repeat');
    assert.equal(verdict(forum, 'Leaders agreed to convene the second forum on water diplomacy.')?.kind, 'repeat');
  });

  it('cannot report an event held before its own date', () => {
    const early = verdict(forum, 'The second regional forum on water diplomacy was held in Bishkek.', '2030-05-01');
    assert.equal(early, null);
  });

  it('reads a postponement as a contradiction', () => {
    const v = verdict(forum, 'The second regional forum on water diplomacy has been postponed until 2032.');
    assert.equal(v?.kind, 'contradicted');
  });

  it('reads a step short of completion as progress', () => {
    const v = verdict(forum, 'Preparations for the second regional forum on water diplomacy are under way.');
    assert.equal(v?.kind, 'progress');
  });

  it('takes a completed act on the topic of a broad promise as progress', () => {
    const v = verdict(training, 'A centre for vocational training was opened in Samarkand in May.');
    assert.equal(v?.kind, 'progress');
    assert.equal(v?.rule, 'track:topic-completion');
  });

  it('reads an initiative the promise launches, reported launched or delivering, as fulfilment', () => {
    const c = named('The Parties will launch the Aral Seed Bank Initiative by the end of the year.', {
      type: 'initiative',
      name: 'Aral Seed Bank Initiative',
    });
    assert.equal(verdict(c, 'The Aral Seed Bank Initiative was launched in Nukus.')?.kind, 'fulfilled');
    assert.equal(verdict(c, 'The Aral Seed Bank Initiative will be launched in Nukus.')?.kind, 'repeat');
  });

  it('finds a named initiative by the acronym the promise gives it, written as an acronym', () => {
    const c = named('The Parties will launch the Early Recovery Assistance (ERA) in 2031.', {
      type: 'initiative',
      name: 'Early Recovery Assistance',
    });
    assert.equal(c.anchors[0].acronym, 'era');
    assert.equal(verdict(c, 'The ERA was launched in Nukus on 3 May.')?.kind, 'fulfilled');
    assert.equal(verdict(c, 'A new era of cooperation was launched in Nukus.'), null);
    const plain = named('The Parties will launch the Early Recovery Assistance in 2031.', {
      type: 'initiative',
      name: 'Early Recovery Assistance',
    });
    assert.equal(plain.anchors[0].acronym, undefined);
    const text = 'will launch “Early Recovery Assistance (ERA) Loans”, and the Seed Bank (SB) ';
    const within = { type: 'initiative' as const, name: 'Early Recovery Assistance Loans', start: 13, end: 51 };
    assert.equal(acronymOf(within, text), 'era');
    assert.equal(acronymOf({ type: 'initiative', name: 'Seed Bank', start: 61, end: 70 }, text), 'sb');
  });

  it('names a sector by its cooperation and field, not by an adjective before the head', () => {
    const [c] = promises([
      { clause: '17', text: 'The Parties will strengthen practical cooperation in the field of education.' },
    ]);
    assert.ok(c.topics.includes('cooperation education'));
    assert.equal(verdict(c, 'Leaders welcomed the launch of a centre for cooperation in education.')?.kind, 'progress');
    const [adjective] = promises([{ clause: '3', text: 'The Parties will deepen trilateral cooperation.' }]);
    assert.deepEqual(adjective.topics, []);
  });

  it('reads the delivery verbs of a follow-up tally as a completed act', () => {
    assert.equal(
      verdict(training, 'The Union has provided €20 million for vocational training since 2029.')?.kind,
      'progress',
    );
    assert.equal(verdict(training, 'The Union will provide funds for vocational training.')?.kind, 'repeat');
  });

  it('pairs each of two coordinated modifiers with their head, in a report as in a promise', () => {
    const [grain] = promises([{ clause: '11', text: 'The Parties will support diversified granaries.' }]);
    assert.ok(grain.topics.includes(`${formOf('diversified')} ${formOf('granaries')}`));
    const listed = 'Over the year the Parties have worked on diversified and resilient granaries.';
    assert.equal(verdict(grain, listed)?.kind, 'progress');
    // Without a coordinator the first word modifies the second, not the head.
    assert.equal(verdict(grain, 'Over the year the Parties have worked on diversified resilient granaries.'), null);
    const [either] = promises([{ clause: '12', text: 'The Parties will open orphan or foster homes.' }]);
    assert.ok(either.topics.includes('home orphan'));
  });

  it('does not count a meeting that merely discussed the topic', () => {
    const v = verdict(training, 'The meeting took place in Khiva, discussing issues such as vocational training.');
    assert.equal(v, null);
  });

  it('finds a body the promise creates by its generic name, whatever it is focused on', () => {
    const [group] = promises([
      { clause: '4', text: 'We announce the establishment of a joint working group to curb river pollution.' },
    ]);
    assert.deepEqual(group.bodies, ['group work']);
    const v = verdict(group, 'The progress made by our joint working groups focused on cleaner rivers was welcomed.');
    assert.equal(v?.kind, 'progress');
    assert.equal(verdict(group, 'Our working group on rivers met twice in Samarkand.')?.kind, 'fulfilled');
    // Another body of the same generic name, with no word of what this one is for, is not it.
    assert.equal(verdict(group, 'The working groups set up under the charter met in Bukhara.'), null);
    // A meeting that discussed the topic is still no report of the body.
    assert.equal(verdict(group, 'The ministers met and discussed river pollution.'), null);
    // Two generic nouns are a body only when the promise creates one.
    const [talk] = promises([{ clause: '5', text: 'We will consult the working group of experts on rivers.' }]);
    assert.deepEqual(talk.bodies, []);
  });

  it('follows a promise made "to this end" to the initiative named before it, as its aim', () => {
    const grid = { type: 'initiative' as const, name: 'Steppe Power Grid Partnership' };
    const support = 'We reaffirm our support for the Steppe Power Grid Partnership.';
    /** The promise after a statement of support for the partnership, in the same clause. */
    const after = (text: string) =>
      promises([
        { clause: '8', kind: 'position', text: support, references: [grid] },
        { clause: '8', text },
      ])[0];
    const served = after('We will engage development banks to this end.');
    assert.equal(served.anchors[0]?.aim, true);
    const v = verdict(served, 'Two substations were opened in Aktobe through the Steppe Power Grid Partnership.');
    assert.deepEqual([v?.kind, v?.rule], ['progress', 'track:anchor-aim-completion']);
    // Without a pointing back to the aim, the initiative it does not create is its setting only.
    const plain = after('We will engage development banks.');
    assert.deepEqual(plain.anchors, []);
  });

  it('ignores sentences about something else', () => {
    assert.equal(verdict(forum, 'A new airport terminal was opened in Osh.'), null);
  });

  it('takes the promised act done again as fulfilment, but not a name that holds its word', () => {
    const [drills] = promises([{ clause: '10', text: 'The Parties intend to hold annual joint drills.' }]);
    assert.deepEqual(drills.objects, ['drill']);
    assert.equal(verdict(drills, 'Ships of the three navies took part in the drills on Monday.')?.kind, 'fulfilled');
    assert.equal(verdict(drills, 'The ministers met at the Northern Drills Conference, held in June.'), null);
  });

  it('does not read a cancellation asked of someone, or still to come, as a contradiction', () => {
    const asked = verdict(
      forum,
      'They called on the organisers of the regional forum on water diplomacy not to withdraw.',
    );
    assert.notEqual(asked?.kind, 'contradicted');
    const done = verdict(
      forum,
      'The organisers withdrew the second regional forum on water diplomacy from the calendar.',
    );
    assert.equal(done?.kind, 'contradicted');
  });
});

describe('trackedCommitments', () => {
  it('follows commitments and endorsements of later events, not past ones or positions', () => {
    const cs = promises([
      { clause: '1', text: 'The Parties welcomed the holding of the climate week in Astana.', kind: 'endorsement' },
      { clause: '2', text: 'The Parties noted the importance of water.', kind: 'position' },
      {
        clause: '3',
        text: 'The Parties welcomed the summit held in Ashgabat on 2 March 2030.',
        kind: 'endorsement',
        references: [{ type: 'event', name: 'Ashgabat Summit', date: '2030-03-02', place: 'Ashgabat' }],
      },
      { clause: '4', text: 'They will hold the forum.', references: [forumRef] },
    ]);
    assert.deepEqual(
      cs.map((c) => c.clause),
      ['1', '4'],
    );
    assert.equal(cs[1].due, '2030-09-30');
  });

  it('lets a promise that points back borrow the named event and words of the statement before it', () => {
    const cs = promises([
      {
        clause: '5',
        text: 'The Parties discussed the Second Regional Forum on Water Diplomacy.',
        kind: 'record',
        references: [forumRef],
      },
      { clause: '5', text: 'They committed to coordinate closely for the success of the forum.' },
    ]);
    assert.equal(cs.length, 1);
    assert.deepEqual(cs[0].anchors[0].tokens, ['2', 'forum', 'water', 'diplomacy']);
  });

  it('borrows nothing for a promise that does not point back', () => {
    const cs = promises([
      {
        clause: '5',
        text: 'The Parties discussed the Second Regional Forum on Water Diplomacy.',
        kind: 'record',
        references: [forumRef],
      },
      { clause: '5', text: 'They are resolved to maintain peace on the continent.' },
      { clause: '5', text: 'They committed to coordinate closely for a successful forum.' },
    ]);
    assert.deepEqual(
      cs.map((c) => c.anchors.length),
      [0, 1],
    );
  });

  it('does not follow a name made of head nouns alone, unless an ordinal says which one', () => {
    const [plain, numbered] = promises([
      {
        clause: '7',
        text: 'Building on ten years of Summits, the Parties will strengthen their partnership.',
        references: [{ type: 'event', name: 'Summits' }],
      },
      {
        clause: '8',
        text: 'The Parties will hold the third summit in Khiva.',
        references: [{ type: 'event', name: 'third summit', place: 'Khiva' }],
      },
    ]);
    assert.deepEqual(plain.anchors, []);
    assert.deepEqual(numbered.anchors[0].tokens, ['3', 'summit']);
  });

  it('keeps the whole name of an anchor that would otherwise be one ordinary word', () => {
    const [c] = promises([
      {
        clause: '9',
        text: 'The Union will amplify its efforts as a Dialogue Partner of the Forum.',
        references: [{ type: 'event', name: 'Dialogue Partner' }],
      },
    ]);
    assert.deepEqual(c.anchors[0].tokens, [formOf('Dialogue'), 'partner']);
    assert.equal(verdict(c, 'Ministers met during the Shangri-La Dialogue, held in June.'), null);
  });

  it('does not take the event a promise is due by, made at or taken from for its object', () => {
    const byForum = named(
      'The Parties will adopt a seed bank strategy by the Second Regional Forum on Water Diplomacy.',
      forumRef,
    );
    const atForum = named(
      'The Parties will seek ambitious outcomes at the UN-Second Regional Forum on Water Diplomacy.',
      forumRef,
    );
    const fromForum = named(
      'The Parties endorse the annex from the Second Regional Forum on Water Diplomacy.',
      forumRef,
    );
    for (const c of [byForum, atForum, fromForum]) assert.deepEqual(c.anchors, [], c.clause);
    const held = 'The second regional forum on water diplomacy was held in Bishkek last week.';
    assert.equal(verdict(byForum, held), null);
    // Holding the event, or meeting at it, is the act itself: then it is the promise's object.
    const meets = named('The Parties will meet again at the Second Regional Forum on Water Diplomacy.', forumRef);
    assert.equal(verdict(meets, held)?.kind, 'fulfilled');
    const holds = named('The Parties will hold the Second Regional Forum on Water Diplomacy in Bishkek.', forumRef);
    assert.equal(verdict(holds, held)?.kind, 'fulfilled');
  });

  it('does not take the programme a promise is made within for its object', () => {
    const [c] = promises([
      {
        clause: '6',
        text: 'The Parties will deepen cooperation within the framework of the Global Gateway in seed banks.',
        references: [{ type: 'initiative', name: 'Global Gateway' }],
      },
    ]);
    assert.deepEqual(c.anchors, []);
    assert.ok(!c.topics.some((t) => t.includes('gateway')));
  });

  it('does not take one of the parties making the promise for its object', () => {
    const c = named('The Parties will establish, together with the European Union, a dialogue on water security.', {
      type: 'organization',
      name: 'European Union',
    });
    assert.deepEqual(c.anchors, []);
    assert.equal(verdict(c, 'The European Union opened its new office in Almaty, officials said.'), null);
  });

  it('reads an act the later text itself performs ("hereby", or a list under "we hereby declare to:")', () => {
    const c = named('The Parties will establish the Caspian Water Council by 2031.', {
      type: 'organization',
      name: 'Caspian Water Council',
    });
    assert.equal(verdict(c, 'We hereby establish the Caspian Water Council.')?.rule, 'track:anchor-performative');
    const listed = prepareSentence('-   **ESTABLISH** the Caspian Water Council.', lex, 'WE HEREBY DECLARE TO:');
    assert.equal(classifyEvidence(c, listed, '2030-11-01', lex)?.kind, 'fulfilled');
    assert.equal(verdict(c, '-   **ESTABLISH** the Caspian Water Council.'), null);
    assert.equal(verdict(c, 'We hereby decide that the Caspian Water Council will be established.')?.kind, 'repeat');
  });
});
