import HtmlWebpackPlugin from 'html-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';
import { resolve } from 'node:path';

const root = import.meta.dirname;

/** Production build of the web entry points into dist/web: one HTML page per surface, hashed assets. */
export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  // boot: a few hundred bytes that start the start-up requests while the app's code downloads and compiles.
  entry: { boot: './src/web/tab/boot.ts', tab: './src/web/tab/index.tsx' },
  output: {
    path: resolve(root, 'dist/web'),
    publicPath: '/',
    filename: 'assets/[name].[contenthash:8].js',
    chunkFilename: 'assets/[name].[contenthash:8].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      // The domain is pure (no side effects at load), so the web bundles keep only the helpers they use.
      { test: /[\\/]src[\\/]domain[\\/]/, sideEffects: false },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: 'esbuild-loader',
        options: { target: 'es2022', jsx: 'automatic' },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/web/tab/index.html',
      filename: 'tab/index.html',
      chunks: ['boot', 'tab'],
      chunksSortMode: 'manual',
    }),
  ],
  devtool: false,
  cache: { type: 'filesystem', cacheDirectory: resolve(root, 'node_modules/.cache/webpack') },
  performance: { hints: false },
  optimization: { splitChunks: { chunks: 'all' }, minimizer: [new EsbuildPlugin({ target: 'es2022' })] },
});
