// Anything a person can tap: a visible text label inside, a role for screen readers on H5,
// and a pressed state on weapp.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface TapProps {
  onTap: () => void;
  children: ReactNode;
  className?: string;
  /** link: goes to another page; button: acts here. */
  role?: 'link' | 'button';
  /** Spoken name when the visible text alone is not enough. */
  label?: string;
  disabled?: boolean;
}

/** Enter (and Space, for buttons) acts, as on a real link or button. */
function onKey(role: 'link' | 'button', onTap: () => void) {
  return (e: { key?: string; preventDefault?: () => void }) => {
    if (e.key === 'Enter' || (role === 'button' && e.key === ' ')) {
      e.preventDefault?.();
      onTap();
    }
  };
}

export function Tap({ onTap, children, className, role = 'link', label, disabled }: TapProps) {
  const a11y: Record<string, unknown> = { role };
  if (label) a11y['aria-label'] = label;
  if (disabled) a11y['aria-disabled'] = 'true';
  // In a browser a keyboard reaches and works it like a link or button; weapp has no keyboard.
  if (process.env.TARO_ENV !== 'weapp') {
    a11y.tabIndex = 0;
    if (!disabled) a11y.onKeyDown = onKey(role, onTap);
  }
  return (
    <View
      className={['tap', className ?? '', disabled ? 'tap--disabled' : ''].join(' ').trim()}
      hoverClass={disabled ? 'none' : 'tap--pressed'}
      onClick={disabled ? undefined : onTap}
      {...a11y}
    >
      {children}
    </View>
  );
}

/** A button-looking action with its text. */
export function ActionButton({
  onTap,
  children,
  kind = 'primary',
  disabled,
}: {
  onTap: () => void;
  children: ReactNode;
  kind?: 'primary' | 'plain';
  disabled?: boolean;
}) {
  return (
    <Tap onTap={onTap} role="button" className={`btn btn--${kind}`} disabled={disabled}>
      {children}
    </Tap>
  );
}
