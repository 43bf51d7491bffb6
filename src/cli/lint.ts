import { SPECS_DIR } from '../spec/document';
import { lintSpecs, specFilesIn } from '../spec/lint';

export async function runLint(files: string[]): Promise<void> {
  const paths = files.length > 0 ? files : specFilesIn(SPECS_DIR);
  const findings = await lintSpecs(paths);
  for (const finding of findings) {
    process.stderr.write(`${finding.file}${finding.operation ? ` ${finding.operation}` : ''} ${finding.pointer}: ${finding.message}\n`);
  }
  if (findings.length > 0) {
    process.stderr.write(`session-double lint: ${findings.length} problem(s) in ${paths.length} spec(s)\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`session-double lint: ${paths.length} spec(s) valid, every example matches its schema\n`);
}
