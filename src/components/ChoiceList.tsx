// One choice among a few words (a complaint's kind, category, rating reason...).
import { Text, View } from '@tarojs/components';
import './complaint.css';

/** One choice among a few, each with its words and an optional plain line; the choice shows ✓ and 已选. */
export function ChoiceList<T extends string>({
  options,
  value,
  onChange,
  help,
  compact,
  name,
}: {
  options: readonly T[];
  value: T | '';
  onChange: (x: T) => void;
  help?: Record<string, string>;
  compact?: boolean;
  /** Spoken group name. */
  name: string;
}) {
  return (
    <View className={compact ? 'cm-choices cm-choices--compact' : 'cm-choices'} role="radiogroup" aria-label={name}>
      {options.map((o) => {
        const on = o === value;
        const a11y: Record<string, string> = { role: 'radio', 'aria-checked': on ? 'true' : 'false' };
        return (
          <View
            key={o}
            className={'cm-choice tap' + (on ? ' cm-choice--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(o)}
            {...a11y}
          >
            <View className="cm-choice__head">
              <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
              <Text className="cm-choice__name">{o}</Text>
              {on && <Text className="cm-choice__on">已选</Text>}
            </View>
            {help?.[o] && <Text className="cm-choice__help">{help[o]}</Text>}
          </View>
        );
      })}
    </View>
  );
}
