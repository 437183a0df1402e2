import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { holdsKey, RULES, ruleDocsUrl, type Rule, type Severity } from '../../core';
import type { PathNotice } from '../files';
import type { FileResult, Problem, Region } from '../lintFile';
import { repository, version } from '../../../package.json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning: one reportingDescriptor per rule, one result per finding with a
 * location relative to `cwd` (the checkout root in CI) under %SRCROOT%. Notices about files that were
 * skipped are tool execution notifications, not results: they break no rule.
 */
export function formatSarif(results: readonly FileResult[], cwd: string, skipped: readonly PathNotice[] = []): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id as string, index]));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];

  for (const result of results) {
    const artifact = artifactLocation(result.filePath, cwd);
    for (const problem of result.problems) {
      if (problem.ruleId === null || !problem.region) {
        notifications.push({ level: 'warning', message: { text: problem.message }, locations: [{ physicalLocation: { artifactLocation: artifact } }] });
        continue;
      }
      sarifResults.push({
        ruleId: problem.ruleId,
        ruleIndex: ruleIndex.get(problem.ruleId),
        level: LEVELS[problem.level],
        message: { text: problem.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: problem.region } }],
        // Code-scanning uploads must carry no key: a fix whose text holds one is left out.
        ...(problem.fix && problem.fixRegion && !holdsKey(problem.fix.text) && { fixes: [sarifFix(problem, artifact, problem.fixRegion)] }),
      });
    }
  }

  for (const notice of skipped) {
    // Files skipped while walking a folder: not problems, so a note, not a warning.
    notifications.push({ level: 'note', message: { text: notice.message }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.file, cwd) } }] });
  }

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'unkey-lint',
            version,
            semanticVersion: version,
            informationUri: repository.url,
            rules: RULES.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function reportingDescriptor(rule: Rule): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}${rule.fixable ? ' unkey-lint --fix corrects it.' : ''}` },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: `${rule.description} See ${ruleDocsUrl(rule.id)}` },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { tags: ['security', 'unkey'], precision: 'high' },
  };
}

function sarifFix(problem: Problem, artifactLocation: ArtifactLocation, deletedRegion: Region): Fix {
  return {
    description: { text: `Fix ${problem.ruleId}` },
    artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text: problem.fix?.text ?? '' } }] }],
  };
}

/** Relative to the source root with forward slashes (what GitHub expects); an absolute file URI outside it. */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
