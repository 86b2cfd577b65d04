// 邀请: pick a role and its binding from the county's units, towns and villages, create the
// invitation, show its QR code (weapp: a mini-program code) and the short code to type; list
// and revoke the invitations made. Who may grant what is checked by the function.
import { Image, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { InviteAnswer } from '@core/api/contracts/admin';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { call, callAccount, callAdmin } from '../../../../services/api';
import '../../admin.css';

type Role = 'cadre' | 'reviewer' | 'unit_staff' | 'county_admin';
const ROLES: Array<[Role, string]> = [
  ['cadre', '驻村干部'],
  ['reviewer', '审核人'],
  ['unit_staff', '单位工作人员'],
  ['county_admin', '县政务公开办管理员'],
];
const STATE: Record<string, string> = { open: '待接受', accepted: '已接受', revoked: '已撤销', expired: '已过期' };

export default function Invites() {
  const me = useLoad('me', () => callAccount('me', {}));
  const list = useLoad('invites', () => callAdmin('invites.list', {}));
  const account = me.data?.account;
  const county = account?.role === 'county_admin' ? account.regionCodes[0] : (account?.unitId ?? account?.regionCodes[0] ?? '').slice(0, 6);
  const isAdmin = account?.role === 'county_admin';
  const units = useLoad(isAdmin ? 'units' : null, () => callAdmin('units.list', {}));
  const [role, setRole] = useState<Role>('cadre');
  const [name, setName] = useState('');
  const [town, setTown] = useState(account?.role === 'reviewer' && account.regionCodes[0].length === 9 ? account.regionCodes[0] : '');
  const towns = useLoad(county ? `towns:${county}` : null, () => call('public', 'regions.children', { code: county }));
  const villages = useLoad(town ? `villages:${town}` : null, () => call('public', 'regions.children', { code: town }));
  const [picked, setPicked] = useState<string[]>([]);
  const [unitId, setUnitId] = useState(account?.role === 'unit_staff' ? (account.unitId ?? '') : '');
  const [lead, setLead] = useState(false);
  const [made, setMade] = useState<InviteAnswer | null>(null);
  const [problem, setProblem] = useState('');

  async function create() {
    setProblem('');
    try {
      const regionCodes = role === 'cadre' ? picked : role === 'reviewer' ? [town] : undefined;
      const uid = role === 'unit_staff' ? unitId || account?.unitId : undefined;
      setMade(
        await callAdmin('invites.create', {
          role,
          name,
          ...(regionCodes ? { regionCodes } : {}),
          ...(uid ? { unitId: uid } : {}),
          ...(lead ? { lead } : {}),
        }),
      );
      await list.reload();
    } catch (e) {
      setProblem(toApiError(e).message);
    }
  }

  if (me.error || list.error) return <Screen>{<ErrorBox error={(me.error ?? list.error)!} onRetry={() => void list.reload()} />}</Screen>;
  if (!me.data || !list.data) return <Screen>{<Loading />}</Screen>;
  const roles = isAdmin ? ROLES : account?.role === 'reviewer' ? ROLES.slice(0, 1) : ROLES.slice(2, 3);
  return (
    <Screen>
      <View className="h1">邀请</View>
      <View className="card">
        <View className="field__label">角色</View>
        <View className="row">
          {roles.map(([r, label]) => (
            <Tap key={r} role="button" className={`chip ${role === r ? 'chip--on' : ''}`} onTap={() => setRole(r)}>
              {label}
            </Tap>
          ))}
        </View>
        {(role === 'cadre' || role === 'reviewer') && towns.data && (
          <View>
            <View className="field__label">乡镇（街道）</View>
            {towns.data.items.map((t) => (
              <Tap key={t.code} role="button" className={`chip ${town === t.code ? 'chip--on' : ''}`} onTap={() => setTown(t.code)}>
                {t.name}
              </Tap>
            ))}
          </View>
        )}
        {role === 'cadre' && villages.data && (
          <View>
            <View className="field__label">负责的村（社区），可多选</View>
            {villages.data.items.map((v) => (
              <Tap
                key={v.code}
                role="button"
                className={`chip ${picked.includes(v.code) ? 'chip--on' : ''}`}
                onTap={() => setPicked(picked.includes(v.code) ? picked.filter((c) => c !== v.code) : [...picked, v.code])}
              >
                {v.name}
              </Tap>
            ))}
          </View>
        )}
        {role === 'unit_staff' && isAdmin && units.data && (
          <View>
            <View className="field__label">单位</View>
            {units.data.units.map((u) => (
              <Tap key={u.id} role="button" className={`chip ${unitId === u.id ? 'chip--on' : ''}`} onTap={() => setUnitId(u.id)}>
                {u.shortName}
              </Tap>
            ))}
          </View>
        )}
        {role === 'unit_staff' && (
          <Tap role="button" className={`chip ${lead ? 'chip--on' : ''}`} onTap={() => setLead(!lead)}>
            单位负责人（可邀请本单位人员）
          </Tap>
        )}
        <View className="field__label">被邀请人姓名</View>
        <Input
          className="cm-inputbox"
          type="text"
          nativeProps={{ 'aria-label': '被邀请人姓名' }}
          value={name}
          maxlength={30}
          onInput={(e) => setName(e.detail.value)}
        />
        {problem && (
          <View className="cm-error" role="alert">
            {problem}
          </View>
        )}
        <ActionButton onTap={() => void create()}>生成邀请</ActionButton>
      </View>
      {made && (
        <View className="card">
          <View className="h2">
            邀请 {made.invitation.name}：{made.invitation.roleName}（{made.invitation.bindingName}）
          </View>
          {made.qr ? <Image src={made.qr} style={{ width: '200px', height: '200px' }} /> : <View className="muted">{made.qrProblem}</View>}
          <View>
            邀请码：<Text className="h2">{made.invitation.code}</Text>
          </View>
          <View className="muted">请对方用微信扫码，或在“接受邀请”页输入邀请码。7天内有效，只能使用一次。</View>
        </View>
      )}
      <View className="h2">已发出的邀请</View>
      <View className="card">
        {list.data.items.map((i) => (
          <View className="row" key={i.id}>
            <View>
              <Text>
                {i.name}：{i.roleName}（{i.bindingName}）
              </Text>
              <View className="muted">
                {STATE[i.state]}
                {i.code ? ` · 邀请码 ${i.code}` : ''}
              </View>
            </View>
            {i.state === 'open' && (
              <ActionButton kind="plain" onTap={() => void callAdmin('invites.revoke', { id: i.id }).then(() => list.reload())}>
                撤销
              </ActionButton>
            )}
          </View>
        ))}
      </View>
    </Screen>
  );
}
