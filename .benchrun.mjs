import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
process.chdir('/work/main');
const { benchBacklog } = await import('/work/main/bench/backlog.mjs');
const server = spawn('node', ['scripts/serve.mjs', '/tmp/dist-backlog', '4433'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  console.log(await benchBacklog(page, 'http://localhost:4433'));
} finally { await browser.close(); server.kill(); }
