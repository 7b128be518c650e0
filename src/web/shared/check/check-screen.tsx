import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AssessmentResult } from '../api/api-types.ts';
import { ApiError, problemMessage } from '../api/api-error.ts';
import { PageHeading } from '../shell/page-heading.tsx';
import { Panel } from '../shell/panel.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useProfile } from '../workspace/use-profile.ts';
import { useStartReferral } from '../workspace/use-start-referral.ts';
import { useWorkspace } from '../workspace/workspace-context.ts';
import { AnswersReview, type CheckDates } from './answers-review.tsx';
import { orderedQuestions, toAnswers } from './criteria-questions.ts';
import { OutcomePanel } from './outcome-panel.tsx';
import { QuestionStep } from './question-step.tsx';

const useStyles = makeStyles({
  panel: { maxWidth: '48rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Outcomes after which a referral is made, or may be. */
const referralOutcomes = new Set([
  'must_refer',
  'may_refer',
  'discuss_first',
  'consider_sgor',
  'urgent_action',
]);

type Step =
  { kind: 'question'; index: number } | { kind: 'review' } | { kind: 'outcome'; result: AssessmentResult };

/** The criteria check one question at a time, then the answers to check, then the outcome and a way to refer. */
export function CheckScreen() {
  const styles = useStyles();
  const { api } = useWorkspace();
  const { profile } = useProfile();
  const [values, setValues] = useState<Record<string, string>>({});
  const [dates, setDates] = useState<CheckDates>({ incidentDate: '', awarenessDate: '' });
  const [step, setStepState] = useState<Step>({ kind: 'question', index: 0 });
  // Focus follows the step once the person has moved on from the first question (not on arrival).
  const [moved, setMoved] = useState(false);
  const setStep = (next: Step) => {
    setMoved(true);
    setStepState(next);
  };
  const [returnToReview, setReturnToReview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const starter = useStartReferral();
  useReadySignal(true);

  const request = () => ({
    answers: toAnswers(values),
    ...(dates.incidentDate ? { incidentDate: dates.incidentDate } : {}),
    ...(dates.awarenessDate ? { awarenessDate: dates.awarenessDate } : {}),
  });

  const assess = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await api.post<AssessmentResult>('/api/assessments', request());
      setErrors({});
      setStep({ kind: 'outcome', result });
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors.length > 0) {
        setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.path, `This date ${e.message}.`])));
      } else {
        setFailure(problemMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (step.kind === 'question') {
    const question = orderedQuestions[step.index]!;
    const last = step.index === orderedQuestions.length - 1;
    body = (
      <QuestionStep
        question={
          question.id === 'event' && profile ? { ...question, hint: profile.guidance.seriousHarm } : question
        }
        number={step.index + 1}
        total={orderedQuestions.length}
        value={values[question.id]}
        urgentNotice={
          question.id === 'immediateRisk' && values.immediateRisk === 'true'
            ? (profile?.outcomes.urgent_action?.nextSteps[0] ??
              "Contact children's social care now, or the police on 999 if a child is in immediate danger.")
            : undefined
        }
        focusOnShow={moved}
        nextLabel={returnToReview || last ? 'Continue' : 'Next'}
        onAnswer={(value) => setValues((v) => ({ ...v, [question.id]: value }))}
        onBack={step.index > 0 ? () => setStep({ kind: 'question', index: step.index - 1 }) : undefined}
        onNext={() => {
          if (returnToReview || last) {
            setReturnToReview(false);
            setStep({ kind: 'review' });
          } else {
            setStep({ kind: 'question', index: step.index + 1 });
          }
        }}
      />
    );
  } else if (step.kind === 'review') {
    body = (
      <AnswersReview
        values={values}
        dates={dates}
        askAwareness={profile?.deadline.clockStart === 'awareness'}
        busy={busy}
        errors={errors}
        onDatesChange={setDates}
        onChange={(index) => {
          setReturnToReview(true);
          setStep({ kind: 'question', index });
        }}
        onBack={() => setStep({ kind: 'question', index: orderedQuestions.length - 1 })}
        onSubmit={() => void assess()}
      />
    );
  } else {
    const canRefer = referralOutcomes.has(step.result.outcome);
    body = (
      <>
        <OutcomePanel result={step.result} wording={profile?.outcomes[step.result.outcome]} />
        <div className={styles.actions}>
          {canRefer && (
            <Button
              appearance="primary"
              disabled={starter.busy}
              onClick={() => void starter.start(request())}
            >
              {starter.busy ? 'Starting…' : 'Start a referral'}
            </Button>
          )}
          <Button onClick={() => setStep({ kind: 'review' })}>Change answers</Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setValues({});
              setDates({ incidentDate: '', awarenessDate: '' });
              setStep({ kind: 'question', index: 0 });
            }}
          >
            Start a new check
          </Button>
          {starter.error && (
            <span role="alert" className={styles.error}>
              {starter.error}
            </span>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeading hint="Seven short questions. The answers show whether to refer the case for a practice review, and by when.">
        Check a case
      </PageHeading>
      <Panel className={styles.panel}>
        {body}
        {failure && (
          <p role="alert" className={styles.error}>
            {failure}
          </p>
        )}
      </Panel>
    </>
  );
}
