/**
 * Runs webpack's Node API in its own process for the end-to-end tests (inside a jest worker the
 * module sandbox makes the production build about twice as slow).
 *   node webpackBuild.cjs dist                 → dist/ exactly as `npm run build` makes it
 *   node webpackBuild.cjs fake-host OUT_DIR    → OUT_DIR/fake-host.js, the fake Office host
 */
const path = require("node:path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "../../..");
const cacheDir = path.join(root, "node_modules/.cache/dienhinh-e2e");
const [kind, outDir] = process.argv.slice(2);

function distConfig() {
  const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  // The filesystem cache changes nothing in the output; it only spares unchanged modules.
  return {
    ...config,
    context: root,
    cache: { type: "filesystem", cacheDirectory: path.join(cacheDir, "webpack"), buildDependencies: { config: [path.join(root, "webpack.config.js"), path.join(root, "scripts/validatedPlansLoader.cjs"), path.join(root, "scripts/validatedPlans.ts")] } },
  };
}

function fakeHostConfig() {
  if (!outDir) throw new Error("fake-host needs an output directory");
  return {
    mode: "development",
    context: root,
    target: "web",
    devtool: false,
    entry: path.join(root, "test/e2e/fakeHost/installFakeOffice.ts"),
    output: { path: outDir, filename: "fake-host.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "es2020", moduleResolution: "bundler", target: "es2020" } },
          },
        },
      ],
    },
  };
}

const config = kind === "dist" ? distConfig() : kind === "fake-host" ? fakeHostConfig() : null;
if (!config) {
  console.error(`unknown build "${kind}"`);
  process.exit(2);
}
const compiler = webpack({ ...config, infrastructureLogging: { level: "error" } });
compiler.run((error, stats) => {
  compiler.close(() => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    if (stats && stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, errorDetails: true }));
      process.exit(1);
    }
    process.exit(0);
  });
});
