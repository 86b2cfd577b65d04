// An error answer shown where the action was.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './complaint.css';

/** An error answer shown where the action was, with a title in words. */
export function Notice({ title, text, children }: { title: string; text?: string; children?: ReactNode }) {
  return (
    <View className="cm-notice" role="alert">
      <Text className="cm-notice__title">{title}</Text>
      {text && <Text className="cm-notice__text">{text}</Text>}
      {children}
    </View>
  );
}
