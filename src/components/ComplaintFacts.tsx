// What a complaint is about and says: where, the item and disclosure, the words, the photos.
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail } from '@core/api/complaint-views';
import { go, routes } from '../utils/nav';
import { Field } from './Field';
import { PhotoGrid } from './PhotoGrid';
import { Tap } from './Tap';

/** What the complaint is about and says: where, the item and disclosure, the words, the photos. */
export function ComplaintFacts({ c, linkDisclosure = false }: { c: ComplaintDetail; linkDisclosure?: boolean }) {
  return (
    <>
      <Field label="地区">
        <Text>{c.regionName}</Text>
      </Field>
      {c.itemTitle && (
        <Field label="公开事项">
          <Text>{c.itemTitle}</Text>
        </Field>
      )}
      {c.disclosureTitle && (
        <Field label="公开信息">
          {linkDisclosure && c.disclosureId ? (
            <Tap onTap={() => go(routes.disclosure(c.disclosureId!))}>
              <Text className="link">{c.disclosureTitle}</Text>
            </Tap>
          ) : (
            <Text>{c.disclosureTitle}</Text>
          )}
        </Field>
      )}
      <Field label="内容">
        <View className="para">{c.text}</View>
      </Field>
      {c.photos.length > 0 && (
        <Field label="照片">
          <PhotoGrid ids={c.photos} />
        </Field>
      )}
    </>
  );
}
