import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import { orderedQuestions } from './criteria-questions.ts';
import { londonToday } from '../format/dates.ts';
import { useVisuallyHidden } from '../components/visually-hidden.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { outlineStyle: 'none' },
  },
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr) auto',
    columnGap: tokens.spacingHorizontalL,
  },
  row: { display: 'contents' },
  term: {
    padding: `${tokens.spacingVerticalS} 0`,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  answer: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  change: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalM },
});

export interface CheckDates {
  readonly incidentDate: string;
  readonly awarenessDate: string;
}

/** "Check your answers": every answer with a way to change it, the dates that set the deadline, then the outcome. */
export function AnswersReview(props: {
  values: Readonly<Record<string, string>>;
  dates: CheckDates;
  askAwareness: boolean;
  busy: boolean;
  errors: Readonly<Record<string, string>>;
  onDatesChange: (dates: CheckDates) => void;
  onChange: (questionIndex: number) => void;
  onSubmit: () => void;
  onBack: () => void;
}) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const heading = useRef<HTMLHeadingElement>(null);
  const today = londonToday();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (props.dates.incidentDate > today)
      found.incidentDate = 'The incident date must be today or in the past.';
    if (props.dates.awarenessDate && props.dates.awarenessDate > today)
      found.awarenessDate = 'This date must be today or in the past.';
    if (
      props.dates.incidentDate &&
      props.dates.awarenessDate &&
      props.dates.awarenessDate < props.dates.incidentDate
    ) {
      found.awarenessDate = 'Your agency cannot have become aware before the incident.';
    }
    setLocalErrors(found);
    if (Object.keys(found).length === 0) props.onSubmit();
  };
  const errors = { ...props.errors, ...localErrors };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Check your answers">
      <h2 className={styles.heading} ref={heading} tabIndex={-1}>
        Check your answers
      </h2>
      <dl className={styles.list}>
        {orderedQuestions.map((q, index) => (
          <div key={q.id} className={styles.row}>
            <dt className={styles.term}>{q.label}</dt>
            <dd className={styles.answer}>{q.options.find((o) => o.value === props.values[q.id])?.label}</dd>
            <dd className={styles.change}>
              <Link as="button" type="button" onClick={() => props.onChange(index)}>
                Change<span className={hidden.root}> answer to: {q.label}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className={styles.dates}>
        <Field
          label="Date of the incident"
          hint="Sets the deadline for the referral."
          validationMessage={errors.incidentDate}
        >
          <Input
            type="date"
            max={today}
            value={props.dates.incidentDate}
            onChange={(_e, d) => props.onDatesChange({ ...props.dates, incidentDate: d.value })}
          />
        </Field>
        {props.askAwareness && (
          <Field
            label="Date your agency became aware"
            hint="The partnership's deadline runs from this date."
            validationMessage={errors.awarenessDate}
          >
            <Input
              type="date"
              max={today}
              value={props.dates.awarenessDate}
              onChange={(_e, d) => props.onDatesChange({ ...props.dates, awarenessDate: d.value })}
            />
          </Field>
        )}
      </div>
      <div className={styles.actions}>
        <Button type="button" onClick={props.onBack}>
          Back
        </Button>
        <Button type="submit" appearance="primary" disabled={props.busy}>
          {props.busy ? 'Checking…' : 'See the outcome'}
        </Button>
      </div>
    </form>
  );
}
