// Small pieces the tabs share: a section with its heading, the outcome of an operation, a file chooser.
import { useId, useRef, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import type { Outcome } from '../hooks/useBusy';

export const useCommonStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tight: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  plainList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** A titled part of a tab, labelled by its heading for screen readers. */
export function Section({ title, level = 3, children }: { title: ReactNode; level?: 2 | 3 | 4; children: ReactNode }) {
  const styles = useCommonStyles();
  const id = useId();
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <section aria-labelledby={id} className={styles.tight}>
      <Heading id={id} className={level === 4 ? styles.subheading : styles.heading}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** What a long operation is doing now, then how it ended. */
export function OperationState({ busy, outcome }: { busy?: string; outcome?: Outcome }) {
  if (busy) return <Spinner size="tiny" labelPosition="after" label={busy} />;
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}

export function Notice({ intent, children }: { intent: 'error' | 'warning' | 'success' | 'info'; children: ReactNode }) {
  return (
    <MessageBar intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <Text>{children}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A button that opens the browser's file chooser. The input itself is visually hidden but labelled, so
 * assistive technology and tests can reach it; the button is what the keyboard reaches.
 */
export function FilePicker({
  label,
  inputLabel,
  multiple,
  disabled,
  onFiles,
  appearance,
  accept = XLSX_ACCEPT,
}: {
  accept?: string;
  label: string;
  inputLabel: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  appearance?: ButtonProps['appearance'];
}) {
  const styles = useCommonStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-label={inputLabel}
        tabIndex={-1}
        disabled={disabled}
        className={styles.visuallyHidden}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so choosing the same file again (after fixing it) fires a change.
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
