import { useRef, useState } from 'react';
import { ApiError, problemMessage, type FieldProblem } from '../api/api-error.ts';
import type { ReferralView } from '../api/api-types.ts';
import type { SummaryItem } from '../components/error-summary.tsx';
import { useWorkspace } from '../workspace/workspace-context.ts';
import { summaryText } from './form/field-labels.ts';
import type { useFormErrors } from './form/use-form-errors.ts';

/**
 * Sending the referral for QA: the ready check and the choice of PRSG member first (every problem in the summary,
 * which takes focus), then the last changes saved, then the submit; the service's refusals go to their fields.
 */
export function useSendReferral(options: {
  view: ReferralView;
  qaRoleName: string;
  errors: ReturnType<typeof useFormErrors>;
  flush: () => Promise<boolean>;
  onSent: (view: ReferralView) => void;
}) {
  const { api } = useWorkspace();
  const { errors } = options;
  const [reviewerId, setReviewerId] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [attempted, setAttempted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const reviewerMissing: FieldProblem | undefined = reviewerId
    ? undefined
    : { path: 'reviewerId', message: `Choose the ${options.qaRoleName} to send the referral to` };
  const summary: SummaryItem[] = [
    ...errors.summary(),
    ...(attempted && reviewerMissing ? [{ key: reviewerMissing.path, text: reviewerMissing.message }] : []),
  ].map((item) => ({ key: item.key, text: summaryText(item.key, item.text) }));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const send = async () => {
    errors.attemptSubmit();
    setAttempted(true);
    setFailure(undefined);
    if (errors.readyProblems.length > 0 || reviewerMissing) {
      focusSummary();
      return;
    }
    setSending(true);
    try {
      if (!(await options.flush())) {
        setFailure(
          'Your latest changes are not saved yet, so the referral was not sent. Check the save status at the top, then try again.',
        );
        return;
      }
      options.onSent(
        await api.post<ReferralView>(`/api/referrals/${options.view.id}/submit`, { reviewerId }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors.length > 0) {
        errors.setServiceErrors(error.problem.errors);
        focusSummary();
      } else {
        setFailure(problemMessage(error));
      }
    } finally {
      setSending(false);
    }
  };

  return {
    reviewerId,
    chooseReviewer: (id: string) => {
      setReviewerId(id);
      errors.fieldChanged('reviewerId');
    },
    reviewerError: errors.errorAt('reviewerId') ?? (attempted ? reviewerMissing?.message : undefined),
    sending,
    failure,
    summary: attempted ? summary : [],
    summaryRef,
    send,
  };
}
