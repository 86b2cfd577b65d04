// A publicity list (名单/明细) that reads on a phone: below 600 px wide each row is a card with
// every column labelled; wider, a table. Table semantics (role table/row/columnheader/cell) for
// screen readers, since Taro's Views are divs on H5. 在名单中查找 narrows the rows by name.
import { Input, ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TableData } from '@core/model';
import { findRows } from '../utils/table-find';

const WIDE = /号码|身份证|地址|住址|说明|备注|项目/;

export function PublicityTable({ table }: { table: TableData }) {
  const { columns, rows } = table;
  const [typed, setTyped] = useState('');
  const shown = findRows(columns, rows, typed);
  const wide = columns.map((c) => WIDE.test(c));
  const cell = (i: number) => 'table__cell' + (wide[i] ? ' table__cell--wide' : '');
  return (
    <View className="section">
      <View className="h2">名单/明细（共{rows.length}行）</View>
      <View className="muted table-hint">身份证号、电话等已部分隐去。</View>
      {rows.length > 1 && (
        <View className="table-find">
          <Text className="table-find__label">在名单中查找</Text>
          <Input
            className="cm-inputbox"
            type="text"
            value={typed}
            placeholder="输入姓名，例如 张秀兰"
            confirmType="search"
            onInput={(e) => setTyped(e.detail.value)}
            nativeProps={{ 'aria-label': '在名单中查找（输入姓名）' }}
          />
          {typed.trim() !== '' && (
            <Text className="table-find__count" {...{ role: 'status' }}>
              {shown.length ? `找到${shown.length}行` : '名单里没有找到这个名字。名字可能部分隐去，可以只输入一个字再试。'}
            </Text>
          )}
        </View>
      )}
      <ScrollView scrollX className="table-scroll table-scroll--cards">
        <View className="table" role="table" aria-label={`名单，共${rows.length}行`} aria-rowcount={rows.length + 1}>
          <View className="table__row table__row--head" role="row">
            {columns.map((c, i) => (
              <View key={i} className={cell(i)} role="columnheader">
                {c}
              </View>
            ))}
          </View>
          {shown.map((ri) => (
            <View key={ri} className="table__row" role="row">
              {columns.map((c, ci) => (
                <View key={ci} className={cell(ci)} role="cell">
                  {/* The column's name beside each value, shown only as a card (narrow screens). */}
                  <Text className="table__label" aria-hidden="true">
                    {c}
                  </Text>
                  <Text className="table__value">{rows[ri][ci] ?? ''}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
