import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReferralView } from '../api/api-types.ts';
import { formatDateTime } from '../format/dates.ts';
import type { AutosaveStatus } from './autosave/autosave-status.ts';

/** Above the form: the PRSG member's comments on a returned referral, and a referral that left the editor's hands. */
export function EditorNotices({ view, status }: { view: ReferralView; status: AutosaveStatus }) {
  const returned = view.state === 'changes_requested' ? view.qaDecisions.at(-1) : undefined;
  return (
    <>
      {returned && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Returned by {returned.reviewerName}, {formatDateTime(returned.at)}
            </MessageBarTitle>
            {returned.comments}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'closed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>This referral can no longer be edited</MessageBarTitle>
            It was sent, withdrawn or changed elsewhere. Reload the page to see where it is now.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
