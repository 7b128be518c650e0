import { describe, it, expect } from '@jest/globals';
import { loadProfile, parseProfile } from '../../../src/config/profile/load-profile.ts';
import { otherPartnershipProfile } from '../../support/other-partnership-profile.ts';
import { cardUrls, cardWarnings } from './support/card-inspection.ts';
import { everyCard, typedComments, typedName } from './support/card-catalogue.ts';

type Json = Record<string, unknown>;

const profiles = [
  ['Salford', loadProfile(undefined)],
  ['another partnership', parseProfile(otherPartnershipProfile, 'test')],
] as const;

/** Paths (a.b.0.c) of every string holding `marker` whose node is not a TextRun. */
function outsideTextRuns(node: unknown, marker: string, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => outsideTextRuns(child, marker, `${path}.${i}`));
  if (!node || typeof node !== 'object') return [];
  const object = node as Json;
  return Object.entries(object).flatMap(([key, value]) => {
    if (typeof value === 'string')
      return value.includes(marker) && object.type !== 'TextRun' ? [`${path}.${key}`] : [];
    return outsideTextRuns(value, marker, `${path}.${key}`);
  });
}

const deepLink =
  /^https:\/\/teams\.microsoft\.com\/l\/entity\/[0-9a-f-]{36}\/workspace(\?context=%7B%22subEntityId%22%3A%22(guidance|[0-9a-f-]{36})%22%7D)?$/;

for (const [name, profile] of profiles) {
  describe(`every card the bot can send (${name} profile)`, () => {
    const cards = everyCard(profile);

    it.each(cards)('%s parses as Adaptive Cards 1.5 without warnings', (_label, card) => {
      expect(cardWarnings(card)).toEqual([]);
      expect((card as unknown as Json).version).toBe('1.5');
    });

    it('keeps every card under 28 KB, and all but the longest-comments card under 8 KB', () => {
      const sizes = cards.map(([label, card]) => [label, Buffer.byteLength(JSON.stringify(card))] as const);
      for (const [label, size] of sizes) {
        expect([label, size <= 28 * 1024]).toEqual([label, true]);
        if (label !== 'referral with the longest comments')
          expect([label, size <= 8 * 1024]).toEqual([label, true]);
      }
    });

    it('shows what people typed only inside TextRuns, and never in a URL', () => {
      for (const [label, card] of cards) {
        expect([label, outsideTextRuns(card, 'COMMENTS-MARKER')]).toEqual([label, []]);
        expect([label, outsideTextRuns(card, 'NAME-MARKER')]).toEqual([label, []]);
        for (const url of cardUrls(card as unknown as Json)) {
          expect([label, deepLink.test(url)]).toEqual([label, true]);
          expect(url).not.toContain(encodeURIComponent(typedComments).slice(0, 10));
          expect(url).not.toContain('NAME');
        }
      }
      void typedName;
    });
  });
}

describe('the card checker', () => {
  it('does flag what is wrong: unknown elements, duplicate input ids, bad property values', () => {
    expect(cardWarnings({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Marquee' }] })).not.toEqual(
      [],
    );
    const twice = { type: 'Input.Text', id: 'same' };
    expect(cardWarnings({ type: 'AdaptiveCard', version: '1.5', body: [twice, twice] })).not.toEqual([]);
    expect(
      cardWarnings({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }],
      }),
    ).not.toEqual([]);
  });
});
