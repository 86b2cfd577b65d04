// The row of a list that opens something: the same look on every page.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Tap } from './Tap';

/**
 * A list row that goes somewhere: its title, a line under it when there is one (`meta`),
 * anything else (`children`, e.g. badges) under that, and › at the end.
 */
export function LinkRow({
  title,
  meta,
  onTap,
  className,
  label,
  children,
}: {
  title: ReactNode;
  meta?: ReactNode;
  onTap: () => void;
  /** Added after `row row--chevron` (e.g. card-link). */
  className?: string;
  /** Spoken name when the visible text alone is not enough. */
  label?: string;
  children?: ReactNode;
}) {
  return (
    <Tap className={className ? `row row--chevron ${className}` : 'row row--chevron'} label={label} onTap={onTap}>
      <View>
        <View className="row__title">{title}</View>
        {meta !== undefined && <View className="row__meta">{meta}</View>}
        {children}
      </View>
      <Text className="chevron">›</Text>
    </Tap>
  );
}
