import { useMemo, useState } from 'react';
import type { ReferralDraft } from '../../../../domain/referral/draft/referral-draft-schema.ts';
import { parseReferralDraft } from '../../../../domain/referral/draft/parse-referral-draft.ts';
import { checkReadyToSubmit } from '../../../../domain/referral/ready/ready-to-submit.ts';
import type { FieldProblem } from '../../api/api-error.ts';
import { londonToday } from '../../format/dates.ts';
import { getIn } from './form-paths.ts';
import { referralSectionOrder } from '../../../../domain/referral/section-order.ts';

/** Where a field sits on the page: sections in order, then the declaration and the reviewer at the end. */
function pageRank(path: string): number {
  if (path === 'referrer.declarationAccurate') return referralSectionOrder.length;
  if (path === 'reviewerId') return referralSectionOrder.length + 1;
  const top = path.split('.')[0] ?? '';
  const section = top === 'suggestedRoute' || top === 'routeChangeReason' ? 'route' : top;
  const index = (referralSectionOrder as readonly string[]).indexOf(section);
  return index === -1 ? referralSectionOrder.length + 2 : index;
}

const toMap = (problems: readonly FieldProblem[]) => {
  const map = new Map<string, string>();
  for (const p of problems) if (!map.has(p.path)) map.set(p.path, p.message);
  return map;
};

/**
 * Which error each field shows, from the same domain rules the service applies:
 * - the draft schema (type, length, hidden characters) at once, as these stop the autosave;
 * - the service's answer to the last submit, until that field changes;
 * - the ready-to-submit check for a field the person has left with something in it, and for every field once
 *   they have tried to send the referral.
 */
export function useFormErrors(form: ReferralDraft, agencyIds: readonly string[]) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [service, setService] = useState<ReadonlyMap<string, string>>(new Map());

  const draft = useMemo(() => {
    const parsed = parseReferralDraft(form);
    return parsed.ok ? [] : parsed.errors;
  }, [form]);
  const ready = useMemo(() => {
    const result = checkReadyToSubmit(form, { today: londonToday(), agencyIds });
    return result.ready ? [] : result.errors;
  }, [form, agencyIds]);

  const visible = useMemo(() => {
    // Before a send, a field the person filled and left shows what is wrong with it; an empty one does not nag.
    const shown = (key: string) => {
      if (submitAttempted) return true;
      const value = getIn(form, key.split('.'));
      return touched.has(key) && value !== undefined && value !== '';
    };
    const all: FieldProblem[] = [
      ...draft,
      ...[...service].map(([path, message]) => ({ path, message })),
      ...ready.filter((p) => shown(p.path)),
    ];
    return toMap(all);
  }, [form, draft, service, ready, touched, submitAttempted]);

  const errorAt = (key: string): string | undefined => {
    const exact = visible.get(key);
    if (exact) return exact;
    // An error inside a value shown as one box (a list of other names) belongs to that box.
    for (const [path, message] of visible)
      if (path.startsWith(`${key}.`) && /^\d+$/.test(path.slice(key.length + 1))) return message;
    return undefined;
  };

  return {
    errorAt,
    /** Every error now shown, in form order, for the summary. */
    summary: () =>
      [...visible].map(([key, text]) => ({ key, text })).sort((a, b) => pageRank(a.key) - pageRank(b.key)),
    readyProblems: ready,
    touch: (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))),
    fieldChanged: (key: string) =>
      setService((s) => {
        if (![...s.keys()].some((k) => k === key || k.startsWith(`${key}.`))) return s;
        return new Map([...s].filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
      }),
    setServiceErrors: (problems: readonly FieldProblem[]) => setService(toMap(problems)),
    attemptSubmit: () => setSubmitAttempted(true),
  };
}
