// 生成分享图片: a running 公示 as one picture with its mini-program code, for a group chat or
// 朋友圈 (core/publicity/share-card.ts: no names, IDs or phones on it). weapp saves it to the
// album (asking for the permission, and explaining the setting once refused) or hands it to
// WeChat's share-image menu; H5 shows it to long-press and offers a download.
import Taro, { useRouter } from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DisclosureView } from '@core/api/public-views';
import { shareCardContent, type ShareCardContent } from '@core/publicity/share-card';
import { DetailScreen } from '../../../../components/DetailScreen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, Loading } from '../../../../components/Status';
import { useApi } from '../../../../hooks/useApi';
import { saveToAlbum } from '../../../../services/canvas-image';
import { go, param, routes } from '../../../../utils/nav';
import { drawShareCard } from '../../card-image';

const SAVE = '保存到相册';

async function saveOnWeapp(src: string): Promise<void> {
  try {
    await saveToAlbum(src, SAVE);
    void Taro.showToast({ title: '已保存到相册', icon: 'success' });
  } catch (e) {
    // Cancelled by the person or refused (saveToAlbum has explained the setting): nothing more to say.
    if (!/cancel|auth|deny/i.test(String((e as { errMsg?: string })?.errMsg ?? e)))
      void Taro.showToast({ title: '没有保存成功，请稍后再试', icon: 'none' });
  }
}

function downloadOnH5(src: string, title: string): void {
  const a = document.createElement('a');
  a.href = src;
  a.download = `${Array.from(title).slice(0, 30).join('')}-公示.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function Card({ d, content }: { d: DisclosureView; content: ShareCardContent }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const draw = useCallback(() => {
    setFailed(false);
    setSrc(null);
    drawShareCard(d, content)
      .then(setSrc)
      .catch(() => setFailed(true));
  }, [d, content]);
  useEffect(draw, [draw]);

  if (failed)
    return (
      <Empty text="分享图片没有生成成功，请稍后再试。">
        <ActionButton onTap={draw}>重新生成</ActionButton>
      </Empty>
    );
  if (!src) return <Loading text="正在生成分享图片…" />;
  const h5 = process.env.TARO_ENV === 'h5';
  const canShareImage = !h5 && Taro.canIUse('showShareImageMenu');
  const alt = `公示分享图片：${d.title}`;
  return (
    <>
      <View className="muted">
        {h5
          ? '长按图片可以保存或发给朋友，也可以点“下载图片”。'
          : '保存到相册后，可以发到微信群或朋友圈。群众长按图上的小程序码，就能查看完整公示、提出异议。'}
      </View>
      {/* The whole card in view: Taro H5's image box is 240 px high unless told otherwise. */}
      <View className="card">
        <Image
          className="share-card__img"
          src={src}
          mode="widthFix"
          showMenuByLongpress
          style={{ width: '100%', height: 'auto', aspectRatio: '3 / 4' }}
          // The words for a screen reader: on H5 the <img> inside Taro's image box takes them as alt.
          ariaLabel={h5 ? undefined : alt}
          nativeProps={{ alt }}
        />
      </View>
      <View className="section">
        {h5 ? (
          <ActionButton onTap={() => downloadOnH5(src, d.title)}>下载图片</ActionButton>
        ) : (
          <>
            <ActionButton onTap={() => void saveOnWeapp(src)}>{SAVE}</ActionButton>
            {canShareImage && (
              <ActionButton kind="plain" onTap={() => void Taro.showShareImageMenu({ path: src }).catch(() => undefined)}>
                发给朋友
              </ActionButton>
            )}
          </>
        )}
      </View>
    </>
  );
}

function CardOrWhyNot({ d }: { d: DisclosureView }) {
  const content = useMemo(() => shareCardContent(d), [d]);
  if (!content)
    return (
      <Empty text="这条信息现在不在公示期，不能生成公示分享图片。">
        <ActionButton kind="plain" onTap={() => go(routes.disclosure(d.id))}>
          查看这条公开信息
        </ActionButton>
      </Empty>
    );
  return <Card d={d} content={content} />;
}

export default function ShareCardPage() {
  const id = param(useRouter().params.id);
  const state = useApi('disclosures.get', id ? { id } : null);
  return (
    <DetailScreen id={id} missingText="链接里缺少公开信息，请回首页重新选择。" state={state}>
      {(d) => (
        <>
          <View className="h1">公示分享图片</View>
          <CardOrWhyNot d={d} />
        </>
      )}
    </DetailScreen>
  );
}
