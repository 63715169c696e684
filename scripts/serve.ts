/**
 * `npm start`: serves dist/ for Excel to load the add-in from. https when office-addin-dev-certs
 * has made its certificate (~/.office-addin-dev-certs), else http with a note — Excel loads add-ins
 * only over https, but the pane can still be opened in a browser over http://localhost.
 * Prints how to sideload the manifest in Excel on Windows, on the web and on a Mac.
 *   tsx scripts/serve.ts [--port 3000] [--root dist]
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";

export interface DevCertificate {
  cert: Buffer;
  key: Buffer;
}

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The files `npx office-addin-dev-certs install` writes; null when they are not there. */
export function findDevCertificate(home: string = homedir()): DevCertificate | null {
  const folder = join(home, ".office-addin-dev-certs");
  const certFile = join(folder, "localhost.crt");
  const keyFile = join(folder, "localhost.key");
  if (!existsSync(certFile) || !existsSync(keyFile)) return null;
  return { cert: readFileSync(certFile), key: readFileSync(keyFile) };
}

/** A request path → a file inside `root`, or null (outside root, or no such file). "/" is the pane. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
  if (path === "/" || path === "") path = "/taskpane.html";
  const full = resolve(root, `.${normalize(path).replace(/\\/g, "/")}`);
  const base = resolve(root);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

export function createStaticHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const file = request.method === "GET" || request.method === "HEAD" ? resolveStaticPath(root, request.url ?? "/") : null;
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Không tìm thấy.");
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      "Content-Type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
      // A rebuilt pane must show at once when Excel reloads it.
      "Cache-Control": "no-store",
    });
    response.end(request.method === "HEAD" ? undefined : body);
  };
}

export function createStaticServer(root: string, certificate: DevCertificate | null): Server {
  const handler = createStaticHandler(root);
  return certificate ? createHttpsServer(certificate, handler) : createHttpServer(handler);
}

export function describeSideloading(baseUrl: string, manifestPath: string): string[] {
  return [
    `Ngăn tác vụ: ${baseUrl}taskpane.html`,
    `Manifest: ${manifestPath}`,
    "",
    "Nạp add-in vào Excel:",
    "  • Excel trên web: Trang đầu (hoặc Chèn) → Bổ trợ → Bổ trợ khác → Tải lên Bổ trợ của tôi → chọn tệp manifest ở trên.",
    "  • Excel trên Windows: chia sẻ thư mục chứa manifest (ví dụ \\\\ten-may\\dienhinh); Tệp → Tùy chọn → Trung tâm Tin cậy →",
    "    Thiết đặt Trung tâm Tin cậy → Danh mục Bổ trợ Tin cậy → thêm đường dẫn đó, chọn \"Hiện trong Menu\", khởi động lại Excel;",
    "    rồi Trang đầu → Bổ trợ → Bổ trợ khác → THƯ MỤC DÙNG CHUNG → Điển hình. (Hoặc Tải lên Bổ trợ của tôi nếu tài khoản Microsoft 365 cho phép.)",
    "  • Excel trên Mac: chép manifest vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef rồi mở lại Excel.",
    "Nhóm Điển hình (Kiểm tra, Tổng hợp, Phụ lục, Xóa đánh dấu) hiện trên thẻ Trang đầu.",
  ];
}

function readOption(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: readonly string[]): void {
  const root = resolve(readOption(args, "--root") ?? "dist");
  const port = Number(readOption(args, "--port") ?? process.env.PORT ?? 3000);
  const manifestPath = join(root, "manifest.xml");
  if (!existsSync(join(root, "taskpane.html")) || !existsSync(manifestPath)) {
    console.error(`Chưa có bản dựng trong ${root}: chạy "npm run build" trước.`);
    process.exit(1);
  }
  const certificate = findDevCertificate();
  const protocol = certificate ? "https" : "http";
  const server = createStaticServer(root, certificate);
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Cổng ${port} đang bận: dừng chương trình đang dùng cổng đó hoặc chạy với --port.` : `Không mở được máy chủ: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    const baseUrl = `${protocol}://localhost:${port}/`;
    console.log(`Điển hình đang phục vụ ${root} tại ${baseUrl}`);
    if (!certificate) {
      console.log("");
      console.log("Lưu ý: chưa có chứng chỉ https cho localhost, nên máy chủ chạy bằng http.");
      console.log("  Excel chỉ nạp add-in qua https. Để tạo chứng chỉ (cần quyền quản trị): npx office-addin-dev-certs install");
      console.log("  rồi chạy lại npm start. Vẫn có thể mở ngăn trên trình duyệt (chế độ trình duyệt) ở địa chỉ trên;");
      console.log(`  khi đó hãy dựng với ADDIN_BASE_URL=${baseUrl} để manifest trỏ đúng địa chỉ http.`);
    }
    const manifest = readFileSync(manifestPath, "utf8");
    if (!manifest.includes(baseUrl)) {
      console.log("");
      console.log(`Lưu ý: ${manifestPath} không trỏ tới ${baseUrl}; hãy dựng lại với ADDIN_BASE_URL=${baseUrl} nếu muốn nạp từ máy này.`);
    }
    console.log("");
    for (const line of describeSideloading(baseUrl, manifestPath)) console.log(line);
  });
}

if (require.main === module) main(process.argv.slice(2));
