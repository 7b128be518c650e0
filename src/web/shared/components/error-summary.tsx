import { forwardRef } from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { focusField } from './focus-field.ts';
import { fieldId } from '../referral/form/form-paths.ts';

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0` },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface SummaryItem {
  /** Dotted path of the field; the link goes to it. */
  readonly key: string;
  readonly text: string;
}

/** "There is a problem": every error with a link that moves focus to its field. Takes focus on submit. */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: readonly SummaryItem[]; intro?: string }>(
  function ErrorSummary({ items, intro }, ref) {
    const styles = useStyles();
    return (
      <div className={styles.root} ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" className={styles.title}>
          There is a problem
        </h2>
        {intro && <p className={styles.intro}>{intro}</p>}
        <ul className={styles.list}>
          {items.map((item, index) => (
            <li key={`${item.key}:${String(index)}`}>
              <Link
                href={`#${fieldId(item.key)}`}
                onClick={(event) => {
                  // The address holds the route: move focus without touching it.
                  event.preventDefault();
                  focusField(item.key);
                }}
              >
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
