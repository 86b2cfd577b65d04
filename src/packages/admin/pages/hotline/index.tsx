// 12345热线对接: whether this county hands complaints to the provincial 12345 system, where
// (its https URL), with which shared secret (write-only: shown only as 已设置/未设置), and which
// kinds and categories go (none ticked: all). Saving is audited; the README has the field mapping.
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { FormField } from '../../../../components/FormField';
import { PendingScreen } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin } from '../../../../services/api';

/** One on/off choice: ✓ and 已选 when on, so colour is never the only cue. */
function Check({ label, on, onToggle }: { label: string; on: boolean; onToggle: () => void }) {
  const a11y: Record<string, string> = { role: 'checkbox', 'aria-checked': on ? 'true' : 'false' };
  return (
    <View className={'cm-choice tap' + (on ? ' cm-choice--on' : '')} hoverClass="tap--pressed" onClick={onToggle} {...a11y}>
      <View className="cm-choice__head">
        <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
        <Text className="cm-choice__name">{label}</Text>
        {on && <Text className="cm-choice__on">已选</Text>}
      </View>
    </View>
  );
}

function toggle<T>(list: T[], x: T): T[] {
  return list.includes(x) ? list.filter((y) => y !== x) : [...list, x];
}

export default function Hotline() {
  const cfg = useLoad('hotline', () => callAdmin('hotline.get', {}));
  const [enabled, setEnabled] = useState(false);
  const [endpoint, setEndpoint] = useState('');
  const [secret, setSecret] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const { message, act } = useAdminAction();

  useEffect(() => {
    if (!cfg.data) return;
    setEnabled(cfg.data.enabled);
    setEndpoint(cfg.data.endpoint);
    setKinds(cfg.data.kinds);
    setCategories(cfg.data.categories);
  }, [cfg.data]);

  async function save() {
    await act(async () => {
      await callAdmin('hotline.put', {
        enabled,
        endpoint: endpoint.trim(),
        ...(secret.trim() ? { secret: secret.trim() } : {}),
        kinds: kinds as (typeof COMPLAINT_KINDS)[number][],
        categories: categories as (typeof COMPLAINT_CATEGORIES)[number][],
      });
      setSecret('');
      await cfg.reload();
    }, '已保存');
  }

  if (cfg.error || !cfg.data) return <PendingScreen state={cfg} />;
  return (
    <Screen>
      <View className="h1">12345热线对接</View>
      <View className="muted">
        启用后，符合条件的诉求在提交时同时以工单形式推送到省12345热线平台；12345的签收、答复、办结会记入诉求的办理过程。
      </View>
      {message && (
        <View className={message === '已保存' ? 'muted' : 'cm-error'} role={message === '已保存' ? 'status' : 'alert'}>
          {message}
        </View>
      )}
      <View className="card">
        <Check label={enabled ? '已启用对接' : '未启用对接'} on={enabled} onToggle={() => setEnabled(!enabled)} />
        <FormField label="12345平台接口地址" hint="由省12345平台提供，以 https:// 开头">
          <Input
            className="cm-inputbox"
            type="text"
            value={endpoint}
            onInput={(e) => setEndpoint(e.detail.value)}
            placeholder="https://"
            aria-label="12345平台接口地址"
          />
        </FormField>
        <FormField
          label={`签名密钥（${cfg.data.secretSet ? '已设置' : '未设置'}）`}
          hint={cfg.data.secretSet ? '留空则保持原密钥；填写则替换。密钥不会显示。' : '与12345平台约定，至少16个字符'}
        >
          <Input
            className="cm-inputbox"
            password
            value={secret}
            onInput={(e) => setSecret(e.detail.value)}
            placeholder={cfg.data.secretSet ? '••••••（已设置）' : '请输入'}
            aria-label="签名密钥"
          />
        </FormField>
        <FormField label="推送的诉求类型" hint="都不选：所有类型都推送">
          {COMPLAINT_KINDS.map((k) => (
            <Check key={k} label={k} on={kinds.includes(k)} onToggle={() => setKinds(toggle(kinds, k))} />
          ))}
        </FormField>
        <FormField label="推送的问题类别" hint="都不选：所有类别都推送">
          {COMPLAINT_CATEGORIES.map((c) => (
            <Check key={c} label={c} on={categories.includes(c)} onToggle={() => setCategories(toggle(categories, c))} />
          ))}
        </FormField>
        <ActionButton onTap={() => void save()}>保存</ActionButton>
      </View>
    </Screen>
  );
}
