// Under a form's fields: what went wrong with the last send, and the send and cancel buttons.
import { View } from '@tarojs/components';
import type { ApiError } from '../services/api';
import { isSignedOut, signInText } from '../utils/sign-in';
import { ActionButton } from './Tap';
import { Notice } from './Notice';
import './complaint.css';

/** What went wrong with a send: `conflict` when someone acted first, else `failed`; sign in when signed out. */
export function SendError({ error, conflict, failed }: { error: ApiError | null; conflict: string; failed: string }) {
  if (!error) return null;
  return <Notice title={error.code === 'CONFLICT' ? conflict : failed} text={isSignedOut(error) ? signInText() : error.message} />;
}

/** Send (正在提交… while busy) and 取消, under a panel's fields. */
export function SendRow({ busy, text, onSend, onCancel }: { busy: boolean; text: string; onSend: () => void; onCancel: () => void }) {
  return (
    <View className="cm-btn-row cm-btn-row--wrap">
      <ActionButton onTap={onSend} disabled={busy}>
        {busy ? '正在提交…' : text}
      </ActionButton>
      <ActionButton kind="plain" onTap={onCancel}>
        取消
      </ActionButton>
    </View>
  );
}
