// Tabs that say which one is open in words (✓) as well as by colour.
import { Text, View } from '@tarojs/components';
import '../cadre.css';

/** Tabs that say which one is open in words (✓) as well as by colour. */
export function Tabs<T extends string>({
  name,
  tabs,
  value,
  onChange,
}: {
  name: string;
  tabs: Array<{ value: T; label: string }>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <View className="cd-tabs" role="tablist" aria-label={name}>
      {tabs.map((t) => {
        const on = t.value === value;
        const a11y: Record<string, string> = { role: 'tab', 'aria-selected': on ? 'true' : 'false' };
        return (
          <View
            key={t.value}
            className={'cd-tab tap' + (on ? ' cd-tab--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(t.value)}
            {...a11y}
          >
            <Text>
              {on ? '✓ ' : ''}
              {t.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
