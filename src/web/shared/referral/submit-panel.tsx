import { Button, Checkbox, Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import type { Profile, Reviewer } from '../api/api-types.ts';
import { useApiResource } from '../workspace/use-api-resource.ts';
import { fieldId } from './form/form-paths.ts';
import { useField } from './form/form-context.ts';
import { useFieldWidths } from './fields/field-widths.ts';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderTop: `${tokens.strokeWidthThickest} solid ${tokens.colorCompoundBrandStroke}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  send: { alignSelf: 'flex-start' },
});

/** Declaration, the choice of PRSG member, and the button that sends the referral for quality assurance. */
export function SubmitPanel(props: {
  profile: Profile;
  agencyId: string | undefined;
  reviewerId: string;
  reviewerError: string | undefined;
  busy: boolean;
  onReviewerChange: (id: string) => void;
  onSubmit: () => void;
}) {
  const styles = useStyles();
  const widths = useFieldWidths();
  const declaration = useField(['referrer', 'declarationAccurate']);
  const reviewers = useApiResource<{ reviewers: Reviewer[] }>(
    props.agencyId ? `/api/reviewers?agencyId=${encodeURIComponent(props.agencyId)}` : null,
  );
  const qa = props.profile.qaRoleName;
  const list = reviewers.data?.reviewers ?? [];
  const agencyName = props.profile.agencies.find((a) => a.id === props.agencyId)?.name;
  const reviewerHint = !props.agencyId
    ? `Choose your agency under About you first: the ${qa} must be from your agency.`
    : reviewers.loading
      ? `Finding the ${qa}s for ${agencyName ?? 'your agency'}…`
      : list.length === 0
        ? `No ${qa} is listed for ${agencyName ?? 'your agency'}. Ask ${props.profile.shortName} who to send it to.`
        : `The ${qa} for ${agencyName ?? 'your agency'} who will quality-assure it. They will be told in Teams.`;
  return (
    <section className={styles.root} aria-labelledby="send-heading">
      <h2 id="send-heading" className={styles.heading}>
        Send for quality assurance
      </h2>
      <Field validationMessage={declaration.error} required>
        <Checkbox
          id={declaration.id}
          checked={declaration.value === true}
          onChange={(_e, data) => declaration.set(data.checked === true ? true : undefined)}
          label="I confirm the information in this referral is accurate to the best of my knowledge."
        />
      </Field>
      <Field
        label={{ children: `${qa} to send it to`, htmlFor: fieldId('reviewerId') }}
        hint={reviewerHint}
        validationMessage={props.reviewerError}
        required
        className={widths.medium}
      >
        <Select
          id={fieldId('reviewerId')}
          value={props.reviewerId}
          disabled={list.length === 0}
          onChange={(_e, data) => props.onReviewerChange(data.value)}
        >
          <option value="">Choose a {qa}</option>
          {list.map((r) => (
            <option key={r.userId} value={r.userId}>
              {r.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        size="large"
        className={styles.send}
        icon={props.busy ? <Spinner size="tiny" /> : <SendRegular />}
        disabled={props.busy}
        onClick={props.onSubmit}
      >
        {props.busy ? 'Sending…' : `Send to ${qa}`}
      </Button>
    </section>
  );
}
