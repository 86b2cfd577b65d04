// A phone number a person can call with one tap; invented numbers say so on screen.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Phone } from '@core/model';

export function PhoneLine({ label, phone }: { label: string; phone: Phone | null | undefined }) {
  if (!phone || !phone.number) {
    return (
      <View className="field">
        <Text className="field__label">{label}</Text>
        <Text className="field__value muted">暂未提供</Text>
      </View>
    );
  }
  // The spoken name holds the visible words in order (number, 拨打), so voice control finds it.
  const spoken = `${label} ${phone.number} 拨打${phone.demo ? '（演示号码）' : ''}`;
  const content = (
    <>
      <Text className="phone__icon">☎</Text>
      <Text className="phone__number">{phone.number}</Text>
      <Text className="phone__action">拨打</Text>
    </>
  );
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="field__value">
        {process.env.TARO_ENV === 'h5' ? (
          <a className="phone" href={`tel:${phone.number}`} aria-label={spoken}>
            {content}
          </a>
        ) : (
          <View
            className="phone"
            hoverClass="tap--pressed"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: phone.number }).catch(() => undefined)}
          >
            {content}
          </View>
        )}
        {phone.demo && <Text className="badge badge--demo">演示号码</Text>}
      </View>
    </View>
  );
}
