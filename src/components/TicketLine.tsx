// A complaint's ticket number, selectable, with 复制编号.
import { Text, View } from '@tarojs/components';
import { copyText } from '../utils/clipboard';
import { ActionButton, Tap } from './Tap';
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

/** The ticket just issued, large, to write down or copy: 诉求编号 and 复制编号. */
export function NewTicket({ ticket }: { ticket: string }) {
  return (
    <>
      <Text className="field__label">诉求编号</Text>
      <View className="cm-ticket-row">
        <Text className="cm-ticket" selectable userSelect>
          {ticket}
        </Text>
        <ActionButton kind="plain" onTap={() => copyText(ticket)}>
          复制编号
        </ActionButton>
      </View>
    </>
  );
}
