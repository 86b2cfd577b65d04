// One disclosure: title, who published it, where and when, the 公示 countdown, its 解读 (这份文件说了什么)
// first, then the document (body with headings and lists, the link to the original), masked table,
// attachments, phones.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DisclosureView } from '@core/api/public-views';
import type { Attachment } from '@core/model';
import { disclosureIdFromScene } from '@core/platform/ports';
import { Screen } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, LoadGate } from '../../components/Status';
import { DemoBadge, publicityText } from '../../components/Badges';
import { Field } from '../../components/Field';
import { LinkRow } from '../../components/LinkRow';
import { BodyBlocks, DocLinkRow, Interpretation } from '../../components/DisclosureContent';
import { PhoneLine } from '../../components/PhoneLine';
import { PublicityTable } from '../../components/PublicityTable';
import { disclosureSpeech, ReadAloud } from '../../components/ReadAloud';
import { useApi } from '../../hooks/useApi';
import { usePullRefresh } from '../../hooks/usePageRefresh';
import { formatDateCn, PUBLISH_LEVEL_NAMES } from '../../utils/format';
import { go, param, routes } from '../../utils/nav';
import { complaintRoutes } from '../complaint/routes';
import { ShareButton } from '../../components/ShareButton';
import { useShare } from '../../hooks/useShare';
import { disclosureShareTitle } from '../../services/share';
import { shareRoutes } from '../../packages/share/routes';

function openAttachment(a: Attachment) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(a.url, '_blank', 'noopener');
    return;
  }
  const fail = () => void Taro.showToast({ title: '附件打不开，请稍后再试', icon: 'none' });
  void Taro.showLoading({ title: '正在打开附件' });
  const open = (filePath: string) =>
    Taro.openDocument({ filePath, showMenu: true })
      .catch(fail)
      .finally(() => void Taro.hideLoading());
  if (a.url.startsWith('cloud://')) {
    Taro.cloud
      .downloadFile({ fileID: a.url })
      .then((r) => open(r.tempFilePath))
      .catch(() => {
        void Taro.hideLoading();
        fail();
      });
  } else {
    Taro.downloadFile({ url: a.url })
      .then((r) => open(r.tempFilePath))
      .catch(() => {
        void Taro.hideLoading();
        fail();
      });
  }
}

function Publicity({ d }: { d: DisclosureView }) {
  const p = d.publicity;
  if (!p) return null;
  const cls = p.state === '公示中' ? 'running' : p.state === '未开始' ? 'none' : 'done';
  return (
    <View className={`publicity publicity--${cls}`}>
      <Text className="publicity__state">{publicityText(p)}</Text>
      <Text className="publicity__dates">
        公示期：{formatDateCn(p.start)} 至 {formatDateCn(p.end)}
      </Text>
      {p.state === '公示中' && (
        <Text className="publicity__hint">对公示内容有异议，可在公示期内点“提出异议”，或拨打下面的监督举报电话反映。</Text>
      )}
    </View>
  );
}

/** 异议处理结果, as the reviewing unit published it. */
function ObjectionOutcome({ d }: { d: DisclosureView }) {
  const o = d.objectionOutcome;
  if (!o) return null;
  return (
    <View className="section">
      <View className="h2">异议处理结果</View>
      <View className="card">
        <View className="row__title">{o.label}</View>
        <View>{o.text}</View>
        <View className="muted">
          {o.unitName} · {formatDateCn(o.at)}
        </View>
      </View>
    </View>
  );
}

function Table({ d }: { d: DisclosureView }) {
  if (!d.table) {
    return d.tableNote ? <View className="note">{d.tableNote}</View> : null;
  }
  return (
    <>
      <PublicityTable table={d.table} />
      {d.tableNote && <View className="note">{d.tableNote}</View>}
    </>
  );
}

