import { loadBrownFiction } from '../test/support/brown';
for (const f of loadBrownFiction()) for (const m of f.text.matchAll(/.{40}\b(goin|thinkin|comin|hevin|jist|figger|chartroom|tomblike)\b.{20}/g)) console.log(f.file, m[0]);
