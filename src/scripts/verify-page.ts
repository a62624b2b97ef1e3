// The script of /data/verify/: hashes the file the reader picks with Web Crypto and looks it up in
// /data/releases.json (lib/releases/chain-lookup.ts); on request, fetches every release file and checks
// the chain (lib/releases/published-chain.ts, loaded only then: it brings the contract's schemas). The
// picked file is read in the browser and sent nowhere. Text only, never HTML from data.
import { describeMatches, findDigest } from '../lib/releases/chain-lookup.ts';
import type { ReleaseFileText } from '../lib/releases/chain.ts';
import type { PublishedChain } from '../lib/releases/published-chain.ts';
import { PUBLISHED_CHAIN_PATH, PUBLISHED_RELEASES_FOLDER } from '../lib/releases/published-paths.ts';
import { withBase } from '../lib/site-base.ts';

/** The path this site is served under (Astro's base, from site.json's base_url). */
const BASE = import.meta.env.BASE_URL;

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchBytes(sitePath: string): Promise<ArrayBuffer> {
  const response = await fetch(withBase(BASE, sitePath), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${sitePath}：HTTP ${response.status}`);
  return response.arrayBuffer();
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function startVerifyPage(): void {
  const input = document.getElementById('verify-file') as HTMLInputElement | null;
  const result = document.getElementById('verify-result');
  const digestLine = document.getElementById('verify-digest');
  const button = document.getElementById('chain-check') as HTMLButtonElement | null;
  const chainResult = document.getElementById('chain-result');
  if (!input || !result || !digestLine || !button || !chainResult) return; // No releases: nothing to check.

  // Web Crypto exists only in a secure context (HTTPS, or this machine).
  if (!globalThis.crypto?.subtle) {
    result.textContent = '本页需通过 HTTPS 打开，浏览器才能计算哈希值。';
    input.disabled = true;
    return;
  }

  let chain: Promise<PublishedChain> | null = null;
  const loadChain = () => (chain ??= fetchBytes(PUBLISHED_CHAIN_PATH).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as PublishedChain));
  loadChain()
    .then((loaded) => {
      const bytes = loaded.releases.reduce((sum, entry) => sum + entry.bytes, 0);
      const size = document.getElementById('chain-size');
      if (size) size.textContent = `（共 ${megabytes(bytes)}）`;
      button.textContent = `检查哈希链（下载 ${megabytes(bytes)}）`;
      button.disabled = false;
    })
    .catch(() => {
      chainResult.textContent = `无法读取 releases.json，暂时不能核验。`;
    });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    digestLine.textContent = '';
    if (!file) {
      result.textContent = '';
      return;
    }
    result.textContent = `正在计算 ${file.name} 的 SHA-256……`;
    try {
      const [digest, loaded] = await Promise.all([file.arrayBuffer().then(sha256Hex), loadChain()]);
      if (input.files?.[0] !== file) return; // Another file was picked meanwhile.
      const described = describeMatches(findDigest(loaded, digest));
      result.textContent = described ? `✓ 该文件是${described.zh}。` : '✗ 该文件与本名录任何一版发布的文件都不一致。';
      digestLine.textContent = `${file.name} 的 SHA-256：${digest}`;
    } catch (error) {
      result.textContent = `无法核验：${(error as Error).message}`;
    }
  });

  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const loaded = await loadChain();
      const { checkPublishedChain } = await import('../lib/releases/published-chain.ts');
      const files: ReleaseFileText[] = [];
      for (const [index, entry] of loaded.releases.entries()) {
        chainResult.textContent = `正在下载并计算第 ${index + 1} 个发布文件（共 ${loaded.releases.length} 个）……`;
        try {
          const bytes = await fetchBytes(`${PUBLISHED_RELEASES_FOLDER}${entry.file}`);
          files.push({ name: entry.file, text: new TextDecoder().decode(bytes), sha256: await sha256Hex(bytes) });
        } catch {
          // A file that cannot be fetched is named by the check as not on the site.
        }
      }
      const problems = checkPublishedChain(loaded, files);
      for (const cell of document.querySelectorAll<HTMLElement>('[data-chain-status]')) {
        const own = problems.filter((problem) => problem.file === cell.dataset['chainStatus']);
        cell.textContent = own.length === 0 ? '✓ 一致' : `✗ ${own.map((problem) => problem.messageZh).join('；')}`;
      }
      const general = problems.filter((problem) => !loaded.releases.some((entry) => entry.file === problem.file));
      chainResult.textContent =
        problems.length === 0
          ? `✓ 哈希链完整：${loaded.releases.length} 个发布文件均与 releases.json 的记录一致，每版记下的上一版哈希无误。`
          : `✗ 哈希链有 ${problems.length} 处不符${general.length > 0 ? `：${general.map((problem) => problem.messageZh).join('；')}` : '，见下表'}。`;
    } catch (error) {
      chainResult.textContent = `无法检查哈希链：${(error as Error).message}`;
    } finally {
      button.disabled = false;
    }
  });
}
