import { useEffect, useRef, useState } from 'react';
import { Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVisuallyHidden } from '../../components/visually-hidden.ts';
import {
  CheckmarkCircleRegular,
  CloudOffRegular,
  ErrorCircleRegular,
  WarningRegular,
  EditRegular,
} from '@fluentui/react-icons';
import { formatTime } from '../../format/dates.ts';
import type { AutosaveStatus } from './autosave-status.ts';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    minHeight: '24px',
  },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The words for each status; `Saved 10:42` carries the time of the last save. */
export function autosaveText(status: AutosaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at ? `Saved ${formatTime(status.at)}` : 'All changes saved';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Offline — will retry';
    case 'retrying':
      return 'Could not save — will retry';
    case 'invalid':
      return 'Not saved — fix the marked field';
    case 'conflict':
      return 'Not saved — a newer version exists';
    case 'closed':
      return 'Not saved — no longer editable';
  }
}

const troubled = (status: AutosaveStatus) => !['saved', 'pending', 'saving'].includes(status.kind);

/**
 * What screen readers hear: problems, and the first save after one. Routine "Saving…" and "Saved" after each
 * pause in typing would interrupt every few seconds, so they are shown but not announced.
 */
function useAnnouncement(status: AutosaveStatus): string {
  const previous = useRef(status);
  const [text, setText] = useState('');
  useEffect(() => {
    if (troubled(status)) setText(autosaveText(status));
    else if (status.kind === 'saved' && troubled(previous.current)) setText('Your changes are saved again.');
    previous.current = status;
  }, [status]);
  return text;
}

/** The autosave state, always visible at the top of the form. */
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const announcement = useAnnouncement(status);
  const problem = status.kind === 'invalid' || status.kind === 'conflict' || status.kind === 'closed';
  const warning = status.kind === 'offline' || status.kind === 'retrying';
  const icon = {
    saved: <CheckmarkCircleRegular aria-hidden />,
    pending: <EditRegular aria-hidden />,
    saving: <Spinner size="extra-tiny" aria-hidden />,
    offline: <CloudOffRegular aria-hidden />,
    retrying: <WarningRegular aria-hidden />,
    invalid: <ErrorCircleRegular aria-hidden />,
    conflict: <ErrorCircleRegular aria-hidden />,
    closed: <ErrorCircleRegular aria-hidden />,
  }[status.kind];
  return (
    <>
      <span
        className={mergeClasses(styles.root, problem && styles.problem, warning && styles.warning)}
        data-testid="autosave-status"
      >
        {icon}
        {autosaveText(status)}
      </span>
      <span role="status" className={hidden.root}>
        {announcement}
      </span>
    </>
  );
}
