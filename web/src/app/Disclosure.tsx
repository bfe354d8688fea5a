import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import styles from './Disclosure.module.css';

/**
 * A button that shows and hides a small panel of links or actions below it (the disclosure
 * pattern: aria-expanded + aria-controls). Escape, a click outside and a change of page close
 * it; Escape gives the focus back to the button. Light on purpose: it sits in the page header
 * that every visitor downloads.
 */
export function Disclosure({
  label,
  children,
  align = 'start',
  buttonClassName,
  testId,
}: {
  label: ReactNode;
  children: ReactNode;
  align?: 'start' | 'end';
  buttonClassName?: string;
  testId?: string;
}) {
  // Open on the page where it was opened: going to another page closes it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpenOn(null);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className={styles.root} ref={root}>
      <button
        ref={button}
        type="button"
        className={`${styles.button} ${buttonClassName ?? ''}`}
        aria-expanded={open}
        aria-controls={id}
        data-testid={testId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {label}
        <span className={styles.caret} aria-hidden="true" />
      </button>
      <div
        id={id}
        className={`${styles.panel} ${align === 'end' ? styles.end : ''}`}
        hidden={!open}
        // A click on an action inside (sign out) closes it too.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a, button')) close();
        }}
      >
        {children}
      </div>
    </div>
  );
}
