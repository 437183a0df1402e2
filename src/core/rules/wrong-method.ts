import { mergeEdits, queryToJson, urlPieces } from '../migration';
import { isRetired, rejectMessage } from '../serverOrder';
import type { TextEdit } from '../types';
import { sourceRangeOf } from '../value';
import { unkeySites } from './sites';
import { defineRule } from './rule';

export const wrongMethod = defineRule({
  id: 'wrong-method',
  defaultSeverity: 'error',
  description: 'A v2 endpoint called with another method than the one it accepts (POST, except GET /v2/liveness).',
  fixable: true,
  hasSuggestions: true,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      const endpoint = target.endpoint;
      if (!endpoint || isRetired(target) || site.method === undefined || site.method === endpoint.method) continue;
      const edits: TextEdit[] = [];
      const manual: string[] = [];
      const pieces = urlPieces(site.url);
      const query = pieces?.query && endpoint.method === 'POST' ? queryToJson(pieces.flat.slice(pieces.query[0], pieces.query[1])) : undefined;
      const cut = pieces?.query ? sourceRangeOf(site.url, pieces.pathEnd, pieces.query[1]) : undefined;
      // axios: get → post with the data argument, the query's parameters in it.
      const post = endpoint.method === 'POST' && !site.body ? site.postWithBody?.(query && cut ? JSON.stringify(query) : undefined) : undefined;
      if (post) {
        edits.push(...post);
        if (pieces?.query && query && cut) edits.push({ range: cut, text: '' });
        else if (pieces?.query) manual.push('move the query parameters into a JSON body');
      } else {
        const setMethod = site.postWithBody ? undefined : site.setMethod?.(endpoint.method);
        if (setMethod) edits.push(setMethod);
        else manual.push(`send it with ${endpoint.method}`);
        // The query moves into the JSON body, where the whole request is visible.
        if (pieces?.query && endpoint.method === 'POST') {
          const body = query && !site.body ? site.addJsonBody?.(JSON.stringify(query)) : undefined;
          if (cut && body) edits.push({ range: cut, text: '' }, body);
          else manual.push('move the query parameters into a JSON body');
        }
      }
      const edit = mergeEdits(context.text, edits);
      const what = `${target.path} accepts only ${endpoint.method}, not ${site.method}${manual.length && edits.length ? ` (${manual.join('; ')})` : ''}`;
      context.report({
        message: rejectMessage(site, target, 'wrong-method', what),
        range: site.reportRange,
        ...(edit && manual.length === 0 && { fix: edit }),
        ...(edit && manual.length > 0 && { suggestions: [{ desc: `Send it with ${endpoint.method}`, fix: edit }] }),
      });
    }
  },
});
