// A labelled form block with its hint and, right under it, its validation message.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './complaint.css';

/** A field's validation message, right under it. */
export function FieldError({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <View className="cm-field-error" role="alert">
      <Text>！{text}</Text>
    </View>
  );
}

/** A labelled form block. */
export function FormField({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className="cm-form-field">
      <Text className="cm-form-field__label">{label}</Text>
      {hint && <Text className="cm-form-field__hint">{hint}</Text>}
      {children}
      <FieldError text={error} />
    </View>
  );
}
