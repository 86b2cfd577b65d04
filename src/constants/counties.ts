// The 8 pilot counties: the home page picker starts from these.
export interface PilotCounty {
  code: string;
  name: string;
  city: string;
}

export const PILOT_COUNTIES: PilotCounty[] = [
  { code: '510118', name: '新津区', city: '成都市' },
  { code: '510403', name: '西区', city: '攀枝花市' },
  { code: '510522', name: '合江县', city: '泸州市' },
  { code: '510682', name: '什邡市', city: '德阳市' },
  { code: '510723', name: '盐亭县', city: '绵阳市' },
  { code: '510822', name: '青川县', city: '广元市' },
  { code: '511781', name: '万源市', city: '达州市' },
  { code: '513401', name: '西昌市', city: '凉山彝族自治州' },
];
