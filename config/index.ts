import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import devConfig from './dev';
import prodConfig from './prod';

// chinese-days declares CommonJS but its `module` entry is ESM: let webpack treat it as auto.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function chineseDaysRule(chain: any) {
  chain.module
    .rule('chinese-days-esm')
    .test(/[\\/]node_modules[\\/]chinese-days[\\/].*\.es\.js$/)
    .type('javascript/auto');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function commonChain(chain: any) {
  chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
  chineseDaysRule(chain);
}

// H5 only: Taro splits initial chunks only, so every page chunk carried its own copy of the
// Taro component wrappers. Share what two or more pages use in one async chunk.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function h5SharedPageChunk(chain: any) {
  const split = chain.optimization.get('splitChunks');
  if (!split || typeof split !== 'object') return;
  chain.optimization.splitChunks({
    ...split,
    cacheGroups: {
      ...(split.cacheGroups ?? {}),
      pages: { name: 'pages-common', chunks: 'async', minChunks: 2, minSize: 0, priority: 5, reuseExistingChunk: true },
    },
  });
}

const isH5 = process.env.TARO_ENV === 'h5';
// core/ lies outside src/: let Taro's babel compile it (it is TypeScript) for both targets.
const coreDir = path.resolve(__dirname, '..', 'core');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gongkai',
    date: '2025-11-26',
    // Sizes in the styles are written in phone points (a 375-wide screen).
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // weapp -> dist/ (project.config.json miniprogramRoot); H5 -> build/h5 (served by server/)
    outputRoot: isH5 ? 'build/h5' : 'dist',
    plugins: [],
    alias: {
      '@core': coreDir,
    },
    // Per deployment (README 部署配置): read by src/constants/config.ts; empty when not set.
    defineConstants: {
      'process.env.CLOUD_ENV': JSON.stringify(process.env.CLOUD_ENV ?? ''),
      'process.env.PUBLIC_BASE_URL': JSON.stringify(process.env.PUBLIC_BASE_URL ?? ''),
      'process.env.WECHAT_SI_VERSION': JSON.stringify(process.env.WECHAT_SI_VERSION ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    // WeChat templates cannot recurse, so Taro writes one copy of every component's template per
    // nesting level into the main package's base.wxml (16 by default, ~2.7 KB each). Nodes deeper
    // than this go through Taro's recursive \`comp\` component instead, a little slower to render.
    // 8 keeps the main package under WeChat's budget (bench: weapp_main_package_bytes).
    baseLevel: 8,
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [coreDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        commonChain(chain);
      },
    },
    h5: {
      compile: { include: [coreDir] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        commonChain(chain);
        h5SharedPageChunk(chain);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
