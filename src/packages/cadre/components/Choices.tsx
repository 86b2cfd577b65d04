// One choice among a few, each with an id, its words and an optional plain line.
import { Text, View } from '@tarojs/components';
import '../../../components/complaint.css';

export interface Choice {
  value: string;
  label: string;
  help?: string;
}

/** One choice among a few, each with its words; the choice shows ✓ and 已选 (not colour alone). */
export function Choices({
  name,
  options,
  value,
  onChange,
  compact,
}: {
  name: string;
  options: Choice[];
  value: string;
  onChange: (v: string) => void;
  compact?: boolean;
}) {
  return (
    <View className={compact ? 'cm-choices cm-choices--compact' : 'cm-choices'} role="radiogroup" aria-label={name}>
      {options.map((o) => {
        const on = o.value === value;
        const a11y: Record<string, string> = { role: 'radio', 'aria-checked': on ? 'true' : 'false' };
        return (
          <View
            key={o.value}
            className={'cm-choice tap' + (on ? ' cm-choice--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(o.value)}
            {...a11y}
          >
            <View className="cm-choice__head">
              <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
              <Text className="cm-choice__name">{o.label}</Text>
              {on && <Text className="cm-choice__on">已选</Text>}
            </View>
            {o.help && <Text className="cm-choice__help">{o.help}</Text>}
          </View>
        );
      })}
    </View>
  );
}