export default function DisclosurePage() {
  const params = useRouter().params;
  // A mini-program code (wxacode.getUnlimited) opens the page with `scene` instead of `id`.
  const id = param(params.id) || disclosureIdFromScene(params.scene) || '';
  const code = param(params.code);
  const state = useApi('disclosures.get', id ? { id } : null);
  usePullRefresh(state.reload);
  const d0 = state.data;
  const share = d0 ? { title: disclosureShareTitle(d0.regionName, d0.level, d0.title), path: routes.disclosure(d0.id) } : null;
  useShare(share);

  if (!id)
    return (
      <Screen>
        <Empty text="链接里缺少公开信息，请回首页重新选择。" />
      </Screen>
    );

  return (
    <Screen>
      <LoadGate state={state}>
        {(d) => (
          <>
            <View className="h1">
              {d.title}
              {d.demo && <DemoBadge />}
            </View>
            <View className="muted">
              {d.unitName} · {d.regionName}（{PUBLISH_LEVEL_NAMES[d.level] ?? ''}）· {formatDateCn(d.publishedAt)}发布
            </View>
            {d.formedOn && <View className="muted">信息形成日期：{formatDateCn(d.formedOn)}</View>}
            {d.late && d.dueOn && <View className="note">公开不及时（应于 {formatDateCn(d.dueOn)} 前公开）</View>}
            <Publicity d={d} />
            <ShareButton
              target={share}
              imageCard={d.publicity?.state === '公示中' ? { label: '生成分享图片', onTap: () => go(shareRoutes.card(d.id)) } : undefined}
            />
            <ReadAloud text={disclosureSpeech(d.title, d.interpretation ?? [], d.body)} />
            {d.underReview && <View className="note">{d.tableNote}</View>}
            <ObjectionOutcome d={d} />
            <View className="section">
              {d.publicity?.state === '公示中' && (
                <View style={{ marginBottom: 'var(--gk-space-2)' }}>
                  <ActionButton
                    onTap={() =>
                      go(
                        complaintRoutes.create({
                          code: code || d.regionCode,
                          domain: d.domain,
                          disclosureId: d.id,
                          kind: '公示异议',
                          category: '对公示对象有异议',
                        }),
                      )
                    }
                  >
                    提出异议
                  </ActionButton>
                </View>
              )}
              <ActionButton
                kind={d.publicity?.state === '公示中' ? 'plain' : 'primary'}
                onTap={() => go(complaintRoutes.create({ code: code || d.regionCode, domain: d.domain, disclosureId: d.id }))}
              >
                我要监督
              </ActionButton>
            </View>

            <Interpretation items={d.interpretation ?? []} />
            {d.interpretation?.length ? <View className="h2">文件原文</View> : null}
            <BodyBlocks blocks={d.blocks ?? []} />
            {d.link && <DocLinkRow link={d.link} />}

            {!d.underReview && <Table d={d} />}

            {d.attachments.length > 0 && (
              <View className="section">
                <View className="h2">附件</View>
                <View className="list">
                  {d.attachments.map((a, i) => (
                    <LinkRow
                      key={i}
                      title={`附件：${a.name}`}
                      meta={a.size ? `${Math.max(1, Math.round(a.size / 1024))} KB，点击打开` : undefined}
                      onTap={() => openAttachment(a)}
                    />
                  ))}
                </View>
              </View>
            )}

            <View className="h2">发布单位和电话</View>
            <View className="card">
              <Field label="发布单位">
                <Text>{d.unitName}</Text>
              </Field>
              {d.item && <PhoneLine label="咨询电话" phone={d.item.consultPhone} />}
              {d.item && <PhoneLine label="监督举报电话" phone={d.item.reportPhone} />}
            </View>

            {d.item && (
              <Tap className="row row--chevron card-link" onTap={() => go(routes.item(d.item!.id, d.regionCode))}>
                <View>
                  <View className="row__meta">属于公开事项</View>
                  <View className="row__title">{d.item.level2}</View>
                </View>
                <Text className="chevron">›</Text>
              </Tap>
            )}
          </>
        )}
      </LoadGate>
    </Screen>
  );
}
