/**
 * @module kind-decision.test
 * The scored decision over a statement's cues in the drafting of other traditions: EU council conclusions, G7 and
 * G20 communiqués, ASEAN chair's statements, AU assembly decisions, UN resolutions, US fact sheets and joint
 * statements. A promise whose object is an abstract aim is a position, the same promise with a discrete action a
 * commitment; weak cues yield to any other; the id keeps the rule that decided. A "will" or "has" whose subject is a
 * thing predicts or assesses (a position); acknowledging another party's commitment or a body's role is an endorsement;
 * an effort ("seek to", "endeavour to") promises only an act named by its verb; "will oppose" is a stance; support for
 * the management of a common thing is no endorsement. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueWithObject, findCues, mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { thingSubject } from '../../../src/analyse/statements/thing-subject.ts';

const lexicons = loadContext().lexicons;
const kindOf = (t: string) => mainCue(t, lexicons)?.kind ?? null;
const check = (cases: [string, string | null][]) => {
  for (const [text, kind] of cases) test(`"${text}" → ${kind}`, () => assert.equal(kindOf(text), kind));
};

describe('council, assembly and resolution drafting', () => {
  check([
    ['The Council stands ready to provide further assistance to the affected countries.', 'commitment'],
    ['The Council invites the Commission to present a proposal on the matter by June.', 'commitment'],
    ['The Assembly requests the Secretariat to submit a report at its next ordinary session.', 'commitment'],
    ['The leaders directed their teams to explore a framework on shipping.', 'commitment'],
    ['The Council held a strategic discussion on relations with its eastern neighbours.', 'record'],
    ['The Assembly commends the host government for organising the session.', 'endorsement'],
    ['The Council strongly condemns the attacks on humanitarian convoys.', 'position'],
  ]);
});

describe('undertakings and determination', () => {
  check([
    ['We are determined to deliver on our pledge to mobilise new finance by 2026.', 'commitment'],
    ['We are determined to build a more peaceful and prosperous world.', 'position'],
    ['We stand by our commitment to hold a joint exercise every year.', 'commitment'],
    ['We are pleased to announce the launch of a partnership on river basins.', 'commitment'],
    ['The government is proud to support the expansion of the scholarship scheme.', 'endorsement'],
  ]);
});

describe('a promise of an abstract aim is a position, of a discrete action a commitment', () => {
  check([
    ['We will continue to deepen our partnership.', 'position'],
    ['We commit to strengthening our partnership for the benefit of our peoples.', 'position'],
    ['We are resolved to enhance our collaboration to promote inclusive growth.', 'position'],
    ['We will continue to work together to promote peace and prosperity.', 'position'],
    ['We remain committed to working with partners to address the pressing challenges of our time.', 'position'],
    ['We will work closely with the island states and their regional forum.', 'position'],
    ['We will provide leadership through the relevant international institutions.', 'position'],
    ['We are committed to supporting the country for as long as it takes.', 'position'],
    // A field named is still a general aim (GUIDE: no discrete action).
    ['We will deepen our cooperation in the fields of health and education.', 'position'],
    // The same verbs with a discrete action or a concrete purpose stay promises.
    ['We will continue to hold regular consultations among our foreign ministers.', 'commitment'],
    ['We will work closely with the forum to open a regional office in 2026.', 'commitment'],
    ['We are increasing our cooperation to tackle piracy and smuggling at sea.', 'commitment'],
    ['We will reinforce our dialogue and open two new consulates.', 'commitment'],
    ['We commit to establishing a regional centre for pandemic preparedness.', 'commitment'],
  ]);
});

describe('statements of leaders and single states in other drafting', () => {
  check([
    ['We affirm our shared commitment to a free and open ocean.', 'position'],
    ['We envision a region where every child goes to school.', 'position'],
    ['We share the goal of ending child labour by 2030.', 'position'],
    ['We share deep concern about rising food prices.', 'position'],
    ['We are united in our commitment to the peaceful settlement of disputes.', 'position'],
    ['We encourage all partners to join the coalition.', 'position'],
    ['We call upon all parties to exercise restraint.', 'position'],
    ['We seek to widen access to credit for small firms.', 'position'],
    ['We seek to open a credit line for small firms by 2027.', 'commitment'],
    ['We will work toward a world free of hunger.', 'position'],
    ['The government announces an additional grant for flood relief.', 'commitment'],
    ['The two countries are partnering to build a new undersea cable.', 'commitment'],
  ]);
});

describe('support of a goal, praise of a thing, facts and predictions', () => {
  check([
    ['We support a just and lasting peace in the region.', 'position'],
    ['We support the work of the regional development bank.', 'endorsement'],
    ['Our commitment includes our unwavering support for the Regional Forum and its secretariat.', 'endorsement'],
    ['The new grain corridors remain instrumental in bolstering food security.', 'endorsement'],
    ['Since 2021 the government has provided more than two billion dollars in aid.', 'record'],
    ['Today’s announcement confirms that the partners keep the promise they made last year.', 'record'],
    ['Losses now exceed ten billion dollars, according to the central bank.', 'record'],
    ['This initiative will help farmers adapt to a changing climate.', 'position'],
  ]);
});

describe('the deciding rule', () => {
  test('should keep the rule in the id', () => {
    assert.equal(mainCue('We will continue to deepen our partnership.', lexicons)?.id, 'will-continue+aim');
    assert.equal(mainCue('We support a just and lasting peace.', lexicons)?.id, 'support+goal');
  });
  test('should decide a second verb with its object, as a statement split off there is', () => {
    const text = 'We welcome the new office, and will work together to provide leadership in the region.';
    const second = findCues(text, lexicons).find((h) => h.id === 'will-step-up');
    assert.ok(second);
    assert.equal(cueWithObject(second, text, lexicons).kind, 'position');
  });
  test('should let a weak cue decide only where no other does', () => {
    const text = 'Trade grew by a third, according to the ministry, and we welcome this growth.';
    assert.equal(mainCue(text, lexicons)?.id, 'welcome');
    assert.equal(mainCue('Trade grew by a third, according to the ministry.', lexicons)?.id, 'according-to');
  });
});

describe('a future or perfect verb with a thing as its subject', () => {
  check([
    ['Rising public debt in the region will weigh on growth for years.', 'position'],
    ['This founding charter will inspire the work of our ministers.', 'position'],
    ['Closer river management across borders will reduce the damage of floods.', 'position'],
    ['Digital trade will be a driver of the recovery.', 'position'],
    ['Our long friendship has helped both peoples through hard times.', 'position'],
  ]);
  check([
    ['We will hold the next summit in Dakar.', 'commitment'],
    ['The next meeting of the ministers will be held in Lima in 2027.', 'commitment'],
    ['The grants will be disbursed through the regional fund.', 'commitment'],
    ['To that end, our envoys will meet every quarter.', 'commitment'],
    ['Norway will host the conference on ocean plastics.', 'commitment'],
    ['With a view to the harvest season, the G20 will launch a fertiliser facility.', 'commitment'],
    ['Over the past year, the weather has changed, and we have delivered the seed packages.', 'record'],
    ['The European Union has disbursed the first tranche of the loan.', 'record'],
  ]);
  test('should read the subject in the verb’s own clause, its head before a preposition', () => {
    const t = 'Safer roads between our cities will save lives.';
    assert.equal(thingSubject(t, t.indexOf('will'), 'will', lexicons), true);
    const u = 'In the coming years, the Parties will save lives.';
    assert.equal(thingSubject(u, u.indexOf('will'), 'will', lexicons), false);
  });
});

describe('acknowledging another party’s undertaking or a body’s role', () => {
  check([
    ['We acknowledge Canada’s commitment to fund the coral reef programme.', 'endorsement'],
    ['We acknowledge the Netherlands’ commitment to open a regional office.', 'endorsement'],
    ['We acknowledge the valuable role played by the regional development bank.', 'endorsement'],
    ['We recognise the ongoing work of the river basin commission on water sharing.', 'endorsement'],
    ['We recognise the central role of trade in lifting people out of poverty.', 'position'],
    ['We acknowledge the threats that drought poses to farmers.', 'position'],
  ]);
});

describe('efforts, stances and support of common things', () => {
  check([
    ['We seek to deepen our cooperation on the corridor programme.', 'position'],
    ['We endeavour to manage the shared aquifers sustainably.', 'position'],
    ['We seek to convene a forum of river basin authorities in 2027.', 'commitment'],
    ['We will oppose any attempt to change borders by force.', 'position'],
    ['We support the sustainable management and use of mountain forests.', 'position'],
    ['We support the development of ministerial mechanisms in priority areas.', 'endorsement'],
    ['We support the Lake Chad Basin Commission in its work.', 'endorsement'],
  ]);
});

describe('the speakers’ own act: plural "commit to", "look forward to -ing", "continue to support"', () => {
  check([
    // A joint text in the third person promises as "we commit to" does, read with its object.
    ['The Union and the Kingdom commit to opening a joint seed laboratory in 2027.', 'commitment'],
    ['The two governments commit to deepening their partnership.', 'position'],
    // Looking forward to one's own act is no endorsement: a discrete act promises, an aim is a position.
    ['We look forward to working with the incoming chair.', 'position'],
    ['We look forward to convening a donors’ conference in the autumn.', 'commitment'],
    ['We look forward to receiving the panel’s recommendations.', 'endorsement'],
    ['We look forward to the early entry into force of the convention.', 'endorsement'],
    // Support going on is support, not an infinitive of purpose.
    ['We continue to support the people of the flooded provinces.', 'endorsement'],
  ]);
});

describe('a restated determination is a stance; an environment of qualities an aim', () => {
  check([
    ['We reaffirm our determination to build an open, fair and predictable investment environment.', 'position'],
    ['The ministers reaffirmed their determination to hold the river forum in the spring.', 'commitment'],
    // Readiness stays an undertaking (GUIDE: "expressed readiness to").
    ['The sides expressed their readiness to deepen cooperation.', 'commitment'],
    ['We will create an enabling environment for private investment in clean energy.', 'position'],
    ['We will create a regional fund for the environment.', 'commitment'],
  ]);
});

describe('tasking one’s own body without a determiner', () => {
  check([
    ['We invite Energy Ministers to present options for a joint grid study.', 'commitment'],
    ['We ask our Finance Ministers to report back at the next summit.', 'commitment'],
    // A call on others is advocacy.
    ['We call on all countries to join the pledge.', 'position'],
  ]);
});

describe('a state or solidarity after "will" is a stance; "never" refuses like "not"', () => {
  check([
    ['We will remain vigilant against threats to our open societies.', 'position'],
    ['We will always be a dependable partner to the island states.', 'position'],
    ['We will continue to stand with the people of the valley.', 'position'],
    ['We will never recognise the sham referendum.', 'position'],
    ['We will never tire in our efforts to reunite the families.', 'commitment'],
    ['We will spare no effort to achieve lasting peace.', 'position'],
    ['We will spare no effort to hold the donors’ conference before June.', 'commitment'],
  ]);
});

describe('the simple past of founding and hosting is a record', () => {
  check([
    ['We established the regional seed network in 2019.', 'record'],
    ['We hosted the first ministerial meeting in the capital.', 'record'],
  ]);
});
