// The report views' looks (a policy's, the city's, a form format's), in one place.
import { makeStyles, tokens } from '@fluentui/react-components';

/** The report tables' looks, shared with the city's view. */
export const useReportStyles = makeStyles({
  tableWrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  headNum: { justifyContent: 'flex-end', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  chip: {
    display: 'inline-flex',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  measureName: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
});
