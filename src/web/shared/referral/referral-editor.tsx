import { useMemo, useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReferralDraft } from '../../../domain/referral/draft/referral-draft-schema.ts';
import type { Profile, ReferralView } from '../api/api-types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { AutosaveStatusLine } from './autosave/autosave-status-line.tsx';
import { ConflictPanel } from './autosave/conflict-panel.tsx';
import { UnsavedValuesPanel } from './autosave/unsaved-values-panel.tsx';
import { useAutosave } from './autosave/use-autosave.ts';
import { useConflictReload } from './autosave/use-conflict-reload.ts';
import { EditorNotices } from './editor-notices.tsx';
import { FormContext, type FormContextValue } from './form/form-context.ts';
import { pathKey, setIn } from './form/form-paths.ts';
import { useFormErrors } from './form/use-form-errors.ts';
import { useLeaveGuard } from './use-leave-guard.tsx';
import { useSendReferral } from './use-send-referral.ts';
import { ReferralFormSections } from './referral-form-sections.tsx';
import { SubmitPanel } from './submit-panel.tsx';
import { DataMinimisationNote } from './side/data-minimisation-note.tsx';
import { WhatHappensNext } from './side/what-happens-next.tsx';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 20rem',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  statusBar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  aside: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    position: 'sticky',
    top: tokens.spacingVerticalL,
  },
});

/**
 * The referral form for its owner while it may be edited: autosaved, checked against the domain rules as it is
 * filled in, and sent to the PRSG member from the end of the page.
 */
export function ReferralEditor(props: {
  view: ReferralView;
  profile: Profile;
  onViewChange: (view: ReferralView) => void;
}) {
  const styles = useStyles();
  const [form, setForm] = useState<ReferralDraft>(props.view.form);
  const agencyIds = useMemo(() => props.profile.agencies.map((a) => a.id), [props.profile]);
  const errors = useFormErrors(form, agencyIds);
  const autosave = useAutosave(props.view, form, props.onViewChange);
  const leaveDialog = useLeaveGuard(autosave.status, autosave.flush);
  const sender = useSendReferral({
    view: props.view,
    qaRoleName: props.profile.qaRoleName,
    errors,
    flush: autosave.flush,
    onSent: props.onViewChange,
  });
  const conflict = useConflictReload({
    id: props.view.id,
    unsavedPatch: autosave.unsavedPatch,
    onLoaded: (latest, latestForm) => {
      setForm(latestForm);
      autosave.reset(latest);
      props.onViewChange(latest);
    },
  });

  const context: FormContextValue = {
    form,
    set: (path, value) => {
      setForm((current) => setIn(current, path, value));
      errors.fieldChanged(pathKey(path));
    },
    errorAt: errors.errorAt,
    touch: errors.touch,
  };
  const failure = sender.failure ?? conflict.failure;

  return (
    <FormContext.Provider value={context}>
      <div className={styles.layout}>
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => e.preventDefault()}
          aria-label={`Referral ${props.view.reference}`}
        >
          <div className={styles.statusBar}>
            <AutosaveStatusLine status={autosave.status} />
            <span className={styles.legend}>Fields marked * are needed before you can send it.</span>
          </div>
          <EditorNotices view={props.view} status={autosave.status} />
          {autosave.status.kind === 'conflict' && (
            <ConflictPanel busy={conflict.reloading} onReload={() => void conflict.reload()} />
          )}
          {conflict.unsaved.length > 0 && (
            <UnsavedValuesPanel values={conflict.unsaved} onDismiss={conflict.dismiss} />
          )}
          {sender.summary.length > 0 && (
            <ErrorSummary
              ref={sender.summaryRef}
              items={sender.summary}
              intro="Fix these before you send the referral."
            />
          )}
          <ReferralFormSections profile={props.profile} />
          <SubmitPanel
            profile={props.profile}
            agencyId={form.referrer?.agencyId}
            reviewerId={sender.reviewerId}
            reviewerError={sender.reviewerError}
            busy={sender.sending}
            onReviewerChange={sender.chooseReviewer}
            onSubmit={() => void sender.send()}
          />
          {failure && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
        </form>
        <aside className={styles.aside} aria-label="About this referral">
          <WhatHappensNext profile={props.profile} current="draft" />
          <DataMinimisationNote profile={props.profile} />
        </aside>
      </div>
      {leaveDialog}
    </FormContext.Provider>
  );
}
