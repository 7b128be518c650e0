import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CriteriaQuestion as Question } from '../../../domain/criteria/criteria-wording.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  step: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    ':focus': { outlineStyle: 'none' },
  },
  track: {
    height: '4px',
    borderRadius: '2px',
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  fill: {
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
  },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalM },
});

/** One question of the check: "Question n of 7", a progress line, the choices, Back and Next. */
export function QuestionStep(props: {
  question: Question;
  number: number;
  total: number;
  value: string | undefined;
  urgentNotice?: string;
  focusOnShow: boolean;
  nextLabel: string;
  onAnswer: (value: string) => void;
  onNext: () => void;
  onBack?: () => void;
}) {
  const styles = useStyles();
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setError(undefined);
    if (props.focusOnShow) heading.current?.focus();
    // Only a new question moves focus, not a re-render of the same one.
  }, [props.question.id]);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (props.value === undefined) {
      setError('Choose an answer to go on.');
      group.current?.querySelector('input')?.focus();
      return;
    }
    props.onNext();
  };

  return (
    <form className={styles.form} onSubmit={next} noValidate aria-label="Criteria check">
      <h2 className={styles.step} ref={heading} tabIndex={-1}>
        Question {props.number} of {props.total}
      </h2>
      <div className={styles.track} aria-hidden>
        <div className={styles.fill} style={{ width: `${String((props.number / props.total) * 100)}%` }} />
      </div>
      <Field
        label={{ children: props.question.label, size: 'large', weight: 'semibold' }}
        hint={props.question.hint}
        required
        validationMessage={error}
      >
        <RadioGroup
          ref={group}
          value={props.value ?? ''}
          onChange={(_e, data) => {
            setError(undefined);
            props.onAnswer(data.value);
          }}
        >
          {props.question.options.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      {props.urgentNotice && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Act now</MessageBarTitle>
            {props.urgentNotice}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {props.onBack && (
          <Button type="button" onClick={props.onBack}>
            Back
          </Button>
        )}
        <Button type="submit" appearance="primary">
          {props.nextLabel}
        </Button>
      </div>
    </form>
  );
}
