import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { ApiError, type ApiClient } from './api-client.ts';
import { criteriaQuestions, toAnswers } from './criteria-questions.ts';
import { OutcomePanel, type AssessmentResult } from './outcome-panel.tsx';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '44rem' },
  submit: { alignSelf: 'flex-start', minWidth: '8rem' },
});

/** The criteria check on one page: every question, the incident date, then the outcome. */
export function CriteriaCheck({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const [values, setValues] = useState<Record<string, string>>({});
  const [incidentDate, setIncidentDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<AssessmentResult>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      criteriaQuestions.filter((q) => !values[q.id]).map((q) => [`answers.${q.id}`, 'Choose an answer.']),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const body = { answers: toAnswers(values), ...(incidentDate ? { incidentDate } : {}) };
      setResult(await api.post<AssessmentResult>('/api/assessments', body));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.path, e.message])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Criteria check">
      {criteriaQuestions.map((question) => (
        <Field
          key={question.id}
          label={question.label}
          hint={question.hint}
          required
          validationMessage={errors[`answers.${question.id}`]}
        >
          <RadioGroup
            value={values[question.id] ?? ''}
            onChange={(_e, data) => setValues((v) => ({ ...v, [question.id]: data.value }))}
          >
            {question.options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </RadioGroup>
        </Field>
      ))}
      <Field
        label="Date of the incident"
        hint="Used to work out the deadline."
        validationMessage={errors.incidentDate}
      >
        <Input type="date" value={incidentDate} onChange={(_e, data) => setIncidentDate(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy} className={styles.submit}>
        {busy ? 'Checking…' : 'Check'}
      </Button>
      {result && <OutcomePanel result={result} />}
    </form>
  );
}
