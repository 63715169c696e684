/**
 * Builds the add-in into dist/: taskpane.html + its bundle, commands.html + its bundle, the icons,
 * help.html, and manifest.xml with every URL moved to ADDIN_BASE_URL (default the dev server,
 * https://localhost:3000/). office.js is loaded from Microsoft's CDN by the HTML, never bundled.
 *   npx webpack --mode production                     → URLs of https://localhost:3000/
 *   ADDIN_BASE_URL=https://thiduakhenthuong.example.vn/dienhinh/ npx webpack --mode production
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The base manifest.xml is written against; the one place a build changes it. */
const DEV_BASE = "https://localhost:3000/";

function readBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL || DEV_BASE;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" không phải một URL (ví dụ https://may-chu.example.vn/dienhinh/).`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) {
    throw new Error(`ADDIN_BASE_URL "${raw}" phải dùng https: Office chỉ nạp add-in qua https (trừ localhost).`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Every "https://localhost:3000/…" becomes "<base>…" and the bare origin (AppDomain) the base's origin. */
function rewriteManifest(content, base) {
  const devOrigin = new URL(DEV_BASE).origin;
  return content.toString("utf8").split(DEV_BASE).join(base).split(devOrigin).join(new URL(base).origin);
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const base = readBaseUrl();
  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/excel/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // `import("./x.js")` names a TypeScript module as Node's resolution wants it: a lazy chunk.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          // The built-in plans as validated data (scripts/validatedPlansLoader.cjs), not JSON + zod at start.
          test: /[\\/]src[\\/]plans[\\/]validateBuiltinPlans\.ts$/,
          use: path.resolve(__dirname, "scripts/validatedPlansLoader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, /[\\/]src[\\/]plans[\\/]validateBuiltinPlans\.ts$/],
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `npm test` (tsc); the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020", moduleResolution: "bundler", target: "es2020", sourceMap: !production },
            },
          },
        },
      ],
    },
    devtool: production ? false : "source-map",
    // The pane's first load as three scripts: React, the other packages (Fluent UI), the pane. Chromium
    // compiles them side by side as they arrive; one script of 750 KB took 0.15 s more of the main
    // thread to be ready (docs/benchmarks.md). Only the pane's entry: commands.html keeps its one script.
    optimization: {
      splitChunks: {
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", chunks: (chunk) => chunk.name === "taskpane", priority: 20 },
          packages: { test: /[\\/]node_modules[\\/]/, name: "packages", chunks: (chunk) => chunk.name === "taskpane", priority: 10 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./addin/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./addin/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "addin/assets", to: "assets" },
          { from: "addin/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, base) },
        ],
      }),
    ],
    // React 19 + Fluent UI 9 make a pane bundle of several hundred KB; warn only past 1.5 MB.
    performance: { hints: production ? "warning" : false, maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
  };
};
