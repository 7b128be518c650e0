import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AssessmentResult, OutcomeWording } from '../api/api-types.ts';
import { formatLongDate } from '../format/dates.ts';
import { outcomeTitle, reasonText } from './criteria-questions.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  due: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const intentByOutcome: Record<string, 'error' | 'warning' | 'info' | 'success'> = {
  urgent_action: 'error',
  must_refer: 'warning',
  discuss_first: 'warning',
  consider_sgor: 'success',
};

/** The result of a check, announced as it appears: what it means, why, what to do, and by when. */
export function OutcomePanel({ result, wording }: { result: AssessmentResult; wording?: OutcomeWording }) {
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className={styles.root} aria-label="Outcome" ref={ref} tabIndex={-1}>
      <MessageBar intent={intentByOutcome[result.outcome] ?? 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {wording?.title ?? outcomeTitle[result.outcome] ?? result.outcome}
          </MessageBarTitle>
          {wording?.summary}
        </MessageBarBody>
      </MessageBar>
      <h2 className={styles.heading}>Why</h2>
      <ul className={styles.list}>
        {result.reasons.map((r) => (
          <li key={r}>{reasonText[r as keyof typeof reasonText] ?? r}</li>
        ))}
      </ul>
      <h2 className={styles.heading}>What to do next</h2>
      <ol className={styles.list}>
        {result.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {result.dueBy && <p className={styles.due}>Referral due by {formatLongDate(result.dueBy)}</p>}
    </section>
  );
}
