// What a disclosure says, laid out for reading: its 政策解读 (这份文件说了什么) first, then the
// document — headings, paragraphs and lists of the body markup (core/publicity/markup.ts) as
// plain text elements, never HTML — and the link to where the document itself lives.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Block } from '@core/publicity/markup';
import type { DocLink, QA } from '@core/model';
import { formatDateCn } from '../utils/format';
import { LinkRow } from './LinkRow';

export function Interpretation({ items }: { items: QA[] }) {
  if (!items.length) return null;
  return (
    <View className="section interpretation">
      <View className="h2">这份文件说了什么</View>
      <View className="card">
        {items.map((x, i) => (
          <View key={i} className="qa">
            <View className="qa__q">
              <Text className="qa__mark">问</Text>
              <Text>{x.q}</Text>
            </View>
            <View className="qa__a">
              <Text className="qa__mark">答</Text>
              <Text>{x.a}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

export function BodyBlocks({ blocks }: { blocks: Block[] }) {
  if (!blocks.length) return null;
  return (
    <View className="card body">
      {blocks.map((b, i) =>
        b.kind === 'heading' ? (
          <View key={i} className="body__heading" role="heading">
            {b.text}
          </View>
        ) : b.kind === 'list' ? (
          <View key={i} className="body__list">
            {b.items.map((t, j) => (
              <View key={j} className="body__item">
                <Text className="body__bullet">•</Text>
                <Text>{t}</Text>
              </View>
            ))}
          </View>
        ) : (
          <View key={i} className="para">
            {b.text}
          </View>
        ),
      )}
    </View>
  );
}

function openLink(url: string) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  // A mini-program opens only its own business domains: the address is copied for the browser.
  void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }));
}

export function DocLinkRow({ link }: { link: DocLink }) {
  return (
    <View className="section">
      <View className="h2">原文</View>
      <View className="list">
        <LinkRow
          title={link.title}
          meta={`${formatDateCn(link.date)} · ${link.url}`}
          label={`打开原文：${link.title}`}
          onTap={() => openLink(link.url)}
        />
      </View>
    </View>
  );
}
