// Search the catalog and the disclosures: results split into 公开事项 and 公开信息.
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, LoadGate } from '../../components/Status';
import { DisclosureRow } from '../../components/DisclosureRow';
import { LinkRow } from '../../components/LinkRow';
import { useApi } from '../../hooks/useApi';
import { usePullRefresh } from '../../hooks/usePageRefresh';
import { go, param, routes } from '../../utils/nav';

const EXAMPLES = ['低保', '修房子', '拆迁', '孩子上学', '征地补偿', '扶贫项目'];

export default function SearchPage() {
  const params = useRouter().params;
  const code = param(params.code);
  const [q, setQ] = useState(param(params.q));
  const [query, setQuery] = useState(param(params.q).trim());
  const req = query ? (code ? { q: query, regionCode: code } : { q: query }) : null;
  const state = useApi('search', req);
  usePullRefresh(state.reload);

  const submit = (text = q) => {
    setQ(text);
    setQuery(text.trim());
  };

  return (
    <Screen>
      <View className="search-bar">
        <Input
          className="search-bar__input"
          type="text"
          confirmType="search"
          focus={!query}
          placeholder="输入想查的事，如：低保"
          value={q}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => submit()}
        />
        <ActionButton onTap={() => submit()}>搜索</ActionButton>
      </View>
      {code && <View className="muted">只搜本地（所在村、镇、县）的事项和信息。</View>}

      {!query ? (
        <View className="section">
          <View className="muted">常用：</View>
          <View className="crumbs">
            {EXAMPLES.map((t) => (
              <Tap key={t} role="button" className="crumb" onTap={() => submit(t)}>
                <Text>{t}</Text>
              </Tap>
            ))}
          </View>
        </View>
      ) : (
        <LoadGate state={state} loadingText="正在搜索…">
          {({ items, disclosures }) =>
            items.length === 0 && disclosures.length === 0 ? (
              <Empty text={`没有找到与“${query}”有关的内容，可以换个说法再试。`} />
            ) : (
              <>
                <View className="h2">公开事项（{items.length}）</View>
                {items.length === 0 ? (
                  <Empty text="没有相关的公开事项。" />
                ) : (
                  <View className="list">
                    {items.map((it) => (
                      <LinkRow
                        key={it.id}
                        title={it.level2}
                        meta={it.why ? `${it.why} · ${it.level1}` : `${it.level1} · ${it.summary}`}
                        onTap={() => go(routes.item(it.id, code || undefined))}
                      />
                    ))}
                  </View>
                )}
                <View className="h2">公开信息（{disclosures.length}）</View>
                {disclosures.length === 0 ? (
                  <Empty text="没有相关的公开信息。" />
                ) : (
                  <View className="list">
                    {disclosures.map((d) => (
                      <DisclosureRow key={d.id} d={d} />
                    ))}
                  </View>
                )}
              </>
            )
          }
        </LoadGate>
      )}
    </Screen>
  );
}
