/**
 * `npm run check:code`: the type-check and ESLint in one process, on one TypeScript program.
 * ESLint's type-aware rules need the whole program built and checked, as `tsc` does; run apart,
 * each built its own, and ESLint's was some 40% of the two's CPU in `npm test`. Here the program
 * `tsc -p tsconfig.json` would build is built once, its errors reported, and handed to ESLint.
 * `npm run typecheck` and `npm run lint:code` still run each alone.
 */
import { ESLint } from 'eslint';
import ts from 'typescript';

const host: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\n',
};

/** The program `tsc -p tsconfig.json --noEmit` checks, and what it reports. */
function checkedProgram(): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const configErrors: ts.Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic) },
  );
  if (!config) return { program: ts.createProgram([], {}), diagnostics: configErrors };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return { program, diagnostics: [...config.errors, ...ts.getPreEmitDiagnostics(program)] };
}

async function main(): Promise<void> {
  const { program, diagnostics } = checkedProgram();
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  if (diagnostics.length > 0) process.stdout.write(format(diagnostics, host));
  const eslint = new ESLint({
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs: [program] } } },
  });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  process.stdout.write(await formatter.format(results));
  const lintErrors = results.reduce((count, result) => count + result.errorCount, 0);
  if (diagnostics.length > 0 || lintErrors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
