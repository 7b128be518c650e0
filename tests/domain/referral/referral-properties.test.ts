import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  checkReadyToSubmit,
  parseReferralDraft,
  referralDraftSchema,
  type ReferralDraft,
} from '../../../src/domain/referral/index.ts';
import { comesBefore, draftFrom, formPosition, isTypedText, leavesOf, type Leaf } from './draft-paths.ts';
import { aRandomCompleteReferral } from './referral-arbitraries.ts';
import { readyContext } from '../../support/referral-builder.ts';

/** A half-typed value: the first characters of typed text, or a list with its last entries not yet added. */
function halfTyped(leaf: Leaf, fraction: number): unknown {
  const { value } = leaf;
  if (typeof value === 'string' && isTypedText(leaf)) {
    const characters = [...value];
    return characters.slice(0, Math.floor(characters.length * fraction)).join('');
  }
  if (Array.isArray(value)) return value.slice(0, Math.floor(value.length * fraction));
  return value;
}

describe('referral properties', () => {
  it('finds every complete referral with random valid values ready to submit', () => {
    fc.assert(
      fc.property(aRandomCompleteReferral, (draft) => {
        const result = checkReadyToSubmit(draft, readyContext);
        expect(result.ready ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('saves every step of filling in a complete referral, half-typed values included', () => {
    fc.assert(
      fc.property(aRandomCompleteReferral, fc.double({ min: 0, max: 1, noNaN: true }), (draft, fraction) => {
        const leaves = leavesOf(draft);
        for (let filled = 0; filled <= leaves.length; filled += 1) {
          const done = leaves.slice(0, filled);
          const next = leaves[filled];
          const typing = next === undefined ? [] : [{ path: next.path, value: halfTyped(next, fraction) }];
          const result = parseReferralDraft(draftFrom([...done, ...typing]));
          expect(result.ok ? [] : result.errors).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports the errors of any partly filled or mistyped referral in form order, at fields of the form', () => {
    const edit = fc.constantFrom('keep', 'drop', 'mistype');
    fc.assert(
      fc.property(
        aRandomCompleteReferral,
        fc.array(fc.tuple(edit, fc.string({ unit: 'grapheme-ascii', maxLength: 12 })), {
          minLength: 100,
          maxLength: 100,
        }),
        (draft, edits) => {
          const leaves = leavesOf(draft).flatMap((leaf, index) => {
            const [action, typo] = edits[index % edits.length] ?? ['keep', ''];
            if (action === 'drop') return [];
            return action === 'mistype' && isTypedText(leaf) ? [{ ...leaf, value: typo }] : [leaf];
          });
          const partial = referralDraftSchema.parse(draftFrom(leaves));
          const result = checkReadyToSubmit(partial, readyContext);
          const positions = (result.ready ? [] : result.errors).map((error) => formPosition(error.path));
          positions.slice(1).forEach((position, index) => {
            expect(comesBefore(positions[index] ?? [], position)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a referral that is itself a valid draft and checks again to the same referral', () => {
    fc.assert(
      fc.property(aRandomCompleteReferral, (draft) => {
        const first = checkReadyToSubmit(draft, readyContext);
        if (!first.ready) throw new Error('expected a ready referral');
        const again: ReferralDraft = referralDraftSchema.parse(first.referral);
        expect(checkReadyToSubmit(again, readyContext)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
