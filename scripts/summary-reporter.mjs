// A node:test reporter that prints one closing line, "<suite>: N passed, N failed",
// counting leaf tests only (suites are containers, not results).
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const details = event.data.details ?? {};
    if (details.type === 'suite') continue;
    if (event.type === 'test:fail') failed++;
    else if (event.data.skip || event.data.todo) skipped++;
    else passed++;
  }
  const label = process.env.FANFIC_SUITE ? `${process.env.FANFIC_SUITE}: ` : '';
  yield `${label}${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
