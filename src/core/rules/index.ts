import { hardcodedRootKey } from './hardcoded-root-key';
import { headersMisplaced } from './headers-misplaced';
import { malformedBearer } from './malformed-bearer';
import { missingAuthorization } from './missing-authorization';
import { retiredSdk } from './retired-sdk';
import type { Rule } from './rule';
import { unexpandedEnvVar } from './unexpanded-env-var';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [hardcodedRootKey, headersMisplaced, malformedBearer, missingAuthorization, retiredSdk, unexpandedEnvVar];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export type { Rule } from './rule';
