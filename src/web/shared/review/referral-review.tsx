import { makeStyles, tokens } from '@fluentui/react-components';
import type { Profile, ReferralView } from '../api/api-types.ts';
import { useWorkspace } from '../workspace/workspace-context.ts';
import { WhatHappensNext, type JourneyStep } from '../referral/side/what-happens-next.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { QaHistory } from './qa-history.tsx';
import { ReferralDetails } from './referral-details.tsx';
import { WithdrawPanel } from './withdraw-panel.tsx';
import { RetrySendingPanel } from './retry-sending-panel.tsx';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 22rem',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  aside: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    position: 'sticky',
    top: tokens.spacingVerticalL,
  },
});

const journeyStep = (state: string): JourneyStep =>
  state === 'submitted'
    ? 'qa'
    : state === 'approved' || state === 'sending' || state === 'send_failed'
      ? 'sent'
      : state === 'sent'
        ? 'panel'
        : 'draft';

/**
 * A referral that is not (or no longer) the reader's to edit: the whole content read-only, the QA record, and
 * the actions the service offers this person (decide, withdraw).
 */
export function ReferralReview(props: {
  view: ReferralView;
  profile: Profile;
  onViewChange: (view: ReferralView) => void;
}) {
  const styles = useStyles();
  const { me } = useWorkspace();
  const qa = props.profile.qaRoleName;
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <QaHistory decisions={props.view.qaDecisions} qaRoleName={qa} />
        <ReferralDetails form={props.view.form} profile={props.profile} />
      </div>
      <aside className={styles.aside} aria-label="Actions">
        <DecisionPanel view={props.view} qaRoleName={qa} onDecided={props.onViewChange} />
        <RetrySendingPanel view={props.view} onRetried={props.onViewChange} />
        {props.view.ownerId === me.userId && (
          <WithdrawPanel view={props.view} onWithdrawn={props.onViewChange} />
        )}
        <WhatHappensNext
          profile={props.profile}
          current={journeyStep(props.view.state)}
          reader={
            props.view.ownerId === me.userId
              ? 'referrer'
              : props.view.reviewerId === me.userId
                ? 'reviewer'
                : 'other'
          }
        />
      </aside>
    </div>
  );
}
