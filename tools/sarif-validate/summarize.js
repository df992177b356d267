// Reads the multitool's own SARIF log about one validated file, prints its errors and warnings,
// and exits 1 if there is any error. (The multitool itself exits 0 even when it finds errors.)
'use strict';
const fs = require('fs');
const [validated, logPath] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(logPath, 'utf8')).runs[0];
const rules = new Map((run.tool.driver.rules || []).map(rule => [rule.id, rule]));
const counts = { error: 0, warning: 0, note: 0 };
const notesByRule = new Map();
for (const result of run.results || []) {
  const level = result.level || 'warning';
  counts[level] = (counts[level] || 0) + 1;
  const name = (rules.get(result.ruleId) || {}).name || '';
  if (level === 'note') {
    notesByRule.set(`${result.ruleId} ${name}`, (notesByRule.get(`${result.ruleId} ${name}`) || 0) + 1);
    continue;
  }
  const where = (result.message.arguments || [])[0] || '';
  console.log(`${validated}: ${level} ${result.ruleId} ${name}: ${where}`);
}
for (const note of run.toolExecutionNotifications || []) console.log(`${validated}: tool: ${note.message.text}`);
const notes = [...notesByRule].map(([rule, count]) => `${rule} x${count}`).join(', ');
console.log(`${validated}: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes${notes ? ` (${notes})` : ''}`);
process.exit(counts.error > 0 ? 1 : 0);
