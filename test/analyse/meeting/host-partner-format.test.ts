/**
 * @module host-partner-format.test
 * A bloc's summit held in a non-member state is the bloc's partner format with the host, when one is recorded.
 * A tiny invented knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKbView } from '../../../src/analyse/shared/kb-view.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';
import { hostPartnerFormat } from '../../../src/analyse/meeting/host-partner-format.ts';

const org = (id: string, name: string, members: string[], format = true): KbRecord =>
  ({
    id,
    type: 'organization',
    name,
    aliases: [],
    sources: [],
    members,
    ...(format ? { format: { formatName: name, members, meetings: [] } } : {}),
  }) as unknown as KbRecord;
const view = buildKbView([
  org('org:bloc', 'Bloc', ['AA', 'BB', 'CC']),
  org('org:bloc-us', 'Bloc–US', ['AA', 'BB', 'CC', 'US']),
  org('org:bloc-jp', 'Bloc–Japan', ['AA', 'BB', 'JP']),
]);
const bloc = view.groups.find((g) => g.id === 'org:bloc')!;
const hit = { name: 'Bloc', group: bloc, members: [...bloc.members] };

describe('hostPartnerFormat', () => {
  test('should read a bloc meeting in a non-member state as its partner format with the host', () => {
    assert.equal(hostPartnerFormat(hit, 'US', view)?.name, 'Bloc–US');
    // One member joined or left between the records.
    assert.equal(hostPartnerFormat(hit, 'JP', view)?.name, 'Bloc–Japan');
  });
  test('should keep the bloc in a member state, or where no partner format is recorded', () => {
    assert.equal(hostPartnerFormat(hit, 'BB', view), null);
    assert.equal(hostPartnerFormat(hit, 'FR', view), null);
    assert.equal(hostPartnerFormat(hit, null, view), null);
  });
});
