import { useEffect, useRef, type ReactNode } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: {
    ...typographyStyles.title2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
    ':focus': { outlineStyle: 'none' },
  },
  hint: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

let focusOnNextHeading = false;

/** After an in-app navigation the next screen's heading takes focus, so screen readers announce the new page. */
export const focusNextHeading = (): void => {
  focusOnNextHeading = true;
};

/** The one h1 of a screen, with an optional line under it. */
export function PageHeading({ children, hint }: { children: ReactNode; hint?: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnNextHeading) return;
    focusOnNextHeading = false;
    ref.current?.focus();
  }, []);
  return (
    <div>
      <h1 className={styles.heading} ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {hint && <p className={styles.hint}>{hint}</p>}
    </div>
  );
}
