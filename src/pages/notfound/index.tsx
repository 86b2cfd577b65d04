// Where an unknown address lands (app.tsx's usePageNotFound): say so, and lead home.
import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { ActionButton } from '../../components/Tap';
import { goHome } from '../../components/NavBar';

export default function NotFoundPage() {
  return (
    <Screen>
      <View className="status" role="alert">
        <Text className="status__title">页面不存在</Text>
        <Text className="status__text">这个链接打不开，可能地址抄错了，或者页面已经不在了。</Text>
        <View className="status__actions">
          <ActionButton onTap={goHome}>返回首页</ActionButton>
        </View>
      </View>
    </Screen>
  );
}
