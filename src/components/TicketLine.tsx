// A complaint's ticket number, selectable, with 复制编号.
import { Text, View } from '@tarojs/components';
import { copyText } from '../utils/clipboard';
import { Tap } from './Tap';
import './complaint.css';

/** 编号 … with 复制编号 next to it. */
export function TicketLine({ id, className = 'cm-ticket-row' }: { id: string; className?: string }) {
  return (
    <View className={className}>
      <Text className="muted" selectable userSelect>
        编号 {id}
      </Text>
      <Tap role="button" className="section__action" onTap={() => copyText(id)}>
        <Text className="link">复制编号</Text>
      </Tap>
    </View>
  );
}
