import { makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../../api/api-types.ts';
import { Panel } from '../../shell/panel.tsx';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

export type JourneyStep = 'draft' | 'qa' | 'sent' | 'panel';

/** The road from draft to review in the partnership's own terms; the current step stands out. */
export function WhatHappensNext({
  profile,
  current,
  reader = 'referrer',
}: {
  profile: Profile;
  current: JourneyStep;
  /** Whose eyes: the referrer reads "you send it", the PRSG member "they send it to you". */
  reader?: 'referrer' | 'reviewer' | 'other';
}) {
  const styles = useStyles();
  const days = `${String(profile.deadline.days)} ${profile.deadline.dayKind === 'working' ? 'working ' : ''}days`;
  const start = profile.deadline.clockStart === 'incident' ? 'the incident' : 'your agency becoming aware';
  const referrer = reader === 'referrer';
  const steps: { step: JourneyStep; text: string }[] = [
    {
      step: 'draft',
      text: referrer
        ? 'You complete this referral and record your talk with your Safeguarding Lead. It saves as you type.'
        : 'The referrer completes the referral and records their talk with their Safeguarding Lead.',
    },
    {
      step: 'qa',
      text: referrer
        ? `You send it to your ${profile.qaRoleName}. They approve it, return it to you with comments, or decline it with a reason.`
        : reader === 'reviewer'
          ? `They send it to you as ${profile.qaRoleName}. You approve it, return it with comments, or decline it with a reason.`
          : `They send it to their ${profile.qaRoleName}, who approves it, returns it with comments, or declines it.`,
    },
    {
      step: 'sent',
      text: `Once approved it goes securely to ${profile.shortName} (${profile.mailbox}), within ${days} of ${start}.`,
    },
    {
      step: 'panel',
      text: `The Virtual Panel decides whether it meets the criteria for a statutory review. If it does, a Rapid Review is completed within ${String(profile.rapidReviewWorkingDays)} working days; if not, another kind of review or audit may follow.`,
    },
  ];
  return (
    <Panel title="What happens next" labelledBy="next-heading" headingLevel={2}>
      <ol className={styles.list}>
        {steps.map((s) => (
          <li
            key={s.step}
            className={s.step === current ? styles.current : undefined}
            aria-current={s.step === current ? 'step' : undefined}
          >
            {s.text}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
