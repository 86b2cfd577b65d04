import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A labelled element of a catalog item or disclosure: the label in words, then the value. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="field__value">{children}</View>
    </View>
  );
}

export function Lines({ items }: { items: string[] }) {
  if (items.length === 0) return <Text className="muted">暂无</Text>;
  if (items.length === 1) return <Text>{items[0]}</Text>;
  return (
    <View className="lines">
      {items.map((t, i) => (
        <View className="lines__item" key={i}>
          <Text>
            {i + 1}. {t}
          </Text>
        </View>
      ))}
    </View>
  );
}
