// Stored photos (or attachments) as numbered thumbnails.
import { Image, Text, View } from '@tarojs/components';
import { photoUrl, previewPhotos } from '../services/upload';
import './complaint.css';

/** Stored photos as thumbnails; a tap opens them full size. */
export function PhotoGrid({ ids, label = '照片' }: { ids: string[]; label?: string }) {
  if (ids.length === 0) return null;
  return (
    <View className="cm-photos">
      {ids.map((id, i) => (
        <View
          key={id}
          className="cm-photos__cell tap"
          role="button"
          aria-label={`查看${label}${i + 1}`}
          onClick={() => previewPhotos(ids, id)}
        >
          <Image className="cm-photos__img" src={photoUrl(id)} mode="aspectFill" />
          <Text className="cm-photos__caption">
            {label}
            {i + 1}
          </Text>
        </View>
      ))}
    </View>
  );
}
