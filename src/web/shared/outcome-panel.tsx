import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { outcomeTitle, reasonText } from './criteria-questions.ts';

export interface AssessmentResult {
  readonly outcome: string;
  readonly reasons: readonly string[];
  readonly nextSteps: readonly string[];
  readonly dueBy?: string;
}

const intentByOutcome: Record<string, 'error' | 'warning' | 'info' | 'success'> = {
  urgent_action: 'error',
  must_refer: 'warning',
  discuss_first: 'warning',
};

const formatDate = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });

/** The result of a check, announced to screen readers as it appears. */
export function OutcomePanel({ result }: { result: AssessmentResult }) {
  return (
    <section aria-live="polite" aria-label="Outcome">
      <MessageBar intent={intentByOutcome[result.outcome] ?? 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{outcomeTitle[result.outcome] ?? result.outcome}</MessageBarTitle>
          <ul>
            {result.reasons.map((r) => (
              <li key={r}>{reasonText[r] ?? r}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <h2>What to do next</h2>
      <ol>
        {result.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {result.dueBy && (
        <Text weight="semibold" as="p">
          Referral due by {formatDate(result.dueBy)}
        </Text>
      )}
    </section>
  );
}
