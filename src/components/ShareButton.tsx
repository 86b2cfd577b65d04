// 分享: on weapp a button that opens WeChat's share to a chat (open-type="share", which the
// page's useShare answers); on H5 the system share sheet or the link copied. `imageCard` is the
// hook for sharing a 公示 as an image card with its mini-program code (made by the print work).
import { Button, View } from '@tarojs/components';
import type { ShareTarget } from '../services/share';
import { shareOnH5 } from '../services/share';
import { ActionButton } from './Tap';
import './reach.css';

export function ShareButton({ target, imageCard }: { target: ShareTarget | null; imageCard?: { label: string; onTap: () => void } }) {
  if (!target) return null;
  return (
    <View className="share-row">
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className="btn btn--plain share-btn" openType="share" aria-label={`分享到微信群：${target.title}`}>
          分享到微信群
        </Button>
      ) : (
        <ActionButton kind="plain" onTap={() => void shareOnH5(target)}>
          分享
        </ActionButton>
      )}
      {imageCard && (
        <ActionButton kind="plain" onTap={imageCard.onTap}>
          {imageCard.label}
        </ActionButton>
      )}
    </View>
  );
}
