import { clientExposedRootKey } from './client-exposed-root-key';
import { hardcodedRootKey } from './hardcoded-root-key';
import { headersMisplaced } from './headers-misplaced';
import { insecureTransport } from './insecure-transport';
import { malformedBearer } from './malformed-bearer';
import { missingAuthorization } from './missing-authorization';
import { placeholderKey } from './placeholder-key';
import { retiredSdk } from './retired-sdk';
import { retiredEndpoint } from './retired-endpoint';
import type { Rule } from './rule';
import { unexpandedEnvVar } from './unexpanded-env-var';
import { unknownBodyField } from './unknown-body-field';
import { unknownEndpoint } from './unknown-endpoint';
import { unmappedWorkflowSecret } from './unmapped-workflow-secret';
import { v1ResponseShape } from './v1-response-shape';
import { wrongMethod } from './wrong-method';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [
  clientExposedRootKey,
  hardcodedRootKey,
  headersMisplaced,
  insecureTransport,
  malformedBearer,
  missingAuthorization,
  placeholderKey,
  retiredEndpoint,
  retiredSdk,
  unexpandedEnvVar,
  unknownBodyField,
  unknownEndpoint,
  unmappedWorkflowSecret,
  v1ResponseShape,
  wrongMethod,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export type { Rule } from './rule';
