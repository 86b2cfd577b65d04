// Pickers of the admin pages: whatever an admin chooses — a domain, a category, a town, a
// village, a unit, a catalog item — is tapped from the county's own lists, never typed as a
// code or an id. Each choice is a chip with its name in words and its state spoken (已选).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Domain, Region, Unit } from '@core/model';
import { Tap } from '../../../components/Tap';
import '../admin.css';
import { Loading } from '../../../components/Status';
import { useLoad } from '../../../hooks/useApi';
import { callAccount, callPublic } from '../../../services/api';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** One choice among chips; `anyLabel` adds a first chip meaning “no choice” (value ''). */
export function Chips<T extends string>({
  name,
  choices,
  value,
  onChange,
  anyLabel,
}: {
  name: string;
  choices: Array<Choice<T>>;
  value: T | '';
  onChange: (v: T | '') => void;
  anyLabel?: string;
}) {
  const all: Array<Choice<T | ''>> = anyLabel ? [{ value: '', label: anyLabel }, ...choices] : choices;
  return (
    <View className="chips" role="radiogroup" aria-label={name}>
      {all.map((c) => (
        <Tap
          key={c.value || '-'}
          role="button"
          label={`${c.label}${value === c.value ? '，已选' : ''}`}
          className={`chip ${value === c.value ? 'chip--on' : ''}`}
          onTap={() => onChange(c.value)}
        >
          {value === c.value ? '✓ ' : ''}
          {c.label}
        </Tap>
      ))}
    </View>
  );
}

/** Several choices among chips. */
export function MultiChips<T extends string>({
  name,
  choices,
  values,
  onChange,
}: {
  name: string;
  choices: Array<Choice<T>>;
  values: T[];
  onChange: (v: T[]) => void;
}) {
  return (
    <View className="chips" aria-label={name}>
      {choices.map((c) => {
        const on = values.includes(c.value);
        return (
          <Tap
            key={c.value}
            role="button"
            label={`${c.label}${on ? '，已选' : ''}`}
            className={`chip ${on ? 'chip--on' : ''}`}
            onTap={() => onChange(on ? values.filter((x) => x !== c.value) : [...values, c.value])}
          >
            {on ? '✓ ' : ''}
            {c.label}
          </Tap>
        );
      })}
    </View>
  );
}

export const unitChoices = (units: Unit[]): Array<Choice<string>> => units.map((u) => ({ value: u.id, label: u.shortName || u.name }));
export const domainChoices = (domains: Domain[]): Array<Choice<string>> =>
  [...domains].sort((a, b) => a.order - b.order).map((d) => ({ value: d.id, label: d.shortName || d.name }));
export const placeChoices = (regions: Region[]): Array<Choice<string>> => regions.map((r) => ({ value: r.code, label: r.name }));

/** The admin's county: its code (from the caller's binding), name and domains. */
export function useMyCounty() {
  const me = useLoad('me', () => callAccount('me', {}));
  const a = me.data?.account;
  const code = a ? (a.role === 'county_admin' ? a.regionCodes[0] : (a.unitId ?? a.regionCodes[0] ?? '').slice(0, 6)) : '';
  const county = useLoad(code ? `county:${code}` : null, () => callPublic('regions.get', { code }));
  return { code, county: county.data?.county ?? null, error: me.error ?? county.error };
}

/** The county's towns (one page of up to 100: a county has fewer). */
export function useTowns(countyCode: string) {
  return useLoad(countyCode ? `towns:${countyCode}` : null, () => callPublic('regions.children', { code: countyCode }));
}

/** A town, then its villages: one village (`onPick`) or several (`picked`/`onToggle`). */
export function VillagePicker({
  countyCode,
  picked,
  onChange,
  single,
}: {
  countyCode: string;
  picked: string[];
  onChange: (codes: string[]) => void;
  single?: boolean;
}) {
  const towns = useTowns(countyCode);
  const firstTown = picked[0]?.slice(0, 9) ?? '';
  return <TownThenVillages towns={towns.data?.items ?? null} initialTown={firstTown} picked={picked} onChange={onChange} single={single} />;
}

function TownThenVillages({
  towns,
  initialTown,
  picked,
  onChange,
  single,
}: {
  towns: Region[] | null;
  initialTown: string;
  picked: string[];
  onChange: (codes: string[]) => void;
  single?: boolean;
}) {
  const [town, setTown] = useState(initialTown);
  const villages = useLoad(town ? `villages:${town}` : null, () => callPublic('regions.children', { code: town }));
  if (!towns) return <Loading text="正在读取乡镇…" />;
  return (
    <View>
      <View className="field__label">乡镇（街道）</View>
      <Chips name="乡镇（街道）" choices={placeChoices(towns)} value={town} onChange={(t) => setTown(t)} />
      {town && !villages.data && <Loading text="正在读取村（社区）…" />}
      {villages.data && (
        <View>
          <View className="field__label">{single ? '村（社区）' : '村（社区），可多选'}</View>
          {single ? (
            <Chips
              name="村（社区）"
              choices={placeChoices(villages.data.items)}
              value={picked[0] ?? ''}
              onChange={(c) => onChange(c ? [c] : [])}
            />
          ) : (
            <MultiChips
              name="村（社区）"
              choices={placeChoices(villages.data.items)}
              values={picked.filter((c) => c.startsWith(town))}
              onChange={(inTown) => onChange([...picked.filter((c) => !c.startsWith(town)), ...inTown])}
            />
          )}
        </View>
      )}
      {!single && picked.length > 0 && (
        <View className="muted">
          <Text>共选了{picked.length}个村（社区），可以换个乡镇接着选</Text>
        </View>
      )}
    </View>
  );
}
