import { makeStyles } from '@fluentui/react-components';

/** Box widths that hint at the answer's length (a postcode box is short, an address is not). */
export const useFieldWidths = makeStyles({
  number: { maxWidth: '10rem' },
  date: { maxWidth: '14rem' },
  short: { maxWidth: '14rem' },
  medium: { maxWidth: '26rem' },
  full: { maxWidth: '100%' },
});
