import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Route } from '../routing/routes.ts';
import { routeHref } from '../routing/routes.ts';
import { focusNextHeading } from './page-heading.tsx';

const useStyles = makeStyles({
  nav: { display: 'flex' },
  item: { display: 'flex' },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
  },
});

export interface NavItem {
  readonly label: string;
  readonly route: Route;
}

/** The workspace's top-level screens, as Teams shows an app's own tabs; the current one is marked. */
export function WorkspaceNav({ items, current }: { items: readonly NavItem[]; current: Route['screen'] }) {
  const styles = useStyles();
  const currentSection = current === 'referral' || current === 'timeline' ? 'home' : current;
  return (
    <nav aria-label="Workspace" className={styles.nav}>
      <ul className={styles.list}>
        {items.map((item) => {
          const isCurrent = item.route.screen === currentSection;
          return (
            <li key={item.label} className={styles.item}>
              <a
                href={routeHref(item.route)}
                className={mergeClasses(styles.link, isCurrent && styles.current)}
                aria-current={isCurrent ? 'page' : undefined}
                onClick={isCurrent && item.route.screen === current ? undefined : focusNextHeading}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
