// A table file a cadre picks: weapp from a chat (chooseMessageFile), H5 from the computer.
// .csv is sent as text (`pasted`) and split by the function; .xlsx is read on the device
// (core/tables/xlsx, fflate) and sent as cells (`table`). The result is raw: it holds whatever
// personal data the file held, and only the function's masker makes it fit to publish.
import Taro from '@tarojs/taro';
import { strFromU8 } from 'fflate';
import { parsePastedTable, TableParseError } from '@core/tables/parse';
import { readXlsx } from '@core/tables/xlsx';

/** Far above a 5,000-row list; keeps a phone from reading a huge file into memory. */
export const MAX_TABLE_FILE_BYTES = 10 * 1024 * 1024;

export type TableFile =
  | { name: string; kind: 'csv'; text: string; columns: string[]; rowCount: number }
  | { name: string; kind: 'xlsx'; table: { columns: string[]; rows: string[][] }; title?: string };

export class TableFileError extends Error {}

function isUtf8(b: Uint8Array): boolean {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let more: number;
    if (c >= 0xc2 && c <= 0xdf) more = 1;
    else if (c >= 0xe0 && c <= 0xef) more = 2;
    else if (c >= 0xf0 && c <= 0xf4) more = 3;
    else return false;
    for (let k = 1; k <= more; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return false;
    }
    i += more + 1;
  }
  return true;
}

/** Excel writes CSV as UTF-8 (with or without BOM), as UTF-16 ("Unicode text") or, on Chinese Windows, as GBK. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strFromU8(bytes.subarray(3));
  const decoder = (label: string) => {
    try {
      return typeof TextDecoder === 'undefined' ? null : new TextDecoder(label);
    } catch {
      return null;
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const d = decoder('utf-16le');
    if (d) return d.decode(bytes.subarray(2));
  }
  if (isUtf8(bytes)) return strFromU8(bytes);
  const gbk = decoder('gbk');
  if (gbk) return gbk.decode(bytes);
  throw new TableFileError('这个 CSV 文件的编码读不出来。请在 Excel 或 WPS 里“另存为”.xlsx（或“CSV UTF-8”）后再选。');
}

/** Reads a picked file's bytes into a table; throws TableFileError with words a cadre can act on. */
export function tableFromFile(name: string, bytes: Uint8Array): TableFile {
  const lower = name.toLowerCase();
  if (bytes.length > MAX_TABLE_FILE_BYTES) throw new TableFileError('文件超过10MB，请删去不需要公开的列或分批发布');
  try {
    if (lower.endsWith('.xlsx')) {
      const t = readXlsx(bytes);
      return { name, kind: 'xlsx', table: { columns: t.columns, rows: t.rows }, ...(t.title ? { title: t.title } : {}) };
    }
    if (lower.endsWith('.csv')) {
      const text = decodeCsv(bytes);
      const t = parsePastedTable(text);
      return { name, kind: 'csv', text, columns: t.columns, rowCount: t.rows.length };
    }
  } catch (e) {
    if (e instanceof TableParseError || e instanceof TableFileError) throw new TableFileError(e.message);
    throw new TableFileError('文件读不出来，请确认是 Excel 的 .xlsx 或 .csv 文件');
  }
  if (lower.endsWith('.xls')) throw new TableFileError('这是旧版 Excel (.xls) 文件，请在 Excel/WPS 中另存为 .xlsx 后再选');
  throw new TableFileError('只能选 .xlsx 或 .csv 表格文件');
}

/** weapp: a file from a chat (文件传输助手 works); null when the person cancels. */
export async function chooseTableFileWeapp(): Promise<TableFile | null> {
  let picked: { path: string; name: string; size: number } | undefined;
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
    picked = r.tempFiles[0];
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? '');
    if (/cancel/i.test(msg)) return null;
    throw new TableFileError('没能打开聊天文件，请稍后再试');
  }
  if (!picked) return null;
  if (picked.size > MAX_TABLE_FILE_BYTES) throw new TableFileError('文件超过10MB，请删去不需要公开的列或分批发布');
  const path = picked.path;
  const data = await new Promise<ArrayBuffer>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      success: (res) => resolve(res.data as ArrayBuffer),
      fail: () => reject(new TableFileError('文件读取失败，请重新选择')),
    });
  });
  return tableFromFile(picked.name, new Uint8Array(data));
}

/** H5: a file from an <input type="file">. */
export async function readTableFileH5(file: File): Promise<TableFile> {
  if (file.size > MAX_TABLE_FILE_BYTES) throw new TableFileError('文件超过10MB，请删去不需要公开的列或分批发布');
  let buf: ArrayBuffer;
  try {
    buf = await file.arrayBuffer();
  } catch {
    throw new TableFileError('文件读取失败，请重新选择');
  }
  return tableFromFile(file.name, new Uint8Array(buf));
}
