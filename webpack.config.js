import HtmlWebpackPlugin from 'html-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';
import { resolve } from 'node:path';

const root = import.meta.dirname;

/** Production build of the web entry points into dist/web: one HTML page per surface, hashed assets. */
export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  entry: { tab: './src/web/tab/index.tsx' },
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
      chunks: ['tab'],
    }),
  ],
  devtool: false,
  cache: { type: 'filesystem', cacheDirectory: resolve(root, 'node_modules/.cache/webpack') },
  performance: { hints: false },
  optimization: { splitChunks: { chunks: 'all' }, minimizer: [new EsbuildPlugin({ target: 'es2022' })] },
});
