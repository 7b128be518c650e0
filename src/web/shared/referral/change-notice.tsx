import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What the person is told after their own action moved the referral on. */
const changeMessage: Readonly<Record<string, { title: string; text: string }>> = {
  submitted: {
    title: 'Sent for quality assurance',
    text: 'It is with your {qa} now. You will see their decision here.',
  },
  approved: { title: 'Approved', text: 'The referral is approved and is on its way to the partnership.' },
  changes_requested: {
    title: 'Returned to the referrer',
    text: 'It is back with the referrer, with your comments.',
  },
  declined: { title: 'Declined', text: 'The referrer will see your reason.' },
  withdrawn: { title: 'Withdrawn', text: 'It will not be sent to the partnership.' },
};

/**
 * The confirmation after a send, a decision or a withdrawal. The action was at the foot of a long page, so the
 * page goes back to the top and the message takes focus, where it is seen and read out.
 */
export function ChangeNotice({ state, qaRoleName }: { state: string; qaRoleName: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [state]);
  const message = changeMessage[state];
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{message.title}</MessageBarTitle>
          {message.text.replace('{qa}', qaRoleName)}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
