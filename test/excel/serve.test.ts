import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStaticServer, findDevCertificate, resolveStaticPath } from "../../scripts/serve";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "dienhinh-serve-"));
  mkdirSync(join(root, "dist", "assets"), { recursive: true });
  writeFileSync(join(root, "dist", "taskpane.html"), "<p>Điển hình</p>");
  writeFileSync(join(root, "dist", "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, "secret.txt"), "bí mật");
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test("request paths map to files inside dist only", () => {
  const dist = join(root, "dist");
  expect([
    resolveStaticPath(dist, "/"),
    resolveStaticPath(dist, "/taskpane.html?tab=phu-luc"),
    resolveStaticPath(dist, "/assets/icon-16.png"),
    resolveStaticPath(dist, "/../secret.txt"),
    resolveStaticPath(dist, "/%2e%2e/secret.txt"),
    resolveStaticPath(dist, "/assets"),
    resolveStaticPath(dist, "/khong-co.js"),
  ]).toStrictEqual([join(dist, "taskpane.html"), join(dist, "taskpane.html"), join(dist, "assets", "icon-16.png"), null, null, null, null]);
});

test("the server answers with the file and its type, and 404 elsewhere (http without certificates)", async () => {
  const server = createStaticServer(join(root, "dist"), null);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  try {
    const page = await fetch(`http://127.0.0.1:${port}/`);
    const icon = await fetch(`http://127.0.0.1:${port}/assets/icon-16.png`);
    const missing = await fetch(`http://127.0.0.1:${port}/../secret.txt`);
    expect([
      [page.status, page.headers.get("content-type"), await page.text()],
      [icon.status, icon.headers.get("content-type"), (await icon.arrayBuffer()).byteLength],
      [missing.status, await missing.text()],
    ]).toStrictEqual([
      [200, "text/html; charset=utf-8", "<p>Điển hình</p>"],
      [200, "image/png", 4],
      [404, "Không tìm thấy."],
    ]);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test("the dev certificate is used only when both of its files exist", () => {
  const home = join(root, "home");
  mkdirSync(join(home, ".office-addin-dev-certs"), { recursive: true });
  writeFileSync(join(home, ".office-addin-dev-certs", "localhost.crt"), "CERT");
  expect(findDevCertificate(home)).toBeNull();
  writeFileSync(join(home, ".office-addin-dev-certs", "localhost.key"), "KEY");
  expect(findDevCertificate(home)).toStrictEqual({ cert: Buffer.from("CERT"), key: Buffer.from("KEY") });
});
